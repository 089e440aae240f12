"""Ingest: every input route, and bad input named in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import read_articles


def test_seed_folder(seeds: Path) -> None:
    got = read_articles(seeds)
    assert [a.source for a in got.articles] == sorted(p.stem for p in seeds.glob("*.txt"))
    assert got.skipped == ()
    assert got.articles[4].title.startswith("UK to defend Ukraine peace deal")


def test_mixed_formats(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Headline A\n\nBody of A.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Head B</title><script>x=1</script></head><body><p>Para one.</p>"
        "<figcaption>Photo: AFP</figcaption><p>Para &amp; two.</p></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"id": "cee", "title": "Head C", "text": "Body C.",
                                                 "source_domain": "example.org"}), encoding="utf-8")
    got = read_articles(tmp_path)
    by = {a.source: a for a in got.articles}
    assert by["a"].title == "Headline A"
    assert by["b"].title == "Head B" and "Para & two." in by["b"].text and "AFP" not in by["b"].text
    assert by["cee"].outlet == "example.org" and by["cee"].text.startswith("Head C")


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"doc_id": f"d{i}", "title": f"T{i}", "text": f"Text {i}."})
                              for i in range(3)), encoding="utf-8")
    got = read_articles(path)
    assert [a.source for a in got.articles] == ["d0", "d1", "d2"]


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 latin-1", "not UTF-8"),
    (b"   \n  ", "no text"),
])
def test_bad_files_are_skipped_with_reason(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "good.txt").write_text("Title\nA sentence.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(content)
    got = read_articles(tmp_path)
    assert [a.source for a in got.articles] == ["good"]
    (skipped,) = got.skipped
    assert "bad.txt" in skipped and message in skipped and "\n" not in skipped


def test_missing_and_empty(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_articles(tmp_path / "nope")
    with pytest.raises(InputError, match="no articles found"):
        read_articles(tmp_path)
