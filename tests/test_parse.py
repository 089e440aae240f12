"""quantities.parse: quantities found in any text, offsets into it, hedges as wide as the tolerance says
(the reading of each form is in tests/cases/quantities.json, run by tests/test_quantities.py)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities.parse import parse_quantities


@given(st.text())
def test_offsets_point_into_the_text_in_order(text: str) -> None:
    found = parse_quantities(text)
    assert all(text[q.start:q.end] == q.text for q in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(q.low is None or q.high is None or q.low <= q.high for q in found)


@pytest.mark.parametrize(("tolerance", "low", "high"), [(0.10, 4500.0, 5500.0), (0.2, 4000.0, 6000.0)])
def test_a_hedge_is_as_wide_as_the_tolerance(tolerance: float, low: float, high: float) -> None:
    (q,) = parse_quantities("about 5,000 people", tolerance)
    assert (q.qualifier, q.low, q.high) == ("about", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "counted"), [
    ("5,000 missiles to be made", "missile"), ("300 troops in Kyiv", "troop"), ("20 at the scene", None),
    ("three were killed", None), ("5,000 new missiles for Ukraine", "missile"),
])
def test_the_counted_noun_stops_at_a_function_word(text: str, counted: str | None) -> None:
    assert parse_quantities(text)[0].counted == counted


def test_what_is_not_a_quantity() -> None:
    assert parse_quantities("Call +44 20 7946 0958 or see www.example.com/2025") == []
    assert parse_quantities("") == []
