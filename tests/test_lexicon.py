"""text.lexicon: the closed word classes are lower case where looked up so, and their lookups agree."""

from __future__ import annotations

import pytest

from factcheck.text.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    PARTNERS,
    RANKS,
    STOP_WORDS,
    STREET_SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLES,
    WEEKDAYS,
    canonical_title,
    expand_abbreviation,
)


@pytest.mark.parametrize("words", [STOP_WORDS, FUNCTION_WORDS, HONORIFICS, PARTNERS, RANKS, frozenset(WEEKDAYS)],
                         ids=["stop", "function", "honorifics", "partners", "ranks", "weekdays"])
def test_lookups_are_lower_case_single_words(words: frozenset[str]) -> None:
    assert words and all(w == w.lower() and " " not in w for w in words)


def test_stop_words_hold_no_word_that_carries_a_fact() -> None:
    # A negation, a weekday or a rank left out of the compared words would hide the very thing compared.
    assert not STOP_WORDS & {"never", "no", "denied", *WEEKDAYS, *RANKS, *PARTNERS}


def test_a_title_abbreviation_that_is_also_a_street_may_end_a_sentence() -> None:
    assert "lt" in TITLE_ABBREVIATIONS and "gov" in TITLE_ABBREVIATIONS
    assert "st" not in TITLE_ABBREVIATIONS and "dr" not in TITLE_ABBREVIATIONS
    assert all(k.endswith(".") for k in TITLES)


@pytest.mark.parametrize(("written", "street"), [("ave", "avenue"), ("avenue", "avenue"), ("blvd", "boulevard"),
                                                 ("way", "way")])
def test_street_suffixes(written: str, street: str) -> None:
    assert STREET_SUFFIXES[written] == street


def test_abbreviations_and_titles() -> None:
    assert expand_abbreviation("Sgt.") == "Sergeant" and expand_abbreviation("N.Y.") == "New York"
    assert canonical_title(["Det.", "Sgt."]) == ("detective", "sergeant")
    assert canonical_title(["Dr.", "Jill"]) == ("jill",)
