"""Markdown rendering: the editor's report — what to check first, coverage, then one section per claim.

Tables come from tabulate (GitHub flavour). Article text is escaped, so a sentence containing ``|``,
backticks, ``<``, ``*`` or a newline can neither break a table nor inject markup.
"""

from __future__ import annotations

import re

from tabulate import tabulate

from ..records import Claim, Finding, Report, severity_rank
from .json import summary_counts

__all__ = ["escape", "render_markdown"]

_BADGES = {"conflict": "🔴 conflict", "differs": "🟠 differs", "agrees": "🟢 agrees",
           "single-source": "⚪ single source"}
_KIND_ORDER = {"numeric": 0, "attribution": 1, "quote": 2, "contradiction": 3, "coverage": 4}
_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[",
                          "]": "\\]", "<": "&lt;", ">": "&gt;", "#": "\\#", "\n": " ", "\r": " "})


def escape(text: str) -> str:
    """Make article text inert inside Markdown (and inside a table cell).

    >>> escape("a | b *c* <script>`x`")
    'a \\\\| b \\\\*c\\\\* &lt;script&gt;\\\\`x\\\\`'
    """
    return text.translate(_ESCAPES)


def _diff_markdown(diff: str) -> str:
    """``[-old-]`` as struck-through, ``{+new+}`` in bold; the words themselves escaped."""
    parts = re.split(r"(\[-.*?-\]|\{\+.*?\+\})", diff)
    out = []
    for part in parts:
        if part.startswith("[-") and part.endswith("-]"):
            out.append(f"~~{escape(part[2:-2])}~~")
        elif part.startswith("{+") and part.endswith("+}"):
            out.append(f"**{escape(part[2:-2])}**")
        else:
            out.append(escape(part))
    return "".join(out)


def _table(rows: list[list[str]], headers: list[str]) -> str:
    return str(tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True))


def _short(text: str, width: int) -> str:
    return escape(text if len(text) <= width else text[: width - 1].rstrip() + "…")


def _claim_title(claim: Claim, width: int = 90) -> str:
    return _short(claim.mentions[0].text, width)


def _finding_line(claim: Claim, finding: Finding) -> str:
    where = " (inside one outlet)" if finding.within_source else ""
    return (f"- **{finding.severity}** · {finding.kind} · {escape(finding.label)}{where} — "
            f"{escape(finding.detail)} → [{claim.id}](#{claim.id})")


def render_markdown(report: Report) -> str:
    """The report as Markdown."""
    counts = summary_counts(report)
    lines = [f"# factcheck report: {escape(report.event)}", ""]
    settings = report.settings
    lines += [
        f"{counts['outlets']} outlets, {counts['claims']} claims. Model `{report.model}`; link threshold "
        f"{settings.get('link_threshold')}, cluster threshold {settings.get('cluster_threshold')}, "
        f"hedge tolerance {settings.get('approx_tolerance')}.",
        "",
        "## Outlets",
        "",
        _table([[escape(a.source), escape(a.outlet or ""), _short(a.title, 100), escape(a.date or "")]
                for a in report.sources], ["id", "outlet", "title", "date"]),
        "",
    ]
    if report.skipped:
        lines += ["Skipped inputs:", ""] + [f"- {escape(s)}" for s in report.skipped] + [""]
    by_status = counts["by_status"]
    by_sev = counts["findings_by_severity"]
    lines += [
        "## Summary",
        "",
        _table([[_BADGES[s], str(by_status.get(s, 0))] for s in _BADGES], ["status", "claims"]),
        "",
        _table([[s, str(by_sev.get(s, 0))] for s in ("high", "medium", "low", "info")],
               ["finding severity", "count"]),
        "",
        "## Check first",
        "",
    ]
    ranked = sorted(
        ((c, f) for c in report.claims for f in c.findings if f.kind != "coverage" and f.severity != "info"),
        key=lambda cf: (severity_rank(cf[1].severity), _KIND_ORDER.get(cf[1].kind, 9), cf[0].id),
    )
    lines += [_finding_line(c, f) for c, f in ranked] or ["Nothing: no discrepancies between outlets."]
    lines.append("")
    shared = [c for c in report.claims if len(c.sources) > 1]
    sources = [a.source for a in report.sources]
    lines += ["## Coverage", "", "Claims carried by more than one outlet (✓ = outlet carries it, "
              "×N = it says it N times).", ""]
    rows = []
    for c in shared:
        per = {s: sum(1 for m in c.mentions if m.source == s) for s in sources}
        rows.append([f"[{c.id}](#{c.id})", _BADGES[c.status]] +
                    [("✓" if per[s] == 1 else f"✓×{per[s]}") if per[s] else "" for s in sources])
    lines += [_table(rows, ["claim", "status"] + [escape(s) for s in sources]), ""]
    single = [c for c in report.claims if c.status == "single-source"]
    checkable = [c for c in single if c.severity != "info"]
    lines += ["## Single-outlet claims", "",
              f"{len(single)} claims are carried by one outlet only; {len(checkable)} of them hold numbers or "
              "quotations an editor can check (listed first).", ""]
    rows = [[f"[{c.id}](#{c.id})", escape(c.sources[0]), "yes" if c.severity != "info" else "",
             _claim_title(c, 120)] for c in sorted(single, key=lambda c: (severity_rank(c.severity), c.id))]
    lines += [_table(rows, ["claim", "outlet", "checkable", "text"]), "", "## Claims", ""]
    for claim in report.claims:
        lines += _claim_section(claim)
    return "\n".join(lines).rstrip() + "\n"


def _claim_section(claim: Claim) -> list[str]:
    lines = [f'<a id="{claim.id}"></a>', "", f"### {claim.id} · {_BADGES[claim.status]} · {claim.severity}", "",
             f"> {_claim_title(claim, 200)}", ""]
    rows = [[str(i), escape(m.source) + (" (repeat)" if m.repeat else ""), escape(m.text)]
            for i, m in enumerate(claim.mentions)]
    lines += [_table(rows, ["#", "outlet", "version"]), ""]
    for f in claim.findings:
        where = " (inside one outlet)" if f.within_source else ""
        refs = ", ".join(f"#{i}" for i in f.mentions)
        lines.append(f"- **{f.severity}** · {f.kind} · {escape(f.label)}{where} [{refs}]: {escape(f.detail)}")
        if f.diff:
            lines.append(f"  - diff: {_diff_markdown(f.diff)}")
    lines.append("")
    return lines
