"""Ingest's readers, registered by file suffix: a new input format is one module that registers here.

A reader takes a file's path and decoded text and returns the articles in it, each with the event its
record names (``None`` for a plain file), and what it skipped with reasons. :func:`~factcheck.ingest.
read_file` finds the reader by suffix; the suffixes searched in a folder and named in the "no articles"
error come from this registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..records import Article
from .fields import Fields

__all__ = ["READERS", "Reader", "Records", "one_article", "register"]


@dataclass(frozen=True)
class Records:
    """Articles read from one file.

    Attributes:
        articles: Each article with its record's event (see :class:`~factcheck.ingest.fields.Fields`; ``None`` when
            it has none).
        skipped: ``"file:line: reason"`` (``file#n`` for the n-th record of a JSON list) per bad record.
    """

    articles: tuple[tuple[Article, str | None], ...]
    skipped: tuple[str, ...]


ReadFn = Callable[[Path, str, "int | None", "Fields | None"], Records]


@dataclass(frozen=True)
class Reader:
    """How files of some suffixes are read.

    Attributes:
        suffixes: Lower-case suffixes with the dot (``.html``).
        read: ``read(path, text, max_bytes, fields)``; may raise :class:`~factcheck.errors.InputError` for
            a file it cannot read at all.
        file_factor: How many times the article size limit a file may be before it is skipped unread: a file
            of many records, or a page that is mostly markup, holds more than its articles' text.
        events: True when its records can name their event, so ``read_events`` may read it.
    """

    suffixes: tuple[str, ...]
    read: ReadFn
    file_factor: int = 1
    events: bool = False


#: Readers by suffix, in the order they were registered.
READERS: dict[str, Reader] = {}


def register(*suffixes: str, file_factor: int = 1, events: bool = False) -> Callable[[ReadFn], ReadFn]:
    """Register the decorated function as the reader of ``suffixes`` (see :class:`Reader`).

    Raises:
        ValueError: When a suffix already has a reader, or is not a lower-case ``.suffix``.
    """
    def add(read: ReadFn) -> ReadFn:
        for suffix in suffixes:
            if suffix in READERS or not suffix.startswith(".") or suffix != suffix.lower():
                raise ValueError(f"cannot register a reader for {suffix!r}")
        reader = Reader(tuple(suffixes), read, file_factor, events)
        READERS.update(dict.fromkeys(suffixes, reader))
        return read
    return add


def one_article(path: Path, article: Article, max_bytes: int | None) -> Records:
    """A file's one article, or the reason to skip it: over the size limit (on its text, not on the file's
    markup), or no text at all.

    Raises:
        InputError: When the article is over ``max_bytes``.
    """
    size = len(article.text.encode("utf-8"))
    if max_bytes is not None and size > max_bytes:
        raise InputError(InputError.TOO_LARGE.format(path=path, size=size / 1e6, limit=max_bytes / 1e6))
    if not article.text.strip():
        return Records((), (InputError.NO_TEXT.format(path=path),))
    return Records(((article, None),), ())
