"""Claim comparison: which differences between two versions become which findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.pipeline import check_articles
from factcheck.records import Article

CASES = Path(__file__).parent / "cases"


def _labels(fake_embedder, a: str, b: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}"), Article("b", "b.txt", "B", f"B\n{b}")],
                            embedder=fake_embedder)
    return {f.label: f.severity for c in report.claims for f in c.findings if f.kind == "numeric"}


def test_disjoint_figures_for_one_fact_are_a_conflict(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "The singer posted three photos with Alleyne on Instagram on Tuesday.",
                     "The singer posted four photos with Alleyne on Instagram on Tuesday.")
    assert labels == {"conflict": "high"}


def test_figures_in_a_story_of_change_are_not_a_conflict(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "Broadcom raised its offer for Qualcomm to $121 billion on Monday.",
                     "Broadcom made its offer for Qualcomm of $103 billion on Monday.")
    assert labels == {"different figures": "low"}


def test_same_value_written_differently_is_info(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "Ukraine will use £1.6bn of export finance to buy air defence missiles.",
                     "Ukraine will use £1.6 billion of export finance to buy air defence missiles.")
    assert labels == {"same value, different format": "info"}


COMPARE_CASES = json.loads((CASES / "compare_pairs.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", COMPARE_CASES, ids=[c["why"][:60] for c in COMPARE_CASES])
def test_comparison_cases(fake_embedder, case) -> None:  # type: ignore[no-untyped-def]
    report = check_articles([Article("a", "a.txt", "A", f"A\n{case['a']}"),
                             Article("b", "b.txt", "B", f"B\n{case['b']}")], embedder=fake_embedder)
    findings = [f for c in report.claims for f in c.findings]
    numeric = {f.label: f.severity for f in findings if f.kind == "numeric"}
    contradiction = {f.label: f.severity for f in findings if f.kind == "contradiction"}
    assert (numeric, contradiction) == (case["numeric"], case["contradiction"]), case["why"]


FIGURE_CASES = json.loads((CASES / "figure_pairs.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c["why"][:60] for c in FIGURE_CASES])
def test_figure_cases(case) -> None:  # type: ignore[no-untyped-def]
    """Two sentences' figures compared directly, as one claim's versions are (the parse decides)."""
    from factcheck.compare.claim import MentionContext, compare_figures
    from factcheck.nlp import load_nlp
    from factcheck.records import Mention
    from factcheck.settings import Settings

    nlp = load_nlp()
    a, b = (MentionContext(Mention(s, 0, case[s], 0, len(case[s])), doc=nlp(case[s])) for s in ("a", "b"))
    found = {f.label: f.severity for f in compare_figures(a, b, Settings())}
    assert found == case["expect"], case["why"]
