"""The severity table: one place, published in the README, applied to every finding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.records import SEVERITIES, Claim, Finding, Mention
from factcheck.settings import Settings
from factcheck.severity import TABLE, calibrate_claim, fragment, rule_for, table_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_readme_publishes_the_table() -> None:
    assert table_markdown() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_row_is_sound() -> None:
    keys = [(r.kind, r.label) for r in TABLE]
    assert len(keys) == len(set(keys))
    for r in TABLE:
        assert r.floor in SEVERITIES and r.cap in SEVERITIES and r.reason
        assert SEVERITIES.index(r.cap) <= SEVERITIES.index(r.floor), r


def _labels_in(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    return set(re.findall(r'builder\.add\(\s*"([a-z ]+)"', text)) | set(re.findall(r'(?m)^\s+label = "([a-z ]+)"', text))


def test_every_fact_label_the_code_makes_is_in_the_table() -> None:
    labels = set().union(*(_labels_in(path) for path in sorted((ROOT / "factcheck" / "facts").glob("*.py"))))
    assert labels, "no labels found: the pattern above no longer matches the code"
    missing = {label for label in labels if rule_for("fact", label) is None}
    assert not missing


@pytest.mark.parametrize("kind,label,given,expected", [
    ("contradiction", "actor", "low", "medium"),        # who said what is at least medium
    ("attribution", "speaker differs", "low", "medium"),
    ("fact", "transliteration", "medium", "info"),      # house style stays info
    ("numeric", "same value, different format", "low", "info"),
    ("fact", "name spelling", "medium", "medium"),      # a misspelt name is not house style
    ("quote", "altered", "high", "medium"),             # judged on unseen news: a misquote as often as not
    ("fact", "count differs", "high", "medium"),        # tolls change by the hour: never high
    ("fact", "age differs", "high", "high"),            # one person's two ages the same day: high
    ("contradiction", "polarity", "high", "medium"),
    ("numeric", "conflict", "high", "medium"),
    ("fact", "count differs", "low", "low"),
])
def test_bounds(kind: str, label: str, given: str, expected: str) -> None:
    m = (Mention("a", 0, "x", 0, 1), Mention("b", 0, "y", 0, 1))
    claim = Claim("c001", m, (Finding(kind, given, "d", (0, 1), label, values=("x", "y")),), "differs", given)
    assert calibrate_claim(claim, Settings()).findings[0].severity == expected


def test_a_scare_quoted_fragment_is_not_a_discrepancy() -> None:
    m = (Mention("a", 0, "x", 0, 1), Mention("b", 0, "y", 0, 1))
    short = Finding("quote", "low", "d", (0, 1), "truncated",
                       values=("boots on the ground", "The UK will back this with boots on the ground."))
    longer = Finding("quote", "low", "d", (0, 1), "truncated",
                     values=("not every nation will feel able to contribute", "Not every nation will feel able "
                             "to contribute but that can't mean that we sit back."))
    assert fragment(short, Settings()) and not fragment(longer, Settings())
    claim = calibrate_claim(Claim("c001", m, (short, longer), "differs", "low"), Settings())
    assert [f.severity for f in claim.findings] == ["low", "info"]
    alone = calibrate_claim(Claim("c001", m, (short,), "differs", "low"), Settings())
    assert alone.findings[0].severity == "info" and alone.status == "agrees"  # kept for tools, not counted
