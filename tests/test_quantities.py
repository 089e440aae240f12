"""parse_quantities and compare_quantities: table-driven cases and property tests."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quantities.intervals import compare_quantities, match_quantities
from factcheck.quantities.parse import parse_quantities

CASES = Path(__file__).parent / "cases"


def _load(name: str) -> list[dict[str, Any]]:
    return list(json.loads((CASES / name).read_text(encoding="utf-8")))


def _params(name: str) -> list[Any]:
    return [pytest.param(c, id=c.get("text") or f"{c['a']} / {c['b']}",
                         marks=[pytest.mark.xfail(strict=True, reason=c["xfail"])] if c.get("xfail") else [])
            for c in _load(name)]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize("case", _params("quantities.json"))
def test_quantity_cases(case: dict[str, Any]) -> None:
    found = parse_quantities(case["text"])
    if case.get("exact", True):
        assert len(found) == len(case["expect"]), [q.text for q in found]
    for want, got in zip(case["expect"], found, strict=False):
        for field, value in want.items():
            actual = getattr(got, field)
            if isinstance(value, (int, float)) or (value is None and field in ("low", "high", "value")):
                assert _close(actual, value), f"{field}: {actual!r} != {value!r} in {got}"
            else:
                assert actual == value, f"{field}: {actual!r} != {value!r} in {got}"
        assert case["text"][got.start:got.end] == got.text


@pytest.mark.parametrize("case", _params("quantity_pairs.json"))
def test_comparison_cases(case: dict[str, Any]) -> None:
    a, b = parse_quantities(case["a"])[0], parse_quantities(case["b"])[0]
    result = compare_quantities(a, b)
    assert (result.label, result.severity) == (case["label"], case["severity"]), result.detail


def test_matching_is_by_what_is_counted() -> None:
    a = parse_quantities("£1.6bn of export finance to buy 5,000 air defence missiles")
    b = parse_quantities("more than 5,000 missiles, paid for with £1.6 billion")
    pairs = {(x.text, y.text) for x, y in match_quantities(a, b)}
    assert pairs == {("£1.6bn", "£1.6 billion"), ("5,000", "more than 5,000")}


def test_different_things_are_not_matched() -> None:
    a = parse_quantities("5,000 missiles")
    b = parse_quantities("5,000 troops")
    assert match_quantities(a, b) == []


# Pieces the parser reacts to (digits, separators, currency, scales, units, hedges, vague counts), so that
# generated text reaches its branches rather than only the "no number here" path of random Unicode.
_PIECES = st.sampled_from([
    *"0123456789", ",", ".", " ", "-", "–", "/", "%", "£", "$", "€", "¥", "(", ")", "+", "\n", "\u200b", "½",
    "m", "bn", "k", "T", "million", "billion", "thousand", "trillion", "per cent", "percentage points",
    "km", "miles", "kg", "hours", "about", "more than", "up to", "between", "and", "to", "nearly", "some",
    "dozens of", "a dozen", "hundreds", "one", "two-thirds", "half", "US$", "Rs", "1e308", "9" * 400, "1" + "0" * 300,
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join)))
def test_parse_never_raises(text: str) -> None:
    # parse_quantities has no catch-all: an exception anywhere in the parser fails this test.
    for q in parse_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("million", 1e6), ("billion", 1e9),
                                                                  ("thousand", 1e3), ("trillion", 1e12)]))
def test_scale_words_multiply(n: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    (q,) = parse_quantities(f"{n} {word} people")
    assert math.isclose(q.value, n * factor)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999).map(lambda k: f"{k / 10:g}"))
def test_abbreviations_agree_with_words(n: str) -> None:
    for short, long_ in (("bn", "billion"), ("m", "million"), ("tn", "trillion")):
        (a,) = parse_quantities(f"£{n}{short}")
        (b,) = parse_quantities(f"£{n} {long_}")
        assert math.isclose(a.value, b.value) and a.unit == b.unit == "GBP"
        assert compare_quantities(a, b).severity in (None, "info")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_separators_read_back(n: int) -> None:
    (q,) = parse_quantities(f"{n:,} widgets")
    assert q.value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=500),
       st.sampled_from(["{a}- to {b}-metre", "from {a} km to {b} km", "between ${a}m and ${b}m", "{a} to {b} metres"]),
       st.booleans())
def test_ranges_with_a_unit_on_both_ends_are_one_interval(a: int, b: int, shape: str, negative: bool) -> None:
    low, high = sorted((a, b))
    if low == high:
        return
    if negative and "$" not in shape:
        text = shape.format(a=f"-{low}", b=f"-{high}").replace("- to", " to")
        low, high = -high, -low
    else:
        text = shape.format(a=low, b=high)
    (q,) = parse_quantities(f"a wall of {text} here")
    scale = 1e6 if "$" in shape else 1.0
    assert (q.low, q.high) == (low * scale, high * scale), text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.sampled_from(["Apollo {n} in {y}", "{n} in {y}", "won {n} in {y}"]),
       st.integers(min_value=1800, max_value=2199))
def test_a_number_before_a_year_is_not_a_ratio(n: int, shape: str, year: int) -> None:
    assert all(q.value >= 1 for q in parse_quantities(shape.format(n=n, y=year) + " and more."))


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["up to", "at least", "as many as", "no more than"]))
def test_a_closed_bound_allows_its_own_figure(n: int, hedge: str) -> None:
    a, b = parse_quantities(f"{hedge} {n:,} people")[0], parse_quantities(f"{n:,} people")[0]
    assert compare_quantities(a, b).severity == "low"
    assert compare_quantities(parse_quantities(f"more than {n:,} people")[0], b).severity == "medium"
