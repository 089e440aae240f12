"""claims.scorer: the pair score's parts, each switched on and off through Settings
(grouping with these scores: tests/test_claims.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from factcheck.claims.scorer import PairScorer
from factcheck.records import Sentence
from factcheck.settings import Settings


def _scorer(texts: list[tuple[str, str]], settings: Settings, cosine: float = 0.5) -> PairScorer:
    sentences = [Sentence(src, i, text, 0, len(text)) for i, (src, text) in enumerate(texts)]
    v = np.array([[1.0, 0.0], [cosine, np.sqrt(1 - cosine ** 2)]], dtype=np.float32)
    return PairScorer(sentences, v, settings)


COSINE_ONLY = replace(Settings(), lexical_weight=0.0, number_bonus=0.0, shared_run_bonus=0.0)


def test_cosine_alone_when_every_other_part_is_off() -> None:
    score = _scorer([("a", "Leaders met in London."), ("b", "Talks ended in Paris.")], COSINE_ONLY)
    assert score(0, 1) == pytest.approx(0.5)


def test_word_overlap_needs_enough_content_words() -> None:
    texts = [("a", "Leaders met."), ("b", "Leaders met.")]
    words_only = replace(COSINE_ONLY, lexical_weight=1.0)
    assert _scorer(texts, words_only)(0, 1) == 0.0  # two content words: a shared word, not a statement
    assert _scorer(texts, replace(words_only, overlap_min_words=2))(0, 1) == pytest.approx(1.0)


def test_a_shared_figure_adds_its_bonus() -> None:
    texts = [("a", "The fund holds £1.6bn for missiles."), ("b", "Officials spoke of £1.6 billion today.")]
    with_bonus = replace(COSINE_ONLY, number_bonus=0.08)
    assert _scorer(texts, with_bonus)(0, 1) == pytest.approx(0.58)
    assert any("£1.6bn" in e for e in _scorer(texts, with_bonus).explain([0, 1]))


def test_the_same_frame_about_different_actors_is_vetoed() -> None:
    texts = [("a", "Leaders from Canada attended the London summit on Sunday afternoon."),
             ("b", "Leaders from Turkey attended the London summit on Sunday afternoon.")]
    assert _scorer(texts, Settings(), cosine=0.95)(0, 1) < 0
    assert _scorer(texts, replace(Settings(), entity_penalty=0.0), cosine=0.95)(0, 1) > 0.9


def test_a_rare_shared_trigram_proposes_a_pair() -> None:
    texts = [("a", "He spoke of a coalition of the willing today."), ("b", "A coalition of the willing will form.")]
    assert (0, 1) in _scorer(texts, Settings()).rare_gram_pairs()
    assert _scorer(texts, replace(Settings(), rare_gram_df=1)).rare_gram_pairs() == set()
