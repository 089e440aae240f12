"""HTML rendering: one self-contained page (no network assets) with the Markdown report's content,
coloured diffs and a severity filter. Every piece of article text goes through ``html.escape``.
"""

from __future__ import annotations

import html

from ..naming import display_name
from ..quotes import diff_parts
from ..records import SEVERITIES, Claim, Finding, Report
from .json import summary_counts
from .markdown import BADGES, check_first, compared_figures, coverage_cells, grouping_legend, grouping_note

__all__ = ["render_html"]

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.sev{font-weight:600;padding:0 .3rem;border-radius:3px}
.sev-high{background:#fbd5d5}.sev-medium{background:#fde8c8}.sev-low{background:#fff6bf}.sev-info{background:#e6eef8}
del{background:#fbd5d5;color:#7a0000}ins{background:#d3f5d3;color:#004d00;text-decoration:none;font-weight:600}
.filter label{margin-right:1rem}.claim{border-top:1px solid #ddd;padding-top:.5rem}
mark{background:#fff0a0;font-weight:600}code{font-size:90%}
.badge{font-weight:700;padding:0 .4rem;border-radius:3px;color:#fff}.st-conflict{background:#b00020}
.st-differs{background:#c25e00}.st-agrees{background:#2e7d32}.st-single-source{background:#777}
"""
_JS = """
function applyFilter(){
  var shown={};document.querySelectorAll('.filter input').forEach(function(b){shown[b.value]=b.checked;});
  document.querySelectorAll('[data-severity]').forEach(function(el){
    el.style.display=shown[el.getAttribute('data-severity')]?'':'none';});
}
document.querySelectorAll('.filter input').forEach(function(b){b.addEventListener('change',applyFilter);});
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _diff_html(diff: str) -> str:
    tags = {"-": ("<del>", "</del>"), "+": ("<ins>", "</ins>"), "=": ("", "")}
    return "".join(f"{tags[op][0]}{_e(text)}{tags[op][1]}" for op, text in diff_parts(diff))


def _badge(status: str) -> str:
    return f'<span class="badge st-{_e(status)}">{_e(BADGES[status])}</span>'


def _sev(severity: str) -> str:
    return f'<span class="sev sev-{_e(severity)}">{_e(severity)}</span>'


def _finding_li(claim: Claim, f: Finding, link: bool) -> str:
    where = " (inside one outlet)" if f.within_source else ""
    target = f' → <a href="#{_e(claim.id)}">{_e(claim.id)}</a>' if link else ""
    diff = f"<br>diff: {_diff_html(f.diff)}" if f.diff else ""
    return (f'<li data-severity="{_e(f.severity)}">{_sev(f.severity)} {_e(f.kind)} · {_e(f.label)}{_e(where)} — '
            f"{_e(f.detail)}{target}{diff}</li>")


def render_html(report: Report) -> str:
    """The report as one HTML page."""
    counts = summary_counts(report)
    s = report.settings
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck report: {_e(display_name(report.event))}</title><style>{_CSS}</style></head><body>",
        f"<h1>factcheck report: {_e(display_name(report.event))}</h1>",
        f"<p>{counts['outlets']} outlets, {counts['claims']} claims. Generated {_e(report.generated_at)} with model "
        f"<code>{_e(report.model)}</code>; link threshold {_e(s.get('link_threshold'))}, cluster threshold "
        f"{_e(s.get('cluster_threshold'))}, hedge tolerance {_e(s.get('approx_tolerance'))}.</p>",
        "<h2>Outlets</h2><table><tr><th>id</th><th>outlet</th><th>title</th><th>date</th></tr>",
    ]
    parts += [f"<tr><td>{_e(a.source)}</td><td>{_e(a.outlet or '')}</td><td>{_e(a.title)}</td>"
              f"<td>{_e(a.date or '')}</td></tr>" for a in report.sources]
    parts.append("</table>")
    parts += [f"<p>One voice, several outlets: {_e(a.source)} was also carried by "
              + ", ".join(f"{_e(c.source)}{' (' + _e(c.outlet) + ')' if c.outlet else ''}, similarity {c.similarity:.2f}"
                          for c in a.copies) + " (counted once).</p>" for a in report.sources if a.copies]
    parts.append("<h2>Summary</h2><table><tr><th>status</th><th>claims</th></tr>")
    parts += [f"<tr><td>{_badge(status)}</td><td>{counts['by_status'].get(status, 0)}</td></tr>"
              for status in BADGES]
    parts.append("</table>")
    parts.append('<div class="filter"><strong>Show findings:</strong> ' + "".join(
        f'<label><input type="checkbox" value="{sev}" checked> {sev} '
        f"({counts['findings_by_severity'].get(sev, 0)})</label>" for sev in SEVERITIES
    ) + "</div>")
    parts.append("<h2>Check first</h2><ul>")
    parts += [_finding_li(c, f, link=True) for c, f in check_first(report)] or ["<li>Nothing to check.</li>"]
    parts.append("</ul><h2>Coverage</h2><table><tr><th>claim</th><th>status</th>")
    sources = [a.source for a in report.sources]
    parts += [f"<th>{_e(src)}</th>" for src in sources]
    parts.append("</tr>")
    for c in report.claims:
        if len(c.sources) < 2:
            continue
        cells = "".join(f"<td>{cell}</td>" for cell in coverage_cells(c, sources))
        parts.append(f'<tr><td><a href="#{_e(c.id)}">{_e(c.id)}</a></td><td>{_badge(c.status)}</td>{cells}</tr>')
    parts.append(f"</table><h2>Claims</h2><p>{_e(grouping_legend(report.settings))}</p>")
    for c in report.claims:
        parts.append(f'<section class="claim" id="{_e(c.id)}"><h3>{_e(c.id)} · {_badge(c.status)} · '
                     f"{_sev(c.severity)}</h3><table><tr><th>#</th><th>outlet</th><th>version</th></tr>")
        marks = compared_figures(c)
        for i, m in enumerate(c.mentions):
            text = _e(m.text)
            for value in marks:
                text = text.replace(_e(value), f"<mark>{_e(value)}</mark>", 1)
            repeat = " (repeat)" if m.repeat else ""
            parts.append(f"<tr><td>{i}</td><td>{_e(m.source)}{repeat}</td><td>{text}</td></tr>")
        parts.append("</table>")
        note = grouping_note(c)
        if note:
            parts.append(f'<p class="why">Why one claim: {_e(note)}</p>')
        parts.append("<ul>")
        parts += [_finding_li(c, f, link=False) for f in c.findings]
        parts.append("</ul></section>")
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts) + "\n"
