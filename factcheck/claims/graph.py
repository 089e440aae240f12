"""Graph: each sentence's nearest neighbours by embedding, never as a dense n x n matrix.

Memory grows with n·k: exact search runs block by block for small inputs; from ``approximate_from`` rows
on (when faiss is installed) an HNSW index answers in n log n.
"""

from __future__ import annotations

import numpy as np

from ..settings import Settings

__all__ = ["knn_graph"]

_BLOCK_CELLS = 4_000_000  # similarities held at once: bounds exact search's memory whatever n is


def knn_graph(vectors: np.ndarray, k: int, approximate_from: int = 0,
              settings: Settings | None = None) -> tuple[np.ndarray, np.ndarray]:
    """k nearest neighbours by cosine (rows must be unit length).

    Exact, block by block, for small inputs; from ``approximate_from`` rows on (when faiss is installed,
    ``pip install factcheck[scale]``) an HNSW index, whose build and queries grow as n log n rather than n².

    Args:
        vectors: ``(n, d)`` float32 unit rows.
        k: Neighbours per row (capped at n - 1).
        approximate_from: Row count from which to use HNSW; 0 never does.
        settings: The HNSW index's depths and links (``Settings.hnsw_*``; defaults when omitted).

    Returns:
        ``(indices, similarities)``, both ``(n, k)``, best first; a row never lists itself (an HNSW row
        that finds fewer than k others is padded with itself at similarity -1).
    """
    n = vectors.shape[0]
    k = max(0, min(k, n - 1))
    if k == 0:
        return np.zeros((n, 0), dtype=np.int64), np.zeros((n, 0), dtype=np.float32)
    if approximate_from and n >= approximate_from:
        found = _hnsw(vectors, k, settings or Settings())
        if found is not None:
            return found
    indices = np.empty((n, k), dtype=np.int64)
    sims = np.empty((n, k), dtype=np.float32)
    rows = max(1, min(n, _BLOCK_CELLS // n))
    for lo in range(0, n, rows):
        hi = min(n, lo + rows)
        block = vectors[lo:hi] @ vectors.T
        block[np.arange(hi - lo), np.arange(lo, hi)] = -np.inf
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        part_sims = np.take_along_axis(block, part, axis=1)
        order = np.argsort(-part_sims, axis=1)
        indices[lo:hi] = np.take_along_axis(part, order, axis=1)
        sims[lo:hi] = np.take_along_axis(part_sims, order, axis=1)
    return indices, sims


def _hnsw(vectors: np.ndarray, k: int, settings: Settings) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        import faiss  # type: ignore[import-not-found]
    except ImportError:
        return None
    n, dim = vectors.shape
    index = faiss.IndexHNSWFlat(dim, settings.hnsw_links, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = settings.hnsw_build_depth
    index.hnsw.efSearch = max(settings.hnsw_search_depth, 2 * k)
    data = np.ascontiguousarray(vectors, dtype=np.float32)
    index.add(data)
    sims, idx = index.search(data, k + 1)
    indices = np.empty((n, k), dtype=np.int64)
    out = np.empty((n, k), dtype=np.float32)
    for row in range(n):
        keep = [(j, s) for j, s in zip(idx[row].tolist(), sims[row].tolist(), strict=True) if j != row and j >= 0][:k]
        keep += [(row, -1.0)] * (k - len(keep))
        indices[row] = [j for j, _ in keep]
        out[row] = [s for _, s in keep]
    return indices, out
