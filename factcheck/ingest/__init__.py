"""Ingest: turn a folder or a JSONL file of news into :class:`~factcheck.records.Article` records.

Reads ``.txt``/``.md`` (first line is the headline), ``.html``/``.htm`` (the story and its metadata, see
:mod:`.html`), ``.json`` (one article or a list) and ``.jsonl`` (one article per line). Nothing is lost
silently: a bad file, or a bad record inside a JSON or JSONL file, is skipped with ``"where: reason"``
(``file:line`` for JSONL) and the rest goes on; the caller decides whether what is left is enough.
Every text passes :func:`~.text.normalise_text` here, before any stage reads it. Each format's reader
registers itself by suffix (:mod:`.readers`): :mod:`.plain`, :mod:`.html` and :mod:`.records`; any module of
this package is imported, so a new format's module registers without being named here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import import_module
from pathlib import Path
from pkgutil import iter_modules

from ..errors import InputError
from ..records import Article
from .fields import Fields
from .html import read_page  # importing a reader module registers its readers
from .plain import first_line, read_plain
from .readers import READERS, Reader
from .records import read_json, read_jsonl
from .text import decode

# Importing a reader module registers its readers; every module of this package is imported, so a new
# input format is one module that calls ``register`` (see :mod:`.readers`).
for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")

__all__ = ["ARTICLE_SUFFIXES", "SOURCES_FILE", "Ingested", "apply_sources", "event_folders", "first_line", "read_articles",
           "read_events", "read_file", "read_json", "read_jsonl", "read_page", "read_plain"]

#: The suffixes of the files a folder is searched for (those a reader is registered for).
ARTICLE_SUFFIXES = tuple(READERS)


@dataclass(frozen=True)
class Ingested:
    """What ingest read.

    Attributes:
        articles: Articles read, in file-name order (then line order inside JSONL).
        skipped: One ``"where: reason"`` line per file or record that could not be read.
    """

    articles: tuple[Article, ...]
    skipped: tuple[str, ...]


def read_articles(path: str | Path, max_bytes: int | None = None, fields: Fields | None = None) -> Ingested:
    """Read every article under ``path`` (a folder, searched recursively, or one file).

    Args:
        path: Folder of article files, or a single ``.jsonl``/``.json`` file.
        max_bytes: Articles larger than this (file size, or a record's text in UTF-8) are skipped with a
            reason; ``None`` reads any size.
        fields: Keys to read from JSON/JSONL records (detected when omitted, see :mod:`factcheck.ingest.fields`).

    Returns:
        The articles and what was skipped, with reasons.

    Raises:
        InputError: When ``path`` does not exist or holds no article files at all.
    """
    articles: list[Article] = []
    skipped: list[str] = []
    for file in _files(Path(path)):
        got = read_file(file, max_bytes, fields)
        articles.extend(got.articles)
        skipped.extend(got.skipped)
    found = _unique_sources(articles)
    if Path(path).is_dir() and (Path(path) / SOURCES_FILE).is_file():
        found, problems = apply_sources(found, Path(path) / SOURCES_FILE)
        skipped.extend(problems)
    return Ingested(found, tuple(skipped))


#: A file in an event folder naming each article's outlet, date and address by its id (file stem).
SOURCES_FILE = "sources.toml"
_SOURCE_KEYS = ("outlet", "date", "url", "author")


def apply_sources(articles: tuple[Article, ...], path: Path) -> tuple[tuple[Article, ...], list[str]]:
    """Give articles the outlet, date, address and byline a ``sources.toml`` names for their ids.

    The file has one table per article id, e.g. ``["000_71c0"]`` with ``outlet = "The Guardian"``,
    ``date = "2025-03-02"``, ``url = "https://..."``; what it gives replaces what the article's own
    metadata said (the editor's word wins).

    Args:
        articles: The articles read from the folder.
        path: The ``sources.toml`` file.

    Returns:
        The articles, and a ``"where: reason"`` line for each problem (a bad file, an unknown id or key).
    """
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return articles, [f"{path}: not read ({exc})"]
    problems = []
    known = {a.source for a in articles}
    for ident, entry in data.items():
        if ident not in known:
            problems.append(f"{path}: no article with id {ident!r}")
        elif not isinstance(entry, dict) or set(entry) - set(_SOURCE_KEYS):
            problems.append(f"{path}: [{ident}] may only set {', '.join(_SOURCE_KEYS)}")
    out = []
    for a in articles:
        entry = data.get(a.source)
        if isinstance(entry, dict):
            given = {k: str(v) for k, v in entry.items() if k in _SOURCE_KEYS and v not in (None, "")}
            a = replace(a, outlet=given.get("outlet", a.outlet), date=given.get("date", a.date),
                        url=given.get("url", a.url), author=given.get("author", a.author))
        out.append(a)
    return tuple(out), problems


def read_events(path: str | Path, max_bytes: int | None = None,
                fields: Fields | None = None) -> tuple[dict[str, list[Article]], tuple[str, ...]]:
    """Group the records of a JSONL (or JSON) file by their event field (``event``, ``event_id``... or
    ``fields.event``).

    Args:
        path: The file.
        max_bytes: As for :func:`read_articles`.
        fields: As for :func:`read_articles`.

    Returns:
        Articles by event name (records without one go under the file's stem), and what was skipped.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None or not reader.events:
        reader = READERS[".json"]  # whatever its name, a file of events is read as JSON
    too_big = _too_big(path, max_bytes, reader.file_factor)
    if too_big:
        return {}, (too_big,)
    try:
        raw = decode(_read_bytes(path), str(path))
    except InputError as exc:
        return {}, (str(exc),)
    records = reader.read(path, raw, max_bytes, fields)
    events: dict[str, list[Article]] = {}
    for article, event in records.articles:
        events.setdefault(event or path.stem, []).append(article)
    return {name: list(_unique_sources(group)) for name, group in events.items()}, records.skipped


def read_file(path: Path, max_bytes: int | None = None, fields: Fields | None = None) -> Ingested:
    """Read the article(s) in one file; never raises for a bad file, it is reported in ``skipped``.

    Args:
        path: A file of a registered suffix (:data:`ARTICLE_SUFFIXES`); any other is read as plain text.
        max_bytes: As for :func:`read_articles`.
        fields: As for :func:`read_articles`.

    Returns:
        One article, or several for JSON lists and JSONL; what could not be read, with reasons.
    """
    reader: Reader = READERS.get(path.suffix.lower()) or READERS[".txt"]
    too_big = _too_big(path, max_bytes, reader.file_factor)
    if too_big:
        return Ingested((), (too_big,))
    try:
        records = reader.read(path, decode(_read_bytes(path), str(path)), max_bytes, fields)
    except InputError as exc:
        return Ingested((), (str(exc),))
    return Ingested(tuple(a for a, _event in records.articles), records.skipped)


def event_folders(path: str | Path) -> list[str]:
    """Subfolders of ``path`` that each hold articles, when ``path`` itself holds none directly: a folder of
    event folders, which ``check`` would read as one event (``batch`` checks each). Empty otherwise.

    Args:
        path: What was given to ``check``.

    Returns:
        The subfolders' names, sorted; ``[]`` when ``path`` is a file, holds articles itself, or has fewer
        than two such subfolders.
    """
    root = Path(path)
    if not root.is_dir() or any(p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() for p in root.iterdir()):
        return []
    found = [d.name for d in sorted(root.iterdir()) if d.is_dir() and not d.name.startswith(".")
             and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in d.rglob("*"))]
    return found if len(found) >= 2 else []


def _files(root: Path) -> list[Path]:
    if not root.exists():
        raise InputError(InputError.MISSING.format(path=root))
    if root.is_dir():
        # A broken link is listed, so that reading it names the problem instead of losing it silently.
        files = sorted(p for p in root.rglob("*")
                       if p.suffix.lower() in READERS and not p.name.startswith(".")
                       and (p.is_file() or (p.is_symlink() and not p.exists())))
    else:
        files = [root]
    if not files:
        raise InputError(InputError.EMPTY.format(path=root, suffixes=", ".join(READERS)))
    return files


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(InputError.UNREADABLE.format(path=path, reason=exc.strerror or exc)) from exc


def _too_big(path: Path, max_bytes: int | None, factor: int) -> str | None:
    """The reason to skip ``path`` unread because it is over ``factor`` times the article limit, else
    ``None`` (see ``Reader.file_factor``)."""
    if max_bytes is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it will name the problem
    if size <= max_bytes * factor:
        return None
    if factor == 1:
        return InputError.TOO_LARGE.format(path=path, size=size / 1e6, limit=max_bytes / 1e6)
    return InputError.TOO_LARGE_FILE.format(path=path, size=size / 1e6, factor=factor, limit=max_bytes / 1e6)


def _unique_sources(articles: list[Article]) -> tuple[Article, ...]:
    # Two files with one stem (a.txt, a.md) would otherwise share a source id in the report.
    seen: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        source, n = article.source, 2
        while source in seen:
            source = f"{article.source}-{n}"
            n += 1
        seen.add(source)
        unique.append(article if source == article.source else replace(article, source=source))
    return tuple(unique)
