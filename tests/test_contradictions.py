"""Contradiction rules: table-driven cases from the seeds' own sentences, positive and negative."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare.contradictions import content_overlap, find_contradictions
from factcheck.records import Contradiction

CASES = json.loads((Path(__file__).parent / "cases" / "contradictions.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_contradiction_cases(case: dict[str, Any]) -> None:
    found = find_contradictions(case["a"], case["b"], case.get("speaker_a"), case.get("speaker_b"))
    assert sorted(c.rule for c in found) == sorted(case["rules"]), [c.detail for c in found]
    for c in found:
        assert c.detail.startswith(f"rule {c.rule}:")


_SENTENCES = st.lists(st.sampled_from(
    "Starmer did not deny that the US is an unreliable reliable ally accept rejected failed to secure won't "
    "first since 1959 no Monday said Tuesday on , ; but “quoted” n't".split()), max_size=16).map(" ".join)


@given(_SENTENCES, _SENTENCES)
def test_rules_are_symmetric_in_which_rule_fires(a: str, b: str) -> None:
    assert content_overlap(a, b) == content_overlap(b, a)
    assert sorted(c.rule for c in find_contradictions(a, b)) == sorted(c.rule for c in find_contradictions(b, a))


_RULES = {"polarity": "high", "actor": "medium", "day": "medium"}


def _check_shape(found: list[Contradiction], a: str, b: str) -> None:
    for c in found:
        assert _RULES.get(c.rule) == c.severity, c
        assert c.detail.startswith(f"rule {c.rule}:") and len(c.values) == 2, c
    if content_overlap(a, b) < 0.5:  # the rules' precondition (Settings.contradiction_overlap)
        assert found == []


@given(st.one_of(st.text(), _SENTENCES), st.one_of(st.text(), _SENTENCES))
def test_rules_never_raise_and_name_themselves(a: str, b: str) -> None:
    _check_shape(find_contradictions(a, b, "Keir Starmer", "Antonio Costa"), a, b)


@given(_SENTENCES)
def test_a_version_never_contradicts_itself(a: str) -> None:
    found = find_contradictions(a, a, "Keir Starmer", "Keir Starmer")
    assert found == [], [c.detail for c in found]


@given(_SENTENCES, _SENTENCES)
def test_different_speakers_of_one_statement_fire_the_actor_rule(a: str, b: str) -> None:
    found = find_contradictions(a, b, "Keir Starmer", "Antonio Costa")
    _check_shape(found, a, b)
    fires = content_overlap(a, b) >= 0.5
    assert ("actor" in {c.rule for c in found}) == fires


def test_a_new_rule_is_one_registered_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a rule is one function registered by name, with its severity bounds: find_contradictions runs it
    after the others, and the severity table (and so the README's) lists it after the other contradictions."""
    from factcheck import severity
    from factcheck.compare import contradictions

    monkeypatch.setattr(contradictions, "RULES", dict(contradictions.RULES))  # the registries are left as they were
    monkeypatch.setattr(severity, "_ADDED", {})

    @contradictions.rule("example", ("medium", "medium", "medium", "a month is checkable"))
    def example_rule(v: contradictions.Versions, settings: object) -> Contradiction | None:
        ma, mb = ("march" in v.a.lower()), ("march" in v.b.lower())
        return Contradiction("example", "medium", "rule example: March vs not", ("March", "")) if ma != mb else None

    found = find_contradictions("The summit was held in London in March.", "The summit was held in London in May.")
    assert [c.rule for c in found] == ["example"]
    assert severity.rule_for("contradiction", "example") is not None
    table = severity.table_markdown()
    assert table.index("| contradiction | day |") < table.index("| contradiction | example |") < table.index("| quote |")
    with pytest.raises(ValueError):
        contradictions.rule("example")(example_rule)


def test_every_rule_has_severity_bounds() -> None:
    from factcheck.compare.contradictions import RULES
    from factcheck.severity import rule_for

    assert [name for name in RULES if rule_for("contradiction", name) is None] == []
