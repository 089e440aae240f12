"""Render: a :class:`~factcheck.records.Report` as Markdown, JSON, CSV or pandas DataFrames.

Each format is one module with one function from a report to text (or frames); ``write_reports``
writes several formats atomically into a folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputError
from ..naming import safe_name
from ..records import Report

__all__ = ["FORMATS", "atomic_write", "check_output_folder", "render", "report_path", "write_reports"]

FORMATS = ("md", "json", "csv", "html")


def render(report: Report, fmt: str) -> str:
    """The report as text in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(report)
    if fmt == "json":
        from .json import render_json

        return render_json(report)
    if fmt == "html":
        from .html import render_html

        return render_html(report)
    if fmt == "csv":
        from .csv import render_csv

        return render_csv(report)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def report_path(folder: str | Path, event: str, fmt: str) -> Path:
    """Where the ``fmt`` report of ``event`` goes: always directly inside ``folder`` (see :func:`safe_name`)."""
    return Path(folder) / f"{safe_name(event or 'report')}.{fmt}"


def write_reports(report: Report, folder: str | Path, formats: tuple[str, ...] = ("md", "json"),
                  stem: str | None = None) -> list[Path]:
    """Write the report into ``folder`` as ``<event>.<fmt>`` for each format; returns the paths.

    The event name is made safe for a file name (:func:`report_path`); the report keeps it as given.
    ``stem``, itself a safe name, overrides the file name (batch uses it to keep names apart).
    """
    out = []
    for fmt in formats:
        path = report_path(folder, report.event, fmt) if stem is None else report_path(folder, stem, fmt)
        atomic_write(path, render(report, fmt))
        out.append(path)
    return out


def check_output_folder(folder: str | Path) -> Path:
    """Make sure reports can be written into ``folder`` before any work starts: create it and write a probe.

    Args:
        folder: The ``--out`` folder.

    Returns:
        The folder.

    Raises:
        OutputError: When ``folder`` is a file, lies under a file, or cannot be created or written.
    """
    path = Path(folder)
    for part in (path, *path.parents):
        if part.exists() and not part.is_dir():
            message = OutputError.IS_FILE if part == path else OutputError.UNDER_FILE
            raise OutputError(message.format(path=path, file=part))
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".factcheck-probe.", dir=path)
        os.close(fd)
        Path(probe).unlink()
    except OSError as exc:
        raise OutputError(OutputError.UNWRITABLE.format(path=path, reason=exc.strerror or exc)) from exc
    return path
