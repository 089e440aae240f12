"""Fidelity: how faithfully two outlets render what is taken to be one quotation.

Trivial differences (case, curly quotes, contractions, punctuation, British/American spelling, an editor's
[bracketed] words) are set aside; what is left is a truncation (words cut at either end), a paraphrase
(little in common) or an alteration, whose severity grows with a changed negation or figure.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ..quantities.numerals import find_numerals
from ..records import Fidelity
from ..settings import Settings
from ..text.tokens import normalise_quote

__all__ = ["Fidelity", "diff_parts", "normalise_quote", "quote_fidelity"]

_Op = tuple[str, int, int, int, int]  # a difflib opcode: op, a[i1:i2], b[j1:j2]

_NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "cannot", "neither"})


#: Words whose insertion or loss rarely changes what a quotation says ("the Boko Haram", "of German consulate").
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "and"})


#: Brackets inside a quotation mark an editor's words standing in for or added to the speaker's ("the
#: [National Academy] organization"); some outlets use round ones ("he (Trump) will decide").
_EDITORIAL = re.compile(r"\[[^\]]{1,80}\]|\([^()]{1,80}\)")


_EDITED = "editorsbracket"
#: An ellipsis marks words the writer left out of a quotation: a cut, not a change.
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_ELIDED = "editorselision"


def _spelling_key(word: str) -> str:
    """One key for house-style spellings of a word: British/American ("monetise"/"monetize",
    "colour"/"color", "centre"/"center", "modelling"/"modeling") and hyphenation ("co-operation"/"cooperation")."""
    w = word.replace("-", "")
    w = re.sub(r"(?<=\w{3})(?:is|ys)(e|es|ed|ing|ation|ations)$", r"iz\1", w)
    w = re.sub(r"(?<=\w{3})our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
    w = re.sub(r"(?<=\w{3})tre(s)?$", r"ter\1", w)
    return re.sub(r"(?<=\w{3})ll(ing|ed|er|ers)$", r"l\1", w)  # modelling / modeling


def diff_parts(diff: str) -> list[tuple[str, str]]:
    """Split a word diff into ``(op, text)`` parts, op being "-" (removed), "+" (added) or "=".

    >>> diff_parts("we will [-not-] stand {+by+}")
    [('=', 'we will '), ('-', 'not'), ('=', ' stand '), ('+', 'by')]
    """
    parts = []
    for part in re.split(r"(\[-.*?-\]|\{\+.*?\+\})", diff):
        if part.startswith("[-") and part.endswith("-]"):
            parts.append(("-", part[2:-2]))
        elif part.startswith("{+") and part.endswith("+}"):
            parts.append(("+", part[2:-2]))
        elif part:
            parts.append(("=", part))
    return parts


def _diff(a: list[str], b: list[str], ops: Sequence[_Op]) -> str:
    out: list[str] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out.extend(a[i1:i2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def quote_fidelity(a: str, b: str, settings: Settings | None = None) -> Fidelity:
    """Classify two renderings of what is taken to be the same quotation (``settings.fidelity_*`` set where
    an altered quotation becomes a paraphrase, and where a changed figure is a misquote).

    >>> quote_fidelity("we will not stand by", "we won't stand by").label
    'trivial'
    >>> f = quote_fidelity("we will not stand by and watch", "we will stand by")
    >>> f.label, f.severity, f.diff
    ('altered', 'high', 'we will [-not-] stand by [-and watch-]')
    >>> quote_fidelity("Europe must do the heavy lifting.", "do the heavy lifting").label
    'truncated'
    >>> quote_fidelity("more co-operation on the colour", "more cooperation on the color").label
    'trivial'
    """
    first, second = normalise_quote(a).split(), normalise_quote(b).split()
    if (len(second), second) < (len(first), first):
        # Word alignment is not symmetric where words repeat: classify in one fixed order, so the label
        # does not depend on which outlet comes first; the diff still reads from ``a`` to ``b``.
        found = _fidelity(b, a, settings or Settings())
        return Fidelity(found.label, found.severity, _aligned(a, b)[3] if found.diff else "", found.detail)
    return _fidelity(a, b, settings or Settings())


def _aligned(a: str, b: str) -> tuple[list[str], list[str], Sequence[_Op], str]:
    """Both quotations as words (an editor's [bracketed] words as one placeholder), the word alignment on
    spelling keys, and the diff shown to the editor with the bracketed words as written."""
    na = normalise_quote(_ELLIPSIS.sub(f" {_ELIDED} ", _EDITORIAL.sub(f" {_EDITED} ", a))).split()
    nb = normalise_quote(_ELLIPSIS.sub(f" {_ELIDED} ", _EDITORIAL.sub(f" {_EDITED} ", b))).split()
    ops = difflib.SequenceMatcher(a=[_spelling_key(w) for w in na], b=[_spelling_key(w) for w in nb],
                                  autojunk=False).get_opcodes()
    shown = [[next(found, w) if w == _EDITED else "…" if w == _ELIDED else w for w in words]
             for words, found in ((na, iter(_EDITORIAL.findall(a))), (nb, iter(_EDITORIAL.findall(b))))]
    return na, nb, ops, _diff(shown[0], shown[1], ops)


def _digits(text: str) -> str:
    """Spelled-out numbers as digits, and a hyphen beside a digit as a space: "a two-in-three chance" and
    "a 2 in 3 chance" are one wording in two house styles.

    >>> _digits("a two-in-three chance, twenty-five of them")
    'a 2 in 3 chance, 25 of them'
    """
    for n in reversed(find_numerals(text)):
        words = text[n.start:n.end]
        if not any(ch.isdigit() for ch in words) and n.value == int(n.value):
            text = f"{text[:n.start]}{int(n.value)}{text[n.end:]}"
    return re.sub(r"(?<=\d)-(?=\w)|(?<=\w)-(?=\d)", " ", text)


def _fidelity(a: str, b: str, settings: Settings) -> Fidelity:
    if a.strip() == b.strip():
        return Fidelity("verbatim", None, "", "the same words")
    if re.search(r"\d", a + b):
        a, b = _digits(a), _digits(b)  # figures in either: "2 in 3" and "two-in-three" are one figure
    na, nb = normalise_quote(a).split(), normalise_quote(b).split()
    if na == nb:
        return Fidelity("trivial", "info", "", "the same words; punctuation, case or contractions differ")
    if not na or not nb:
        return Fidelity("paraphrase", "low", "", "nothing to compare")
    ka, kb = [_spelling_key(w) for w in na], [_spelling_key(w) for w in nb]
    if ka == kb:
        return Fidelity("trivial", "info", "", "the same words; spelling (British/American, hyphens) differs")
    na, nb, ops, diff = _aligned(a, b)
    if all(op == "equal" for op, *_ in ops):
        # Only the bracketed words differ ("[police]" / "(the police)"): both are the editor's.
        return Fidelity("trivial", "info", diff, "the same words, with an editor's words in brackets")
    # Unmatched words at either end are a cut, not a change: trim them before judging the middle.
    lo, hi = 0, len(ops)
    while lo < hi and ops[lo][0] != "equal":
        lo += 1
    while hi > lo and ops[hi - 1][0] != "equal":
        hi -= 1
    middle = ops[lo:hi]
    matched = sum(i2 - i1 for op, i1, i2, _, _ in middle if op == "equal")
    if not middle or matched < settings.fidelity_paraphrase * min(len(na), len(nb)):
        return Fidelity("paraphrase", "low", diff, "close in meaning, different words, presented as a quote")
    elided = [(op, i1, i2, j1, j2) for op, i1, i2, j1, j2 in middle
              if op != "equal" and [_ELIDED] in (na[i1:i2], nb[j1:j2])]
    if elided and all(op == "equal" or (op, i1, i2, j1, j2) in elided for op, i1, i2, j1, j2 in middle):
        # "your voice ... on the Senate Judiciary Committee": the words left out are marked as left out
        return Fidelity("truncated", "low", diff, "one version leaves out words where it marks an elision (…)")
    if all(op == "equal" for op, *_ in middle):
        return _truncated(na, nb, middle, diff)
    return _altered(na, nb, middle, matched, diff, settings)


def _truncated(na: list[str], nb: list[str], middle: Sequence[_Op], diff: str) -> Fidelity:
    """One version is the other cut at either end: say which words are left out."""
    missing = []
    head_a, head_b = middle[0][1], middle[0][3]
    tail_a, tail_b = len(na) - middle[-1][2], len(nb) - middle[-1][4]
    for label, words, gone in (("opening", na[:head_a] or nb[:head_b], head_a or head_b),
                               ("ending", na[len(na) - tail_a:] or nb[len(nb) - tail_b:], tail_a or tail_b)):
        if gone:
            missing.append(f"the {label} “{' '.join(words)}”")
    return Fidelity("truncated", "low", diff, f"one version leaves out {' and '.join(missing)}")


def _altered(na: list[str], nb: list[str], middle: Sequence[_Op], matched: int, diff: str,
             settings: Settings) -> Fidelity:
    """Words changed inside the quotation: low for small words or one or two, high for a negation or figure."""
    changed: set[str] = set()
    number_changed = False
    for op, i1, i2, j1, j2 in middle:
        if op != "equal" and _EDITED not in na[i1:i2] + nb[j1:j2]:
            changed.update(na[i1:i2])
            changed.update(nb[j1:j2])
            number_changed |= op == "replace" and all(any(ch.isdigit() for w in side for ch in w)
                                                      for side in (na[i1:i2], nb[j1:j2]))
    if not changed:
        return Fidelity("trivial", "info", diff, "the same words, with an editor's words in brackets")
    # A figure replaced by another ("5,000" -> "3,000") is a misquote; so is a figure added or dropped
    # ("an awkward pass 25 years ago") when the two are plainly one quotation. When they share little
    # ("then heard shouting" / "a massive crash at about 6.15am, then heard shouting") they may be two
    # people's words, and the added figure is judged like other words.
    one_quotation = matched >= settings.fidelity_one_quotation * min(len(na), len(nb))
    serious = bool(changed & _NEGATIONS) or number_changed or (
        one_quotation and any(ch.isdigit() for w in changed for ch in w))
    if not serious and changed <= _SMALL_WORDS:
        return Fidelity("altered", "low", diff, "the quotation differs only in small words "
                        f"({', '.join(sorted(changed))})")
    # A word or two swapped, added or dropped is most often a transcription difference (fidelity_small_change).
    n_changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in middle if op != "equal")
    if not serious and n_changed <= settings.fidelity_small_change:
        return Fidelity("altered", "low", diff, f"the quotation differs in one or two words "
                        f"({', '.join(sorted(changed))})")
    what = "a negation" if changed & _NEGATIONS else "a number" if serious else "words"
    return Fidelity("altered", "high" if serious else "medium", diff,
                    f"the quotation differs: {what} added, dropped or changed")
