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
    (b"\x01\x02\x03\x04\x05 control bytes", "binary"),
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


def test_jsonl_bad_records_skip_only_themselves(tmp_path: Path) -> None:
    """Issue 15: one bad line made batch stop and check report "0 readable" without naming the line."""
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Text A."}),
        '{"id": "broken", "text": "cut off',
        json.dumps({"id": "notext", "title": ""}),
        json.dumps(["not", "an", "object"]),
        "[" * 100_000,
        '{"id": "n", "text": "A number too long for Python", "n": ' + "1" * 5000 + "}",
        json.dumps({"id": "b", "text": "Text B."}),
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))  # and a BOM before the first line
    got = read_articles(path)
    assert [a.source for a in got.articles] == ["a", "b"]
    assert [s.split(": ", 1)[0] for s in got.skipped] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in got.skipped[0] and "no text" in got.skipped[1]
    assert "expected an object" in got.skipped[2] and "nested too deeply" in got.skipped[3]
    assert "not valid JSON" in got.skipped[4]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-8-sig"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "Zürich talks\nThe café owner said Ministers would pay £1.6bn (about €1.9bn) for “5,000” missiles."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("€", "EUR ")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (tmp_path / "b.txt").write_text("Title\nOther.", encoding="utf-8")
    got = read_articles(tmp_path)
    assert got.skipped == () and got.articles[0].text == text


def test_invisible_characters_and_entities_are_normalised(tmp_path: Path) -> None:
    """A zero-width space inside "5,000" once made two outlets disagree over "000"."""
    raw = "Head\nThey bought 5,\u200b000 mis\u00adsiles &amp; cafe\u0301 &#8220;drones&#8221;\r\nEnd."
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": raw}), encoding="utf-8")
    got = read_articles(tmp_path)
    for article in got.articles:
        assert article.text.endswith("They bought 5,000 missiles & café “drones”\nEnd.")


def test_size_limit_skips_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Big\n" + "word " * 3000, encoding="utf-8")
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "huge", "text": "x " * 3000}) + "\n"
                                         + json.dumps({"id": "ok", "text": "fine"}), encoding="utf-8")
    got = read_articles(tmp_path, max_bytes=5000)
    assert [a.source for a in got.articles] == ["ok"]
    assert len(got.skipped) == 2 and all("article limit (raise it with --max-article-mb)" in s for s in got.skipped)
    assert "big.txt: 0.015 MB is over the 0.005 MB" in got.skipped[0] and "news.jsonl:1" in got.skipped[1]


def test_size_limit_of_a_page_is_on_its_story(tmp_path: Path) -> None:
    """A saved page is mostly markup: a 3 kB story in a 14 kB page is read under a 5 kB limit."""
    story = "".join(f"<p>Paragraph {i} of the story, with some words in it.</p>" for i in range(60))
    scripts = "<script>" + "var x = 1;" * 1000 + "</script>"
    (tmp_path / "page.html").write_text(f"<html><head>{scripts}</head><body><article>{story}</article></body></html>",
                                        encoding="utf-8")
    assert [a.source for a in read_articles(tmp_path, max_bytes=5000).articles] == ["page"]
    (skipped,) = read_articles(tmp_path, max_bytes=2000).skipped
    assert "page.html" in skipped and "over the 0.002 MB article limit" in skipped
    (skipped,) = read_articles(tmp_path, max_bytes=1000).skipped  # the page itself is over 10 times the limit
    assert "page.html: 0.0134 MB file is over 10 times the 0.001 MB article limit" in skipped


def test_sources_toml_names_outlets_dates_and_addresses(tmp_path: Path) -> None:
    (tmp_path / "000_aa.txt").write_text("Headline A\nLeaders met in London.", encoding="utf-8")
    (tmp_path / "001_bb.txt").write_text("Headline B\nLeaders met in London.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        '["000_aa"]\noutlet = "The Guardian"\ndate = "2025-03-02"\nurl = "https://example.org/a"\n'
        '["999_zz"]\noutlet = "Nobody"\n["001_bb"]\noutlet = "BBC"\ncolour = "red"\n', encoding="utf-8")
    got = read_articles(tmp_path)
    by_id = {a.source: a for a in got.articles}
    assert (by_id["000_aa"].outlet, by_id["000_aa"].date, by_id["000_aa"].url) == (
        "The Guardian", "2025-03-02", "https://example.org/a")
    assert by_id["001_bb"].outlet == "BBC"
    assert any("no article with id '999_zz'" in s for s in got.skipped)
    assert any("[001_bb] may only set" in s for s in got.skipped)


def test_a_bad_sources_toml_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\nText.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[a\n", encoding="utf-8")
    got = read_articles(tmp_path)
    assert got.articles[0].outlet is None and "sources.toml: not read" in got.skipped[0]


def test_a_new_format_is_one_registered_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding an input format is one reader registered by suffix: folders are searched for it, files of it
    are read with it, and the error for an empty folder names it."""
    from factcheck.ingest import readers
    from factcheck.records import Article

    monkeypatch.setattr(readers, "READERS", dict(readers.READERS))  # the registry is left as it was
    monkeypatch.setattr("factcheck.ingest.READERS", readers.READERS)

    @readers.register(".example")
    def read_example(path: Path, raw: str, max_bytes: int | None = None, fields: object = None) -> readers.Records:
        title, text = raw.split("\t", 1)
        return readers.one_article(path, Article(path.stem, str(path), title, f"{title}\n\n{text}"), max_bytes)

    with pytest.raises(InputError, match=r"looked for .*\.example"):
        read_articles(tmp_path)
    (tmp_path / "a.example").write_text("Summit ends\tLeaders met in London.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks\nLeaders met.", encoding="utf-8")
    got = read_articles(tmp_path)
    assert [(a.source, a.title) for a in got.articles] == [("a", "Summit ends"), ("b", "Talks")]
    with pytest.raises(ValueError):
        readers.register(".example")(read_example)  # one reader per suffix


def test_every_module_of_the_package_is_loaded_so_a_new_reader_registers_itself() -> None:
    """A reader module registers itself when imported; importing factcheck.ingest (in a fresh process) imports them all."""
    import subprocess
    import sys

    code = ("import sys, pkgutil, factcheck.ingest as p; "
            "print([m.name for m in pkgutil.iter_modules(p.__path__) if 'factcheck.ingest.' + m.name not in sys.modules])")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
