"""Property tests over ingest: any bytes, any encoding, any JSON never raise, and nothing is lost silently."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck.ingest import read_events, read_file
from factcheck.ingest.html import read_html
from factcheck.ingest.text import normalise_text

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "text", "title", "body", "event", "outlet", "date", "author", "authors", "x"]) | st.text(),
        inner, max_size=5),
    max_leaves=20,
)
RECORD = st.fixed_dictionaries({}, optional={
    "id": JSON, "text": st.text() | JSON, "title": JSON, "event": JSON, "outlet": JSON, "authors": JSON})
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, suffix: str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(data)
        return read_file(path, max_bytes=10_000_000), path


def _well_formed(got, path: Path) -> None:  # type: ignore[no-untyped-def]
    for article in got.articles:
        assert article.text.strip() and article.text == normalise_text(article.text, entities=False)
        article.text.encode("utf-8")  # writable as UTF-8: no lone surrogates
    for line in got.skipped:
        assert line.startswith(str(path)) and "\n" not in line


@FAST
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_any_bytes(data: bytes, suffix: str) -> None:
    got, path = _read(data, suffix)
    _well_formed(got, path)
    assert got.articles or got.skipped  # never silently nothing


@FAST
@given(st.text(min_size=1, max_size=500), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_any_text_in_any_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    got, path = _read(data, ".txt")
    _well_formed(got, path)
    if encoding != "cp1252" and normalise_text(text).strip() and "\x00" not in text:
        # Encodings that say what they are come back exactly (after the normal form).
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
        assume(controls == 0)
        assert [a.text for a in got.articles] == [normalise_text(text.replace("\r\n", "\n").replace("\r", "\n"))]


@FAST
@given(st.lists(RECORD | JSON, max_size=6))
def test_jsonl_accounts_for_every_record(records: list[object]) -> None:
    lines = [json.dumps(r) for r in records]
    got, path = _read("\n".join(lines).encode("utf-8"), ".jsonl")
    _well_formed(got, path)
    if records:
        assert len(got.articles) + len(got.skipped) == len(records)


@FAST
@given(JSON)
def test_any_json_document(value: object) -> None:
    got, path = _read(json.dumps(value).encode("utf-8"), ".json")
    _well_formed(got, path)
    assert got.articles or got.skipped


@FAST
@given(st.lists(RECORD, max_size=6))
def test_events_of_any_jsonl(records: list[object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "news.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        events, skipped = read_events(path)
    assert sum(map(len, events.values())) + len(skipped) == max(len(records), 1)
    for name in events:
        name.encode("utf-8")


@FAST
@given(st.text(max_size=1000) | st.builds(lambda t: f"<html><body><p>{t}</p></body></html>", st.text(max_size=500)))
def test_any_markup(raw: str) -> None:
    page = read_html(raw)
    assert isinstance(page.text, str) and isinstance(page.title, str)
