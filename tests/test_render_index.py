"""render.index: a batch's events, most severe first, failed and skipped last, in three formats."""

from __future__ import annotations

import json

import pytest

from factcheck.records import EventEntry
from factcheck.render.index import INDEX_FORMATS, render_index

ENTRIES = [
    EventEntry("quiet", "checked", claims=4, findings=(("low", 2),), worst="low", reports=("quiet.md",)),
    EventEntry("broken", "failed", reason="no model"),
    EventEntry("loud <b>", "up to date", claims=9, findings=(("high", 1), ("low", 1)), worst="high",
               worst_line="c001 Figures conflict", reports=("loud <b>.md", "loud <b>.json")),
]


def test_json_is_in_severity_order() -> None:
    data = json.loads(render_index(ENTRIES, "json"))
    rows = data if isinstance(data, list) else data["events"]
    assert [r["event"] for r in rows] == ["loud <b>", "quiet", "broken"]


def test_markdown_and_html_link_each_report_safely() -> None:
    md = render_index(ENTRIES, "md")
    assert md.index("loud") < md.index("quiet") < md.index("broken") and "no model" in md
    page = render_index(ENTRIES, "html")
    assert "<b>" not in page and "loud%20%3Cb%3E.md" in page


def test_every_format_is_named_and_others_refused() -> None:
    assert set(INDEX_FORMATS) == {"md", "json", "html"}
    with pytest.raises(ValueError, match="unknown index format"):
        render_index(ENTRIES, "pdf")
