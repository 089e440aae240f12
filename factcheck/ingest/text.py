"""Bytes to article text: the encoding found (BOM, UTF-8, else charset-normalizer), then one normal form.

Everything that reads an article reads the text :func:`normalise_text` returns, so offsets in a report
point into the text the report shows. Invisible characters are removed here because they split what a
reader sees as one token: a zero-width space inside "5,000" once made two outlets disagree over "000".
"""

from __future__ import annotations

import codecs
import html
import unicodedata

from ..errors import InputError

__all__ = ["decode", "normalise_text", "valid_unicode"]

# Longest BOM first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Zero-width space/joiners, word joiner, BOM used as a zero-width no-break space, soft hyphen, Mongolian
#: vowel separator: invisible in a browser, but they break words and numbers apart for a program.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# Control characters other than tab and newline carry nothing for a reader; line and paragraph separators
# become newlines, as a browser shows them.
_TABLE = {
    **dict.fromkeys(map(ord, _INVISIBLE)),
    **{c: None for c in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f)},
    **dict.fromkeys(map(ord, "\x85\u2028\u2029"), "\n"),
}
# cp1252 is the commonest legacy encoding of news (and what browsers read for pages labelled latin-1), so
# it wins when charset-normalizer finds it about as clean and at least as coherent as its first choice: on
# a short article it may put mac_latin2 first by 0.02 "chaos" and read "Zürich" as "ZŁrich".
_CP1252_MARGIN = 0.05
#: Encodings whose choice by charset-normalizer is kept: Windows and ISO code pages of European languages,
#: Cyrillic KOI8, the Asian multi-byte encodings, UTF-16/32.
_NEWS_ENCODINGS = ("cp125", "iso8859", "koi8", "gb", "big5", "shift_jis", "cp932", "euc", "cp949", "iso2022",
                   "utf_", "tis_620", "cp874", "hz", "johab")
_CONTROL_SHARE = 0.01  # decoded text with more control characters than this is binary, not text


def decode(data: bytes, where: str) -> str:
    """The text of ``data``, newlines made ``\\n``; raises :class:`InputError` naming ``where`` and why.

    >>> decode("café".encode("cp1252"), "x.txt")
    'café'
    >>> decode(codecs.BOM_UTF8 + b"a\\r\\nb", "x.txt")
    'a\\nb'
    """
    text = _by_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detected(data, where)
        else:
            if "\x00" in text:  # valid UTF-8 with NULs is binary, or UTF-16 without a BOM
                text = _detected(data, where)
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in "\t\n\r\f")
    if controls > _CONTROL_SHARE * min(len(text), 65536):
        raise InputError(InputError.BINARY.format(path=where))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _by_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _detected(data: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if b"\x00" not in data:  # UTF-16/32 of any script holds NULs; without them a short text is cp1252, not CJK
        matches = [m for m in matches if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        reason = InputError.BINARY if b"\x00" in data else InputError.UNKNOWN_ENCODING
        raise InputError(reason.format(path=where))
    best = matches[0]
    if b"\x00" in data and not best.encoding.startswith(("utf_16", "utf_32")):
        raise InputError(InputError.BINARY.format(path=where))
    cp1252 = next((m for m in matches if m.encoding == "cp1252"), None)
    if cp1252 is not None and cp1252.chaos <= best.chaos + _CP1252_MARGIN and cp1252.coherence >= best.coherence:
        return str(cp1252)
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # charset-normalizer cannot tell (short texts fit a dozen code pages equally well), or it chose a Mac or
    # DOS code page, which news text files do not use: "Zürich" read as mac_latin2 is "ZŁrich".
    if len(tied) > 1 or not best.encoding.startswith(_NEWS_ENCODINGS):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def normalise_text(text: str, entities: bool = True) -> str:
    """``text`` as every stage reads it: HTML entities decoded (when ``entities``), NFC, invisible and
    control characters removed, every line break a ``\\n``.

    >>> normalise_text("5,\\u200b000 &amp; co\\u00adoperation")
    '5,000 & cooperation'
    """
    if entities and "&" in text:
        text = html.unescape(text)
    text = valid_unicode(text).replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).translate(_TABLE)


def valid_unicode(text: str) -> str:
    """``text`` with lone surrogates (JSON allows the escape of one) replaced, so it can be written as UTF-8.

    >>> valid_unicode("a" + chr(0xD800) + "b")
    'a?b'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
