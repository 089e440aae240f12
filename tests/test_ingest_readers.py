"""ingest.readers: readers registered by suffix, one each, lower case with the dot."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.ingest  # noqa: F401  (loads every reader module)
from factcheck.ingest.readers import READERS, Records, register


def test_every_suffix_has_one_reader() -> None:
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl"} <= set(READERS)
    assert all(s.startswith(".") and s == s.lower() for s in READERS)
    assert READERS[".json"].events and not READERS[".txt"].events
    assert READERS[".html"].file_factor > READERS[".txt"].file_factor


@pytest.mark.parametrize("suffix", [".txt", "TXT", ".Eml"])
def test_a_taken_or_malformed_suffix_is_refused(suffix: str) -> None:
    def read(path: Path, raw: str, max_bytes: int | None = None, fields: object = None) -> Records:
        return Records((), ())

    with pytest.raises(ValueError, match="cannot register"):
        register(suffix)(read)  # type: ignore[arg-type]
    assert ".eml" not in READERS
