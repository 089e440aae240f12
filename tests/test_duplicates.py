"""Duplicates: the same text under two names, and syndicated wire copy, are one voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check_articles, report_to_dict
from factcheck.duplicates import merge_duplicates
from factcheck.errors import NotEnoughArticles
from factcheck.ingest import read_articles
from factcheck.records import Article

WIRE = ("LONDON (AP) — Leaders from 18 countries met in London on Sunday and agreed to work on a plan to end the "
        "war in Ukraine. British Prime Minister Keir Starmer said the UK would buy more than 5,000 air defence "
        "missiles for Ukraine with £1.6 billion of export finance. “We are at a crossroads in history,” he said. "
        "The talks came two days after a clash in the Oval Office between Volodymyr Zelensky and Donald Trump.")


def test_same_text_and_wire_copy_are_one_voice(seeds: Path) -> None:
    base = list(read_articles(seeds).articles)
    copy = Article("copy", "copy.txt", base[0].title, base[0].text, outlet="Copy Daily")
    # Wire copy under another paper's headline, with a standfirst and a closing line of its own.
    wire_a = Article("paper-a", "a.txt", "Allies meet", WIRE, outlet="paper-a.example")
    wire_b = Article("paper-b", "b.txt", "Summit in London", "Summit in London\n\n" + WIRE + " Reporting by staff.",
                     outlet="paper-b.example")
    merged = merge_duplicates([*base, copy, wire_a, wire_b])
    assert [a.source for a in merged] == [*(a.source for a in base), "paper-a"]
    assert [(c.source, c.outlet, c.similarity) for c in merged[0].copies] == [("copy", "Copy Daily", 1.0)]
    ((b, outlet, similarity, own),) = [(c.source, c.outlet, c.similarity, c.own_lines) for c in merged[-1].copies]
    assert (b, outlet) == ("paper-b", "paper-b.example") and 0.8 <= similarity < 1.0
    # What only the copy carries is listed, since it is not compared: here its own headline.
    assert own == ("Summit in London",)
    # The seeds are five voices: none is folded into another.
    assert merge_duplicates(base) == tuple(base)


def test_two_copies_of_one_text_are_not_enough(fake_embedder: object) -> None:
    one = Article("a", "a.txt", "T", WIRE)
    with pytest.raises(NotEnoughArticles, match="1 more only copied one of them"):
        check_articles([one, Article("b", "b.txt", "T", WIRE)], embedder=fake_embedder)  # type: ignore[arg-type]


def test_report_lists_copies(fake_embedder: object) -> None:
    from factcheck.render import render

    other = Article("c", "c.txt", "Other", "Leaders met in Paris on Monday. France will send 2,000 troops.")
    report = check_articles([Article("a", "a.txt", "T", WIRE, outlet="AP"), Article("b", "b.txt", "T", WIRE, outlet="BBC"),
                             other], embedder=fake_embedder)  # type: ignore[arg-type]
    assert [a.source for a in report.sources] == ["a", "c"]
    assert "AP was also carried by b (BBC, same text)" in render(report, "md")  # outlets by name
    assert report_to_dict(report)["sources"][0]["copies"] == [{"id": "b", "path": "b.txt", "outlet": "BBC", "similarity": 1.0,
                                                         "own_lines": []}]


def test_an_edited_figure_in_a_copy_is_listed() -> None:
    """Near-identical wire copy with one paragraph edited: the edit is not compared, so it is shown."""
    paragraphs = [f"Paragraph {i}: leaders from {i + 10} countries met in London on Sunday to discuss a peace plan "
                  "for Ukraine and the money needed to defend it." for i in range(12)]
    edited = [*paragraphs[:5], "Paragraph 5: the UK will buy about 5,000 missiles.", *paragraphs[6:]]
    original = [*paragraphs[:5], "Paragraph 5: the UK will buy more than 5,000 missiles.", *paragraphs[6:]]
    (kept,) = merge_duplicates([Article("a", "a.txt", "T", "\n".join(original)),
                                Article("b", "b.txt", "T", "\n".join(edited))])
    assert kept.copies[0].own_lines == ("Paragraph 5: the UK will buy about 5,000 missiles.",)
