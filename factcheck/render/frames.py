"""DataFrames: a report as three pandas tables (claims, mentions, findings) for notebooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Report

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["report_to_frames"]


def report_to_frames(report: Report) -> dict[str, pd.DataFrame]:
    """``{"claims": ..., "mentions": ..., "findings": ...}``, joined on ``claim``."""
    import pandas as pd

    from .lines import outlet_labels

    names = outlet_labels(report.sources)
    claims = [{"claim": c.id, "status": c.status, "severity": c.severity, "outlets": len(c.sources),
               "mentions": len(c.mentions), "findings": len(c.findings), "cohesion": c.cohesion,
               "evidence": "; ".join(c.evidence), "text": c.mentions[0].text}
              for c in report.claims]
    mentions = [{"claim": c.id, "mention": i, "source": m.source, "outlet": names.get(m.source, m.source),
                 "sentence": m.sentence, "start": m.start,
                 "end": m.end, "repeat": m.repeat, "text": m.text}
                for c in report.claims for i, m in enumerate(c.mentions)]
    findings = [{"claim": c.id, "kind": f.kind, "label": f.label, "severity": f.severity,
                 "within_source": f.within_source,
                 "outlets": ";".join(dict.fromkeys(c.mentions[i].source for i in f.mentions)),
                 "outlet_names": ";".join(dict.fromkeys(names.get(c.mentions[i].source, "") for i in f.mentions)),
                 "values": " | ".join(f.values), "detail": f.detail, "diff": f.diff or "",
                 "texts": " | ".join(c.mentions[i].text for i in f.mentions)}
                for c in report.claims for f in c.findings]
    return {
        "claims": pd.DataFrame(claims, columns=["claim", "status", "severity", "outlets", "mentions",
                                                "findings", "cohesion", "evidence", "text"]),
        "mentions": pd.DataFrame(mentions, columns=["claim", "mention", "source", "outlet", "sentence", "start", "end",
                                                    "repeat", "text"]),
        "findings": pd.DataFrame(findings, columns=["claim", "kind", "label", "severity", "within_source",
                                                    "outlets", "outlet_names", "values", "detail", "diff",
                                                    "texts"]),
    }
