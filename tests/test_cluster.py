"""claims.cluster: every sentence in exactly one group, merged only above the thresholds."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from factcheck.claims.cluster import group_sentences
from factcheck.records import Sentence
from factcheck.settings import Settings

TEXTS = ["Leaders met in London on Sunday.", "Leaders met in London on Sunday.", "Rain fell on Paris."]
SENTENCES = [Sentence(src, 0, t, 0, len(t)) for src, t in zip("abc", TEXTS, strict=True)]
VECTORS = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]], dtype=np.float32)


def test_alike_sentences_form_one_group_with_its_cohesion() -> None:
    groups = group_sentences(SENTENCES, VECTORS)
    assert [g.members for g in groups] == [(0, 1), (2,)]
    assert groups[0].cohesion > 0.9 and groups[1].cohesion == 1.0


def test_nothing_merges_above_an_unreachable_threshold() -> None:
    strict = replace(Settings(), link_threshold=5.0, cluster_threshold=5.0)
    assert [g.members for g in group_sentences(SENTENCES, VECTORS, strict)] == [(0,), (1,), (2,)]


def test_no_sentences_no_groups() -> None:
    assert group_sentences([], np.zeros((0, 2), dtype=np.float32)) == []
