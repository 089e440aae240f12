"""The JSON report validates against the schema shipped in the package."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from factcheck.render import render


def _schema() -> dict:  # type: ignore[type-arg]
    return dict(json.loads(files("factcheck").joinpath("report.schema.json").read_text(encoding="utf-8")))


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.model
def test_seed_report_matches_schema(seed_report) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(json.loads(render(seed_report, "json")), _schema())


@pytest.mark.model
def test_schema_rejects_a_broken_report(seed_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(seed_report, "json"))
    data["claims"][0]["status"] = "maybe"
    validator = jsonschema.Draft202012Validator(_schema())
    assert list(validator.iter_errors(data))


def test_report_with_copies_and_a_page_matches_schema(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from factcheck import check_articles
    from factcheck.records import Article

    text = " ".join(f"Sentence {i} says leaders met in London on Sunday about Ukraine." for i in range(20))
    articles = [Article("a", "a.html", "T", text, outlet="Site", date="2025-03-02", author="Jane Smith"),
                Article("b", "b.txt", "Own headline", "Own headline\n" + text),
                Article("c", "c.txt", "Other", "France will send 2,000 troops, Macron said on Monday.")]
    report = check_articles(articles, embedder=fake_embedder)
    data = json.loads(render(replace(report, event="e"), "json"))
    assert data["sources"][0]["copies"][0]["own_lines"] == ["Own headline"]
    jsonschema.validate(data, _schema())


def test_schema_enums_are_the_records_enums() -> None:
    """The schema is written by hand; its vocabularies must be the ones the records use."""
    from factcheck.records import SEVERITIES, Kind, Status

    schema = _schema()
    finding = schema["properties"]["claims"]["items"]["properties"]["findings"]["items"]["properties"]
    assert schema["$defs"]["severity"]["enum"] == list(SEVERITIES)
    assert set(schema["properties"]["claims"]["items"]["properties"]["status"]["enum"]) == set(Status)
    assert finding["kind"]["enum"] == list(Kind)


def test_schema_takes_any_registered_contradiction_rule() -> None:
    """Rule names live in the registry alone, so a new rule needs no schema change."""
    from factcheck.compare.contradictions import RULES

    rule = _schema()["properties"]["claims"]["items"]["properties"]["findings"]["items"]["properties"]["rule"]
    for name in [*RULES, "a rule added later", None]:
        jsonschema.validate(name, rule)
