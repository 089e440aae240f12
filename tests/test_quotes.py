"""Quotations: extraction, speakers, and fidelity classes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quotes.extract import extract_quotes
from factcheck.quotes.fidelity import normalise_quote, quote_fidelity
from factcheck.records import Article
from factcheck.text.names import speaker_key

CASES = json.loads((Path(__file__).parent / "cases" / "quotes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["a"][:40] for c in CASES])
def test_fidelity_cases(case: dict[str, Any]) -> None:
    result = quote_fidelity(case["a"], case["b"])
    assert (result.label, result.severity) == (case["label"], case["severity"]), result.diff


def _article(text: str) -> Article:
    return Article("a", "a.txt", text.split("\n")[0], text)


def test_split_quote_is_one_quotation_with_its_speaker() -> None:
    text = "Intro line.\n“Not every nation will feel able,” Sir Keir Starmer said, “but we will not sit back.”"
    (q,) = extract_quotes(_article(text))
    assert q.text == "Not every nation will feel able but we will not sit back."
    assert q.speaker == "Sir Keir Starmer"


def test_scare_quotes_are_not_quotations() -> None:
    text = "Title\nStarmer's ‘coalition of the willing’ met as leaders posed for a ‘family photo’."
    assert extract_quotes(_article(text)) == ()


def test_quotation_opening_on_a_nested_quote_runs_to_its_close() -> None:
    text = ("Title\nShe said he instructed: “ ‘Hit 40 miles per hour or I’ll make you do it again.’ But that was a "
            "deathbox. It was not a straight road.” (He did not respond.)")
    (q,) = extract_quotes(_article(text))
    assert q.text.endswith("It was not a straight road.")


def test_paragraph_continuing_a_quote_keeps_the_speaker() -> None:
    text = ("Title\nStarmer said: “We will go further to develop a coalition.\n"
            "“Not every nation will feel able to contribute.”")
    quotes = extract_quotes(_article(text))
    assert [q.speaker for q in quotes] == ["Starmer", "Starmer"]


def test_pronoun_resolves_to_the_nearest_named_speaker() -> None:
    text = ("Title\nThe French president, Emmanuel Macron, later told Le Figaro about a truce.\n"
            "The truce would be “very difficult to police on the ground”, he said.")
    (q,) = extract_quotes(_article(text))
    assert q.speaker == "Emmanuel Macron"


def test_unsupported_speaker_stays_unknown() -> None:
    text = "Title\n“We cannot repeat at all the Afghanistan tragedy,” was the warning."
    (q,) = extract_quotes(_article(text))
    assert q.speaker is None


def test_name_variants_share_a_key() -> None:
    assert speaker_key("Zelenskyy") == speaker_key("Volodymyr Zelensky")
    assert speaker_key("Ursula von der Leyen") == speaker_key("von der Leyen")
    assert speaker_key("Starmer") != speaker_key("Macron")


def test_speaker_differs_between_outlets(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from factcheck.pipeline import check_articles

    a = Article("a", "a.txt", "A", "A\n“We will keep the military aid flowing to Ukraine now,” Keir Starmer said.")
    b = Article("b", "b.txt", "B", "B\n“We will keep the military aid flowing to Ukraine now,” Emmanuel Macron said.")
    report = check_articles([a, b], embedder=fake_embedder)
    labels = {f.label for c in report.claims for f in c.findings}
    assert "speaker differs" in labels
    (finding,) = [f for c in report.claims for f in c.findings if f.label == "speaker differs"]
    assert finding.severity == "medium" and set(finding.values) == {"Keir Starmer", "Emmanuel Macron"}


_WORDS = st.lists(st.sampled_from(
    "we will not stand by and the UK is ready to put boots on ground 5,000 co-operation colour it's won't [editor] US "
    "modelling “quoted” 'single' ... — ,".split()), min_size=0, max_size=14).map(" ".join)


@given(st.text())
def test_normalise_quote_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise_quote(text)
    assert normalise_quote(once) == once


@given(_WORDS, _WORDS)
def test_fidelity_is_symmetric_and_never_raises(a: str, b: str) -> None:
    ab, ba = quote_fidelity(a, b), quote_fidelity(b, a)
    assert (ab.label, ab.severity) == (ba.label, ba.severity)


@given(_WORDS)
def test_case_and_curly_quotes_are_never_more_than_trivial(a: str) -> None:
    b = a.upper().replace("'", "’")
    assert quote_fidelity(a, b).label in ("verbatim", "trivial")
