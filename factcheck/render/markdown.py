"""Markdown rendering: the editor's report — what to check first, coverage, then one section per claim.

Tables come from tabulate (GitHub flavour). Article text is escaped, so a sentence containing ``|``,
backticks, ``<``, ``*`` or a newline can neither break a table nor inject markup.
"""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from ..naming import display_name
from ..quotes import diff_parts
from ..records import SEVERITIES, Claim, Copy, Finding, Report, severity_rank
from .json import summary_counts

__all__ = ["escape", "render_markdown"]

# Plain words, not emoji: they read the same on every viewer and font.
BADGES = {"conflict": "CONFLICT", "differs": "DIFFERS", "agrees": "agrees", "single-source": "single source"}
#: What an editor checks first, within a severity: a numeric conflict, then a misattributed quote, an
#: altered quote, a hedge, a truncation, then wording; single-outlet claims with numbers or quotes last.
_PRIORITY = {"conflict": 0, "different figures": 5, "speaker differs": 1, "altered": 3, "qualifier differs": 4, "truncated": 6,
             "paraphrase": 7, "single source": 9}


def _priority(finding: Finding) -> int:
    if finding.kind == "contradiction":
        return 2
    return _PRIORITY.get(finding.label, 5 if finding.kind == "numeric" else 8)


def coverage_cells(claim: Claim, sources: list[str]) -> list[str]:
    """One cell per outlet: "" when it does not carry the claim, "✓", or "✓×N" when it says it N times."""
    cells = []
    for source in sources:
        n = sum(1 for m in claim.mentions if m.source == source)
        cells.append("" if n == 0 else "✓" if n == 1 else f"✓×{n}")
    return cells


def compared_figures(claim: Claim) -> list[str]:
    """The figures a claim's numeric discrepancies compare, longest first (for highlighting)."""
    figures = {v for f in claim.findings if f.kind == "numeric" and f.severity != "info" for v in f.values}
    return sorted(figures, key=len, reverse=True)


def check_first(report: Report) -> list[tuple[Claim, Finding]]:
    """Findings an editor should look at, most urgent first (info-level notes left out)."""
    items = [(c, f) for c in report.claims for f in c.findings if f.severity != "info"]
    return sorted(items, key=lambda cf: (cf[1].kind == "coverage", severity_rank(cf[1].severity),
                                         _priority(cf[1]), cf[0].id))
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
    marks = {"-": "~~", "+": "**", "=": ""}
    return "".join(f"{marks[op]}{escape(text)}{marks[op]}" for op, text in diff_parts(diff))


def _table(rows: list[list[str]], headers: list[str]) -> str:
    return str(tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True))


def _hooks(claim: Claim) -> tuple[str, ...]:
    return next((f.values for f in claim.findings if f.kind == "coverage"), ())


def _short(text: str, width: int) -> str:
    return escape(text if len(text) <= width else text[: width - 1].rstrip() + "…")


def _copy_label(copy: Copy) -> str:
    """"b (Reuters, same text)" or "c (5-gram similarity 0.91)"."""
    how = "same text" if copy.similarity >= 1.0 else f"5-gram similarity {copy.similarity:.2f}"
    return f"{escape(copy.source)} ({escape(copy.outlet) + ', ' if copy.outlet else ''}{how})"


def _claim_title(claim: Claim, width: int = 90) -> str:
    return _short(claim.mentions[0].text, width)


def _finding_line(claim: Claim, finding: Finding) -> str:
    where = " (inside one outlet)" if finding.within_source else ""
    return (f"- **{finding.severity}** · {finding.kind} · {escape(finding.label)}{where} — "
            f"{escape(finding.detail)} → [{claim.id}](#{claim.id})")


def render_markdown(report: Report) -> str:
    """The report as Markdown."""
    counts = summary_counts(report)
    # An event name from the input may hold a newline or an escape sequence: shown escaped, one line.
    lines = [f"# factcheck report: {escape(display_name(report.event))}", ""]
    settings = report.settings
    lines += [
        f"{counts['outlets']} outlets, {counts['claims']} claims. Generated {report.generated_at} with model "
        f"`{report.model}`.",
        "",
        "Settings: " + ", ".join(f"{k} = {escape(str(v))}" for k, v in settings.items()) + ".",
        "",
        "## Outlets",
        "",
        _table([[escape(a.source), escape(a.outlet or ""), _short(a.title, 100), escape(a.date or "")]
                for a in report.sources], ["id", "outlet", "title", "date"]),
        "",
    ]
    copied = [a for a in report.sources if a.copies]
    if copied:
        lines += ["One voice, several outlets (the same text, or near-identical syndicated copy, counted once):", ""]
        for a in copied:
            lines.append(f"- {escape(a.source)} was also carried by " + ", ".join(_copy_label(c) for c in a.copies))
            lines += [f"  - only in {escape(c.source)}: {_short(line, 200)}" for c in a.copies for line in c.own_lines]
        lines.append("")
    if report.skipped:
        lines += ["Skipped inputs:", ""] + [f"- {escape(s)}" for s in report.skipped] + [""]
    by_status = counts["by_status"]
    by_sev = counts["findings_by_severity"]
    lines += [
        "## Summary",
        "",
        _table([[BADGES[s], str(by_status.get(s, 0))] for s in BADGES], ["status", "claims"]),
        "",
        _table([[s, str(by_sev.get(s, 0))] for s in SEVERITIES],
               ["finding severity", "count"]),
        "",
        "## Check first",
        "",
    ]
    ranked = check_first(report)
    lines += [_finding_line(c, f) for c, f in ranked] or ["Nothing: no discrepancies between outlets."]
    lines.append("")
    shared = [c for c in report.claims if len(c.sources) > 1]
    sources = [a.source for a in report.sources]
    lines += ["## Coverage", "", "Claims carried by more than one outlet (✓ = outlet carries it, "
              "×N = it says it N times).", ""]
    rows = []
    for c in shared:
        rows.append([f"[{c.id}](#{c.id})", BADGES[c.status], *coverage_cells(c, sources)])
    lines += [_table(rows, ["claim", "status"] + [escape(s) for s in sources]), ""]
    single = [c for c in report.claims if c.status == "single-source"]
    checkable = [c for c in single if c.severity != "info"]
    lines += ["## Single-outlet claims", "",
              f"{len(single)} claims are carried by one outlet only; {len(checkable)} of them hold figures or "
              "attributed quotations an editor can check (listed first).", ""]
    rows = [[f"[{c.id}](#{c.id})", escape(c.sources[0]), escape("; ".join(_hooks(c))), _claim_title(c, 120)]
            for c in sorted(single, key=lambda c: (-len(_hooks(c)), severity_rank(c.severity), c.id))]
    lines += [_table(rows, ["claim", "outlet", "checkable", "text"]), "", "## Claims", "",
              escape(grouping_legend(report.settings)), ""]
    for claim in report.claims:
        lines += _claim_section(claim)
    return "\n".join(lines).rstrip() + "\n"


def _highlight(text: str, values: list[str]) -> str:
    """Escape ``text`` and put the first occurrence of each compared figure in bold."""
    out = escape(text)
    for value in values:
        out = out.replace(escape(value), f"**{escape(value)}**", 1)
    return out


def grouping_note(claim: Claim) -> str | None:
    """Why the versions were grouped as one claim, for a claim with more than one mention."""
    if len(claim.mentions) < 2:
        return None
    return "; ".join([f"average pair score {claim.cohesion:.2f}", *claim.evidence])


def grouping_legend(settings: dict[str, Any]) -> str:
    """What "Why one claim" means, said once per report."""
    threshold = settings.get("cluster_threshold", "the cluster threshold")
    return ("“Why one claim” gives the versions' average pair score (embedding similarity and word overlap, "
            f"raised by a shared figure or quotation, so it can pass 1; versions join at {threshold}) and "
            "what else tied them: figures and runs of words they share.")


def _claim_section(claim: Claim) -> list[str]:
    lines = [f'<a id="{claim.id}"></a>', "", f"### {claim.id} · {BADGES[claim.status]} · {claim.severity}", "",
             f"> {_claim_title(claim, 200)}", ""]
    marks = compared_figures(claim)
    rows = [[str(i), escape(m.source) + (" (repeat)" if m.repeat else ""), _highlight(m.text, marks)]
            for i, m in enumerate(claim.mentions)]
    lines += [_table(rows, ["#", "outlet", "version"]), ""]
    note = grouping_note(claim)
    if note:
        lines += [f"Why one claim: {escape(note)}", ""]
    for f in claim.findings:
        where = " (inside one outlet)" if f.within_source else ""
        refs = ", ".join(f"#{i}" for i in f.mentions)
        lines.append(f"- **{f.severity}** · {f.kind} · {escape(f.label)}{where} [{refs}]: {escape(f.detail)}")
        if f.diff:
            lines.append(f"  - diff: {_diff_markdown(f.diff)}")
    lines.append("")
    return lines
