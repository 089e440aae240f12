"""intervals: how two quantities that count the same thing relate, and which quantities are paired."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities.intervals import compare_quantities, describe, match_quantities
from factcheck.quantities.parse import parse_quantities
from factcheck.records import SEVERITIES, Quantity

_HEDGES = ["", "more than ", "about ", "up to ", "at least ", "nearly ", "fewer than ", "some ", "almost "]
_QUANTITY = st.builds(lambda hedge, n, comma: f"{hedge}{n:,}" if comma else f"{hedge}{n}",
                      st.sampled_from(_HEDGES), st.integers(min_value=1, max_value=10**7), st.booleans())


def _one(text: str) -> Quantity:
    (q,) = parse_quantities(f"{text} missiles")
    return q


@given(_QUANTITY, _QUANTITY)
def test_comparison_does_not_depend_on_the_order(a: str, b: str) -> None:
    ab, ba = compare_quantities(_one(a), _one(b)), compare_quantities(_one(b), _one(a))
    assert (ab.label, ab.severity) == (ba.label, ba.severity)
    assert ab.severity is None or ab.severity in SEVERITIES


@given(_QUANTITY)
def test_a_quantity_is_identical_to_itself(a: str) -> None:
    result = compare_quantities(_one(a), _one(a))
    assert (result.label, result.severity) == ("identical", None)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_disjoint_plain_figures_conflict(n: int, m: int) -> None:
    # Two exact figures that differ, neither a rounding of the other: both cannot be right.
    if n != m and str(n).rstrip("0") != str(m).rstrip("0") and n % 10 and m % 10:
        assert compare_quantities(_one(str(n)), _one(str(m))).label == "conflict"


@pytest.mark.parametrize(("text", "shown"), [
    ("more than 5,000", "“more than 5,000” (5,000…∞)"),
    ("up to 20", "“up to 20” (−∞…20)"),
    ("5,000", "“5,000”"),
    ("£1.6bn", "“£1.6bn”"),
])
def test_describe(text: str, shown: str) -> None:
    assert describe(parse_quantities(text)[0]) == shown


def test_each_quantity_is_paired_once_and_with_its_own_kind() -> None:
    a = parse_quantities("£1.6bn to buy 5,000 missiles and 300 tanks in 3 years")
    b = parse_quantities("5,200 missiles, 280 tanks and £1.5 billion, in 36 months")
    pairs = {(x.text, y.text) for x, y in match_quantities(a, b)}
    assert pairs == {("£1.6bn", "£1.5 billion"), ("5,000", "5,200"), ("300", "280"), ("3 years", "36 months")}


@given(st.lists(st.sampled_from(["5 missiles", "£3m", "7 tanks", "12 km", "40%", "9 hours"]), max_size=6, unique=True))
def test_matching_a_list_with_itself_pairs_each_with_itself(items: list[str]) -> None:
    found = parse_quantities(", ".join(items))
    assert [(x.text, y.text) for x, y in match_quantities(found, found)] == [(q.text, q.text) for q in found]
