"""JSON rendering: the stable machine-readable shape of a report (documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from ..records import Disagreement, Report, severity_rank
from .lines import disagreements, outlet_labels

__all__ = ["HIDDEN", "SCHEMA_VERSION", "render_json", "report_to_dict", "summary_counts"]

SCHEMA_VERSION = 2


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data with stable keys."""
    lines = disagreements(report)
    names = outlet_labels(report.sources)
    outlet = {a.source: a.outlet for a in report.sources}
    return {
        "schema_version": SCHEMA_VERSION,
        "event": report.event,
        "generated_at": report.generated_at,
        "model": report.model,
        "settings": report.settings,
        "sources": [
            # "url" only when the input gave one, so reports of plain files keep their shape.
            {"id": a.source, "label": names[a.source], "path": a.path, "title": a.title, "outlet": a.outlet,
             "date": a.date,
             "author": a.author,
             "copies": [{"id": c.source, "path": c.path, "outlet": c.outlet, "similarity": c.similarity,
                         "own_lines": list(c.own_lines)} for c in a.copies]}
            | ({"url": a.url} if a.url else {})
            for a in report.sources
        ],
        "skipped": list(report.skipped),
        "summary": summary_counts(report, lines),
        "disagreements": [_line(d, outlet) for d in lines],
        "claims": [
            {
                "id": c.id,
                "status": c.status,
                "severity": c.severity,
                "sources": list(c.sources),
                "cohesion": c.cohesion,
                "evidence": list(c.evidence),
                "mentions": [
                    {"source": m.source, "outlet": outlet.get(m.source), "sentence": m.sentence, "text": m.text, "start": m.start,
                     "end": m.end, "repeat": m.repeat}
                    for m in c.mentions
                ],
                "findings": [
                    {"kind": f.kind, "label": f.label, "severity": f.severity, "detail": f.detail,
                     "fidelity": f.label if f.kind == "quote" else None,
                     "rule": f.label if f.kind == "contradiction" else None,
                     "mentions": list(f.mentions), "within_source": f.within_source, "diff": f.diff,
                     "values": list(f.values),
                     "spans": [{"source": src, "start": start, "end": end} for src, start, end in f.spans]}
                    for f in c.findings
                ],
            }
            for c in report.claims
        ],
        "facts": [
            {"source": f.source, "sentence": f.sentence, "subject": f.subject, "attribute": f.attribute,
             "value": f.value, "text": f.text, "start": f.start, "end": f.end, "scope": f.scope, "quoted": f.quoted}
            for f in report.facts
        ],
    }


def _line(line: Disagreement, outlet: dict[str, str | None]) -> dict[str, Any]:
    return {"claims": list(line.claims), "severity": line.severity, "kind": line.kind, "label": line.label,
            "text": line.text,
            "sides": [{"value": value, "sources": list(who), "outlets": [outlet.get(s) for s in who]}
                      for value, who in line.sides],
            "findings": [{"claim": claim, "index": index} for claim, index in line.findings]}


#: Status under which a claim is counted when ``--min-severity`` hid every finding that made it differ.
HIDDEN = "below min severity"


def summary_counts(report: Report, lines: tuple[Disagreement, ...] | None = None) -> dict[str, Any]:
    """The one set of counts every format shows: claims by status, disagreements (lines) and pairwise
    findings by severity, and single-outlet claims; all of the report as filtered, so a summary never
    counts what its lists leave out.

    Args:
        report: The report, already filtered to ``--min-severity`` when one was given.
        lines: Its :func:`~.lines.disagreements`, when the caller has them already.

    Returns:
        ``claims``, ``outlets``, ``by_status`` (a claim whose every discrepancy fell below the minimum
        severity counts as ``below min severity``), ``disagreements_by_severity``, ``findings_by_severity``
        (coverage notes are not findings), ``single_source`` and ``single_source_checkable``.
    """
    lines = disagreements(report) if lines is None else lines
    statuses: dict[str, int] = {}
    severities: dict[str, int] = {}
    by_line: dict[str, int] = {}
    for claim in report.claims:
        found = [f for f in claim.findings if f.kind != "coverage"]
        status = claim.status
        if status in ("conflict", "differs") and not any(f.severity != "info" for f in found):
            status = HIDDEN
        statuses[status] = statuses.get(status, 0) + 1
        for f in found:
            severities[f.severity] = severities.get(f.severity, 0) + 1
    for line in lines:
        by_line[line.severity] = by_line.get(line.severity, 0) + 1
    single = [c for c in report.claims if c.status == "single-source"]
    order = sorted(severities, key=severity_rank)
    return {"claims": len(report.claims), "outlets": len(report.sources), "by_status": statuses,
            "disagreements_by_severity": {s: by_line[s] for s in sorted(by_line, key=severity_rank)},
            "findings_by_severity": {s: severities[s] for s in order},
            "single_source": len(single),
            "single_source_checkable": sum(1 for c in single if c.severity != "info")}


def render_json(report: Report) -> str:
    """The report as indented JSON text (UTF-8, non-ASCII kept as is)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
