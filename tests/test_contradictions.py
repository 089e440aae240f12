"""Contradiction rules: table-driven cases from the seeds' own sentences, positive and negative."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.contradictions import find_contradictions

CASES = json.loads((Path(__file__).parent / "cases" / "contradictions.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_contradiction_cases(case: dict[str, Any]) -> None:
    found = find_contradictions(case["a"], case["b"], case.get("speaker_a"), case.get("speaker_b"))
    assert sorted(c.rule for c in found) == sorted(case["rules"]), [c.detail for c in found]
    for c in found:
        assert c.detail.startswith(f"rule {c.rule}:")
