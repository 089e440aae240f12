"""Quotation spans: where a paragraph opens and closes a quotation, curly or straight, double or single.

A single-quoted span as short as a scare quote (or an apostrophe's false match) is not a quotation; a
quotation mark opens after a space or an opening bracket or dash and closes before anything but a letter
or digit, so "Starmer’s" and "rock ’n’ roll" open nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span", "quotation_spans"]

OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}


@dataclass
class Span:
    """One quotation: its marks at ``start`` and ``end - 1``, its words from ``inner_start`` to ``inner_end``."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def quotation_spans(paragraph: str, min_words: int, scare_max: int) -> list[Span]:
    """The quotations of ``paragraph`` in order; a single-quoted span of ``scare_max`` words or fewer (or
    fewer than ``min_words``) is a scare quote and left out.

    >>> [(s.start, s.end) for s in quotation_spans("He said “we will”, not ‘maybe’.", 3, 2)]
    [(8, 17)]
    """
    spans: list[Span] = []
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in "“\"‘'" and _opens(paragraph, i):
            close = OPEN_CLOSE[ch]
            j = i + 1
            while j < n and not (paragraph[j] == close and _closes(paragraph, j)):
                j += 1
            inner = paragraph[i + 1:j]
            if ch in "‘'" and (j >= n or len(inner.split()) <= max(scare_max, min_words - 1)):
                i += 1  # a scare quote or an apostrophe, not a quotation
                continue
            spans.append(Span(i, min(j + 1, n), i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    nested = text[i] == "“" and text[i + 1:i + 3] in (" ‘", " '")  # “ ‘Hit 40 miles per hour,’ he said ...”
    return (before.isspace() or before in "([—–-:,") and (not after.isspace() or nested)


def _closes(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()
