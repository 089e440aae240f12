"""claims.graph: nearest neighbours by cosine, best first, never a row itself."""

from __future__ import annotations

import numpy as np

from factcheck.claims.graph import knn_graph


def _unit(rows: list[list[float]]) -> np.ndarray:
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_neighbours_best_first_and_never_self() -> None:
    v = _unit([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]])
    idx, sims = knn_graph(v, 2)
    assert idx.shape == sims.shape == (4, 2)
    assert idx[0, 0] == 1 and idx[2, 0] == 3
    assert all(i not in row for i, row in enumerate(idx.tolist()))
    assert np.all(sims[:, 0] >= sims[:, 1])


def test_k_is_capped_by_the_rows() -> None:
    idx, sims = knn_graph(_unit([[1, 0], [0, 1]]), 10)
    assert idx.tolist() == [[1], [0]] and sims.shape == (2, 1)
    idx, _ = knn_graph(_unit([[1, 0]]), 5)
    assert idx.shape == (1, 0)
