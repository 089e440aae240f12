"""quotes.fidelity: the settings that grade an altered quotation, and the diff an editor reads
(the labels of real pairs are in tests/cases/quotes.json, run by tests/test_quotes.py)."""

from __future__ import annotations

import pytest

from factcheck.quotes.fidelity import diff_parts, quote_fidelity
from factcheck.settings import Settings

A = "we will back this deal with real urgency and with our partners"
TWO = "we will back this plan with real speed and with our partners"
THREE = "we will back this plan with real speed and with all partners"


@pytest.mark.parametrize(("b", "small_change", "severity"), [
    (TWO, 2, "low"), (THREE, 2, "medium"), (THREE, 3, "low"), (TWO, 1, "medium"),
])
def test_a_small_change_is_low_up_to_the_setting(b: str, small_change: int, severity: str) -> None:
    found = quote_fidelity(A, b, Settings(fidelity_small_change=small_change))
    assert (found.label, found.severity) == ("altered", severity)


def test_a_changed_negation_is_high_whatever_its_size() -> None:
    found = quote_fidelity("we will stand by our partners", "we will not stand by our partners")
    assert (found.label, found.severity) == ("altered", "high")


def test_paraphrase_threshold() -> None:
    a, b = "the deal will be signed in London next week", "the deal is going to be agreed soon by all"
    assert quote_fidelity(a, b).label == "paraphrase"
    assert quote_fidelity(a, b, Settings(fidelity_paraphrase=0.1)).label == "altered"


def test_diff_parts_rebuild_both_sides() -> None:
    found = quote_fidelity(A, TWO)
    assert found.diff is not None
    parts = diff_parts(found.diff)
    old = "".join(t for op, t in parts if op != "+").split()
    new = "".join(t for op, t in parts if op != "-").split()
    assert " ".join(old) == A and " ".join(new) == TWO
