"""records: every type that crosses stages is a frozen dataclass documenting each of its fields."""

from __future__ import annotations

import dataclasses

import pytest

import factcheck.records as records

TYPES = [name for name in records.__all__ if dataclasses.is_dataclass(getattr(records, name))]


def test_the_stage_types_are_here() -> None:
    assert {"Article", "Sentence", "Quote", "Fact", "Claim", "Finding", "Report", "Group", "MentionContext"} <= set(TYPES)


@pytest.mark.parametrize("name", TYPES)
def test_frozen_and_every_field_documented(name: str) -> None:
    cls = getattr(records, name)
    assert cls.__dataclass_params__.frozen
    doc = cls.__doc__ or ""
    missing = [f.name for f in dataclasses.fields(cls) if f"{f.name}:" not in doc]
    assert not missing, f"{name} does not document {missing}"
