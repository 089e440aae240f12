"""Plain-text articles (``.txt``, ``.md``, ``.markdown``): the first non-blank line is the headline."""

from __future__ import annotations

from pathlib import Path

from ..records import Article
from .fields import Fields
from .readers import Records, one_article, register
from .text import normalise_text

__all__ = ["first_line", "read_plain"]


def first_line(text: str) -> str:
    """The first non-blank line, without Markdown heading marks, cut to 200 characters.

    >>> first_line("\\n## Headline\\nBody")
    'Headline'
    """
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:200]
    return ""


@register(".txt", ".md", ".markdown")
def read_plain(path: Path, raw: str, max_bytes: int | None = None, fields: Fields | None = None) -> Records:
    """The article in a text file: its file stem is the id, its first line the headline (``fields`` is not
    used: a text file has no fields)."""
    text = normalise_text(raw)
    return one_article(path, Article(path.stem, str(path), first_line(text), text), max_bytes)
