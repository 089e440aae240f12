"""End to end on the five seed articles with the real embedding model: the findings an editor needs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.render import render
from factcheck.text.sentences import furniture_reason

GOLDEN = Path(__file__).parent / "golden"
pytestmark = pytest.mark.model


def _numeric(report, label=None):  # type: ignore[no-untyped-def]
    return [(c, f) for c in report.claims for f in c.findings
            if f.kind == "numeric" and (label is None or f.label == label)]


def test_missiles_hedge_between_outlets(seed_report) -> None:  # type: ignore[no-untyped-def]
    found = [(c, f) for c, f in _numeric(seed_report, "qualifier differs") if not f.within_source]
    assert found, "5,000 vs more than 5,000 missiles between outlets not reported"
    claim, finding = found[0]
    texts = {claim.mentions[i].text for i in finding.mentions}
    assert any("more than 5,000" in t for t in texts) and any("more than 5,000" not in t for t in texts)
    assert finding.severity == "medium"
    sources = {claim.mentions[i].source for i in finding.mentions}
    assert len(sources) >= 2


def test_missiles_hedge_inside_one_outlet(seed_report) -> None:  # type: ignore[no-untyped-def]
    inside = [(c, f) for c, f in _numeric(seed_report, "qualifier differs") if f.within_source]
    assert inside, "the outlet that says both 5,000 and more than 5,000 is not flagged"
    claim, finding = inside[0]
    assert {claim.mentions[i].source for i in finding.mentions} == {"002_fa4615530b2cb9fc"}
    assert set(finding.values) == {"5,000", "more than 5,000"}


def test_same_money_in_two_formats_is_not_a_discrepancy(seed_report) -> None:  # type: ignore[no-untyped-def]
    money = [f for _, f in _numeric(seed_report) if any("1.6" in v for v in f.values)]
    assert money, "the £1.6bn / £1.6 billion mentions were never compared"
    assert all(f.severity == "info" and f.label == "same value, different format" for f in money)


def test_no_claim_from_page_furniture(seed_report) -> None:  # type: ignore[no-untyped-def]
    for claim in seed_report.claims:
        for m in claim.mentions:
            assert furniture_reason(m.text) is None, m.text
            assert "[/caption]" not in m.text and "2 March 2025 17:" not in m.text
            assert not m.text.startswith(("Watch |", "More on"))


def test_offsets_point_into_articles(seed_report) -> None:  # type: ignore[no-untyped-def]
    texts = {a.source: a.text for a in seed_report.sources}
    for claim in seed_report.claims:
        for m in claim.mentions:
            assert texts[m.source][m.start:m.end] == m.text


def test_json_shape(seed_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(seed_report, "json"))
    assert [s["id"] for s in data["sources"]] == sorted(s["id"] for s in data["sources"])
    claim = data["claims"][0]
    assert {"id", "status", "severity", "mentions", "findings"} <= set(claim)
    assert {"source", "text", "start", "end"} <= set(claim["mentions"][0])
    for c in data["claims"]:
        for f in c["findings"]:
            assert {"kind", "severity", "detail", "mentions"} <= set(f)
            assert all(0 <= i < len(c["mentions"]) for i in f["mentions"])


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden(seed_report, update_golden: bool, fmt: str) -> None:  # type: ignore[no-untyped-def]
    text = render(replace(seed_report, generated_at="GENERATED_AT"), fmt)
    # Paths differ between checkouts; the golden file keeps them relative to the repository.
    root = str(Path(__file__).resolve().parent.parent) + "/"
    text = text.replace(root, "")
    path = GOLDEN / f"seeds.{fmt}"
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run pytest --update-golden and review the diff"
    assert text == path.read_text(encoding="utf-8"), f"{path} differs: review, then pytest --update-golden"
