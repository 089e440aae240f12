"""quantities.tokens: digit groups, fractions and words, and the runs of them that can make one number."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities.tokens import number_runs, number_tokens


@pytest.mark.parametrize(("text", "kinds"), [
    ("5,000 missiles", [("num", "5,000"), ("word", "missiles")]),
    ("1,00,000 rupees", [("num", "1,00,000"), ("word", "rupees")]),
    ("10 1/2 and ½", [("num", "10"), ("frac", "1/2"), ("word", "and"), ("uni", "½")]),
    ("USD115 and .5", [("word", "USD"), ("num", "115"), ("word", "and"), ("num", ".5")]),
    ("3/14/2019", [("num", "3"), ("num", "14"), ("num", "2019")]),
])
def test_tokens(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.text) for t in number_tokens(text)] == kinds


@pytest.mark.parametrize(("text", "runs"), [
    ("three hundred and forty-two people", [["three", "hundred", "and", "forty", "two"]]),
    ("4 thousand 3 hundred and 21", [["4", "thousand", "3", "hundred", "and", "21"]]),
    ("two\nthousand", [["two"], ["thousand"]]),  # a line break ends a number
    ("two -- three", [["two"], ["three"]]),
    ("no numbers here", []),
])
def test_runs(text: str, runs: list[list[str]]) -> None:
    assert [[t.text for t in run] for run in number_runs(text, number_tokens(text))] == runs


@given(st.text())
def test_tokens_point_into_the_text_in_order(text: str) -> None:
    tokens = number_tokens(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
