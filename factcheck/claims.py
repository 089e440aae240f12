"""Claims: gather sentences from several outlets that state the same fact.

Sentences become nodes of a k-nearest-neighbour graph (never a dense n x n matrix: memory grows with
n·k). Edge weights are cosine similarities, raised when both sentences carry the same figure (a shared
"£1.6bn" is evidence of one fact where wording differs). Edges are merged strongest first with an
average-linkage check, so a chain of near pairs cannot glue unrelated sentences into one claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .quantities import parse_quantities
from .records import Sentence
from .settings import Settings

__all__ = ["Group", "group_sentences", "knn_graph"]

_BLOCK = 2048  # rows per similarity block: bounds memory at _BLOCK x n floats


@dataclass(frozen=True)
class Group:
    """Sentences the clustering put together as one claim.

    Attributes:
        members: Indices into the sentence list, in input order.
        cohesion: Average pairwise cosine similarity of the members (1.0 for a single sentence).
    """

    members: tuple[int, ...]
    cohesion: float


def knn_graph(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact k nearest neighbours by cosine (rows must be unit length), computed block by block.

    Args:
        vectors: ``(n, d)`` float32 unit rows.
        k: Neighbours per row (capped at n - 1).

    Returns:
        ``(indices, similarities)``, both ``(n, k)``, best first; a row never lists itself.
    """
    n = vectors.shape[0]
    k = max(0, min(k, n - 1))
    if k == 0:
        return np.zeros((n, 0), dtype=np.int64), np.zeros((n, 0), dtype=np.float32)
    indices = np.empty((n, k), dtype=np.int64)
    sims = np.empty((n, k), dtype=np.float32)
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        block = vectors[lo:hi] @ vectors.T
        block[np.arange(hi - lo), np.arange(lo, hi)] = -np.inf
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        part_sims = np.take_along_axis(block, part, axis=1)
        order = np.argsort(-part_sims, axis=1)
        indices[lo:hi] = np.take_along_axis(part, order, axis=1)
        sims[lo:hi] = np.take_along_axis(part_sims, order, axis=1)
    return indices, sims


def _figures(sentences: Sequence[Sentence], tolerance: float) -> list[frozenset[tuple[float, str]]]:
    """The exact figures each sentence states with a unit or counted noun, for the number bonus."""
    out = []
    for s in sentences:
        found = set()
        for q in parse_quantities(s.text, tolerance):
            what = q.unit or q.counted
            if what and (q.unit or q.value >= 10):  # "one"/"two" of something is too common to count
                found.add((round(q.value, 6), what))
        out.append(frozenset(found))
    return out


def group_sentences(sentences: Sequence[Sentence], vectors: np.ndarray, settings: Settings | None = None) -> list[Group]:
    """Cluster sentences into claims.

    Args:
        sentences: All sentences of all articles.
        vectors: Their unit-length embeddings, one row each.
        settings: ``neighbours``, ``link_threshold``, ``cluster_threshold``, ``number_bonus``.

    Returns:
        Groups covering every sentence exactly once, in order of their first member.
    """
    settings = settings or Settings()
    n = len(sentences)
    if n == 0:
        return []
    vectors = np.asarray(vectors, dtype=np.float32)
    indices, sims = knn_graph(vectors, settings.neighbours)
    figures = _figures(sentences, settings.approx_tolerance)
    edges: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j, sim in zip(indices[i].tolist(), sims[i].tolist(), strict=True):
            a, b = (i, j) if i < j else (j, i)
            if (a, b) in edges:
                continue
            weight = sim + (settings.number_bonus if figures[a] & figures[b] else 0.0)
            if weight >= settings.link_threshold:
                edges[(a, b)] = weight
    parent = list(range(n))
    sums = vectors.astype(np.float64).copy()
    sizes = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), _weight in sorted(edges.items(), key=lambda e: (-e[1], e[0])):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        average = float(sums[ra] @ sums[rb]) / (sizes[ra] * sizes[rb])
        shared = figures[a] & figures[b]
        if average + (settings.number_bonus if shared else 0.0) < settings.cluster_threshold:
            continue
        if sizes[ra] < sizes[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        sums[ra] += sums[rb]
        sizes[ra] += sizes[rb]
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(find(i), []).append(i)
    groups = []
    for root, idx in members.items():
        size = len(idx)
        cohesion = 1.0 if size == 1 else (float(sums[root] @ sums[root]) - size) / (size * (size - 1))
        groups.append(Group(tuple(idx), round(cohesion, 4)))
    return sorted(groups, key=lambda g: g.members[0])
