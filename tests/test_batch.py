"""Batch: index, exit codes, the embedding cache, --force, new formats, blocks, workers (fake model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from factcheck.batch import CACHE, BatchOptions, check_batch
from factcheck.cache import CachedEmbedder, EmbeddingCache, text_key
from factcheck.records import SEVERITIES, severity_rank


class CountingEmbedder:
    """Wraps the fake embedder and counts the sentences it is asked to embed."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = "fake-bow-256"
        self.calls: list[int] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        return self.inner.encode(texts)  # type: ignore[attr-defined,no-any-return]


def _archive(tmp_path: Path, seeds: Path) -> Path:
    root = tmp_path / "news"
    files = sorted(seeds.glob("*.txt"))
    shutil.copytree(seeds, root / "summit")
    (root / "pair").mkdir()
    for f in files[:2]:
        shutil.copy(f, root / "pair")
    (root / "lonely").mkdir()
    shutil.copy(files[0], root / "lonely")
    return root


def test_index_lists_every_event_most_severe_first(tmp_path: Path, seeds: Path, fake_embedder: object) -> None:
    root, out = _archive(tmp_path, seeds), tmp_path / "out"
    (root / "broken").mkdir()
    # Binary, not two bytes: two bytes may be one UTF-16 character, which ingest now reads.
    (root / "broken" / "a.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (root / "broken" / "b.txt").write_bytes(b"\x00\x02\x03\x04" * 100)
    result = check_batch(root, out, embedder=fake_embedder)  # type: ignore[arg-type]
    assert set(result.written) == {"summit", "pair"} and result.failed == ()
    assert {s.split(":")[0] for s in result.skipped} == {"lonely", "broken"}
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))["events"]
    assert [e["status"] for e in index][-2:] == ["skipped", "skipped"]
    summit = next(e for e in index if e["event"] == "summit")
    assert summit["reports"] == ["summit.md", "summit.json"] and summit["claims"] > 0 and summit["outlets"]
    md = (out / "index.md").read_text(encoding="utf-8")
    assert "[summit](summit.md)" in md and "binary" in md
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="summit.html"' not in html and 'href="summit.md"' in html
    worst = [e for e in index if e["worst"]]
    ranks = [severity_rank(e["worst"]) for e in worst]
    assert ranks == sorted(ranks) and len(SEVERITIES) not in ranks


def test_cache_reembeds_only_new_sentences_and_formats_reembed_nothing(
        tmp_path: Path, seeds: Path, fake_embedder: object) -> None:
    root, out = _archive(tmp_path, seeds), tmp_path / "out"
    model = CountingEmbedder(fake_embedder)
    first = check_batch(root, out, embedder=model)  # type: ignore[arg-type]
    cold = sum(model.calls)
    assert first.embedded == cold > 0
    model.calls.clear()
    again = check_batch(root, out, embedder=model)  # type: ignore[arg-type]
    assert set(again.reused) == {"summit", "pair"} and model.calls == []
    # A new output format: rendered from the stored report, nothing embedded or checked again.
    more = check_batch(root, out, formats=("md", "json", "html"), embedder=model)  # type: ignore[arg-type]
    assert model.calls == [] and more.written == () and (out / "summit.html").exists()
    # A new article: only its new sentences are embedded, and only its event is checked again.
    (root / "pair" / "extra.txt").write_text("Extra headline\n\nA brand new sentence about the summit in London.\n",
                                            encoding="utf-8")
    grown = check_batch(root, out, formats=("md", "json", "html"), embedder=model)  # type: ignore[arg-type]
    assert grown.written == ("pair",) and sum(model.calls) <= 3
    model.calls.clear()
    forced = check_batch(root, out, options=BatchOptions(force=True), embedder=model)  # type: ignore[arg-type]
    assert set(forced.written) == {"summit", "pair"} and model.calls == []  # checked again, vectors cached


def test_blocks_give_the_same_reports(tmp_path: Path, seeds: Path, fake_embedder: object) -> None:
    root = _archive(tmp_path, seeds)
    check_batch(root, tmp_path / "one", embedder=fake_embedder)  # type: ignore[arg-type]
    check_batch(root, tmp_path / "many", options=BatchOptions(block_sentences=1),
                embedder=fake_embedder)  # type: ignore[arg-type]
    for event in ("summit", "pair"):
        a, b = (json.loads((tmp_path / d / f"{event}.json").read_text(encoding="utf-8")) for d in ("one", "many"))
        a.pop("generated_at"), b.pop("generated_at")
        assert a == b


def test_cache_round_trip(tmp_path: Path, fake_embedder: object) -> None:
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    model = CachedEmbedder(fake_embedder, cache=cache)  # type: ignore[arg-type]
    vectors = model.encode(["One sentence.", "Two sentences.", "One sentence."])
    assert model.embedded == 2
    stored = cache.get("fake-bow-256", [text_key("One sentence."), text_key("Three.")])
    assert list(stored) == [text_key("One sentence.")] and np.array_equal(stored[text_key("One sentence.")], vectors[0])
    assert cache.get("other-model", [text_key("One sentence.")]) == {}


def test_failed_event_gives_exit_6_and_an_index(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch,
                                                fake_embedder: object) -> None:
    from typer.testing import CliRunner

    import factcheck.workers
    from factcheck.cli import app
    from factcheck.errors import FactcheckError

    real = factcheck.workers.check_block

    def failing(block, settings, embedder=None):  # type: ignore[no-untyped-def]
        from dataclasses import replace

        from factcheck.workers import EventOutcome

        done = real(block, settings, embedder)
        return replace(done, outcomes=[o if o.job.event != "pair" else EventOutcome(o.job, None, str(FactcheckError("boom")))
                                       for o in done.outcomes])

    monkeypatch.setattr(factcheck.workers, "check_block", failing)
    root, out = _archive(tmp_path, seeds), tmp_path / "out"
    monkeypatch.setattr("factcheck.batch._model_name", lambda _s: "fake-bow-256")
    monkeypatch.setattr("factcheck.embedding.load_embedder", lambda *_a, **_k: fake_embedder)
    result = CliRunner().invoke(app, ["batch", str(root), "--out", str(out), "-q"])
    assert result.exit_code == 7, result.output
    assert "1 checked, 0 up to date, 1 skipped, 1 failed" in result.stdout
    assert "| pair | failed | boom |" in (out / "index.md").read_text(encoding="utf-8")


def test_progress_plain_lines_off_a_terminal_bar_on_one_nothing_when_quiet() -> None:
    import io

    from factcheck.batch import BatchProgress
    from factcheck.progress import batch_progress

    step = BatchProgress(1, 2, 120, "summit", "summit: 40 claims, worst high")
    plain = io.StringIO()
    with batch_progress(stream=plain) as show:
        show(step)
    assert plain.getvalue() == "factcheck: [1/2] summit: 40 claims, worst high\n"
    quiet = io.StringIO()
    with batch_progress(quiet=True, stream=quiet) as show:
        show(step)
    assert quiet.getvalue() == ""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    with batch_progress(stream=term) as show:
        show(step)
    assert "1/2" in term.getvalue() and "sentences/s" in term.getvalue()


def test_parse_cache_restores_every_annotation(seeds: Path) -> None:
    from factcheck.cache import CachedParser, parser_name
    from factcheck.nlp import parse

    texts = [line for f in sorted(seeds.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()
             if line.strip()][:60]
    name = parser_name()
    assert name is not None and "core_web_sm" in name
    fresh = CachedParser(None, name)
    first = fresh.parse(texts)
    assert fresh.parsed == len(set(texts)) == len(fresh.new)
    cached = CachedParser(None, name, fresh.new)
    again = cached.parse(texts)
    assert cached.parsed == 0 and cached.new == {}
    attrs = ["ORTH", "SPACY", "TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "NORM", "ENT_IOB", "ENT_TYPE",
             "SENT_START", "IS_STOP", "LIKE_NUM"]
    for text, doc in zip(texts, parse(texts), strict=True):
        for other in (first[text], again[text]):
            assert other.to_json() == doc.to_json()
            assert (other.to_array(attrs) == doc.to_array(attrs)).all()
            assert [(e.text, e.label_) for e in other.ents] == [(e.text, e.label_) for e in doc.ents]
            assert [s.text for s in other.sents] == [s.text for s in doc.sents]
    # Parses cached under another pipeline are not used, and none are handed back to be stored under it.
    stale = CachedParser(None, "en_core_web_sm-0.0.1/spacy-0", fresh.new)
    stale.parse(texts[:3])
    assert stale.parsed == len(set(texts[:3])) and stale.new == {}


def test_cached_parses_give_the_same_reports(tmp_path: Path, seeds: Path, fake_embedder: object,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.nlp

    root = _archive(tmp_path, seeds)
    cold = check_batch(root, tmp_path / "cold", embedder=fake_embedder)  # type: ignore[arg-type]
    parsed: list[str] = []
    real = factcheck.nlp.parse

    def counting(texts, package=None, batch_size=64):  # type: ignore[no-untyped-def]
        texts = list(texts)
        parsed.extend(texts)
        return real(texts, package, batch_size)

    monkeypatch.setattr(factcheck.nlp, "parse", counting)
    warm = check_batch(root, tmp_path / "warm", options=BatchOptions(cache=str(tmp_path / "cold" / CACHE)),
                       embedder=fake_embedder)  # type: ignore[arg-type]
    assert set(warm.written) == set(cold.written) == {"summit", "pair"} and parsed == []
    for event in ("summit", "pair"):
        a, b = (json.loads((tmp_path / d / f"{event}.json").read_text(encoding="utf-8")) for d in ("cold", "warm"))
        a.pop("generated_at"), b.pop("generated_at")
        assert a == b
    # A new article: only its sentences are parsed.
    (root / "pair" / "extra.txt").write_text("Extra headline\n\nA brand new sentence about the summit in London.\n",
                                            encoding="utf-8")
    check_batch(root, tmp_path / "warm", options=BatchOptions(cache=str(tmp_path / "cold" / CACHE)),
                embedder=fake_embedder)  # type: ignore[arg-type]
    assert 0 < len(parsed) <= 3 and "A brand new sentence about the summit in London." in parsed
