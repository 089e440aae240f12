"""Numerals: find the numbers written in a text — digits, words, or both — and their values.

"5,000", "1.6", "twenty-five", "three hundred and forty-two", "4 thousand 3 hundred and 21", "a dozen",
"half a million", "two thirds", "one and a half", "10 1/2", "¾", "minus five", "two point five",
"one in five". Only the number itself is read here; units, scales written as abbreviations ("bn"), hedges
and dates are the business of :mod:`factcheck.quantities.parse`.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from ..text.lexicon import FUNCTION_WORDS
from .tokens import NumberToken, number_runs, number_tokens
from .units import (
    CARDINALS,
    DENOMINATORS,
    NEGATIVE_WORDS,
    NUMBER_SCALES,
    SMALL_NUMBERS,
    TENS,
    UNICODE_FRACTIONS,
    WORD_SCALES,
)

__all__ = ["Numeral", "find_numerals", "precision_of", "whole_number"]

_RANKED = re.compile(r"\b(?:the|this|that|first|second|third|fourth|final|last|next|opening|closing)\s*$", re.I)
_PRONOUN_ONE = re.compile(r"\b(?:the|this|that|which|each|every|any|no|some|another|anyone|someone|no-one)\s*$", re.I)


@dataclass(frozen=True)
class Numeral:
    """A number as written.

    Attributes:
        start: Offset of its first character.
        end: Offset just past it.
        value: Its value ("two thirds" -> 0.666...).
        precision: The resolution the writing states (see :func:`precision_of`).
        digits: True when written (at least partly) in digits.
        scaled: True when a scale word is part of it ("five million").
        scale: The factor its scale words applied (1e6 for "five million", 1 for "5"), so a range can
            carry "20 billion"'s scale back to "10 to".
    """

    start: int
    end: int
    value: float
    precision: float
    digits: bool
    scaled: bool = False
    scale: float = 1.0


def precision_of(number: str, scale: float = 1.0) -> float:
    """The resolution a written number states: 1000 for "5,000", 0.1 for "1.6", times ``scale``.

    >>> precision_of("5,000"), precision_of("1.6", 1e9), precision_of("4,980")
    (1000.0, 100000000.0, 10.0)
    """
    if "." in number:
        return 10.0 ** -len(number.split(".", 1)[1]) * scale
    digits = re.sub(r"\D", "", number).lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    if zeros > sys.float_info.max_10_exp:
        return math.inf  # hundreds of zeros: beyond a float (find_numerals drops such a number)
    return 10.0 ** zeros * scale


@dataclass
class _Partial:
    """A number being read: what its tokens so far add up to (``total`` + ``current``)."""

    end: int  # token index just past the last token taken
    sign: float = 1.0
    total: float = 0.0  # closed by a scale word ("two thousand" -> 2000)
    current: float = 0.0  # still open ("three hundred and" -> 300)
    seen: bool = False
    digits: bool = False
    closed: bool = False  # a digit group ends a number unless a scale word follows
    last_small: float | None = None  # the last cardinal word, while another may still join it
    scaled: bool = False
    last_scale: float = 1.0
    precision_text: str = ""


_Step = Callable[[int, _Partial], int | None]


class _Reader:
    """Reads one run of number tokens into one or more numbers (a run may hold several: "one or two").

    ``_number`` reads one number token by token; each kind of token (digits, fraction, cardinal word,
    scale word, "a", denominator, "and", "point") has one method, which takes the token into the number
    and returns where to read on, or ``None`` when the token starts another number.
    """

    def __init__(self, run: list[NumberToken]) -> None:
        self.run = run
        self.out: list[tuple[int, int, float, float, bool, bool]] = []

    def read(self) -> list[tuple[int, int, float, float, bool, bool]]:
        """(first token, end token, value, precision, has digits, has scale words) per number."""
        i = 0
        while i < len(self.run):
            j, value, precision, digits, scaled = self._number(i)
            if j > i and value is not None:
                self.out.append((i, j, value, precision, digits, scaled))
                i = j
            else:
                i += 1
        return self.out

    def _number(self, i: int) -> tuple[int, float | None, float, bool, bool]:
        run = self.run
        k = i
        sign = 1.0
        if run[k].low in NEGATIVE_WORDS and k + 1 < len(run) and (run[k + 1].kind == "num" or run[k + 1].low in CARDINALS):
            sign, k = -1.0, k + 1
        p = _Partial(end=k, sign=sign)
        while k < len(run):
            step = self._step(k, p)
            found = step(k, p) if step is not None else None
            if found is None:
                break
            k = found
        if not p.seen or p.end <= i:
            return i, None, 1.0, False, False
        value = p.sign * (p.total + p.current)
        if not p.digits and run[i].low in ("a", "an") and p.end - i == 1:
            return i, None, 1.0, False, False
        precision = precision_of(p.precision_text, 1.0) if p.precision_text and not p.scaled \
            else _word_precision(abs(value))
        return p.end, value, precision, p.digits, p.scaled

    def _step(self, k: int, p: _Partial) -> _Step | None:
        """The method that reads token ``k``, or ``None`` when it cannot be part of a number here."""
        run = self.run
        tok, w = run[k], run[k].low
        nxt = run[k + 1].low if k + 1 < len(run) else ""
        if tok.kind == "num":
            return self._digits
        if tok.kind in ("frac", "uni"):
            return self._fraction
        if w in CARDINALS:
            return self._cardinal
        if w in NUMBER_SCALES and p.seen:
            return self._scale
        if w in ("a", "an") and nxt in (*NUMBER_SCALES, *DENOMINATORS) and nxt not in ("dozens",):
            return self._article
        if w in DENOMINATORS and (p.seen or w in ("half", "quarter", "quarters")):
            return self._denominator
        if w == "and" and p.seen and k + 1 < len(run) and _is_continuation(run, k + 1):
            return self._and
        if w == "point" and p.seen and k + 1 < len(run):
            return self._point
        return None

    def _digits(self, k: int, p: _Partial) -> int | None:
        """A digit group ("5,000"), and a fraction right after it ("10 1/2")."""
        run = self.run
        v = _num(run[k].text)
        if p.seen and (p.closed or (p.current and not _can_add(p.current, v))):
            return None
        if p.seen and p.current == 0 and p.total and v >= 1000:
            return None
        p.current += v
        p.precision_text = run[k].text
        p.seen, p.digits, p.closed, p.last_small = True, True, True, None
        p.end = k + 1
        if k + 1 < len(run) and run[k + 1].kind == "frac" and _frac(run[k + 1].text) is not None:  # "10 1/2"
            p.current += _frac(run[k + 1].text) or 0.0
            k += 1
            p.end = k + 1
            p.precision_text = "0.01"
        return k + 1

    def _fraction(self, k: int, p: _Partial) -> int | None:
        """ "3/4" or "¾"."""
        tok = self.run[k]
        f = _frac(tok.text) if tok.kind == "frac" else UNICODE_FRACTIONS[tok.text]
        if f is None or (p.seen and p.closed and tok.kind == "frac"):
            return None
        p.current += f
        p.seen, p.end, p.closed = True, k + 1, True
        p.digits = p.digits or tok.kind == "frac"
        return k + 1

    def _cardinal(self, k: int, p: _Partial) -> int | None:
        """ "three", "twenty", "oh" (after a number)."""
        w = self.run[k].low
        nxt = self.run[k + 1].low if k + 1 < len(self.run) else ""
        v = float(CARDINALS[w])
        if w == "oh" and not p.seen:
            return None
        # A cardinal that cannot extend the number read so far starts a new one ("one two"),
        # unless it is the numerator of a compound fraction ("twenty-three fifths").
        last_small = p.last_small
        clash = p.closed or (last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and v < 10)) \
            or bool(p.current and last_small is None and not _can_add(p.current, v))
        compound = nxt in DENOMINATORS and p.current >= 20 and p.current % 10 == 0 and v < 10
        if p.seen and clash and not compound:
            return None
        p.current += v
        p.last_small = v
        p.seen, p.end, p.closed = True, k + 1, False
        return k + 1

    def _scale(self, k: int, p: _Partial) -> int | None:
        """ "hundred", "million", "dozen" after a number."""
        scale = NUMBER_SCALES[self.run[k].low]
        if scale == 12.0:
            p.current = (p.current or 1.0) * 12
        elif scale == 100:
            p.current = (p.current or 1.0) * 100
        elif scale > p.last_scale and p.total and p.current == 0:
            p.total *= scale  # "three lakh crore"
        else:
            p.total += (p.current or 1.0) * scale
            p.current = 0.0
        if scale >= 1000:
            p.last_scale = scale
        p.scaled, p.closed, p.last_small, p.end = True, False, None, k + 1
        return k + 1

    def _article(self, k: int, p: _Partial) -> int | None:
        """ "a" or "an" before a scale or denominator ("a million", "half a million", "a third")."""
        run = self.run
        nxt = run[k + 1].low
        if p.seen and not (k > 0 and run[k - 1].low in DENOMINATORS and nxt in NUMBER_SCALES):
            return None  # "half a million" reads on; "one a dozen" does not
        if not p.seen:
            p.current, p.seen = 1.0, True
            p.end = k + 1
        p.last_small = None
        p.closed = False
        return k + 1

    def _denominator(self, k: int, p: _Partial) -> int | None:
        """ "thirds", "half", "quarter": divides what was read ("two thirds"), or stands for one part."""
        run = self.run
        w = run[k].low
        nxt = run[k + 1].low if k + 1 < len(run) else ""
        if not p.seen:
            p.current, p.seen = 1.0, True  # "quarter million", "half a million"
        numerator = p.current if p.current else 1.0
        if w in ("half", "halves") and p.current > 1 and p.last_small is None:
            return None
        p.current = numerator / DENOMINATORS[w]  # "and"-joined fractions are read by _tail
        p.closed, p.last_small, p.end = False, None, k + 1
        p.scaled = p.scaled or p.last_scale >= 1000
        if nxt == "of" and k + 2 < len(run) and run[k + 2].low in ("a", "an") and k + 3 < len(run) \
                and run[k + 3].low in WORD_SCALES:
            p.current *= WORD_SCALES[run[k + 3].low]  # "two thirds of a million"
            p.end = k = k + 3
            p.scaled = True
        return k + 1

    def _and(self, k: int, p: _Partial) -> int | None:
        """ "and" joining a part the number takes in ("one hundred and three", "five and a half million")."""
        j, tail = self._tail(k + 1)
        if tail is None:
            return None
        tail_value, tail_is_fraction, tail_scale = tail
        tail_scaled = tail_scale > 1
        whole = p.total + p.current
        if tail_scaled and whole < tail_scale and (tail_is_fraction or (not p.closed and whole >= 100
                                                                        and whole % 100 == 0)):
            # "five and a half million", "two hundred and two thousand": the scale covers both.
            p.total, p.current = whole * tail_scale + tail_value, 0.0
        elif tail_is_fraction:
            # "one and a half", "twenty and three fifths"; "3 million and a quarter" is of the million.
            per = p.last_scale if not tail_scaled and p.last_scale >= 1000 and whole % p.last_scale == 0 else 1.0
            p.total, p.current = whole + tail_value * per, 0.0
        elif not p.closed and whole >= 100 and tail_value < _unit_of(whole, p.last_scale) and not tail_scaled:
            p.total, p.current = whole + tail_value, 0.0  # "one hundred and three", "two thousand and two hundred"
        else:
            return None
        p.end = j
        p.closed, p.last_small = True, None
        p.scaled = p.scaled or tail_scaled
        return j

    def _point(self, k: int, p: _Partial) -> int | None:
        """ "point" and the digit words after it ("two point five", "one point twenty five")."""
        run = self.run
        n = len(run)
        decimals = ""
        m = k + 1
        while m < n and ((run[m].low in SMALL_NUMBERS and SMALL_NUMBERS[run[m].low] < 10) or run[m].low in
                         ("nought", "naught", "oh") or run[m].low in TENS):
            if run[m].low in TENS:
                tens = str(int(TENS[run[m].low]) // 10)
                unit = "0"
                if m + 1 < n and run[m + 1].low in SMALL_NUMBERS and SMALL_NUMBERS[run[m + 1].low] < 10:
                    unit = str(int(SMALL_NUMBERS[run[m + 1].low]))
                    m += 1
                decimals += tens + unit
            else:
                decimals += str(int(CARDINALS[run[m].low]))
            m += 1
        if not decimals:
            return None
        p.current += float("0." + decimals)
        p.precision_text = "0." + decimals
        p.end = m
        p.closed = True
        return m

    def _tail(self, k: int) -> tuple[int, tuple[float, bool, float] | None]:
        """The part after "and": its end, and (value, is a fraction, its largest scale word or 1)."""
        sub = _Reader(self.run[k:])
        j, value, _, _, _ = sub._number(0)
        if value is None:
            return k, None
        part = self.run[k:k + j]
        is_fraction = any(t.low in DENOMINATORS or t.kind in ("frac", "uni") for t in part)
        scale = max((WORD_SCALES[t.low] for t in part if t.low in WORD_SCALES and WORD_SCALES[t.low] >= 1000),
                    default=1.0)
        return k + j, (value, is_fraction, scale)


def _unit_of(whole: float, last_scale: float) -> float:
    """The place value a number ends on: 1000 for "two thousand", 100 for "one hundred"."""
    if last_scale >= 1000 and whole % last_scale == 0:
        return last_scale
    return 100.0 if whole % 100 == 0 else 1.0


def _is_continuation(run: list[NumberToken], k: int) -> bool:
    tok = run[k]
    return tok.kind in ("num", "frac", "uni") or tok.low in CARDINALS or tok.low in ("a", "an") \
        or tok.low in DENOMINATORS


def _can_add(current: float, v: float) -> bool:
    return (current >= 100 and current % 100 == 0 and v < 100) or (20 <= current < 100 and current % 10 == 0 and v < 10)


def _num(text: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


def _frac(text: str) -> float | None:
    a, b = text.split("/")
    if int(b) == 0 or int(a) >= int(b):
        return None
    return int(a) / int(b)


def _word_precision(value: float) -> float:
    if not math.isfinite(value) or value != int(value) or value == 0:  # (find_numerals drops the infinite)
        return 0.01
    return precision_of(str(int(value)))


def find_numerals(text: str) -> list[Numeral]:
    """Every number written in ``text``, in order.

    >>> [(n.value, n.digits) for n in find_numerals("three hundred and forty-two, 5,000 and a dozen")]
    [(342.0, False), (5000.0, True), (12.0, False)]
    >>> [round(n.value, 3) for n in find_numerals("two thirds, one and a half, 10 1/2, ¾, minus five, two point five")]
    [0.667, 1.5, 10.5, 0.75, -5.0, 2.5]
    >>> [n.value for n in find_numerals("4 thousand 3 hundred and 21, half a million, five and a half million")]
    [4321.0, 500000.0, 5500000.0]
    >>> [n.value for n in find_numerals("Which one do you prefer? No one came. One or two.")]
    [1.0, 2.0]
    """
    toks = number_tokens(text)
    out: list[Numeral] = []
    for run in number_runs(text, toks):
        for i, j, value, precision, digits, scaled in _Reader(run).read():
            first = run[i]
            if first.low in ("and", "of", "point") or not math.isfinite(value + precision):
                continue  # (a run of hundreds of digits overflows a float: no one reports such a figure)
            if first.low in DENOMINATORS and _RANKED.search(text[:first.start]):
                continue  # "the second half", "the third quarter": a part, not a number
            if first.low == "one" and j - i == 1 and _PRONOUN_ONE.search(text[:first.start]):
                continue
            if not digits and j - i == 1 and first.low in (*DENOMINATORS, *NUMBER_SCALES) and first.low not in ("half",):
                continue
            words = [t.low for t in run[i:j]]
            scale = max((NUMBER_SCALES[w] for w in words if w in WORD_SCALES), default=1.0)
            out.append(Numeral(first.start, run[j - 1].end, value, precision, digits, scaled, scale))
    return _fractions_in_words(text, out)


def whole_number(word: str) -> int | None:
    """The whole number one word (or hyphenated compound) writes, else ``None``.

    >>> whole_number("24"), whole_number("twenty-four"), whole_number("half"), whole_number("two three")
    (24, 24, None, None)
    """
    if word.isdigit():
        return int(word)
    found = find_numerals(word.replace("-", " "))
    return int(found[0].value) if len(found) == 1 and found[0].value == int(found[0].value) else None


def _fractions_in_words(text: str, numerals: list[Numeral]) -> list[Numeral]:
    """ "one in five", "1 over 3", "two out of five hundred": a proportion, not two numbers.

    >>> [round(n.value, 3) for n in _fractions_in_words("one in five; 1 in 1,000", find_numerals("one in five; 1 in 1,000"))]
    [0.2, 0.001]
    """
    out: list[Numeral] = []
    i = 0
    while i < len(numerals):
        a = numerals[i]
        if i + 1 < len(numerals):
            b = numerals[i + 1]
            link = text[a.end:b.start]
            if re.fullmatch(r"\s+(?:in|over|out of)\s+", link) and 0 < abs(a.value) < b.value \
                    and a.value == int(a.value) and b.value == int(b.value) and not re.match(r"\s*(?:years?|%|per)", text[b.end:]) \
                    and not (link.strip() == "in" and _year(text, b)):
                out.append(Numeral(a.start, b.end, a.value / b.value, 0.001, a.digits or b.digits))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _year(text: str, n: Numeral) -> bool:
    """A year rather than a denominator: "Apollo 11 in 1969", "5 in 2019" (four digits, no thousands comma,
    1800-2199, not counting a plural noun as "1 in 2000 births" does).

    >>> t = "Apollo 11 in 1969; 1 in 2000 births"
    >>> [_year(t, n) for n in find_numerals(t)]  # "1 in 2000" is already one ratio here
    [False, True, False]
    """
    written = text[n.start:n.end]
    if not re.fullmatch(r"1[89]\d\d|2[01]\d\d", written):
        return False
    noun = re.match(r"\s+([a-z]+)", text[n.end:])
    plural = noun is not None and noun.group(1).endswith("s") and not noun.group(1).endswith("ss")
    return not (plural and noun is not None and noun.group(1) not in FUNCTION_WORDS)
