"""records.stages: what one stage hands the next, frozen (see test_records.py for every field documented)."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.records import Mention
from factcheck.records.stages import Group, MentionContext


def test_a_group_defaults_to_no_evidence() -> None:
    group = Group((0, 3), 0.7)
    assert group.evidence == () and group.members == (0, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        group.cohesion = 1.0  # type: ignore[misc]


def test_a_mention_context_defaults_to_a_named_speaker_and_no_parse() -> None:
    context = MentionContext(Mention("a", 0, "x", 0, 1))
    assert (context.quotes, context.speaker, context.speaker_named, context.doc, context.article) == \
        ((), None, True, None, "")
