"""Naming: the one place where a name taken from input (an event, a folder) becomes a file name.

Event names come from JSONL ``event`` fields and folder names, i.e. from whoever wrote the input. A name
is turned into one path component that cannot leave the output folder: no separators, no ``..``, no
leading dot, no control characters, a bounded length. A name that had to change gets a hash of the
original as a suffix, so two names never share a file; the original stays in the report.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["MAX_NAME_BYTES", "display_name", "safe_name"]

#: Longest file stem in UTF-8 bytes. File systems allow 255 bytes per component; the stem also carries a
#: format suffix (".html") and, while it is written, a temporary prefix and suffix (see ``atomic_write``).
MAX_NAME_BYTES = 120
_UNSAFE = re.compile(r"[^\w.-]+")  # \w is Unicode-aware: "Zürich" and "東京" stay readable
# Names Windows reserves in any folder; a report called "con.md" cannot be opened there.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def safe_name(name: str, fallback: str = "report") -> str:
    """A file stem for ``name`` that stays inside its folder and is unique to ``name``.

    Args:
        name: The name as the input gives it (any string).
        fallback: Stem used when nothing of ``name`` survives.

    Returns:
        ``name`` itself when it is already safe, else a cleaned, bounded form ending in ``-`` and 8 hex
        digits of the SHA-256 of ``name``.

    >>> safe_name("ukraine-summit-2025-03-02")
    'ukraine-summit-2025-03-02'
    >>> safe_name("../../x")
    'x-9cdf6a50'
    >>> safe_name("a/b") != safe_name("a_b") != safe_name("a?b")
    True
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip("._-") or fallback
    if cleaned.split(".")[0].lower() in _RESERVED:
        cleaned = f"file-{cleaned}"  # a letter, not "_": the cleaning strips a leading "_" on a second pass
    if cleaned == name and len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = cleaned.encode("utf-8")[:MAX_NAME_BYTES - 9].decode("utf-8", "ignore").rstrip("._-") or fallback
    return f"{stem}-{digest}"


def display_name(name: str, limit: int = 200) -> str:
    r"""``name`` for a terminal line: control characters shown as escapes, long names cut with "…".

    >>> display_name("evil\x1b[2Jname\n")
    'evil\\x1b[2Jname\\n'
    """
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in name)
    return shown if len(shown) <= limit else f"{shown[:limit - 1]}…"
