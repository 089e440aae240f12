"""records.inputs: what is read from the input, frozen (see test_records.py for every field documented)."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.records.inputs import Article, Copy


def test_an_article_cannot_be_changed_in_place() -> None:
    article = Article("a", "a.txt", "Title", "Title\nBody.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]
    assert dataclasses.replace(article, outlet="bbc.co.uk").outlet == "bbc.co.uk" and article.outlet is None


def test_optional_metadata_defaults_to_unknown() -> None:
    article = Article("a", "a.txt", "Title", "Body.")
    assert (article.outlet, article.date, article.author, article.url, article.copies) == (None, None, None, None, ())
    assert Copy("b", "b.txt", None, 1.0).own_lines == ()
