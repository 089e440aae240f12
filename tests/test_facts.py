"""Facts: what each article says about a person or the event, compared across outlets (real spaCy model).

Each case in ``tests/cases/facts.json`` is two one-outlet articles and the fact findings (label and
severity) they must give, no more and no fewer; one test per case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.facts.people import name_key
from factcheck.pipeline import check_articles
from factcheck.records import Article

CASES = json.loads((Path(__file__).parent / "cases" / "facts.json").read_text(encoding="utf-8"))


def _fact_findings(fake_embedder, a: str, b: str, dates: tuple[str | None, str | None] = (None, None),
                   ) -> dict[str, str]:  # type: ignore[no-untyped-def]
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}", outlet="a.example", date=dates[0]),
                             Article("b", "b.txt", "B", f"B\n{b}", outlet="b.example", date=dates[1])],
                            embedder=fake_embedder)
    return {f.label: f.severity for c in report.claims for f in c.findings if f.kind == "fact"}


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_fact_cases(fake_embedder, case) -> None:  # type: ignore[no-untyped-def]
    dates = tuple(case.get("dates", (None, None)))
    assert _fact_findings(fake_embedder, case["a"], case["b"], dates) == case["expect"], case["why"]


def test_fact_findings_cite_the_values(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    a, b = "John Smith, 45, was shot on Saturday, police said.", "Police said John Smith, 46, was shot."
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}"), Article("b", "b.txt", "B", f"B\n{b}")],
                            embedder=fake_embedder)
    finding = next(f for c in report.claims for f in c.findings if f.kind == "fact")
    texts = {report.sources[0].source: report.sources[0].text, report.sources[1].source: report.sources[1].text}
    assert sorted(texts[src][start:end] for src, start, end in finding.spans) == ["45", "46"]
    assert "a says 45" in finding.detail and "b says 46" in finding.detail


def test_a_place_run_into_the_next_sentence_ends_at_the_full_stop(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    text = "Police named the victim as Marcus Johnson, 29, of Glenview.All three were taken to a hospital."
    report = check_articles([Article("a", "a.txt", "A", f"A\n{text}"), Article("b", "b.txt", "B", "B\nNo one else.")],
                            embedder=fake_embedder)
    assert [f.value for f in report.facts if f.attribute == "residence"] == ["glenview"]


def test_a_later_article_lowers_a_count_conflict(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    a = Article("a", "a.txt", "A", "A\nTwo people were killed in the shooting on Sunday.", date="2016-03-20")
    b = Article("b", "b.txt", "B", "B\nThree people were killed in the shooting on Sunday.", date="2016-03-25")
    report = check_articles([a, b], embedder=fake_embedder)
    found = [f for c in report.claims for f in c.findings if f.kind == "fact"]
    assert [(f.label, f.severity) for f in found] == [("count differs", "medium")]
    assert "published days apart" in found[0].detail


@pytest.mark.parametrize(("a", "b"), [("O'Bryan Spikes", "Obryan Spikes"), ("Zoë Ball", "Zoe Ball"),
                                      ("Ann-Marie Lee", "Ann Marie Lee")])
def test_name_key_sets_aside_case_accents_and_punctuation(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_father_and_son_are_two_people(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    found = _fact_findings(fake_embedder, "John Smith Sr., 70, and his son were at home.",
                           "John Smith Jr., 45, was shot at home, police said.")
    assert "age differs" not in found


def test_ages_in_articles_months_apart_are_not_high(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    a = Article("a", "a.txt", "A", "A\nJohn Smith, 19, was charged with the shooting.", date="2016-07-27")
    b = Article("b", "b.txt", "B", "B\nJohn Smith, 20, pleaded guilty to the shooting.", date="2017-02-14")
    report = check_articles([a, b], embedder=fake_embedder)
    assert [(f.label, f.severity) for c in report.claims for f in c.findings if f.kind == "fact"] == \
        [("age differs", "medium")]


def test_a_misspelt_name_cites_every_mention_spelt_that_way(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    a = "The condo is owned by Jon Holzwarth, police said. Holzwarth did not return calls."
    b = "The condo is owned by Jon Holzworth, police said. Holzworth did not return calls either."
    report = check_articles([Article("a", "a.txt", "A", f"A\n{a}"), Article("b", "b.txt", "B", f"B\n{b}")],
                            embedder=fake_embedder)
    finding = next(f for c in report.claims for f in c.findings if f.label == "name spelling")
    texts = {s.source: s.text for s in report.sources}
    cited = sorted(texts[src][start:end] for src, start, end in finding.spans)
    assert cited == ["Holzwarth", "Holzworth", "Jon Holzwarth", "Jon Holzworth"]


def test_a_name_the_model_reads_as_an_organisation_keeps_its_slot() -> None:
    from factcheck.facts.spelling import name_slot, same_slot
    from factcheck.nlp import load_nlp

    nlp = load_nlp()
    person = nlp("Breanna Wiggs, 41, was shot in the leg.")
    organisation = nlp("Home from the hospital, 41-year-old Brenna Wiggs said life without her daughter Amaya is unbearable.")
    first = next(t for t in organisation if t.text == "Brenna")
    assert first.ent_type_ == "ORG"  # the model's reading this test is about
    assert same_slot(name_slot(person[0]), name_slot(first))
    assert not same_slot(name_slot(person[1]), name_slot(first))  # a surname and a first name are two names
