"""records.inputs: the types read from the input are frozen and document every field."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.records import inputs
from factcheck.records.inputs import Article


@pytest.mark.parametrize("name", inputs.__all__)
def test_frozen_and_every_field_documented(name: str) -> None:
    cls = getattr(inputs, name)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    doc = cls.__doc__ or ""
    missing = [f.name for f in dataclasses.fields(cls) if f"{f.name}:" not in doc]
    assert not missing, f"{name} does not document {missing}"


def test_an_article_cannot_be_changed_in_place() -> None:
    article = Article("a", "a.txt", "Title", "Title\nBody.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]
    assert dataclasses.replace(article, outlet="bbc.co.uk").outlet == "bbc.co.uk" and article.outlet is None
