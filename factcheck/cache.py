"""Cache: sentence embeddings, sentence parses and finished reports in one SQLite file, so a re-run redoes
only what changed.

Embeddings are keyed by model name and a hash of the sentence text: adding an article embeds its new
sentences only. Parses (spaCy docs) are keyed likewise by the spaCy pipeline's name and version and spaCy's
version: a grown event parses its new sentences only. Reports are keyed by an event's fingerprint (inputs,
settings, version): adding an output format renders the stored report again instead of checking the event
again. The file holds only what factcheck wrote itself (parses and reports are pickled), so it is trusted
like the output folder it sits in.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .records import Report

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .embedding import Embedder

__all__ = ["CachedEmbedder", "CachedParser", "EmbeddingCache", "parser_name", "text_key"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, key BLOB, vector BLOB, PRIMARY KEY (model, key));
CREATE TABLE IF NOT EXISTS parses (model TEXT, key BLOB, doc BLOB, PRIMARY KEY (model, key));
CREATE TABLE IF NOT EXISTS reports (fingerprint TEXT PRIMARY KEY, report BLOB);
"""
# SQLite caps bound parameters per statement (32766 in current builds; 999 in old ones).
_CHUNK = 900
_VALUE = {"embeddings": "vector", "parses": "doc"}


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

    def _rows(self, table: str, model: str, keys: Iterable[bytes]) -> Iterable[tuple[bytes, bytes]]:
        wanted = list(dict.fromkeys(keys))
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            yield from self._db.execute(
                f"SELECT key, {_VALUE[table]} FROM {table} WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
                [model, *chunk])

    def get(self, model: str, keys: Iterable[bytes]) -> dict[bytes, np.ndarray]:
        """The cached vectors of ``keys`` under ``model`` (missing keys are absent from the result)."""
        return {bytes(k): np.frombuffer(v, dtype=np.float32) for k, v in self._rows("embeddings", model, keys)}

    def put(self, model: str, vectors: Mapping[bytes, np.ndarray]) -> None:
        """Store ``vectors`` (key -> float32 row) under ``model``."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                ((model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()))

    def get_parses(self, parser: str, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """The cached parses of ``keys`` under ``parser`` (see :func:`parser_name`), serialised."""
        return {bytes(k): bytes(v) for k, v in self._rows("parses", parser, keys)}

    def put_parses(self, parser: str, docs: Mapping[bytes, bytes]) -> None:
        """Store serialised parses (key -> :meth:`CachedParser.dump` bytes) under ``parser``."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?)",
                                 ((parser, k, v) for k, v in docs.items()))

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


def _pipeline_name(meta: Mapping[str, Any], spacy_version: str) -> str:
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}/spacy-{spacy_version}"


def parser_name(package: str | None = None) -> str | None:
    """The name parses are cached under: the spaCy pipeline that :func:`factcheck.nlp.load_nlp` would load
    (name and version, from its package's ``meta.json``) and spaCy's version, found without importing spaCy
    (a parent process that only reads the cache need not load it); ``None`` when no package is installed.

    A worker checks the name against the pipeline it really loaded (:class:`CachedParser`), so a guess that
    is wrong costs a re-parse, never a wrong parse.
    """
    from .nlp import SPACY_PACKAGES

    for name in (package,) if package else SPACY_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
            folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec is not None else None
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8")) if folder is not None else None
            if isinstance(meta, dict):
                return _pipeline_name(meta, metadata.version("spacy"))
        except (ImportError, OSError, ValueError, StopIteration, metadata.PackageNotFoundError):
            continue
    return None


class CachedParser:
    """Parses sentences with the shared spaCy pipeline, taking the ones already parsed from serialised docs.

    A doc is stored as ``Doc.to_dict`` (text, every token attribute spaCy serialises, entities, strings)
    without its tensor (tok2vec's output, which nothing downstream reads) and restored with ``Doc.from_dict``
    on the pipeline's vocabulary, so a restored doc answers every attribute as the fresh parse did. Pickled,
    not ``Doc.to_bytes``: srsly's msgpack looks up its encoders through entry points on every call, which
    costs some 0.7 ms a sentence, a tenth of the parse itself.

    Args:
        package: The spaCy package (``Settings.spacy_model``; ``None``: the default ones in order).
        name: What ``known`` was cached under (:func:`parser_name`); ignored when it is not the pipeline
            loaded here, and then nothing new is handed back either.
        known: Serialised docs by :func:`text_key`.
    """

    _EXCLUDE = ("tensor", "user_data")

    def __init__(self, package: str | None, name: str | None, known: Mapping[bytes, bytes] | None = None) -> None:
        self.package = package
        self.name = name
        self.known = dict(known or {})
        self.new: dict[bytes, bytes] = {}
        self.parsed = 0

    def parse(self, texts: Iterable[str]) -> dict[str, Doc]:
        """A doc for each distinct one of ``texts``; those not known are parsed in one stream, in order."""
        import spacy

        from .nlp import load_nlp, parse

        nlp = load_nlp(self.package)
        same = self.name is not None and self.name == _pipeline_name(nlp.meta, spacy.about.__version__)
        docs: dict[str, Doc] = {}
        missing: list[str] = []
        for text in dict.fromkeys(texts):
            blob = self.known.get(text_key(text)) if same else None
            if blob is None:
                missing.append(text)
            else:
                docs[text] = self.load(nlp, blob)
        for text, doc in zip(missing, parse(missing, self.package), strict=True):
            docs[text] = doc
            if same:
                self.new[text_key(text)] = self.dump(doc)
        self.parsed += len(missing)
        return docs

    @classmethod
    def dump(cls, doc: Doc) -> bytes:
        """``doc`` serialised for the cache."""
        return pickle.dumps(doc.to_dict(exclude=cls._EXCLUDE), protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, nlp: Language, blob: bytes) -> Doc:
        """The doc ``blob`` holds, on ``nlp``'s vocabulary."""
        from spacy.tokens import Doc

        return Doc(nlp.vocab).from_dict(pickle.loads(blob), exclude=cls._EXCLUDE)
