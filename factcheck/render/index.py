"""The batch index: one line per event, most severe first, in Markdown, JSON and HTML.

An editor opens the index first: it says which events to read (the worst finding of each in one line,
with a link to the report) and which could not be checked, and why.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from urllib.parse import quote

from ..records import SEVERITIES, EventEntry

__all__ = ["INDEX_FORMATS", "render_index"]

INDEX_FORMATS = ("md", "json", "html")


def _counts(entry: EventEntry) -> str:
    counts = dict(entry.findings)
    return " ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts.get(s)) or "none"


def _link(entry: EventEntry, prefer: str) -> str | None:
    if not entry.reports:
        return None
    name = next((r for r in entry.reports if r.endswith(f".{prefer}")), entry.reports[0])
    return quote(name)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(entries: Sequence[EventEntry]) -> str:
    done = [e for e in entries if e.status in ("checked", "up to date")]
    rest = [e for e in entries if e not in done]
    lines = ["# factcheck batch index", "",
             f"{len(done)} events checked, {sum(e.status == 'skipped' for e in rest)} skipped, "
             f"{sum(e.status == 'failed' for e in rest)} failed. Most severe first.", "",
             "| event | outlets | claims | findings | worst finding |", "|---|---|---|---|---|"]
    for e in done:
        link = _link(e, "md")
        name = f"[{_md_cell(e.event)}]({link})" if link else _md_cell(e.event)
        lines.append(f"| {name} | {_md_cell(', '.join(e.outlets))} | {e.claims} | {_counts(e)} | "
                     f"{_md_cell(e.worst_line) or '-'} |")
    if rest:
        lines += ["", "## Not checked", "", "| event | status | reason |", "|---|---|---|"]
        lines += [f"| {_md_cell(e.event)} | {e.status} | {_md_cell(e.reason)} |" for e in rest]
    return "\n".join(lines) + "\n"


def _json(entries: Sequence[EventEntry]) -> str:
    rows = [{"event": e.event, "status": e.status, "reason": e.reason, "outlets": list(e.outlets),
             "claims": e.claims, "findings_by_severity": dict(e.findings), "worst": e.worst,
             "worst_finding": e.worst_line, "reports": list(e.reports)} for e in entries]
    return json.dumps({"events": rows}, ensure_ascii=False, indent=2) + "\n"


def _html(entries: Sequence[EventEntry]) -> str:
    esc = html.escape
    rows = []
    for e in entries:
        link = _link(e, "html")
        name = f'<a href="{esc(link)}">{esc(e.event)}</a>' if link else esc(e.event)
        detail = esc(e.worst_line or e.reason or "-")
        rows.append(f'<tr class="{esc(e.worst or e.status.replace(" ", "-"))}"><td>{name}</td><td>{esc(e.status)}</td>'
                    f"<td>{esc(', '.join(e.outlets))}</td><td>{e.claims}</td><td>{esc(_counts(e))}</td>"
                    f"<td>{detail}</td></tr>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>factcheck batch index</title>"
            "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}"
            "tr.high td:first-child{border-left:6px solid #c0392b}tr.medium td:first-child{border-left:6px solid #e67e22}"
            "tr.low td:first-child{border-left:6px solid #f1c40f}tr.failed,tr.skipped{color:#777}</style></head>"
            "<body><h1>factcheck batch index</h1><p>Most severe first.</p><table><thead><tr><th>event</th>"
            "<th>status</th><th>outlets</th><th>claims</th><th>findings</th><th>worst finding or reason</th></tr>"
            "</thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></body></html>\n")


def render_index(entries: Sequence[EventEntry], fmt: str) -> str:
    """The index of ``entries`` (sorted here, most severe first) as ``md``, ``json`` or ``html``."""
    ordered = sorted(entries, key=EventEntry.sort_key)
    if fmt == "md":
        return _markdown(ordered)
    if fmt == "json":
        return _json(ordered)
    if fmt == "html":
        return _html(ordered)
    raise ValueError(f"unknown index format {fmt!r}; choose from {', '.join(INDEX_FORMATS)}")
