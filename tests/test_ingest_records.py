"""ingest.records: JSON and JSONL records, each read or skipped with where and why."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.ingest.fields import Fields
from factcheck.ingest.records import read_json, read_jsonl


def test_jsonl_reads_each_line_and_skips_only_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "event.jsonl"
    raw = "\n".join([
        json.dumps({"doc_id": "a1", "text": "Body one.", "source": {"name": "BBC News"}, "story": "s1"}),
        "{not json",
        json.dumps({"doc_id": "a2", "body": "Body\u2028two.", "date": "2025-03-02"}),
        "",
    ])
    records = read_jsonl(path, raw)
    assert [(a.source, a.outlet, event) for a, event in records.articles] == [("a1", "BBC News", "s1"), ("a2", None, None)]
    assert records.articles[1][0].text.startswith("Body") and records.articles[1][0].date == "2025-03-02"
    assert len(records.skipped) == 1 and records.skipped[0].startswith(f"{path}:2: ")


def test_named_fields_win_over_detection(tmp_path: Path) -> None:
    raw = json.dumps({"id": "x", "text": "wrong", "story_text": "Right body.", "paper": "The Times"})
    records = read_jsonl(tmp_path / "e.jsonl", raw, None, Fields(text="story_text", outlet="paper"))
    ((article, _),) = records.articles
    assert (article.text, article.outlet) == ("Right body.", "The Times")


def test_json_list_records_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    records = read_json(path, json.dumps([{"id": "a", "text": "One."}, {"id": "b"}]))
    assert [a.source for a, _ in records.articles] == ["a"]
    assert len(records.skipped) == 1 and records.skipped[0].startswith(f"{path}#1")
    assert read_json(path, "[").skipped[0].startswith(f"{path}: not valid JSON")
