"""ingest.plain: a text file is one article, its first line the headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.plain import first_line, read_plain


@pytest.mark.parametrize(("text", "title"), [
    ("\n\n## Headline\nBody", "Headline"), ("  Plain title  \nBody", "Plain title"), ("", ""), ("x" * 300, "x" * 200),
])
def test_first_line(text: str, title: str) -> None:
    assert first_line(text) == title


def test_one_article_named_by_its_stem(tmp_path: Path) -> None:
    records = read_plain(tmp_path / "bbc.txt", "Headline\r\nBody &amp; more.", None)
    ((article, event),) = records.articles
    assert (article.source, article.title, article.text, event) == ("bbc", "Headline", "Headline\nBody & more.", None)


def test_blank_is_skipped_and_too_large_refused(tmp_path: Path) -> None:
    assert read_plain(tmp_path / "a.txt", "  \n ", None).skipped == (f"{tmp_path / 'a.txt'}: article has no text",)
    with pytest.raises(InputError, match="article limit"):
        read_plain(tmp_path / "a.txt", "long " * 100, 50)
