"""Batch: check many events in one run — each subfolder of a folder, or each event of a JSONL file.

The model loads once. A manifest in the output folder records a fingerprint (inputs + settings) of each
finished event, so a re-run skips what is done and resumes after an interruption. A bad event is
reported and skipped; nothing already written is lost (every write is atomic).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .embedding import Embedder, load_embedder
from .errors import FactcheckError, InputError
from .fields import Fields
from .ingest import ARTICLE_SUFFIXES, read_articles, read_file
from .pipeline import check_articles
from .records import Article
from .render import atomic_write, write_reports
from .settings import Settings

__all__ = ["MANIFEST", "BatchResult", "check_batch", "find_events"]

MANIFEST = ".factcheck-batch.json"


@dataclass(frozen=True)
class BatchResult:
    """What a batch run did.

    Attributes:
        written: Events checked in this run.
        reused: Events skipped because an up-to-date report already existed.
        failed: ``"event: reason"`` for each event that could not be checked.
    """

    written: tuple[str, ...]
    reused: tuple[str, ...]
    failed: tuple[str, ...]


def find_events(root: str | Path, fields: Fields | None = None) -> dict[str, list[Article] | Path]:
    """Events under ``root``: subfolders holding articles (read later), or JSONL records by event field.

    Raises:
        InputError: When ``root`` is missing or holds no events.
    """
    fields = fields or Fields()
    root = Path(root)
    if not root.exists():
        raise InputError(InputError.MISSING.format(path=root))
    events: dict[str, list[Article] | Path] = {}
    if root.is_file():
        grouped: dict[str, list[Article]] = {}
        raw = {i: line for i, line in enumerate(root.read_text(encoding="utf-8").splitlines(), start=1)}
        for article in read_file(root, fields):
            number = int(article.path.rsplit(":", 1)[1]) if ":" in article.path else 0
            record = json.loads(raw.get(number, "{}") or "{}")
            key = fields.pick(record, "event") if isinstance(record, dict) else None
            grouped.setdefault(key or root.stem, []).append(article)
        events.update(grouped)
    else:
        for child in sorted(root.iterdir()):
            if child.is_dir() and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in child.rglob("*")):
                events[child.name] = child
    if not events:
        raise InputError(InputError.EMPTY.format(path=root))
    return events


def _fingerprint(articles: list[Article], settings: Settings, formats: tuple[str, ...]) -> str:
    # The version is part of it: a report written by an older factcheck is not reused after an upgrade.
    from . import __version__

    digest = hashlib.sha256(json.dumps([__version__, settings.to_dict(), list(formats)], sort_keys=True).encode())
    for a in articles:
        digest.update(f"{a.source}\0{a.text}\0".encode())
    return digest.hexdigest()


def check_batch(
    root: str | Path,
    out: str | Path,
    settings: Settings | None = None,
    *,
    formats: tuple[str, ...] = ("md", "json"),
    embedder: Embedder | None = None,
    progress: Callable[[str], None] | None = None,
) -> BatchResult:
    """Check every event under ``root``, writing ``<out>/<event>.<fmt>``.

    Args:
        root: A folder of event folders, or a JSONL file whose records carry ``event``/``event_id``.
        out: Output folder (created); holds the resume manifest.
        settings: Options for every event.
        formats: Report formats to write.
        embedder: Model; loaded once from the settings when omitted.
        progress: Called with one line per event.

    Returns:
        What was written, reused and failed.
    """
    settings = settings or Settings()
    say = progress or (lambda _line: None)
    out = Path(out)
    events = find_events(root)
    manifest_path = out / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    written, reused, failed = [], [], []
    for n, (event, source) in enumerate(events.items(), start=1):
        prefix = f"[{n}/{len(events)}] {event}"
        try:
            if isinstance(source, Path):
                ingested = read_articles(source)
                articles = list(ingested.articles)
                for skipped in ingested.skipped:
                    say(f"{prefix}: skipped {skipped}")
            else:
                articles = source
            if len(articles) < 2:
                raise InputError(f"{event}: {len(articles)} readable article(s); at least 2 are needed")
            stamp = _fingerprint(articles, settings, formats)
            if manifest.get(event) == stamp and all((out / f"{event}.{f}").exists() for f in formats):
                reused.append(event)
                say(f"{prefix}: up to date")
                continue
            if embedder is None:
                embedder = load_embedder(settings.model, settings.batch_size)
            report = check_articles(articles, settings, embedder=embedder, event=event)
            write_reports(report, out, formats)
            manifest[event] = stamp
            atomic_write(manifest_path, json.dumps(manifest, indent=1, sort_keys=True))
            written.append(event)
            say(f"{prefix}: {len(report.claims)} claims, worst {report.worst() or 'none'}")
        except FactcheckError as exc:
            failed.append(f"{event}: {exc}")
            say(f"{prefix}: skipped ({exc})")
    return BatchResult(tuple(written), tuple(reused), tuple(failed))
