"""Render: a :class:`~factcheck.records.Report` as Markdown, JSON, CSV or pandas DataFrames.

Each format is one module with one function from a report to text (or frames); ``write_reports``
writes several formats atomically into a folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..records import Report

__all__ = ["FORMATS", "atomic_write", "render", "write_reports"]

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


def write_reports(report: Report, folder: str | Path, formats: tuple[str, ...] = ("md", "json")) -> list[Path]:
    """Write the report into ``folder`` as ``<event>.<fmt>`` for each format; returns the paths."""
    out = []
    for fmt in formats:
        path = Path(folder) / f"{report.event or 'report'}.{fmt}"
        atomic_write(path, render(report, fmt))
        out.append(path)
    return out
