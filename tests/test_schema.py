"""The JSON report validates against the schema shipped in the package."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema

from factcheck.render import render


def _schema() -> dict:  # type: ignore[type-arg]
    return dict(json.loads(files("factcheck").joinpath("report.schema.json").read_text(encoding="utf-8")))


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())


def test_seed_report_matches_schema(seed_report) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(json.loads(render(seed_report, "json")), _schema())


def test_schema_rejects_a_broken_report(seed_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(seed_report, "json"))
    data["claims"][0]["status"] = "maybe"
    validator = jsonschema.Draft202012Validator(_schema())
    assert list(validator.iter_errors(data))
