"""cache: embeddings and reports stored in SQLite survive a reopen; only texts not yet stored are embedded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from factcheck.cache import CachedEmbedder, EmbeddingCache, text_key
from factcheck.records import Report


def test_vectors_and_reports_survive_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cache.sqlite"
    cache = EmbeddingCache(path)
    cache.put("m", {text_key("a"): np.array([1.0, 2.0]), text_key("b"): np.array([3.0, 4.0])})
    cache.put_report("fp", Report("event", (), ()))
    cache.close()
    again = EmbeddingCache(path)
    found = again.get("m", [text_key("a"), text_key("c")])
    assert list(found) == [text_key("a")]
    assert found[text_key("a")].tolist() == [1.0, 2.0]
    assert again.get("other model", [text_key("a")]) == {}
    report = again.get_report("fp")
    assert report is not None and report.event == "event"
    assert again.get_report("missing") is None
    again.close()


def test_more_keys_than_one_statement_takes() -> None:
    cache = EmbeddingCache(":memory:")
    vectors = {text_key(str(i)): np.array([float(i)]) for i in range(2000)}
    cache.put("m", vectors)
    assert len(cache.get("m", vectors)) == 2000


def test_a_report_written_by_other_code_is_checked_again(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    EmbeddingCache(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO reports VALUES (?, ?)", ("fp", b"not a pickle"))
    assert EmbeddingCache(path).get_report("fp") is None


def test_cached_embedder_embeds_only_new_texts(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    calls: list[list[str]] = []

    class Counting:
        name = fake_embedder.name

        def encode(self, texts: list[str]) -> np.ndarray:
            calls.append(list(texts))
            return fake_embedder.encode(texts)  # type: ignore[no-any-return]

    known = {text_key("old"): fake_embedder.encode(["old"])[0]}
    model = CachedEmbedder(Counting(), known)
    out = model.encode(["old", "new", "new"])
    assert out.shape[0] == 3
    assert calls == [["new"]]
    assert np.allclose(out[1], out[2]) and np.allclose(out[0], known[text_key("old")])
    assert set(model.new) == {text_key("new")}
