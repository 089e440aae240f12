"""Cache: sentence embeddings and finished reports in one SQLite file, so a re-run redoes only what changed.

Embeddings are keyed by model name and a hash of the sentence text: adding an article embeds its new
sentences only. Reports are keyed by an event's fingerprint (inputs, settings, version): adding an output
format renders the stored report again instead of checking the event again. The file holds only what
factcheck wrote itself (reports are pickled), so it is trusted like the output folder it sits in.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .records import Report

if TYPE_CHECKING:
    from .embedding import Embedder

__all__ = ["CachedEmbedder", "EmbeddingCache", "text_key"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, key BLOB, vector BLOB, PRIMARY KEY (model, key));
CREATE TABLE IF NOT EXISTS reports (fingerprint TEXT PRIMARY KEY, report BLOB);
"""
# SQLite caps bound parameters per statement (32766 in current builds; 999 in old ones).
_CHUNK = 900


def text_key(text: str) -> bytes:
    """The cache key of a sentence: 16 bytes of BLAKE2b over its UTF-8 text.

    >>> len(text_key("Starmer spoke.")), text_key("a") == text_key("a")
    (16, True)
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """Embeddings and reports in a SQLite file (``":memory:"`` for a throwaway one).

    Several processes may share one file on a local disk: writes are short transactions in WAL mode and
    a busy writer is waited for rather than failed on.

    Args:
        path: The database file (created with its folder when missing).
    """

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self._db = sqlite3.connect(self.path, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def get(self, model: str, keys: Iterable[bytes]) -> dict[bytes, np.ndarray]:
        """The cached vectors of ``keys`` under ``model`` (missing keys are absent from the result)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[bytes, np.ndarray] = {}
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            rows = self._db.execute(
                f"SELECT key, vector FROM embeddings WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
                [model, *chunk])
            found.update((bytes(k), np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        return found

    def put(self, model: str, vectors: Mapping[bytes, np.ndarray]) -> None:
        """Store ``vectors`` (key -> float32 row) under ``model``."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                ((model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()))

    def get_report(self, fingerprint: str) -> Report | None:
        """The report stored under ``fingerprint``, or ``None``."""
        row = self._db.execute("SELECT report FROM reports WHERE fingerprint = ?", (fingerprint,)).fetchone()
        if row is None:
            return None
        try:
            report = pickle.loads(row[0])
        except Exception:  # written by another version of the record classes: check the event again
            return None
        return report if isinstance(report, Report) else None

    def put_report(self, fingerprint: str, report: Report) -> None:
        """Store ``report`` under ``fingerprint``."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?)",
                             (fingerprint, pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)))

    def close(self) -> None:
        """Close the database."""
        self._db.close()


class CachedEmbedder:
    """An :class:`~factcheck.embedding.Embedder` that serves known sentences from memory and a cache.

    Sentences found in neither are embedded in one call and remembered (and stored when a cache is
    given), so a caller may look up vectors one event at a time after embedding many events at once.

    Args:
        inner: The model that embeds what is missing.
        known: Vectors already at hand, by :func:`text_key`.
        cache: Where new vectors are stored and missing ones are looked up, if anywhere.
    """

    def __init__(self, inner: Embedder, known: Mapping[bytes, np.ndarray] | None = None,
                 cache: EmbeddingCache | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.known: dict[bytes, np.ndarray] = dict(known or {})
        self.cache = cache
        self.embedded = 0
        self.new: dict[bytes, np.ndarray] = {}

    def prefetch(self, texts: Iterable[str]) -> int:
        """Make sure every one of ``texts`` has a vector; the missing ones go to the model in one call,
        which sorts them by length so batches carry little padding. Returns how many were embedded."""
        keys = {text_key(t): t for t in texts}
        missing = [k for k in keys if k not in self.known]
        if self.cache is not None and missing:
            self.known.update(self.cache.get(self.name, missing))
            missing = [k for k in missing if k not in self.known]
        if missing:
            vectors = self.inner.encode([keys[k] for k in missing])
            fresh = dict(zip(missing, vectors, strict=True))
            self.known.update(fresh)
            self.new.update(fresh)
            if self.cache is not None:
                self.cache.put(self.name, fresh)
            self.embedded += len(missing)
        return len(missing)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors of ``texts`` (embedding any not seen yet), one row each."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        self.prefetch(texts)
        return np.stack([self.known[text_key(t)] for t in texts]).astype(np.float32, copy=False)
