"""Sentence splitting and page-furniture removal."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.records import Article
from factcheck.text.sentences import dateline_end, furniture_reason, segment_spans, split_sentences

CASES = json.loads((Path(__file__).parent / "cases" / "furniture.json").read_text(encoding="utf-8"))
SEGMENTS = json.loads((Path(__file__).parent / "cases" / "segmentation.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["line"][:40] for c in CASES])
def test_furniture_cases(case: dict[str, Any]) -> None:
    assert furniture_reason(case["line"]) == case["reason"]
    if "keep" in case:
        assert case["line"][dateline_end(case["line"]):] == case["keep"]


def test_a_datelines_figures_are_not_read_as_facts() -> None:
    from factcheck.quantities.parse import parse_quantities

    text = "LONDON, March 3 (Reuters) - Talks on the 2 ships resumed.\nUpdated 3/14/2019 9:41 AM"
    sentences = split_sentences(Article("x", "x.txt", "", text))
    assert [s.text for s in sentences] == ["Talks on the 2 ships resumed."]
    assert [q.text for s in sentences for q in parse_quantities(s.text)] == ["2"]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["text"][:40], marks=[pytest.mark.xfail(strict=True, reason=c["xfail"])] if c.get("xfail") else [])
    for c in SEGMENTS])
def test_segmentation_cases(case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[a:b] for a, b in segment_spans(text)] == case["sentences"]


def test_abbreviations_do_not_split_and_offsets_hold() -> None:
    text = ("Headline here\nMr. Trump met U.S. officials in Washington. Sir Keir said “No. Never.” Then he left.\n"
            "Jabed Ahmed2 March 2025 17:34\nAnalysis | US sidelined as Starmer steps up as bridge")
    article = Article("x", "x.txt", "Headline here", text)
    sentences = split_sentences(article)
    texts = [s.text for s in sentences]
    assert "Mr. Trump met U.S. officials in Washington." in texts
    assert "US sidelined as Starmer steps up as bridge" in texts
    assert not any("Jabed" in t for t in texts)
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_closing_quote_stays_with_its_sentence(seeds: Path) -> None:
    from factcheck.ingest import read_articles

    for article in read_articles(seeds).articles:
        for s in split_sentences(article):
            assert s.text not in ("”", '"', "’"), s


def test_questions_in_the_writers_voice_are_not_claims() -> None:
    text = ("Is a blue moon actually blue?\nBlue moons aren't actually blue. What’s the difference between them?\n"
            "He asked: “Why should Europe wait?”\n‘Who pays?’ was the first question.")
    texts = [s.text for s in split_sentences(Article("x", "x.txt", "", text))]
    assert texts == ["Blue moons aren't actually blue.", "He asked: “Why should Europe wait?”",
                     "‘Who pays?’ was the first question."]


NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-clusters" / "giveme5w1h.jsonl"


@pytest.mark.parametrize("labels", ["seeds_claims.json", "giveme5w1h_claims.json"])
def test_labelled_alignments_still_name_real_sentences(labels: str, seeds: Path) -> None:
    """The alignment benchmarks name sentences by outlet and offset; a splitting or furniture change that
    moved or dropped a labelled sentence would silently change what they measure."""
    from factcheck.batch import find_events
    from factcheck.ingest import read_articles

    data = json.loads((Path(__file__).parent / "cases" / labels).read_text(encoding="utf-8"))
    if "event" in data:
        if not NEWS.is_file():
            pytest.skip(f"{NEWS} is not present")
        articles = find_events(NEWS)[data["event"]]
        assert isinstance(articles, list)
    else:
        articles = list(read_articles(seeds).articles)
    starts = {(s.source, s.start) for a in articles for s in split_sentences(a)}
    members = [(m["source"], m["start"]) for g in data["groups"] for m in g["members"]]
    assert members and [m for m in members if m not in starts] == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["KANSAS CITY, Mo. -- ", "WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ", "SAN JOSE, Costa Rica — ",
                        "West Palm Beach, Florida (CNN) "]),
       st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{1,8}){2,8}\.", fullmatch=True))
def test_a_dateline_is_cut_and_its_sentence_kept(dateline: str, sentence: str) -> None:
    line = dateline + sentence
    assert line[dateline_end(line):] == sentence
    assert [s.text for s in split_sentences(Article("x", "x.txt", "", line))] == [sentence]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_furniture_rules_never_raise(line: str) -> None:
    furniture_reason(line)
    assert 0 <= dateline_end(line) <= len(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,8}){2,6}\.", fullmatch=True), min_size=1, max_size=4),
       st.text(alphabet=" abcdefghijklmnopqrstuvwxyzAB.,0123456789", max_size=60))
def test_glued_sentences_are_cut_apart_and_nothing_is_lost(sentences: list[str], noise: str) -> None:
    glued = "".join(sentences)
    assert [glued[a:b] for a, b in segment_spans(glued)] == sentences
    # whatever the text, the spans are in order, inside it, and keep every non-space character
    text = glued + " " + noise
    spans = segment_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    kept = "".join(text[a:b] for a, b in spans)
    assert kept.replace(" ", "") == text.replace(" ", "").strip()
