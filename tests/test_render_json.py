"""render.json: plain data with stable keys, and the one set of counts every format shows."""

from __future__ import annotations

import json

from factcheck.render.json import HIDDEN, SCHEMA_VERSION, render_json, report_to_dict, summary_counts


def test_json_round_trips_with_stable_keys(small_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render_json(small_report))
    assert data == report_to_dict(small_report) and data["schema_version"] == SCHEMA_VERSION
    assert [s["id"] for s in data["sources"]] == ["a", "b"] and "url" not in data["sources"][0]
    assert [c["id"] for c in data["claims"]] == ["c001", "c002"]
    text = render_json(small_report)
    assert text.endswith("}\n") and "“5,000”" in text and "\\u201c" not in text  # non-ASCII kept as is


def test_counts(small_report) -> None:  # type: ignore[no-untyped-def]
    counts = summary_counts(small_report)
    assert counts["claims"] == 2 and counts["outlets"] == 2
    assert counts["by_status"] == {"conflict": 1, "agrees": 1}
    assert counts["findings_by_severity"] == {"high": 1} and counts["single_source"] == 0


def test_a_claim_whose_findings_are_all_hidden_is_counted_as_such(small_report) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    claim = small_report.claims[0]
    quiet = replace(claim, findings=tuple(replace(f, severity="info") for f in claim.findings))
    counts = summary_counts(replace(small_report, claims=(quiet,)))
    assert counts["by_status"] == {HIDDEN: 1}
