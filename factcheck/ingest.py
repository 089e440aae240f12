"""Ingest: turn a folder or a JSONL file of news into :class:`~factcheck.records.Article` records.

Reads ``.txt``/``.md`` (first line is the headline), ``.html``/``.htm`` (visible paragraphs), ``.json``
(one article or a list) and ``.jsonl`` (one article per line). Bad files are skipped with a reason, so a
batch never loses the good ones; the caller decides whether what is left is enough.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from .errors import InputError
from .fields import Fields
from .records import Article

__all__ = ["ARTICLE_SUFFIXES", "Ingested", "read_articles", "read_file"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")


@dataclass(frozen=True)
class Ingested:
    """What ingest read.

    Attributes:
        articles: Articles read, in file-name order (then line order inside JSONL).
        skipped: One ``"path: reason"`` line per file or record that could not be read.
    """

    articles: tuple[Article, ...]
    skipped: tuple[str, ...]


def read_articles(path: str | Path, fields: Fields | None = None) -> Ingested:
    """Read every article under ``path`` (a folder, searched recursively, or one file).

    Args:
        path: Folder of article files, or a single ``.jsonl``/``.json`` file.
        fields: Keys to read from JSON records (detected when omitted).

    Returns:
        The articles and the files skipped, with reasons.

    Raises:
        InputError: When ``path`` does not exist or holds no article files at all.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(InputError.MISSING.format(path=root))
    if root.is_dir():
        files = sorted(
            p for p in root.rglob("*")
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
        )
    else:
        files = [root]
    if not files:
        raise InputError(InputError.EMPTY.format(path=root))
    articles: list[Article] = []
    skipped: list[str] = []
    for file in files:
        try:
            articles.extend(read_file(file, fields))
        except InputError as exc:
            skipped.append(str(exc))
    seen: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        # Two files with one stem (a.txt, a.md) would otherwise share a source id in the report.
        source = article.source
        n = 2
        while source in seen:
            source = f"{article.source}-{n}"
            n += 1
        seen.add(source)
        unique.append(article if source == article.source else _with_source(article, source))
    return Ingested(tuple(unique), tuple(skipped))


def read_file(path: Path, fields: Fields | None = None) -> list[Article]:
    """Read the article(s) in one file.

    Args:
        path: A ``.txt``, ``.md``, ``.html``, ``.json`` or ``.jsonl`` file.
        fields: Keys to read from JSON records (detected when omitted).

    Returns:
        One article, or several for JSON lists and JSONL.

    Raises:
        InputError: When the file cannot be read, is binary, is not UTF-8, or holds no text.
    """
    raw = _read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(path, raw, fields or Fields())
    if suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(InputError.BAD_JSON.format(path=path, reason=exc)) from exc
        records = data if isinstance(data, list) else [data]
        return [_from_record(rec, path, str(path), i if len(records) > 1 else None, fields or Fields())
                for i, rec in enumerate(records)]
    if suffix in (".html", ".htm"):
        title, text = _html_to_text(raw)
    else:
        text = raw.lstrip("\ufeff")
        title = _first_line(text)
    if not text.strip():
        raise InputError(InputError.NO_TEXT.format(path=path))
    return [Article(source=path.stem, path=str(path), title=title, text=text)]


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(InputError.UNREADABLE.format(path=path, reason=exc.strerror or exc)) from exc
    if b"\x00" in data[:8192]:
        raise InputError(InputError.BINARY.format(path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(InputError.NOT_UTF8.format(path=path, offset=exc.start)) from exc
    # Universal newlines, as open() would do, so offsets are stable across platforms.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_jsonl(path: Path, raw: str, fields: Fields) -> list[Article]:
    articles = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(InputError.BAD_JSON.format(path=f"{path}:{number}", reason=exc)) from exc
        articles.append(_from_record(record, path, f"{path}:{number}", number, fields))
    if not articles:
        raise InputError(InputError.NO_TEXT.format(path=path))
    return articles


def _from_record(record: Any, path: Path, where: str, number: int | None, fields: Fields) -> Article:
    if not isinstance(record, dict):
        raise InputError(InputError.BAD_JSON.format(path=where, reason="expected an object"))
    text = fields.pick(record, "text") or ""
    title = str(record.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    if not text.strip():
        raise InputError(InputError.NO_TEXT.format(path=where))
    ident = fields.pick(record, "id")
    if ident is None:
        ident = path.stem if number is None else f"{path.stem}-{number:03d}"
    return Article(
        source=ident,
        path=where,
        title=title or _first_line(text),
        text=text,
        outlet=fields.pick(record, "outlet"),
        date=fields.pick(record, "date"),
        url=fields.pick(record, "url"),
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return re.sub(r"^#+\s*", "", line.strip())[:200]
    return ""


def _with_source(article: Article, source: str) -> Article:
    from dataclasses import replace

    return replace(article, source=source)


class _VisibleText(HTMLParser):
    """Collects the visible block text of a page: headings, paragraphs, list items, quotes."""

    _BLOCKS: ClassVar[set[str]] = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "article", "section"}
    _HIDDEN: ClassVar[set[str]] = {"script", "style", "noscript", "template", "nav", "footer", "figcaption", "aside", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title = ""
        self._current: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self._current.append(data)

    def _flush(self) -> None:
        block = " ".join("".join(self._current).split())
        if block:
            self.blocks.append(block)
        self._current = []


def _html_to_text(raw: str) -> tuple[str, str]:
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    parser._flush()
    text = "\n".join(parser.blocks)
    title = " ".join(parser.title.split()) or _first_line(text)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return title, text
