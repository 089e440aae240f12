"""One set of counts: Markdown, HTML and JSON count the same lines and findings under one --min-severity."""

from __future__ import annotations

import json
import re

import pytest

from factcheck.records import Report
from factcheck.render import render

pytestmark = pytest.mark.model
SEVERITIES = ("high", "medium", "low", "info")


def _filtered(report: Report, minimum: str) -> Report:
    return report.filtered(minimum)


@pytest.mark.parametrize("minimum", ["info", "medium", "high"])
def test_markdown_html_and_json_counts_agree(seed_report, minimum: str) -> None:  # type: ignore[no-untyped-def]
    report = _filtered(seed_report, minimum)
    data = json.loads(render(report, "json"))
    lines = {s: sum(1 for d in data["disagreements"] if d["severity"] == s) for s in SEVERITIES}
    assert {s: data["summary"]["disagreements_by_severity"].get(s, 0) for s in SEVERITIES} == lines
    findings = {s: sum(1 for c in data["claims"] for f in c["findings"] if f["severity"] == s and f["kind"] != "coverage")
                for s in SEVERITIES}
    assert {s: data["summary"]["findings_by_severity"].get(s, 0) for s in SEVERITIES} == findings

    md = render(report, "md")
    table = {m[0]: (int(m[1]), int(m[2])) for m in re.findall(r"^\| (high|medium|low|info) +\| (\d+) +\| (\d+) +\|$", md, re.M)}
    assert table == {s: (lines[s], findings[s]) for s in SEVERITIES}
    check = md.split("## Check first", 1)[1].split("\n## ", 1)[0]
    listed = {s: len(re.findall(rf"^- \*\*{s}\*\* ·", check, re.M)) for s in SEVERITIES}
    assert listed == {**lines, "info": 0}
    headline = md.splitlines()[2]
    assert f"{sum(lines[s] for s in ('high', 'medium', 'low'))} disagreement" in headline

    page = render(report, "html")
    shown = {m[0]: int(m[1]) for m in re.findall(r'value="(high|medium|low|info)" checked> \1 \((\d+)\)', page)}
    assert shown == lines
    top = page.split('<ul class="check">', 1)[1].split("</ul>", 1)[0]
    assert {s: top.count(f'data-severity="{s}"') for s in SEVERITIES} == {**lines, "info": 0}


def test_a_high_minimum_does_not_count_hidden_differences(seed_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(_filtered(seed_report, "high"), "json"))
    assert data["summary"]["by_status"].get("differs", 0) == sum(
        1 for c in data["claims"] if c["status"] == "differs" and any(
            f["severity"] != "info" and f["kind"] != "coverage" for f in c["findings"]))
