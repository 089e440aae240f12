"""CSV rendering: one row per finding, for spreadsheets."""

from __future__ import annotations

from ..records import Report
from .frames import report_to_frames

__all__ = ["render_csv"]


def render_csv(report: Report) -> str:
    """Findings as CSV: claim id, kind, label, severity, outlets (ids and names), values, detail, diff, texts."""
    frame = report_to_frames(report)["findings"]
    text: str = frame.to_csv(index=False, lineterminator="\n")
    return text
