"""JSON and JSONL records to articles, one bad record skipped with ``file:line`` and the reason.

Records are untrusted: any key may be missing or of any type, a line may be cut off, nested ten thousand
deep, or start with a byte-order mark. Each record is read alone, so one bad line never costs the others.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article
from .fields import Fields
from .readers import Records, register
from .text import normalise_text, valid_unicode

__all__ = ["Records", "read_json", "read_jsonl"]

# A JSON or JSONL file holds many articles: the size limit applies to each record's text (checked once
# read), and the file only has to be small enough to parse.
_MANY = 100


@register(".jsonl", file_factor=_MANY, events=True)
def read_jsonl(path: Path, raw: str, max_bytes: int | None = None, fields: Fields | None = None) -> Records:
    """Read one article per non-blank line of ``raw``, the text of the JSONL file ``path``.

    ``fields`` names the record keys to read (detected from :data:`~factcheck.ingest.fields.DETECTED` when omitted).
    """
    fields = fields or Fields()
    articles, skipped = [], []
    # Split on "\n" only: U+2028 and friends may stand raw inside a JSON string, and str.splitlines() would
    # cut the record there.
    for number, line in enumerate(raw.split("\n"), start=1):
        line = line.strip().lstrip("\ufeff")  # a BOM on each line when files were concatenated
        if not line:
            continue
        where = f"{path}:{number}"
        try:
            articles.append(_from_record(_loads(line, where), path, where, number, max_bytes, fields))
        except InputError as exc:
            skipped.append(str(exc))
    if not articles and not skipped:
        skipped.append(InputError.NO_TEXT.format(path=path))
    return Records(tuple(articles), tuple(skipped))


@register(".json", file_factor=_MANY, events=True)
def read_json(path: Path, raw: str, max_bytes: int | None = None, fields: Fields | None = None) -> Records:
    """Read one article, or a list of them, from the text of the JSON file ``path`` (``fields`` as for
    :func:`read_jsonl`)."""
    fields = fields or Fields()
    try:
        data = _loads(raw.lstrip("\ufeff"), str(path))
    except InputError as exc:
        return Records((), (str(exc),))
    items = data if isinstance(data, list) else [data]
    articles, skipped = [], []
    for i, item in enumerate(items):
        where = f"{path}#{i}" if len(items) > 1 else str(path)
        try:
            articles.append(_from_record(item, path, where, i if len(items) > 1 else None, max_bytes, fields))
        except InputError as exc:
            skipped.append(str(exc))
    if not articles and not skipped:
        skipped.append(InputError.NO_TEXT.format(path=path))
    return Records(tuple(articles), tuple(skipped))


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise InputError(InputError.BAD_JSON.format(path=where, reason="nested too deeply")) from exc
    except ValueError as exc:  # JSONDecodeError, and integers longer than Python will parse
        raise InputError(InputError.BAD_JSON.format(path=where, reason=exc)) from exc


def _string(value: Any) -> str:
    """A field as one line of text: strings and numbers as written, anything else (lists, objects) ignored."""
    if isinstance(value, bool) or value is None or not isinstance(value, str | int | float):
        return ""
    return " ".join(normalise_text(str(value)).split())


def _pick(record: dict[str, Any], fields: Fields, role: str) -> str:
    """The value of ``role`` (see :meth:`~factcheck.ingest.fields.Fields.pick`) as one line of text, else ""."""
    return _string(fields.pick(record, role))


def _from_record(record: Any, path: Path, where: str, number: int | None,
                 max_bytes: int | None, fields: Fields) -> tuple[Article, str | None]:
    if not isinstance(record, dict):
        raise InputError(InputError.BAD_JSON.format(path=where, reason=f"expected an object, got {type(record).__name__}"))
    text = next((v for v in (record.get(k) for k in fields.names("text")) if isinstance(v, str) and v.strip()), "")
    if max_bytes is not None and len(text) > max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        size = len(text.encode("utf-8", "surrogatepass"))
        raise InputError(InputError.TOO_LARGE.format(path=where, size=size / 1e6, limit=max_bytes / 1e6))
    text = normalise_text(text)
    title = _string(record.get("title"))
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text.strip() else title
    if not text.strip():
        raise InputError(InputError.NO_TEXT.format(path=where))
    # ``source`` names the outlet (newsapi, GDELT), never the id: see factcheck.ingest.fields.
    ident = _pick(record, fields, "id") or (path.stem if number is None else f"{path.stem}-{number:03d}")
    authors = record.get("authors")
    author = _string(record.get("author")) or (", ".join(filter(None, map(_string, authors)))
                                                if isinstance(authors, list) else _string(authors))
    # The event name is kept exactly as written: it is what the report and the batch listing show (the
    # file name made from it is cleaned separately, see factcheck.render.naming).
    event = next((valid_unicode(str(v)) for v in (record.get(k) for k in fields.names("event")) if _string(v)), None)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
    return Article(ident, where, title or first, text, _pick(record, fields, "outlet") or None,
                   _pick(record, fields, "date") or None, author or None, _pick(record, fields, "url") or None), event
