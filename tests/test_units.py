"""units: the tables quantities are read with, and conversion between units of one family."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities.units import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MILLION_CODES,
    QUALIFIERS,
    SUFFIX_SCALES,
    UNITS,
    WORD_SCALES,
    convert,
    family,
    singular,
    stem,
)

CANONICAL = sorted({(canon, fam) for canon, fam, _factor in UNITS.values()})


@pytest.mark.parametrize(("value", "unit", "to", "expected"), [
    (12, "mile", "km", 19.312128), (2, "hour", "minute", 120), (1, "tonne", "kg", 1000), (3, "ft", "m", 0.9144),
    (1, "GW", "MW", 1000), (1, "hectare", "m2", 10000), (5, "hour", "km", None), (10, "°C", "°F", None)])
def test_convert(value: float, unit: str, to: str, expected: float | None) -> None:
    got = convert(value, unit, to)
    assert got == expected if expected is None else got is not None and math.isclose(got, expected)


@given(st.sampled_from(CANONICAL), st.sampled_from(CANONICAL), st.floats(min_value=1e-6, max_value=1e9))
def test_conversion_goes_both_ways_within_a_family(a: tuple[str, str], b: tuple[str, str], value: float) -> None:
    there = convert(value, a[0], b[0])
    if a[1] != b[1] or a[1] == "temperature":  # temperatures have offsets: never converted by a factor
        assert there is None
    else:
        assert there is not None
        back = convert(there, b[0], a[0])
        assert back is not None and math.isclose(back, value, rel_tol=1e-9)


def test_every_spelling_names_a_unit_with_a_family() -> None:
    for spelling, (canon, fam, factor) in UNITS.items():
        assert family(canon) == fam and factor > 0, spelling
    assert family(None) is None and family("GBP") is None  # currencies and counts have no family


def test_tables_are_lower_case_where_they_are_looked_up_lower_case() -> None:
    for table in (WORD_SCALES, SUFFIX_SCALES, QUALIFIERS, CURRENCY_WORDS):
        assert [k for k in table if k != k.lower()] == []


def test_currency_tables_name_iso_codes() -> None:
    # A minor unit ("pence", "cents") is its currency's code over 100, merged with a major amount later.
    codes = {*CURRENCY_PREFIXES.values(), *CURRENCY_WORDS.values(), *MILLION_CODES.values()}
    odd = [c for c in codes if not (len(c.removesuffix("/100")) == 3 and c.removesuffix("/100").isupper())]
    assert codes and odd == []


@pytest.mark.parametrize(("word", "one"), [
    ("missiles", "missile"), ("casualties", "casualty"), ("buses", "bus"), ("news", "news"), ("troops", "troop"),
    ("boxes", "box"), ("churches", "church"), ("glass", "glass"), ("gas", "gas"), ("Troops", "troop")])
def test_singular(word: str, one: str) -> None:
    assert singular(word) == one


@pytest.mark.parametrize(("words", "same"), [
    (("secured", "secure", "secures", "securing"), True), (("presented", "present"), True),
    (("refuses", "refused", "refusing"), True), (("secure", "present"), False)])
def test_stem_meets_inflections(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same
