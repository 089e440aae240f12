"""render.markdown: article text inert, outlets named, the headline counting what is listed."""

from __future__ import annotations

import pytest

from factcheck.render.markdown import escape, headline, named, outlets_note, render_markdown


@pytest.mark.parametrize(("text", "inert"), [
    ("a | b", "a \\| b"), ("*x*", "\\*x\\*"), ("<script>", "&lt;script&gt;"), ("`x`", "\\`x\\`"),
    ("plain words", "plain words"),
])
def test_escape(text: str, inert: str) -> None:
    assert escape(text) == inert


def test_named_replaces_longest_ids_first() -> None:
    assert named("a1 and a10", {"a1": "AP", "a10": "BBC"}) == "AP and BBC"


@pytest.mark.parametrize(("minimum", "line"), [
    ("info", "2 outlets, 3 claims: 3 disagreements to check (1 high, 2 medium, 0 low)."),
    ("medium", "2 outlets, 3 claims: 3 disagreements to check (1 high, 2 medium)."),
    ("high", "2 outlets, 3 claims: 1 disagreement to check (1 high)."),
])
def test_headline_counts_only_what_is_shown(minimum: str, line: str) -> None:
    counts = {"outlets": 2, "claims": 3, "disagreements_by_severity": {"high": 1, "medium": 2}}
    assert headline(counts, minimum) == line


def test_report_names_outlets_and_keeps_text_inert(small_report) -> None:  # type: ignore[no-untyped-def]
    md = render_markdown(small_report)
    assert md.startswith("# factcheck report: small event")
    assert "<b>" not in md and "&lt;b&gt;" in md and "Alpha, Inc" in md
    assert outlets_note(small_report, {}) is None


def test_people_have_a_section_of_their_own(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from factcheck import check_articles
    from factcheck.records import Article

    a = "John Smith, 45, was shot on Saturday. Police said two people were hurt."
    b = "John Smith, 46, was shot on Saturday. Police said three people were hurt."
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}"), Article("b", "b.txt", "B", f"B\n{b}")],
                            embedder=fake_embedder)
    text = render_markdown(report)
    people = text.split("## People: names, titles and ages", 1)[1].split("\n## ", 1)[0]
    assert "age" in people and "45" in people and "46" in people
    assert "two" not in people  # a count is the event's, not a person's
