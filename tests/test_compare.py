"""Claim comparison: which differences between two versions become which findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.pipeline import check_articles
from factcheck.records import Article

CASES = Path(__file__).parent / "cases"


def _labels(fake_embedder, a: str, b: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}"), Article("b", "b.txt", "B", f"B\n{b}")],
                            embedder=fake_embedder)
    return {f.label: f.severity for c in report.claims for f in c.findings if f.kind == "numeric"}


def test_disjoint_figures_for_one_fact_are_a_conflict(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "The singer posted three photos with Alleyne on Instagram on Tuesday.",
                     "The singer posted four photos with Alleyne on Instagram on Tuesday.")
    assert labels == {"conflict": "medium"}  # at most medium: see the severity table


def test_figures_in_a_story_of_change_are_not_a_conflict(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "Broadcom raised its offer for Qualcomm to $121 billion on Monday.",
                     "Broadcom made its offer for Qualcomm of $103 billion on Monday.")
    assert labels == {"different figures": "low"}


def test_same_value_written_differently_is_info(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(fake_embedder, "Ukraine will use £1.6bn of export finance to buy air defence missiles.",
                     "Ukraine will use £1.6 billion of export finance to buy air defence missiles.")
    assert labels == {"same value, different format": "info"}


COMPARE_CASES = json.loads((CASES / "compare_pairs.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", COMPARE_CASES, ids=[c["why"][:60] for c in COMPARE_CASES])
def test_comparison_cases(fake_embedder, case) -> None:  # type: ignore[no-untyped-def]
    report = check_articles([Article("a", "a.txt", "A", f"A\n{case['a']}"),
                             Article("b", "b.txt", "B", f"B\n{case['b']}")], embedder=fake_embedder)
    findings = [f for c in report.claims for f in c.findings]
    numeric = {f.label: f.severity for f in findings if f.kind == "numeric"}
    contradiction = {f.label: f.severity for f in findings if f.kind == "contradiction"}
    assert (numeric, contradiction) == (case["numeric"], case["contradiction"]), case["why"]


FIGURE_CASES = json.loads((CASES / "figure_pairs.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c["why"][:60] for c in FIGURE_CASES])
def test_figure_cases(case) -> None:  # type: ignore[no-untyped-def]
    """Two sentences' figures compared directly, as one claim's versions are (the parse decides)."""
    from factcheck.compare.claim import compare_figures
    from factcheck.nlp import load_nlp
    from factcheck.records import Mention, MentionContext
    from factcheck.settings import Settings

    nlp = load_nlp()
    a, b = (MentionContext(Mention(s, 0, case[s], 0, len(case[s])), doc=nlp(case[s])) for s in ("a", "b"))
    found = {f.label: f.severity for f in compare_figures(a, b, Settings())}
    assert found == case["expect"], case["why"]


def _claim(*versions: tuple[str, str]):  # type: ignore[no-untyped-def]
    from factcheck.compare.claim import compare_claim
    from factcheck.records import Mention, MentionContext

    return compare_claim("c", [MentionContext(Mention(src, i, text, 0, len(text))) for i, (src, text) in enumerate(versions)])


def test_one_outlets_own_figures_are_not_a_conflict() -> None:
    claim = _claim(("a", "Five patients have been taken to Penrose Hospital, officials said."),
                   ("a", "Six patients have been taken to Penrose Hospital, officials said."))
    assert [(f.label, f.severity) for f in claim.findings if f.kind == "numeric"] == [("different figures", "low")]


def test_an_outlet_that_also_gives_the_other_figure_is_not_in_conflict() -> None:
    a1 = ("a", "Police said one civilian was killed in the attack on the clinic.")
    a2 = ("a", "Police said two civilians were killed in the attack on the clinic.")
    b1 = ("b", "Police said two civilians were killed in the attack on the clinic.")
    numeric = [(f.label, f.severity) for f in _claim(a1, b1).findings if f.kind == "numeric"]
    assert numeric == [("conflict", "high")]
    numeric = [(f.label, f.severity) for f in _claim(a1, a2, b1).findings if f.kind == "numeric"]
    assert ("conflict", "high") not in numeric and ("different figures", "low") in numeric


def _quoted(src: str, words: str, speaker: str, article: str = ""):  # type: ignore[no-untyped-def]
    from factcheck.records import Mention, MentionContext, Quote

    text = f"“{words},” said {speaker}."
    return MentionContext(Mention(src, 0, text, 0, len(text)), (Quote(words, 0, len(words) + 3, speaker, speaker),),
                          speaker, article=article)


def test_one_phrase_in_two_peoples_quotations_is_not_a_high_misattribution() -> None:
    from factcheck.compare.claim import compare_claim

    same = compare_claim("c", [_quoted("a", "These guys are on the wrong side of history", "Mason Tvert"),
                               _quoted("b", "These guys are on the wrong side of history", "Brian Vicente")])
    assert [(f.label, f.severity) for f in same.findings if f.kind == "attribution"] == [("speaker differs", "high")]
    shared = compare_claim("c", [_quoted("a", "These guys are on the wrong side of history", "Mason Tvert"),
                                 _quoted("b", "I think it shows they are on the wrong side of history", "Brian Vicente")])
    assert [(f.label, f.severity) for f in shared.findings if f.kind == "attribution"] == [("speaker differs", "medium")]


def test_quotations_each_outlet_carries_word_for_word_are_not_versions() -> None:
    from factcheck.compare.claim import compare_claim

    first, second = "I am not going to say that I am not going to finish it", "I am not saying that I am going to finish it"
    both = f"he said {first} {second} and left".lower()
    claim = compare_claim("c", [_quoted("a", first, "Paul LePage", both), _quoted("b", second, "Paul LePage", both)])
    assert [f for f in claim.findings if f.kind == "quote"] == []
    alone = compare_claim("c", [_quoted("a", first, "Paul LePage"), _quoted("b", second, "Paul LePage")])
    assert [f.label for f in alone.findings if f.kind == "quote"] == ["altered"]


def test_a_polarity_clash_in_two_frames_is_lowered_before_the_table_bounds_it() -> None:
    """The rule's own severity (the table then bounds polarity at medium): two frames its words tell apart
    ("the Tuesday case" / "that case") lower a clash from high; one frame keeps it."""
    from factcheck.compare.claim import compare_claim
    from factcheck.nlp import load_nlp
    from factcheck.records import Mention, MentionContext

    nlp = load_nlp()
    a = "Police say the gun in the Tuesday case was not stolen, and the owner will not be charged."

    def polarity(b: str) -> list[str]:
        contexts = [MentionContext(Mention(src, 0, t, 0, len(t)), doc=nlp(t)) for src, t in (("a", a), ("b", b))]
        return [f.severity for f in compare_claim("c", contexts).findings if f.label == "polarity"]

    assert polarity("In that case, police say the gun was stolen, and the owner will not be charged.") == ["medium"]
    assert polarity("In the Tuesday case, police say the gun was stolen, and the owner will not be charged.") == ["high"]
