"""Number tokens: a text cut into digit groups, written fractions and words, and the runs of them that can
make up a number ("three hundred and forty-two", "4 thousand 3 hundred and 21", "10 1/2").

:mod:`.numerals` reads each run into numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .units import CARDINALS, DENOMINATORS, NEGATIVE_WORDS, NUMBER_SCALES

__all__ = ["NumberToken", "is_number_token", "number_runs", "number_tokens"]

# A number may be glued to an ISO currency code before it ("USD115"), as wire copy writes it.
_TOKEN = re.compile(
    r"(?P<frac>(?<![\w/])\d{1,3}/\d{1,3}(?![\w/]))"
    r"|(?P<num>(?:(?<![\w.,])|(?<=USD)|(?<=GBP)|(?<=EUR)|(?<=JPY)|(?<=CHF)|(?<=CNY)|(?<=CAD)|(?<=AUD)|(?<=INR))(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?![\d])"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?!\d)|(?<![\w.,])\.\d+)"
    r"|(?P<uni>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r"|(?P<word>[A-Za-z]+)"
)


@dataclass
class NumberToken:
    """One token of a text: ``kind`` is num (digits), frac ("1/2"), uni ("½") or word."""

    kind: str  # num, frac, uni, word
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def number_tokens(text: str) -> list[NumberToken]:
    """Every digit group, written fraction and word of ``text``, in order."""
    return [NumberToken(m.lastgroup or "word", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_number_token(tok: NumberToken) -> bool:
    """Whether ``tok`` can be part of a number written in words or digits."""
    return tok.kind in ("num", "frac", "uni") or tok.low in CARDINALS or tok.low in NUMBER_SCALES \
        or tok.low in DENOMINATORS or tok.low in ("a", "an", "and", "point", "of") or tok.low in NEGATIVE_WORDS


def _joined(text: str, a: NumberToken, b: NumberToken) -> bool:
    """Only spaces or one hyphen (with optional spaces) between two tokens."""
    return re.fullmatch(r"\s*-?\s*", text[a.end:b.start]) is not None and "\n" not in text[a.end:b.start]


def number_runs(text: str, toks: list[NumberToken]) -> list[list[NumberToken]]:
    """Runs of adjacent number tokens (joined by spaces or one hyphen): each holds one number or more.

    >>> text = "two-thirds of 5,000 or a dozen"
    >>> [[t.text for t in run] for run in number_runs(text, number_tokens(text))]
    [['two', 'thirds', 'of', '5,000'], ['a', 'dozen']]
    """
    runs: list[list[NumberToken]] = []
    current: list[NumberToken] = []
    for tok in toks:
        if is_number_token(tok) and (not current or _joined(text, current[-1], tok)):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if is_number_token(tok) else []
    if current:
        runs.append(current)
    return runs
