"""Batch: check many events in one run — each subfolder of a folder, or each event of a JSONL file.

Events whose inputs are unchanged since the last run are reused; the rest are checked in blocks whose
sentences are embedded in one stream (see ``factcheck.workers``), with sentence vectors, sentence parses and
reports kept in a SQLite cache (``factcheck.cache``): a new article re-embeds and re-parses only its
sentences, a new output format re-embeds nothing. A manifest in the output folder records each finished event, so a re-run resumes
after an interruption. A bad event, or a bad record of a JSONL file, is reported and skipped; every write
is atomic; an index lists every event, most severe first. Event names come from the input: each becomes a
file name only through :func:`factcheck.render.naming.safe_name`, so no name writes outside the output folder,
and two names never share a file.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import EmbeddingCache, parser_name, text_key
from .errors import FactcheckError, InputError
from .ingest import ARTICLE_SUFFIXES, read_articles, read_events
from .ingest.fields import Fields
from .records import Article, EventEntry, Report
from .render import atomic_write, check_output_folder, report_path, write_reports
from .render.index import INDEX_FORMATS, render_index
from .render.naming import display_name
from .settings import Settings
from .text.sentences import split_sentences
from .workers import Block, EventJob, run_blocks

if TYPE_CHECKING:
    from .embedding import Embedder

__all__ = ["MANIFEST", "BatchOptions", "BatchProgress", "BatchResult", "check_batch", "collect_events", "find_events",
           "output_stems"]

MANIFEST = ".factcheck-batch.json"
CACHE = ".factcheck-cache.sqlite"


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (what each event's check does is ``Settings``).

    Attributes:
        formats: Report formats written per event (``md``, ``json``, ``csv``, ``html``).
        fields: Keys read from JSONL records (detected when omitted).
        force: Check every event again, even when its reports are up to date.
        workers: Local processes checking blocks side by side (1: this process).
        scheduler: Address of a running Dask scheduler (``tcp://host:8786``); blocks become its tasks.
        cache: SQLite file of sentence vectors, parses and reports (default ``<out>/.factcheck-cache.sqlite``).
        block_sentences: Sentences per block (4000): large enough that sorting a block by length leaves
            little padding, small enough that a lost worker costs little and memory stays flat.
        group: Treat the input as one flat dump of articles and group it into events.
        groups_file: Grouping to read (an editor's corrections) or, when missing, to write.
    """

    formats: tuple[str, ...] = ("md", "json")
    fields: Fields = field(default_factory=Fields)
    force: bool = False
    workers: int = 1
    scheduler: str | None = None
    cache: str | None = None
    block_sentences: int = 4000
    group: bool = False
    groups_file: str | None = None


@dataclass(frozen=True)
class BatchProgress:
    """One step of a batch, for a progress display.

    Attributes:
        done: Events finished so far (any status).
        total: Events in the batch.
        sentences: Sentences of the events checked so far in this run.
        event: The event just finished, as the input names it ("" for a message that is not about one event).
        line: What happened, in one line (names shown safely for a terminal, see ``naming.display_name``).
    """

    done: int
    total: int
    sentences: int
    event: str
    line: str


@dataclass(frozen=True)
class BatchResult:
    """What a batch run did.

    Attributes:
        written: Events checked in this run (names as the input gives them).
        reused: Events skipped because an up-to-date report already existed.
        failed: ``"event: reason"`` for each event that could not be checked.
        skipped: ``"event: reason"`` for each event with too few readable articles.
        entries: Every event's index line, most severe first.
        index: The index files written.
        embedded: Sentences embedded in this run (the rest came from the cache).
        unread: ``"where: reason"`` for each JSONL record that could not be read (it belongs to no event).
        files: Each event's report path without the format suffix, ``(event, path)``, in event order.
    """

    written: tuple[str, ...]
    reused: tuple[str, ...]
    failed: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    entries: tuple[EventEntry, ...] = ()
    index: tuple[Path, ...] = ()
    embedded: int = 0
    unread: tuple[str, ...] = ()
    files: tuple[tuple[str, str], ...] = ()


def find_events(root: str | Path, fields: Fields | None = None,
                max_bytes: int | None = None) -> dict[str, list[Article] | Path]:
    """Events under ``root``: subfolders holding articles (read later), or JSONL records by event field.

    Records that could not be read are left out; :func:`collect_events` also says which and why.

    Raises:
        InputError: When ``root`` is missing or holds no events.
    """
    return collect_events(root, fields, max_bytes)[0]


def collect_events(root: str | Path, fields: Fields | None = None, max_bytes: int | None = None
                   ) -> tuple[dict[str, list[Article] | Path], tuple[str, ...]]:
    """Events under ``root``, and the records of a JSONL file that could not be read.

    Args:
        root: A folder of event folders, or a JSONL/JSON file.
        fields: Keys read from JSONL records (detected when omitted).
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
        grouped, skipped = read_events(root, max_bytes, fields)
        events.update(grouped)
    else:
        for child in sorted(root.iterdir()):
            if child.is_dir() and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in child.rglob("*")):
                events[child.name] = child
    if not events:
        raise InputError(InputError.EMPTY.format(path=root, suffixes=", ".join(ARTICLE_SUFFIXES))
                         + "".join(f"; {s}" for s in skipped[:3]))
    return events, skipped


def output_stems(events: list[str], out: Path) -> dict[str, Path]:
    """Each event's report path without suffix; names that clash on a case-insensitive file system (macOS,
    Windows) get a number, so no event overwrites another's report, nor the batch index."""
    stems: dict[str, Path] = {}
    taken: set[str] = {"index"}  # index.{md,json,html} is the batch's own
    for event in events:
        path = report_path(out, event, "x").with_suffix("")
        n = 2
        while path.name.casefold() in taken:
            path = path.with_name(f"{report_path(out, event, 'x').stem}-{n}")
            n += 1
        taken.add(path.name.casefold())
        stems[event] = path
    return stems


def _fingerprint(articles: tuple[Article, ...], settings: Settings) -> str:
    # The version is part of it: a report written by an older factcheck is not reused after an upgrade.
    # Formats are not: a new format renders the stored report again.
    from . import __version__

    digest = hashlib.sha256(json.dumps([__version__, settings.to_dict()], sort_keys=True).encode())
    for a in articles:
        digest.update(json.dumps([a.source, a.title, a.outlet, a.date, a.author, a.url, a.text]).encode())
    return digest.hexdigest()


def entry_for(report: Report, status: str, reports: tuple[str, ...]) -> EventEntry:
    """The index line of a checked event."""
    from .render.json import summary_counts
    from .render.lines import disagreements

    counts = summary_counts(report)["findings_by_severity"]
    worst = report.worst()
    # The worst finding as the report's first line to check: values as written, outlets by name.
    first = next((d for d in disagreements(report) if d.severity == worst), None)
    line = f"{first.claims[0]} {first.text}" if first is not None else ""
    outlets = tuple(dict.fromkeys(a.outlet or a.source for a in report.sources))
    notes = "; ".join(f"skipped {s}" for s in report.skipped)
    return EventEntry(report.event, status, notes, outlets, len(report.claims),
                      tuple((s, n) for s, n in counts.items()), worst, line, reports)


def _entry_to_json(entry: EventEntry) -> dict[str, Any]:
    return {"event": entry.event, "status": entry.status, "reason": entry.reason, "outlets": list(entry.outlets),
            "claims": entry.claims, "findings": [list(f) for f in entry.findings], "worst": entry.worst,
            "worst_line": entry.worst_line, "reports": list(entry.reports)}


def _entry_from_json(data: dict[str, Any]) -> EventEntry:
    return EventEntry(data["event"], data["status"], data["reason"], tuple(data["outlets"]), data["claims"],
                      tuple((s, n) for s, n in data["findings"]), data["worst"], data["worst_line"],
                      tuple(data["reports"]))


class _Run:
    """The state of one batch run: manifest, cache, entries, counts, progress."""

    def __init__(self, out: Path, options: BatchOptions, stems: dict[str, Path],
                 say: Callable[[BatchProgress], None]) -> None:
        self.out, self.options, self.stems, self.total, self.say = out, options, stems, len(stems), say
        self.manifest_path = out / MANIFEST
        try:
            loaded = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        # Entries of an older manifest (event -> bare fingerprint) are not trusted: those events run again.
        self.manifest: dict[str, dict[str, Any]] = {k: v for k, v in loaded.items() if isinstance(v, dict)}
        self.cache = EmbeddingCache(options.cache or out / CACHE)
        self.entries: dict[str, EventEntry] = {}
        self.sentences = 0
        self.started = time.perf_counter()

    def finish(self, entry: EventEntry, line: str, fingerprint: str | None = None, sentences: int = 0) -> None:
        self.entries[entry.event] = entry
        self.sentences += sentences
        if fingerprint is not None:
            self.manifest[entry.event] = {"fingerprint": fingerprint, "entry": _entry_to_json(entry)}
            atomic_write(self.manifest_path, json.dumps(self.manifest, indent=1, sort_keys=True, ensure_ascii=False))
        self.say(BatchProgress(len(self.entries), self.total, self.sentences, entry.event,
                               f"{self.shown(entry.event)}: {display_name(line, 400)}"))

    def shown(self, event: str) -> str:
        """The event's name for a terminal line, and the file it went to when that differs."""
        stem = self.stems[event]
        return display_name(event) + ("" if stem.name == event else f" (file {stem.name})")

    def write(self, event: str, report: Report, formats: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p.name for p in write_reports(report, self.out, formats, stem=self.stems[event].name))


def _blocks(jobs: list[tuple[EventJob, list[bytes]]], cache: EmbeddingCache, model: str, size: int,
            parser: str | None = None) -> list[Block]:
    """Events in order, cut into blocks of about ``size`` sentences, each with its cached vectors and parses."""
    blocks: list[Block] = []
    current: list[EventJob] = []
    keys: list[bytes] = []
    for n, (job, job_keys) in enumerate(jobs, start=1):
        current.append(job)
        keys.extend(job_keys)
        if len(keys) >= size or n == len(jobs):
            parses = cache.get_parses(parser, keys) if parser is not None else {}
            blocks.append(Block(tuple(current), cache.get(model, keys), parser, parses))
            current, keys = [], []
    return blocks


def check_batch(
    root: str | Path,
    out: str | Path,
    settings: Settings | None = None,
    *,
    formats: tuple[str, ...] | None = None,
    options: BatchOptions | None = None,
    embedder: Embedder | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
) -> BatchResult:
    """Check every event under ``root``, writing ``<out>/<event>.<fmt>`` and ``<out>/index.{md,json,html}``.

    ``<event>`` is the event's name made safe for a file name (see :func:`output_stems`); ``--out`` is checked
    before any work, and nothing is written outside it.

    Args:
        root: A folder of event folders, or a JSONL file whose records name their event.
        out: Output folder (created); holds the resume manifest and, by default, the cache.
        settings: Options for every event.
        formats: Report formats to write (overrides ``options.formats``).
        options: How the batch runs (workers, cache, fields, grouping...).
        embedder: Model for work done in this process; the offline model when omitted.
        progress: Called after each event and for notes.

    Returns:
        What was written, reused, skipped and failed, and the index.

    Raises:
        InputError: ``root`` is missing or holds no events.
        OutputError: ``out`` cannot take the reports (checked before any work).
        ModelError: The model cannot be loaded (nothing can be checked).
    """
    settings = settings or Settings()
    options = options or BatchOptions()
    if formats is not None:
        options = replace(options, formats=formats)
    events, unread, out = _events(root, out, options, embedder, settings)
    run = _Run(out, options, output_stems(list(events), out), progress or (lambda _p: None))
    jobs = _plan(events, settings, run)
    model_name = embedder.name if embedder is not None else _model_name(settings)
    try:
        embedded = _run_jobs(run, jobs, settings, embedder, model_name)
    finally:
        index = _write_index(run)
        run.cache.close()
    entries = tuple(sorted(run.entries.values(), key=EventEntry.sort_key))

    def named(status: str, with_reason: bool = False) -> tuple[str, ...]:
        return tuple(f"{e.event}: {e.reason}" if with_reason else e.event for e in entries if e.status == status)

    return BatchResult(named("checked"), named("up to date"), named("failed", True), named("skipped", True),
                       entries, index, embedded, unread, tuple((e, str(p)) for e, p in run.stems.items()))


def _events(root: str | Path, out: str | Path, options: BatchOptions, embedder: Embedder | None,
            settings: Settings) -> tuple[dict[str, list[Article] | Path], tuple[str, ...], Path]:
    """The events to check (each a folder or its articles), files that could not be read, and the output
    folder, checked before any event is (so a bad ``--out`` costs no work)."""
    if options.group or options.groups_file:
        from .grouping import grouped_events

        folder = check_output_folder(out)  # before the grouping, so a bad --out costs no work
        return dict(grouped_events(root, options, embedder, settings.max_article_bytes)), (), folder
    events, unread = collect_events(root, options.fields, settings.max_article_bytes)
    return dict(events), unread, check_output_folder(out)


def _run_jobs(run: _Run, jobs: list[tuple[EventJob, list[bytes]]], settings: Settings, embedder: Embedder | None,
              model_name: str) -> int:
    """Check the planned events block by block, writing each report as it arrives; the number of sentences
    embedded in this run."""
    if not jobs:
        return 0
    embedded = 0
    options = run.options
    parser = parser_name(settings.spacy_model)
    blocks = _blocks(jobs, run.cache, model_name, max(1, options.block_sentences), parser)
    for done in run_blocks(blocks, settings, workers=options.workers, scheduler=options.scheduler, embedder=embedder):
        run.cache.put(model_name, done.vectors)
        if parser is not None:
            run.cache.put_parses(parser, done.parses)
        embedded += len(done.vectors)
        for outcome in done.outcomes:
            job = outcome.job
            if outcome.report is None:
                run.finish(EventEntry(job.event, "failed", outcome.error or "failed"), f"failed ({outcome.error})")
                continue
            run.cache.put_report(job.fingerprint, outcome.report)
            entry = entry_for(outcome.report, "checked", run.write(job.event, outcome.report, options.formats))
            run.finish(entry, f"{entry.claims} claims, worst {entry.worst or 'none'}", job.fingerprint,
                       job.sentences)
    return embedded


def _model_name(settings: Settings) -> str:
    from .embedding import load_embedder

    return load_embedder(settings.model, settings.batch_size).name


def _plan(events: dict[str, list[Article] | Path], settings: Settings, run: _Run
          ) -> list[tuple[EventJob, list[bytes]]]:
    """Decide per event: reuse, render again from the cached report, skip, or check (returned with the
    cache keys of its sentences)."""
    jobs = []
    formats = run.options.formats
    for event, source in events.items():
        skipped: tuple[str, ...] = ()
        try:
            if isinstance(source, Path):
                ingested = read_articles(source, settings.max_article_bytes, run.options.fields)
                articles, skipped = ingested.articles, ingested.skipped
            else:
                articles = tuple(source)
        except FactcheckError as exc:
            run.finish(EventEntry(event, "failed", str(exc)), f"failed ({exc})")
            continue
        if len(articles) < 2:
            reason = f"{len(articles)} readable article(s); at least 2 are needed"
            if skipped:
                reason += "; skipped " + "; ".join(skipped)
            run.finish(EventEntry(event, "skipped", reason), f"skipped ({reason})")
            continue
        stamp = _fingerprint(articles, settings)
        known = run.manifest.get(event, {})
        if not run.options.force and known.get("fingerprint") == stamp:
            entry = _entry_from_json(known["entry"])
            stem = run.stems[event].name  # reports written under another name (a clash since resolved) are redone
            have = {name.rsplit(".", 1)[-1] for name in entry.reports
                    if name.rsplit(".", 1)[0] == stem and (run.out / name).exists()}
            if all(f in have for f in formats):
                run.finish(replace(entry, status="up to date"), "up to date")
                continue
            report = run.cache.get_report(stamp)
            if report is not None:
                names = (*[n for n in entry.reports if n.rsplit(".", 1)[-1] in have],
                         *run.write(event, report, tuple(f for f in formats if f not in have)))
                run.finish(replace(entry, status="up to date", reports=names), "new formats written", stamp)
                continue
        keys = [text_key(s.text) for a in articles for s in split_sentences(a, settings)]
        jobs.append((EventJob(event, tuple(articles), skipped, stamp, len(keys)), keys))
    return jobs


def _write_index(run: _Run) -> tuple[Path, ...]:
    entries = list(run.entries.values())
    paths = []
    for fmt in INDEX_FORMATS:
        path = run.out / f"index.{fmt}"
        atomic_write(path, render_index(entries, fmt))
        paths.append(path)
    return tuple(paths)
