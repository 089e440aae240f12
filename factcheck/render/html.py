"""HTML rendering: one self-contained page (no network assets) laid out for an editor.

At the top, what to check, one line per disagreement with the outlets by name, filters by severity and by
outlet; each line links to its claim, where the compared passages are highlighted. Claims follow; the
single-outlet claims, coverage, settings and model sit collapsed at the end. Every piece of article text
goes through ``html.escape``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from ..quotes.fidelity import diff_parts
from ..records import SEVERITIES, Claim, Disagreement, Finding, Report
from .json import HIDDEN, summary_counts
from .lines import PEOPLE_SECTION, disagreements, outlet_labels, people_lines
from .markdown import BADGES, coverage_cells, grouping_legend, grouping_note, headline, named, outlets_note
from .naming import display_name

__all__ = ["render_html"]

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.sev{font-weight:600;padding:0 .3rem;border-radius:3px;font-size:90%}
.sev-high{background:#fbd5d5}.sev-medium{background:#fde8c8}.sev-low{background:#fff6bf}.sev-info{background:#e6eef8}
del{background:#fbd5d5;color:#7a0000}ins{background:#d3f5d3;color:#004d00;text-decoration:none;font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;margin:.5rem 0;padding:.5rem;
background:#f6f6f6;border-radius:4px}
.filters label{white-space:nowrap}.check li{margin:.35rem 0}.claim{border-top:1px solid #ddd;padding-top:.5rem}
.claim:target{background:#fffbe6;outline:2px solid #e0b400}
mark{background:#fff0a0;font-weight:600}code{font-size:90%}.lead{font-size:110%}
.badge{font-weight:700;padding:0 .4rem;border-radius:3px;color:#fff}.st-conflict{background:#b00020}
.st-differs{background:#c25e00}.st-agrees{background:#2e7d32}.st-single-source{background:#777}
details{margin:1rem 0}summary{cursor:pointer;font-weight:600;font-size:115%}
.wide{overflow-x:auto}
@media (max-width:40rem){body{margin:.5rem auto;font-size:14px}h1{font-size:1.35rem}td,th{padding:.2rem .3rem}}
"""
_JS = """
function applyFilter(){
  var shown={};document.querySelectorAll('.filters input').forEach(function(b){shown[b.value]=b.checked;});
  var outlet=document.getElementById('outlet').value;
  document.querySelectorAll('[data-severity]').forEach(function(el){
    var who=(el.getAttribute('data-outlets')||'').split(' ');
    var ok=shown[el.getAttribute('data-severity')]&&(!outlet||!el.hasAttribute('data-outlets')||who.indexOf(outlet)>=0);
    el.style.display=ok?'':'none';});
  document.querySelectorAll('section.claim').forEach(function(el){
    var who=el.getAttribute('data-outlets').split(' ');
    el.style.display=(!outlet||who.indexOf(outlet)>=0)?'':'none';});
}
document.querySelectorAll('.filters input, #outlet').forEach(function(b){b.addEventListener('change',applyFilter);});
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _diff_html(diff: str) -> str:
    tags = {"-": ("<del>", "</del>"), "+": ("<ins>", "</ins>"), "=": ("", "")}
    return "".join(f"{tags[op][0]}{_e(text)}{tags[op][1]}" for op, text in diff_parts(diff))


def _badge(status: str) -> str:
    return f'<span class="badge st-{_e(status)}">{_e(BADGES.get(status, status))}</span>'


def _sev(severity: str) -> str:
    return f'<span class="sev sev-{_e(severity)}">{_e(severity)}</span>'


def _marked(text: str, values: Sequence[str]) -> str:
    """``text`` escaped, with the first occurrence of each compared value marked (longest first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for value in sorted(set(values), key=len, reverse=True):
        at = text.find(value) if value else -1
        if at >= 0 and all(at >= end or at + len(value) <= start for start, end in spans):
            spans.append((at, at + len(value)))
    out, pos = [], 0
    for start, end in sorted(spans):
        out += [_e(text[pos:start]), f"<mark>{_e(text[start:end])}</mark>"]
        pos = end
    return "".join(out) + _e(text[pos:])


def _compared(claim: Claim) -> list[str]:
    """What to highlight in a claim's versions: the values its findings compare (notes aside)."""
    return [v for f in claim.findings if f.kind != "coverage" and f.severity != "info" for v in f.values]


def _line_li(line: Disagreement, sources: dict[str, str]) -> str:
    who = sorted({s for _, outlets in line.sides for s in outlets})
    links = ", ".join(f'<a href="#{_e(c)}">{_e(c)}</a>' for c in line.claims)
    return (f'<li data-severity="{_e(line.severity)}" data-outlets="{_e(" ".join(sources[s] for s in who))}">'
            f"{_sev(line.severity)} {_e(line.text)} → {links}</li>")


def _finding_li(f: Finding, names: dict[str, str]) -> str:
    where = " (inside one outlet)" if f.within_source else ""
    diff = f"<br>diff: {_diff_html(f.diff)}" if f.diff else ""
    refs = ", ".join(f"#{i}" for i in f.mentions)
    return (f'<li data-severity="{_e(f.severity)}">{_sev(f.severity)} {_e(f.kind)} · {_e(f.label)}{_e(where)} '
            f"[{_e(refs)}]: {_e(named(f.detail, names))}{diff}</li>")


def _claim(c: Claim, names: dict[str, str], ids: dict[str, str]) -> list[str]:
    parts = [f'<section class="claim" id="{_e(c.id)}" data-outlets="{_e(" ".join(ids[s] for s in c.sources))}">'
             f"<h3>{_e(c.id)} · {_badge(c.status)} · {_sev(c.severity)}</h3>"
             '<div class="wide"><table><tr><th>#</th><th>outlet</th><th>version</th></tr>']
    marks = _compared(c)
    for i, m in enumerate(c.mentions):
        repeat = " (repeat)" if m.repeat else ""
        parts.append(f"<tr><td>{i}</td><td>{_e(names.get(m.source, m.source))}{repeat}</td>"
                     f"<td>{_marked(m.text, marks)}</td></tr>")
    parts.append("</table></div>")
    note = grouping_note(c)
    if note:
        parts.append(f'<p class="why">Why one claim: {_e(note)}</p>')
    parts.append("<ul>")
    parts += [_finding_li(f, names) for f in c.findings if f.kind != "coverage"]
    parts.append("</ul></section>")
    return parts


def render_html(report: Report) -> str:
    """The report as one HTML page."""
    lines = disagreements(report)
    counts = summary_counts(report, lines)
    names = outlet_labels(report.sources)
    # Filter values are plain tokens, so an outlet name with spaces or quotes cannot break the attribute list.
    ids = {a.source: f"o{i}" for i, a in enumerate(report.sources)}
    minimum = str(report.settings.get("min_severity", "info"))
    title = _e(display_name(report.event))
    to_check = [d for d in lines if d.severity != "info"]
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck report: {title}</title><style>{_CSS}</style></head><body>",
        f"<h1>factcheck report: {title}</h1>",
        f'<p class="lead">{_e(headline(counts, minimum))}</p>',
    ]
    note = outlets_note(report, names)
    if note:
        parts.append(f"<p>{_e(note)}</p>")
    parts.append(_filters(report, counts, names, ids))
    parts.append('<h2>Check first</h2><ul class="check">')
    parts += [_line_li(d, ids) for d in to_check] or [f"<li>Nothing to check at {_e(minimum)} severity or above.</li>"]
    parts.append(f'</ul><h2>{_e(PEOPLE_SECTION[0])}</h2><p>{_e(PEOPLE_SECTION[1])}</p><ul class="check">')
    parts += [_line_li(d, ids) for d in people_lines(lines)] or [f"<li>{_e(PEOPLE_SECTION[2])}</li>"]
    parts.append("</ul>")
    parts += _outlets(report, names)
    parts += _summary(counts)
    parts.append(f"</table><h2>Claims</h2><p>{_e(grouping_legend(report.settings))}</p>")
    for c in report.claims:
        if c.status != "single-source":
            parts += _claim(c, names, ids)
    notes = [d for d in lines if d.severity == "info"]
    if notes:
        parts.append("<h2>Notes, not discrepancies</h2><p>House style and transliteration (the same value or name "
                     "written two ways) and short fragments quoted from a longer quotation.</p><ul>")
        parts += [_line_li(d, ids) for d in notes]
        parts.append("</ul>")
    parts += _single_outlet(report, counts, names, ids)
    s = report.settings
    parts.append(f"<details><summary>Settings and model</summary><p>Generated {_e(report.generated_at)} with model "
                 f"<code>{_e(report.model)}</code>.</p><p>"
                 + ", ".join(f"{_e(k)} = {_e(v)}" for k, v in s.items()) + "</p></details>")
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts) + "\n"


def _filters(report: Report, counts: dict[str, Any], names: dict[str, str], ids: dict[str, str]) -> str:
    """The severity checkboxes and the outlet menu the page's script filters by."""
    by_line = counts["disagreements_by_severity"]
    return ('<div class="filters"><strong>Show:</strong> ' + "".join(
        f'<label><input type="checkbox" value="{sev}" checked> {sev} ({by_line.get(sev, 0)})</label>'
        for sev in SEVERITIES) + '<label>outlet <select id="outlet"><option value="">all</option>' + "".join(
        f'<option value="{ids[a.source]}">{_e(names[a.source])}</option>' for a in report.sources)
        + "</select></label></div>")


def _outlets(report: Report, names: dict[str, str]) -> list[str]:
    """The outlets table, the copies folded into one voice, and the inputs skipped."""
    parts = ["<h2>Outlets</h2><div class=\"wide\"><table><tr><th>outlet</th><th>name in the input</th>"
             "<th>date</th><th>title</th><th>id</th></tr>"]
    parts += [f"<tr><td>{_e(names[a.source])}</td><td>{_e(a.outlet or 'unknown')}</td><td>{_e(a.date or '')}</td>"
              f"<td>{_e(a.title)}</td><td>{_e(a.source)}</td></tr>" for a in report.sources]
    parts.append("</table></div>")
    parts += [f"<p>One voice, several outlets: {_e(names[a.source])} was also carried by "
              + ", ".join(f"{_e(c.source)}{' (' + _e(c.outlet) + ')' if c.outlet else ''}, similarity {c.similarity:.2f}"
                          for c in a.copies) + " (counted once).</p>" for a in report.sources if a.copies]
    if report.skipped:
        parts.append("<p>Skipped inputs:</p><ul>" + "".join(f"<li>{_e(s)}</li>" for s in report.skipped) + "</ul>")
    return parts


def _summary(counts: dict[str, Any]) -> list[str]:
    """Disagreements and findings by severity, claims by status (the last table left open)."""
    by_line = counts["disagreements_by_severity"]
    parts = ["<h2>Summary</h2><table><tr><th>severity</th><th>disagreements</th><th>pairwise findings</th></tr>"]
    parts += [f"<tr><td>{_sev(s)}</td><td>{by_line.get(s, 0)}</td><td>{counts['findings_by_severity'].get(s, 0)}</td></tr>"
              for s in SEVERITIES]
    parts.append("</table><table><tr><th>status</th><th>claims</th></tr>")
    parts += [f"<tr><td>{_badge(s)}</td><td>{counts['by_status'].get(s, 0)}</td></tr>"
              for s in (*BADGES, HIDDEN) if s in BADGES or counts["by_status"].get(s)]
    return parts


def _single_outlet(report: Report, counts: dict[str, Any], names: dict[str, str], ids: dict[str, str]) -> list[str]:
    """The collapsed section: which outlet carries which claim, then the claims one outlet alone carries."""
    parts = [f"<details><summary>Single-outlet claims and coverage ({counts['single_source']} claims carried "
             f"by one outlet; {counts['single_source_checkable']} hold figures or attributed quotations)</summary>"]
    sources = [a.source for a in report.sources]
    parts.append('<div class="wide"><table><tr><th>claim</th><th>status</th>'
                 + "".join(f"<th>{_e(names[s])}</th>" for s in sources) + "</tr>")
    for c in report.claims:
        if len(c.sources) > 1:
            cells = "".join(f"<td>{cell}</td>" for cell in coverage_cells(c, sources))
            parts.append(f'<tr><td><a href="#{_e(c.id)}">{_e(c.id)}</a></td><td>{_badge(c.status)}</td>{cells}</tr>')
    parts.append("</table></div>")
    for c in report.claims:
        if c.status == "single-source":
            parts += _claim(c, names, ids)
            hooks = next((f.detail for f in c.findings if f.kind == "coverage"), "")
            if hooks:
                parts.append(f"<p>{_e(named(hooks, names))}</p>")
    parts.append("</details>")
    return parts
