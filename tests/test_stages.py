"""records.stages: the types one stage hands the next are frozen and document every field."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.records import stages
from factcheck.records.stages import Group


@pytest.mark.parametrize("name", stages.__all__)
def test_frozen_and_every_field_documented(name: str) -> None:
    cls = getattr(stages, name)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    doc = cls.__doc__ or ""
    missing = [f.name for f in dataclasses.fields(cls) if f"{f.name}:" not in doc]
    assert not missing, f"{name} does not document {missing}"


def test_a_group_defaults_to_no_evidence() -> None:
    group = Group((0, 3), 0.7)
    assert group.evidence == () and group.members == (0, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        group.cohesion = 1.0  # type: ignore[misc]
