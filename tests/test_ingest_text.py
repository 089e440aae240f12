"""ingest.text: bytes to text in any common encoding, invisible characters removed, binaries refused."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.ingest.text import decode, normalise_text, valid_unicode


@pytest.mark.parametrize(("data", "text"), [
    ("café".encode(), "café"), ("café".encode("cp1252"), "café"), (codecs.BOM_UTF8 + b"a\r\nb", "a\nb"),
    ("né\r".encode("utf-16"), "né\n"),
])
def test_decode(data: bytes, text: str) -> None:
    assert decode(data, "x.txt") == text


def test_binary_is_refused_by_name() -> None:
    with pytest.raises(InputError, match=r"x\.bin: looks like a binary"):
        decode(bytes(range(32)) * 50, "x.bin")


@pytest.mark.parametrize(("raw", "clean"), [
    ("5,\u200b000", "5,000"), ("co\u00adoperation", "cooperation"), ("a &amp; b", "a & b"),
    ("e\u0301", "é"), ("a\r\nb\rc", "a\nb\nc"),
])
def test_normalise_text(raw: str, clean: str) -> None:
    assert normalise_text(raw) == clean


def test_entities_left_alone_when_asked() -> None:
    assert normalise_text("a &amp; b", entities=False) == "a &amp; b"


@given(st.text())
def test_normalised_text_is_writable_and_stable(text: str) -> None:
    once = normalise_text(text, entities=False)
    once.encode("utf-8")
    assert normalise_text(once, entities=False) == once and valid_unicode(once) == once
