"""Quotation spans (factcheck.text.quotation): where a paragraph opens and closes a quotation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.quotation import quotation_spans


@pytest.mark.parametrize("paragraph, quoted", [
    ("He said “we will stand by Ukraine”.", ["we will stand by Ukraine"]),
    ('She said "no deal" twice.', ["no deal"]),
    ("“We must,” he added, “go further.”", ["We must,", "go further."]),  # two pieces; extraction joins them
    ("It was a ‘coalition of the willing’ plan.", []),  # a short single-quoted phrase is a scare quote
    ("He said ‘we will not stand by and watch this happen’.", ["we will not stand by and watch this happen"]),
    ("Starmer’s plan and rock ’n’ roll.", []),  # apostrophes open nothing
    ("He said “this is unfinished", ["this is unfinished"]),  # an unclosed quote runs to the paragraph end
])
def test_spans(paragraph: str, quoted: list[str]) -> None:
    spans = quotation_spans(paragraph, 5, 3)
    assert [paragraph[s.inner_start:s.inner_end] for s in spans] == quoted
    for s in spans:
        assert paragraph[s.start] in "“\"‘'" and s.start < s.inner_start <= s.inner_end <= s.end <= len(paragraph)


@given(st.text(alphabet=st.sampled_from(list("ab “”‘’\"', .")), max_size=60))
def test_spans_are_ordered_and_inside_the_paragraph(paragraph: str) -> None:
    spans = quotation_spans(paragraph, 5, 3)
    ends = [0] + [s.end for s in spans]
    assert all(prev <= s.start for prev, s in zip(ends, spans, strict=False))
    assert all(0 <= s.start < s.inner_start <= s.inner_end <= s.end <= len(paragraph) for s in spans)
