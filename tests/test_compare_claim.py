"""compare.claim: a claim's status from its findings, and one outlet's claim with what an editor can check
(the rules' cases: tests/test_compare.py, tests/cases/compare_pairs.json and figure_pairs.json)."""

from __future__ import annotations

import pytest

from factcheck.compare.claim import claim_status, compare_claim
from factcheck.records import Finding, Mention, MentionContext


def _f(kind: str, severity: str, within: bool = False) -> Finding:
    return Finding(kind, severity, "d", (0, 1), "label", within_source=within)


@pytest.mark.parametrize(("findings", "sources", "status", "severity"), [
    ([], 2, "agrees", "info"),
    ([_f("numeric", "info")], 2, "agrees", "info"),
    ([_f("numeric", "low"), _f("quote", "medium")], 3, "differs", "medium"),
    ([_f("numeric", "high"), _f("coverage", "low")], 2, "conflict", "high"),
    ([_f("coverage", "low")], 1, "single-source", "low"),
    ([_f("numeric", "medium", within=True)], 1, "differs", "medium"),  # an outlet that disagrees with itself
    ([_f("coverage", "high")], 2, "agrees", "info"),  # coverage notes are not discrepancies
])
def test_claim_status(findings: list[Finding], sources: int, status: str, severity: str) -> None:
    assert claim_status(findings, sources) == (status, severity)


def _context(source: str, text: str) -> MentionContext:
    return MentionContext(Mention(source, 0, text, 0, len(text)))


def test_one_outlets_claim_says_what_can_be_checked() -> None:
    claim = compare_claim("c009", [_context("a", "The fund will buy 5,000 missiles for £1.6bn.")])
    (note,) = claim.findings
    assert (claim.id, claim.status, note.kind, note.severity) == ("c009", "single-source", "coverage", "low")
    assert "only a reports this" in note.detail and note.values


def test_nothing_to_check_is_info() -> None:
    claim = compare_claim("c001", [_context("a", "The leaders met and talked for a while.")])
    assert claim.status == "single-source" and claim.findings[0].severity == "info"


def test_two_outlets_with_disjoint_figures_for_one_fact_conflict() -> None:
    claim = compare_claim("c001", [_context("a", "The fund had 5,000 staff in London."),
                                   _context("b", "The fund had 3,000 staff in London.")])
    (finding,) = claim.findings
    assert (claim.status, finding.label, finding.severity) == ("conflict", "conflict", "high")
    assert set(finding.values) == {"5,000", "3,000"}
