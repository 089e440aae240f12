"""Cluster: sentences from several outlets that state the same fact, gathered into one claim.

Sentences become nodes of a sparse graph (:mod:`.graph`): each sentence's nearest neighbours by embedding,
plus the pairs the scorer (:mod:`.scorer`) proposes. Edges scoring at least ``link_threshold`` merge
strongest first under an average-linkage check, so a chain of near pairs cannot glue unrelated sentences
into one claim. Each claim keeps what tied it (shared figures and words).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from ..records import Group, Sentence
from ..settings import Settings
from .graph import knn_graph
from .scorer import PairScorer

__all__ = ["Group", "group_sentences"]


def _edges(score: PairScorer, vectors: np.ndarray, settings: Settings) -> list[tuple[float, int, int]]:
    """Candidate pairs (nearest neighbours, rare shared trigrams and quoted phrases) scoring at least
    ``link_threshold``, as ``(score, a, b)`` with ``a < b``, strongest first."""
    indices, sims = knn_graph(vectors, settings.neighbours, settings.approximate_from, settings)
    candidates: dict[tuple[int, int], float | None] = {}
    for i in range(len(vectors)):
        for j, sim in zip(indices[i].tolist(), sims[i].tolist(), strict=True):
            if j != i:
                candidates[(min(i, j), max(i, j))] = sim
    for pair in score.rare_gram_pairs():
        candidates.setdefault(pair, None)
    edges = []
    for (a, b), cos in candidates.items():
        weight = score(a, b, cos)
        if weight >= settings.link_threshold:
            edges.append((weight, a, b))
    return sorted(edges, key=lambda e: (-e[0], e[1], e[2]))


def group_sentences(sentences: Sequence[Sentence], vectors: np.ndarray, settings: Settings | None = None) -> list[Group]:
    """Cluster sentences into claims.

    Candidate pairs are each sentence's nearest neighbours by embedding plus pairs sharing a rare word
    trigram or a quoted phrase; each pair is scored by embedding similarity, word overlap, shared figures
    and quotations, and an entity check.
    Pairs at or above ``link_threshold`` are merged strongest first while the average pair score between
    the two groups stays at or above ``cluster_threshold``.

    Args:
        sentences: All sentences of all articles.
        vectors: Their unit-length embeddings, one row each.
        settings: Thresholds and weights (see :class:`~factcheck.settings.Settings`).

    Returns:
        Groups covering every sentence exactly once, in order of their first member.
    """
    settings = settings or Settings()
    n = len(sentences)
    if n == 0:
        return []
    vectors = np.asarray(vectors, dtype=np.float32)
    score = PairScorer(sentences, vectors, settings)
    edges = _edges(score, vectors, settings)
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cap = settings.linkage_sample
    for _weight, a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        left, right = members[ra][:cap], members[rb][:cap]
        average = sum(score(x, y) for x in left for y in right) / (len(left) * len(right))
        if average < settings.cluster_threshold:
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
    groups = []
    for idx in members.values():
        idx.sort()
        size = len(idx)
        cohesion = 1.0 if size == 1 else sum(
            score(x, y) for x, y in itertools.combinations(idx[:cap], 2)) / (min(size, cap) * (min(size, cap) - 1) / 2)
        groups.append(Group(tuple(idx), round(cohesion, 4), score.explain(idx) if size > 1 else ()))
    return sorted(groups, key=lambda g: g.members[0])
