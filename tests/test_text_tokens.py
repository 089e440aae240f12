"""text.tokens: the one tokeniser (cases in tests/cases/tokens.json), quote and contraction folding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.tokens import Words, expand_contractions, fold_quotes, normalise_quote, token_spans, tokenise

CASES = json.loads((Path(__file__).parent / "cases" / "tokens.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_token_cases(case: dict[str, Any]) -> None:
    assert tokenise(case["text"], Words(case["kind"])) == case["expect"]


@pytest.mark.parametrize(("text", "expect"), [
    ("we won't", "we will not"), ("they can't", "they cannot"), ("it's over", "it is over"),
    ("we'll see", "we will see"), ("let's go", "let us go"), ("i'm here", "i am here"),
    ("don't", "do not"), ("the president's plan", "the president's plan"),
])
def test_contractions(text: str, expect: str) -> None:
    assert expand_contractions(text) == expect


def test_spans_point_at_the_words() -> None:
    text = "“No,” said Keir Starmer’s aide."
    for kind in Words:
        for at, word in token_spans(text, kind):
            assert text[at:at + len(word)] == word
        assert [w for _, w in token_spans(text, kind)] == tokenise(text, kind)


@given(st.text())
def test_folding_leaves_no_curly_quotes_and_keeps_the_length(text: str) -> None:
    folded = fold_quotes(text)
    assert len(folded) == len(text) and not set(folded) & set("‘’“”")


@given(st.text())
def test_normalise_quote_is_idempotent(text: str) -> None:
    once = normalise_quote(text)
    assert normalise_quote(once) == once


def test_normalise_quote_sets_aside_what_a_reader_would() -> None:
    assert normalise_quote("“We WON’T stand by,” he said.") == normalise_quote('"we will not stand by" he said')
