"""embedding: where the model is found (offline, in a fixed order), the one-method interface, lazy loading."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from factcheck.embedding import Embedder, SentenceTransformerEmbedder, load_embedder, resolve_model_path
from factcheck.errors import ModelError


def _model_dir(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "config.json").write_text("{}", encoding="utf-8")
    return path


def test_an_explicit_path_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_MODEL", str(_model_dir(tmp_path / "from-env")))
    explicit = _model_dir(tmp_path / "explicit")
    assert resolve_model_path(explicit) == explicit
    assert resolve_model_path() == tmp_path / "from-env"


@pytest.mark.parametrize("where", ["explicit", "environment"])
def test_a_folder_without_a_model_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    if where == "environment":
        monkeypatch.setenv("FACTCHECK_MODEL", str(empty))
    with pytest.raises(ModelError, match="not a sentence-transformers model folder"):
        resolve_model_path(empty if where == "explicit" else None)


def test_embedders_are_loaded_lazily_and_once_per_folder(tmp_path: Path) -> None:
    folder = _model_dir(tmp_path / "some-model")
    first = load_embedder(str(folder))
    assert first is load_embedder(str(folder)) and first.name == "some-model"
    assert isinstance(first, Embedder)
    assert first.encode([]).shape == (0, 0)  # nothing to embed: the weights are never read


def test_a_broken_model_folder_is_one_model_error(tmp_path: Path) -> None:
    embedder = SentenceTransformerEmbedder(_model_dir(tmp_path / "broken"))
    with pytest.raises(ModelError, match="cannot load the embedding model"):
        embedder.encode(["A sentence."])


def test_the_fake_embedder_meets_the_interface(fake_embedder: object) -> None:
    assert isinstance(fake_embedder, Embedder)


@pytest.mark.model
def test_the_real_model_gives_unit_rows() -> None:
    vectors = load_embedder().encode(["Starmer met Zelensky in London.", "The summit was held in London."])
    assert vectors.shape[0] == 2 and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
