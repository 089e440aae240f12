"""find_numerals and precision_of: table-driven cases (tests/cases/numerals.json) and property tests."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities.numerals import find_numerals, precision_of

CASES = json.loads((Path(__file__).parent / "cases" / "numerals.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_numeral_cases(case: dict[str, Any]) -> None:
    found = find_numerals(case["text"])
    assert [case["text"][n.start:n.end] for n in found] == [e["text"] for e in case["expect"]]
    for want, got in zip(case["expect"], found, strict=True):
        for field, value in want.items():
            if field == "text":
                continue  # checked above
            actual = getattr(got, field)
            assert (math.isclose(actual, value) if isinstance(value, float | int) and not isinstance(value, bool)
                    else actual == value), f"{field}: {actual!r} != {value!r}"


@pytest.mark.parametrize(("number", "scale", "precision"), [
    ("5,000", 1.0, 1000.0), ("4,980", 1.0, 10.0), ("1.6", 1e9, 1e8), ("2.35", 1.0, 0.01), ("0", 1.0, 1.0),
    ("7", 1.0, 1.0), ("120", 1.0, 10.0)])
def test_precision_of(number: str, scale: float, precision: float) -> None:
    assert math.isclose(precision_of(number, scale), precision)


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_read_as_their_value(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        (found,) = find_numerals(f"about {written} people")
        assert found.value == n and found.digits


@given(st.text())
def test_offsets_point_into_the_text(text: str) -> None:
    previous_end = 0
    for n in find_numerals(text):
        assert previous_end <= n.start < n.end <= len(text)
        assert math.isfinite(n.value) and math.isfinite(n.precision)
        previous_end = n.end
