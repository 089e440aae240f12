"""Batch: check many events in one run — each subfolder of a folder, or each event of a JSONL file.

The model loads once. A manifest in the output folder records a fingerprint (inputs + settings) of each
finished event, so a re-run skips what is done and resumes after an interruption. A bad event, or a bad
record of a JSONL file, is reported and skipped; nothing already written is lost (every write is atomic).
Event names come from the input: each becomes a file name only through :func:`factcheck.naming.safe_name`,
so no name writes outside the output folder, and two names never share a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .embedding import Embedder, load_embedder
from .errors import FactcheckError, InputError, NotEnoughArticles
from .ingest import ARTICLE_SUFFIXES, read_articles, read_events
from .naming import display_name
from .pipeline import check_articles
from .records import Article
from .render import atomic_write, check_output_folder, report_path, write_reports
from .settings import Settings

__all__ = ["MANIFEST", "BatchResult", "check_batch", "collect_events", "find_events", "output_stems"]

MANIFEST = ".factcheck-batch.json"


@dataclass(frozen=True)
class BatchResult:
    """What a batch run did.

    Attributes:
        written: Events checked in this run (names as the input gives them).
        reused: Events skipped because an up-to-date report already existed.
        failed: ``"event: reason"`` for each event that could not be checked.
        skipped: ``"where: reason"`` for each JSONL record that could not be read (it belongs to no event).
        files: Each event's report path without the format suffix, ``(event, path)``, in event order.
    """

    written: tuple[str, ...]
    reused: tuple[str, ...]
    failed: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    files: tuple[tuple[str, str], ...] = ()


def find_events(root: str | Path, max_bytes: int | None = None) -> dict[str, list[Article] | Path]:
    """Events under ``root``: subfolders holding articles (read later), or JSONL records by ``event``.

    Records that could not be read are left out; :func:`collect_events` also says which and why.

    Raises:
        InputError: When ``root`` is missing or holds no events.
    """
    return collect_events(root, max_bytes)[0]


def collect_events(root: str | Path, max_bytes: int | None = None) -> tuple[dict[str, list[Article] | Path], tuple[str, ...]]:
    """Events under ``root``, and the records of a JSONL file that could not be read.

    Args:
        root: A folder of event folders, or a JSONL/JSON file.
        max_bytes: Size limit per article (see ``Settings.max_article_mb``).

    Returns:
        The events by name, and ``"file:line: reason"`` for each record that could not be read.

    Raises:
        InputError: When ``root`` is missing or holds no events.
    """
    root = Path(root)
    if not root.exists():
        raise InputError(InputError.MISSING.format(path=root))
    events: dict[str, list[Article] | Path] = {}
    skipped: tuple[str, ...] = ()
    if root.is_file():
        grouped, skipped = read_events(root, max_bytes)
        events.update(grouped)
    else:
        for child in sorted(root.iterdir()):
            if child.is_dir() and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in child.rglob("*")):
                events[child.name] = child
    if not events:
        raise InputError(InputError.EMPTY.format(path=root) + "".join(f"; {s}" for s in skipped[:3]))
    return events, skipped


def output_stems(events: list[str], out: Path) -> dict[str, Path]:
    """Each event's report path without suffix; names that clash on a case-insensitive file system (macOS,
    Windows) get a number, so no event overwrites another's report."""
    stems: dict[str, Path] = {}
    taken: set[str] = set()
    for event in events:
        path = report_path(out, event, "x").with_suffix("")
        n = 2
        while path.name.casefold() in taken:
            path = path.with_name(f"{report_path(out, event, 'x').stem}-{n}")
            n += 1
        taken.add(path.name.casefold())
        stems[event] = path
    return stems


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
    events, skipped_records = collect_events(root, settings.max_article_bytes)
    out = check_output_folder(out)  # before any event is checked, so a bad --out costs no work
    for line in skipped_records:
        say(f"skipped {display_name(line, 400)}")
    stems = output_stems(list(events), out)
    manifest_path = out / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    written, reused, failed = [], [], []
    for n, (event, source) in enumerate(events.items(), start=1):
        stem = stems[event]
        shown = display_name(event)
        prefix = f"[{n}/{len(events)}] {shown}" + ("" if stem.name == event else f" (file {stem.name})")
        try:
            if isinstance(source, Path):
                ingested = read_articles(source, settings.max_article_bytes)
                articles = list(ingested.articles)
                for skipped in ingested.skipped:
                    say(f"{prefix}: skipped {display_name(skipped, 400)}")
            else:
                articles = source
            if len(articles) < 2:
                raise NotEnoughArticles.of(shown, len(articles), len(articles), ())
            stamp = _fingerprint(articles, settings, formats)
            if manifest.get(event) == stamp and all(stem.with_name(f"{stem.name}.{f}").exists() for f in formats):
                reused.append(event)
                say(f"{prefix}: up to date")
                continue
            if embedder is None:
                embedder = load_embedder(settings.model, settings.batch_size)
            report = check_articles(articles, settings, embedder=embedder, event=event)
            write_reports(report, out, formats, stem=stem.name)
            manifest[event] = stamp
            atomic_write(manifest_path, json.dumps(manifest, indent=1, sort_keys=True))
            written.append(event)
            say(f"{prefix}: {len(report.claims)} claims, worst {report.worst() or 'none'}")
        except FactcheckError as exc:
            failed.append(f"{event}: {exc}")
            say(f"{prefix}: skipped ({display_name(str(exc), 400)})")
    return BatchResult(tuple(written), tuple(reused), tuple(failed), skipped_records,
                       tuple((e, str(p)) for e, p in stems.items()))
