"""The linguistic model: loaded once, offline; predications and verb polarity read from its parse."""

from __future__ import annotations

import pytest

from factcheck.errors import ModelError
from factcheck.nlp import load_nlp, predication, verb_polarity


def test_the_model_loads_once_per_process() -> None:
    assert load_nlp() is load_nlp()
    assert {"parser", "ner", "lemmatizer"} <= set(load_nlp().pipe_names)


def test_a_missing_package_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no spaCy English model"):
        load_nlp("no_such_spacy_model_package")


@pytest.mark.parametrize(("text", "lemma", "negated"), [
    ("He has not yet been charged.", "charge", True),
    ("He has yet to be charged.", "charge", True),
    ("No one was immediately arrested.", "arrest", True),
    ("Police arrested two men.", "arrest", False),
    ("The station is not out of control.", "be", True),
])
def test_verb_polarity(text: str, lemma: str, negated: bool) -> None:
    assert verb_polarity(load_nlp()(text))[lemma] is negated


def test_predication_finds_the_verb_and_subject_of_a_figure() -> None:
    doc = load_nlp()("Police arrested four people on Saturday.")
    found = predication(doc, doc.text.index("four"), doc.text.index("four") + 4)
    assert (found.verb, found.subject, found.pronoun) == ("arrest", frozenset({"police"}), False)


def test_a_participle_used_as_an_adjective_asserts_nothing() -> None:
    assert "steal" not in verb_polarity(load_nlp()("A girl shot herself with a stolen gun."))


def test_the_default_model_is_loaded_once() -> None:
    assert load_nlp() is load_nlp(None)
