"""Markdown rendering: the editor's report — what to check first, coverage, then one section per claim.

Tables come from tabulate (GitHub flavour). Article text is escaped, so a sentence containing ``|``,
backticks, ``<``, ``*`` or a newline can neither break a table nor inject markup.
"""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from ..quotes.fidelity import diff_parts
from ..records import SEVERITIES, Claim, Copy, Disagreement, Report, severity_rank
from .json import HIDDEN, summary_counts
from .lines import PEOPLE_SECTION, disagreements, outlet_labels, people_lines
from .naming import display_name

__all__ = ["escape", "headline", "named", "outlets_note", "render_markdown"]

# Plain words, not emoji: they read the same on every viewer and font.
BADGES = {"conflict": "CONFLICT", "differs": "DIFFERS", "agrees": "agrees", "single-source": "single source"}
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


def named(text: str, names: dict[str, str]) -> str:
    """``text`` with every article id replaced by its outlet label (longest ids first)."""
    for source in sorted(names, key=len, reverse=True):
        if source != names[source]:
            text = text.replace(source, names[source])
    return text


def headline(counts: dict[str, Any], min_severity: str) -> str:
    """The report's first line: outlets, claims and what there is to check, with the severities counted."""
    by = counts["disagreements_by_severity"]
    shown = [s for s in ("high", "medium", "low") if severity_rank(s) <= severity_rank(min_severity)]
    total = sum(by.get(s, 0) for s in shown)
    parts = ", ".join(f"{by.get(s, 0)} {s}" for s in shown)
    return (f"{counts['outlets']} outlets, {counts['claims']} claims: {total} disagreement"
            f"{'' if total == 1 else 's'} to check ({parts}).")


def outlets_note(report: Report, names: dict[str, str]) -> str | None:
    """What to say when the input names no outlet: the articles are shown by short id, not invented names."""
    if any(a.outlet for a in report.sources):
        return None
    return ("The input names no outlets (no outlet field, page metadata or sources.toml), so articles are "
            "shown by short id: " + ", ".join(f"{names[a.source]} = {a.source}" for a in report.sources) + ".")


def render_markdown(report: Report) -> str:
    """The report as Markdown: what to check first, the outlets, the summary, the claims; single-outlet
    claims and coverage in their own section; settings and model at the end."""
    lines_found = disagreements(report)
    counts = summary_counts(report, lines_found)
    names = outlet_labels(report.sources)
    settings = report.settings
    minimum = str(settings.get("min_severity", "info"))
    # An event name from the input may hold a newline or an escape sequence: shown escaped, one line.
    lines = [f"# factcheck report: {escape(display_name(report.event))}", "", escape(headline(counts, minimum)), ""]
    note = outlets_note(report, names)
    if note:
        lines += [escape(note), ""]
    lines += ["## Check first", ""]
    to_check = [d for d in lines_found if d.severity != "info"]
    lines += [_line(d) for d in to_check] or [f"Nothing to check at {minimum} severity or above."]
    people = people_lines(lines_found)
    lines += ["", f"## {PEOPLE_SECTION[0]}", "", PEOPLE_SECTION[1], ""]
    lines += [_line(d) for d in people] or [PEOPLE_SECTION[2]]
    lines += ["", "## Outlets", "",
              _table([[escape(names[a.source]), escape(a.outlet or "unknown"), escape(a.date or ""),
                       _short(a.title, 90), escape(a.source)] for a in report.sources],
                     ["outlet", "name in the input", "date", "title", "id"]), ""]
    copied = [a for a in report.sources if a.copies]
    if copied:
        lines += ["One voice, several outlets (the same text, or near-identical syndicated copy, counted once):", ""]
        for a in copied:
            lines.append(f"- {escape(names[a.source])} was also carried by " + ", ".join(_copy_label(c) for c in a.copies))
            lines += [f"  - only in {escape(c.source)}: {_short(line, 200)}" for c in a.copies for line in c.own_lines]
        lines.append("")
    if report.skipped:
        lines += ["Skipped inputs:", ""] + [f"- {escape(s)}" for s in report.skipped] + [""]
    by_status = counts["by_status"]
    lines += ["## Summary", "",
              _table([[s, str(counts["disagreements_by_severity"].get(s, 0)), str(counts["findings_by_severity"].get(s, 0))]
                      for s in SEVERITIES], ["severity", "disagreements", "pairwise findings"]), "",
              _table([[BADGES.get(s, s), str(by_status.get(s, 0))] for s in (*BADGES, HIDDEN) if s in BADGES or by_status.get(s)],
                     ["status", "claims"]), ""]
    compared = [c for c in report.claims if c.status != "single-source"]
    lines += ["## Claims", "", escape(grouping_legend(report.settings)), ""]
    for claim in compared:
        lines += _claim_section(claim, names)
    notes = [d for d in lines_found if d.severity == "info"]
    if notes:
        lines += ["## Notes, not discrepancies", "", "House style and transliteration (the same value or name "
                  "written two ways) and short fragments quoted from a longer quotation.", ""]
        lines += [_line(d) for d in notes] + [""]
    lines += _coverage(report, names, counts)
    lines += ["## Settings and model", "",
              f"Generated {report.generated_at} with model `{report.model}`.", "",
              "Settings: " + ", ".join(f"{k} = {escape(str(v))}" for k, v in settings.items()) + ".", ""]
    return "\n".join(lines).rstrip() + "\n"


def _line(line: Disagreement) -> str:
    links = ", ".join(f"[{c}](#{c})" for c in line.claims)
    return f"- **{line.severity}** · {escape(line.text)} → {links}"


def _coverage(report: Report, names: dict[str, str], counts: dict[str, Any]) -> list[str]:
    """Single-outlet claims and which outlet carries which shared claim: context, not discrepancies."""
    shared = [c for c in report.claims if len(c.sources) > 1]
    sources = [a.source for a in report.sources]
    lines = ["## Single-outlet claims and coverage", "",
             f"{counts['single_source']} claims are carried by one outlet only; {counts['single_source_checkable']} "
             "of them hold figures or attributed quotations an editor can check (listed first).", ""]
    single = [c for c in report.claims if c.status == "single-source"]
    rows = [[f"[{c.id}](#{c.id})", escape(names.get(c.sources[0], c.sources[0])), escape("; ".join(_hooks(c))),
             _claim_title(c, 120)]
            for c in sorted(single, key=lambda c: (-len(_hooks(c)), severity_rank(c.severity), c.id))]
    lines += [_table(rows, ["claim", "outlet", "checkable", "text"]), "",
              "Claims carried by more than one outlet (✓ = outlet carries it, ×N = it says it N times):", ""]
    rows = [[f"[{c.id}](#{c.id})", BADGES[c.status], *coverage_cells(c, sources)] for c in shared]
    lines += [_table(rows, ["claim", "status"] + [escape(names[s]) for s in sources]), ""]
    for claim in single:
        lines += _claim_section(claim, names)
    return lines


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


def _claim_section(claim: Claim, names: dict[str, str]) -> list[str]:
    lines = [f'<a id="{claim.id}"></a>', "", f"### {claim.id} · {BADGES[claim.status]} · {claim.severity}", "",
             f"> {_claim_title(claim, 200)}", ""]
    marks = compared_figures(claim)
    rows = [[str(i), escape(names.get(m.source, m.source)) + (" (repeat)" if m.repeat else ""), _highlight(m.text, marks)]
            for i, m in enumerate(claim.mentions)]
    lines += [_table(rows, ["#", "outlet", "version"]), ""]
    note = grouping_note(claim)
    if note:
        lines += [f"Why one claim: {escape(note)}", ""]
    for f in claim.findings:
        where = " (inside one outlet)" if f.within_source else ""
        refs = ", ".join(f"#{i}" for i in f.mentions)
        lines.append(f"- **{f.severity}** · {f.kind} · {escape(f.label)}{where} [{refs}]: {escape(named(f.detail, names))}")
        if f.diff:
            lines.append(f"  - diff: {_diff_markdown(f.diff)}")
    lines.append("")
    return lines
