"""Related figures (``factcheck.facts.figures``): two outlets' sentences that are related but not one claim,
compared for figures of one kind."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.facts.figures import related_figures
from factcheck.nlp import load_nlp
from factcheck.records import Mention, MentionContext


def _contexts(a: str, b: str) -> list[MentionContext]:
    nlp = load_nlp()
    return [MentionContext(Mention(src, 0, text, 0, len(text)), doc=nlp(text)) for src, text in (("a", a), ("b", b))]


@pytest.mark.parametrize(("a", "b", "expect"), [
    # one count of one noun, near enough to be one figure told two ways: a lead to check
    ("Williams, who was hit seven times, died at the hospital.",
     "He was shot eight times in the shootout, police said.", [("different figures", "low")]),
    # two counts of one noun far apart are two groups
    ("Forty officers were at the club that night.",
     "Two officers were stationed at the club's entrance.", []),
    # amounts of one unit are many in an article on money: two loans are two things
    ("The UK will lend Ukraine £2.3bn, the Treasury said.",
     "Britain has agreed a £1.6bn deal for missiles, the Treasury said.", []),
])
def test_related_figures_of_one_kind(a: str, b: str, expect: list[tuple[str, str]]) -> None:
    vectors = np.ones((2, 4)) / 2.0  # related: cosine 1
    claims = related_figures(_contexts(a, b), vectors, [[0], [1]])
    assert [(f.label, f.severity) for c in claims for f in c.findings] == expect


def test_unrelated_sentences_are_not_compared() -> None:
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]])  # cosine 0
    contexts = _contexts("Williams was hit seven times.", "He was shot eight times.")
    assert related_figures(contexts, vectors, [[0], [1]]) == []
