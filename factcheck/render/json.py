"""JSON rendering: the stable machine-readable shape of a report (documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from ..records import Report

__all__ = ["SCHEMA_VERSION", "render_json", "report_to_dict"]

SCHEMA_VERSION = 2


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data with stable keys."""
    return {
        "schema_version": SCHEMA_VERSION,
        "event": report.event,
        "generated_at": report.generated_at,
        "model": report.model,
        "settings": report.settings,
        "sources": [
            # "url" only when the input gave one, so reports of plain files keep their shape.
            {"id": a.source, "path": a.path, "title": a.title, "outlet": a.outlet, "date": a.date,
             "author": a.author,
             "copies": [{"id": c.source, "path": c.path, "outlet": c.outlet, "similarity": c.similarity,
                         "own_lines": list(c.own_lines)} for c in a.copies]}
            | ({"url": a.url} if a.url else {})
            for a in report.sources
        ],
        "skipped": list(report.skipped),
        "summary": summary_counts(report),
        "claims": [
            {
                "id": c.id,
                "status": c.status,
                "severity": c.severity,
                "sources": list(c.sources),
                "cohesion": c.cohesion,
                "evidence": list(c.evidence),
                "mentions": [
                    {"source": m.source, "sentence": m.sentence, "text": m.text, "start": m.start,
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


def summary_counts(report: Report) -> dict[str, Any]:
    """Counts of claims by status and of findings by severity."""
    statuses: dict[str, int] = {}
    severities: dict[str, int] = {}
    for claim in report.claims:
        statuses[claim.status] = statuses.get(claim.status, 0) + 1
        for f in claim.findings:
            if f.kind != "coverage":
                severities[f.severity] = severities.get(f.severity, 0) + 1
    return {"claims": len(report.claims), "outlets": len(report.sources), "by_status": statuses,
            "findings_by_severity": severities}


def render_json(report: Report) -> str:
    """The report as indented JSON text (UTF-8, non-ASCII kept as is)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
