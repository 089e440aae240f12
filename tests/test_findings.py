"""records.findings: what a report says, filtered by severity, and the rule behind --fail-on."""

from __future__ import annotations

import pytest

from factcheck.records import Claim, Finding, Mention, Report, Severity, Status


def _claim(cid: str, *severities: str, kind: str = "numeric") -> Claim:
    mentions = (Mention("a", 0, "x", 0, 1), Mention("b", 0, "x", 0, 1))
    findings = tuple(Finding(kind, s, "d", (0, 1), "label") for s in severities)
    worst = min(severities, key=["high", "medium", "low", "info"].index) if severities else "info"
    status = "conflict" if worst == "high" else "differs" if severities else "agrees"
    return Claim(cid, mentions, findings, status, worst)


def _report(*claims: Claim) -> Report:
    return Report("event", (), claims)


@pytest.mark.parametrize(("severities", "level", "fails"), [
    ((), "info", False),
    (("low",), "low", True),
    (("low",), "medium", False),
    (("medium", "low"), "medium", True),
    (("high",), "conflict", True),
    (("medium",), "conflict", False),
    (("info",), "info", False),  # an "info" difference is not a discrepancy
])
def test_fails(severities: tuple[str, ...], level: str, fails: bool) -> None:
    assert _report(_claim("c001", *severities)).fails(level) is fails


def test_fails_rejects_an_unknown_level() -> None:
    with pytest.raises(ValueError):
        _report(_claim("c001", "low")).fails("severe")


def test_coverage_notes_are_not_the_worst_discrepancy() -> None:
    assert _report(_claim("c001", "medium", kind="coverage")).worst() is None
    assert _report(_claim("c001", "low"), _claim("c002", "medium")).worst() == "medium"


def test_filtered_keeps_claims_drops_findings_and_says_so() -> None:
    report = _report(_claim("c001", "high", "low"), _claim("c002", "low"))
    kept = report.filtered("medium")
    assert [c.id for c in kept.claims] == ["c001", "c002"]
    assert [[f.severity for f in c.findings] for c in kept.claims] == [["high"], []]
    assert kept.settings["min_severity"] == "medium" and report.settings == {}


def test_plain_strings_become_members_and_typos_fail() -> None:
    finding = Finding("quote", "low", "d", (0, 1), "altered")
    assert finding.severity is Severity.LOW
    assert _claim("c001", "high").status is Status.CONFLICT
    with pytest.raises(ValueError):
        Finding("quote", "lowish", "d", (0, 1), "altered")
