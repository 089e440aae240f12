"""JSON/JSONL field detection and overrides: which key is the text, outlet, date, url, id and event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.batch import find_events
from factcheck.ingest import read_articles
from factcheck.ingest.fields import DETECTED, Fields
from factcheck.render.json import report_to_dict


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_source_is_the_outlet_not_the_id(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "n.jsonl", [{"source": "bbc.co.uk", "body": "One. Two.", "link": "https://b/1",
                                          "published_at": "2024-01-02"}])
    (article,) = read_articles(path).articles
    assert (article.source, article.outlet, article.url, article.date) == ("n-001", "bbc.co.uk", "https://b/1",
                                                                            "2024-01-02")


def test_newsapi_source_object_gives_its_name(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "n.jsonl", [{"source": {"id": "bbc", "name": "BBC News"}, "content": "Text here."}])
    assert read_articles(path).articles[0].outlet == "BBC News"


@pytest.mark.parametrize("role", sorted(DETECTED))
def test_every_detected_name_is_read(tmp_path: Path, role: str) -> None:
    for name in DETECTED[role]:
        record: dict[str, object] = {"text": "Some words here.", name: "VALUE"}
        if role == "text":
            record = {name: "VALUE words."}
        got = Fields().pick(record, role)
        assert got is not None and got.startswith("VALUE"), (role, name)


def test_overrides_win_and_replace_detection(tmp_path: Path) -> None:
    records = [{"story": "s1", "cluster": f"c{i}", "outlet": "wrong", "site_name": f"o{i}", "txt": f"Words {i}.",
                "text": "ignored", "key": f"k{i}", "when": "2020", "href": f"https://x/{i}"} for i in range(2)]
    path = _jsonl(tmp_path / "n.jsonl", records)
    fields = Fields(event="cluster", text="txt", outlet="site_name", date="when", url="href", id="key")
    events = find_events(path, fields)
    assert sorted(events) == ["c0", "c1"]
    (article,) = events["c1"]  # type: ignore[misc]
    assert (article.source, article.outlet, article.date, article.url) == ("k1", "o1", "2020", "https://x/1")
    assert article.text == "Words 1."
    assert sorted(find_events(path)) == ["s1"]  # detected: "story" before "cluster"


def test_url_in_json_report_only_when_given(tmp_path: Path, fake_embedder: object) -> None:
    from factcheck.pipeline import check_articles

    path = _jsonl(tmp_path / "n.jsonl", [
        {"id": "a", "text": "The ship hit the bridge on Sunday night.", "url": "https://a/1"},
        {"id": "b", "text": "A cargo vessel struck the old river bridge late on Sunday."}])  # not a copy of a
    report = check_articles(read_articles(path).articles, embedder=fake_embedder)  # type: ignore[arg-type]
    sources = report_to_dict(report)["sources"]
    assert sources[0]["url"] == "https://a/1" and "url" not in sources[1]
