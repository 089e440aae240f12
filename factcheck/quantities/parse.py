"""Quantities: read numbers as a sub-editor does — as intervals with units, scales and hedges.

``parse_quantities`` finds every count, amount, percentage and measure in a text: "£1.6bn", "more than
5,000 missiles", "between 10 and 20 billion", "just under an hour", "2.5 per cent". Dates, years, times,
ordinals, phone numbers and URLs are numbers but not quantities. Reading the numerals themselves is
:mod:`factcheck.quantities.numerals`; comparing two quantities is :mod:`factcheck.quantities.intervals`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Quantity
from ..settings import Settings
from ..text.lexicon import FUNCTION_WORDS, WEEKDAYS
from .numerals import find_numerals
from .units import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIX_SYMBOLS,
    CURRENCY_WORDS,
    GLUED_ONLY_SCALES,
    GLUED_ONLY_UNITS,
    MILLION_CODES,
    MONTHS,
    POSTFIX_QUALIFIERS,
    QUALIFIERS,
    SUFFIX_SCALES,
    UNITS,
    VAGUE_COUNTS,
    singular,
)

__all__ = ["parse_quantities"]


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


# "just under an hour", "more than a year": the article is the number one.
_ONE_UNIT = re.compile(
    rf"(?<![\w])(?:{_alternation(QUALIFIERS)})\s+(an?)\s+(?=(?:second|minute|hour|day|week|fortnight|month|year|"
    r"decade|century|mile|kilometre|kilometer|metre|meter|foot|inch|tonne|ton|litre|gallon)\b)",
    re.I,
)
_VAGUE = re.compile(rf"\b({_alternation(VAGUE_COUNTS)})\s+of\b", re.I)
_SCALE_AFTER = re.compile(rf"(\s?)({_alternation(SUFFIX_SCALES)}|mm|mil|bln|tln)(?![\w])", re.I)
_EXTRA_SCALES = {"mm": 1e6, "mil": 1e6, "bln": 1e9, "tln": 1e12}
_CURRENCY_BEFORE = re.compile(rf"(?:^|(?<=[^\w$£€¥.]))({_alternation(CURRENCY_PREFIXES)})\s?$", re.I)
_CURRENCY_AFTER = re.compile(rf"[\s-]?({_alternation(CURRENCY_WORDS)})\b", re.I)
_MILLION_CODE_AFTER = re.compile(rf"\s?({_alternation(MILLION_CODES)})\b")
_MILLION_CODE_BEFORE = re.compile(rf"(?:^|(?<=[^\w]))({_alternation(MILLION_CODES)})\s?$")
_WORD_SCALE_AFTER = re.compile(r"\s+(million|billion|trillion|thousand|bn|mn|tn)\b", re.I)
_SYMBOL_AFTER = re.compile(rf"\s?({_alternation(CURRENCY_SUFFIX_SYMBOLS)})(?![\w$€£¥])")
_PERCENT_AFTER = re.compile(r"\s?(%|percentage points?\b|pp\b|per\s?cents?\b|percents?\b|percentage\b|pct\b)", re.I)
_UNIT_AFTER = re.compile(rf"([\s-]?)({_alternation(UNITS)})(?![\w²])", re.I)
#: "half a mile", "a quarter of an hour": a fraction, then an article, then the unit it is a fraction of
_FRACTION_ARTICLE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
_FRACTION_END = re.compile(r"(?:half|quarters?|thirds?)$", re.I)
_POSTFIX = re.compile(rf"(?:\s|-)?({_alternation(POSTFIX_QUALIFIERS)})(?![\w])", re.I)
_QUALIFIER_BEFORE = re.compile(rf"(?:(?<![\w<>=≥≤])|(?<=[\w\s]))({_alternation(QUALIFIERS)})\s*$", re.I)
# "3- to 5-metre": a suspended hyphen before "to" leaves the unit to the second end.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~|(?:-\s*)?(?:to|and|through))\s*", re.I)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(between|from)\s+$", re.I)
_BOUNDS_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|but|,)\s*", re.I)
_URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+\.\w+")
_PHONE = re.compile(r"\+?\d{1,3}[-. /]\d{2,4}[-. /]\d{3,4}(?:[-/ ]\d{2,4})*")
_MINOR_AFTER = re.compile(r"\s*(?:and\s+)?(?=\S)", re.I)
_WORD_AFTER = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")


_NOT_MODEL_NAMES = MONTHS | frozenset(WEEKDAYS) | frozenset(
    "some about around nearly almost over under just only page article chapter section room gate platform".split()
)


@dataclass(frozen=True)
class _Core:
    start: int
    end: int
    value: float
    precision: float
    digits: bool
    low: float | None = None
    high: float | None = None
    vague: str | None = None
    scale: float = 1.0


@dataclass
class _Draft:
    """A quantity being read: the number, then what the words around it add."""

    core: _Core
    start: int
    end: int
    value: float
    precision: float
    scale: float
    unit: str | None = None
    qualifier: str | None = None
    shape: str | None = None
    low: float | None = None
    high: float | None = None
    range_lead: bool = False
    extra: dict[str, float] = field(default_factory=dict)

    def scale_by(self, factor: float) -> None:
        """Apply a scale word or code ("bn", "million", "MEUR") to the value and its precision."""
        self.value, self.precision, self.scale = self.value * factor, self.precision * factor, factor


def _cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    taken = [False] * (len(text) + 1)
    for m in (*_URL.finditer(text), *_PHONE.finditer(text)):
        if m.re is _URL or m.group().count("-") + m.group().count("/") >= 2 or m.group().startswith("+"):
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _VAGUE.finditer(text):
        low, high = VAGUE_COUNTS[m.group(1).lower()]
        cores.append(_Core(m.start(), m.end(), low, 10 ** math.floor(math.log10(low)), False, low, high,
                           m.group(1).lower() + " of"))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for num in find_numerals(text):
        if any(taken[num.start:num.end]):
            continue
        cores.append(_Core(num.start, num.end, num.value, num.precision, num.digits, scale=num.scale))
        taken[num.start:num.end] = [True] * (num.end - num.start)
    for m in _ONE_UNIT.finditer(text):
        if not any(taken[m.start(1):m.end(1)]):
            cores.append(_Core(m.start(1), m.end(1), 1.0, 1.0, False))
    return sorted(cores, key=lambda c: c.start)


def _is_not_a_count(text: str, core: _Core, tail: str) -> bool:
    """Dates, years, times, ordinals, decades, model numbers and ages are numbers but not quantities."""
    before = text[:core.start]
    if re.match(r"[- ](?:years?|months?|weeks?|days?)[- ]old\b", tail, re.I):
        return True  # "a 14-year-old": a person's age, read with the person (factcheck.facts), not a count
    if re.match(r"\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|BST\b|CET\b|UTC\b)", tail, re.I) and core.digits:
        return True  # 5pm, 9.30am
    if not core.digits and re.search(r"\b(?:no|any|every|some)\s*$", before, re.I):
        return True  # "no one", "anyone" is not a count
    if re.match(r"(?:st|nd|rd|th|s)\b", tail) and core.digits:
        return True  # 2nd, 1990s
    if re.match(r"[:.]\d\d\b", tail) and core.digits and re.search(r"(?:^|\s)$", before):
        return core.value <= 24 and "." not in text[core.start:core.end]  # 17:34, 9.30
    if re.search(r"\d[:.]$", before):
        return True
    if not core.digits:
        return False
    prev_word = re.search(r"([A-Za-z]+)\.?\s+$", before)
    next_word = re.match(r"\s+([A-Za-z]+)", tail)
    if core.value == int(core.value) and 1 <= core.value <= 31 and (
        (next_word and next_word.group(1).lower() in MONTHS)
        or (prev_word and prev_word.group(1).lower() in MONTHS)
    ):
        return True
    number = text[core.start:core.end]
    if re.fullmatch(r"19\d\d|20\d\d", number) and not re.search(r"[$£€¥]\s?$", before):
        noun = next_word.group(1).lower() if next_word else ""
        plural_noun = noun.endswith("s") and noun not in FUNCTION_WORDS and noun not in MONTHS
        return not plural_noun and not re.match(r"\s?(%|per ?cent)", tail)
    # "F-35", "A320": part of a name. "5k-20k" and "US$5" are not names.
    if re.search(r"[A-Za-z]-?$", before) and not re.search(r"(?:US|[A-Z]{3}|Rs)-?$", before) \
            and not re.search(r"\d(?:k|m|bn|mn|tn)-$", before, re.I):
        return True
    # "Boeing 747", "Falcon 9", "Windows 10": a plain integer right after a name inside a sentence names a
    # model, it counts nothing. Weekdays, months and hedges ("Some 200") are not names.
    name = re.search(r"(?<=[\w,;)] )([A-Z][a-z]+) $", before)
    if name is None or re.fullmatch(r"\d+", number) is None:
        return False
    return name.group(1).lower() not in _NOT_MODEL_NAMES and not re.match(r"\s?(%|per ?cent|[a-z]+s\b)", tail)


def _counted(text: str, end: int) -> str | None:
    """Head noun of the noun phrase after ``end``: "5,000 air defence missiles to be" -> "missile"."""
    pos = end
    words: list[str] = []
    m = re.match(r"\s+of\s+(?:the\s+|their\s+|its\s+)?", text[pos:])
    if m:
        pos += m.end()
    while len(words) < 4:
        m = _WORD_AFTER.match(text, pos)
        if not m or (m.start(1) - pos > 1 and words):
            break
        word = m.group(1).strip("'’-")
        low = word.lower()
        if not word or low in FUNCTION_WORDS or low.endswith(("ed", "ing", "ly")) or low in MONTHS:
            break
        words.append(low)
        pos = m.end()
        if (low.endswith("s") and not low.endswith("ss")) or text[pos:pos + 1] in ",.;:!?)":
            break
    return singular(words[-1]) if words else None


def _interval(value: float, shape: str | None, tol: float) -> tuple[float | None, float | None]:
    width = abs(value) * tol
    return {
        None: (value, value), ">": (value, None), ">=": (value, None), "<": (None, value),
        "<=": (None, value), "~": (value - width, value + width), "<~": (value - width, value),
        ">~": (value, value + width),
    }[shape]


def parse_quantities(text: str, tolerance: float = Settings.approx_tolerance) -> list[Quantity]:
    """Find the quantities in ``text``. Never raises on any string.

    Args:
        text: Any text.
        tolerance: Relative width of hedges such as "about" (see ``Settings.approx_tolerance``).

    Returns:
        Quantities in text order, offsets into ``text``.

    >>> q = parse_quantities("£1.6bn of export finance to buy more than 5,000 missiles")
    >>> [(x.text, x.value, x.unit, x.qualifier, x.low, x.high) for x in q]
    [('£1.6bn', 1600000000.0, 'GBP', None, 1600000000.0, 1600000000.0), ('more than 5,000', 5000.0, None, 'more than', 5000.0, None)]
    >>> q[1].counted
    'missile'
    >>> [(x.value, x.unit) for x in parse_quantities("£1.6 billion, 2.5% of GDP by 2027, 48 hours")]
    [(1600000000.0, 'GBP'), (2.5, '%'), (48.0, 'hour')]
    >>> [(x.low, x.high) for x in parse_quantities("between 10 and 20 billion dollars")]
    [(10000000000.0, 20000000000.0)]
    """
    return list(_parsed(text if isinstance(text, str) else str(text), tolerance))


@lru_cache(maxsize=8192)
def _parsed(text: str, tolerance: float) -> tuple[Quantity, ...]:
    # Remembered: claims and comparison both read a sentence's quantities. No blanket except here: an
    # exception is a parser bug, which the property tests must be able to see.
    return tuple(_parse(text, tolerance))


def _parse(text: str, tol: float) -> list[Quantity]:
    # A scale can carry a figure past the largest float ("1" and 300 zeros, then "bn"): that is no figure,
    # before a merge (a range carries its scale back) or after one.
    drafts = [d for core in _cores(text) if (d := _read(text, core, tol)) is not None and math.isfinite(d.value)]
    for merge in (_minor_unit, _range, _bounds):
        drafts = _merge_neighbours(text, drafts, merge)
    return [_finish(text, d) for d in drafts if math.isfinite(d.value)]


def _read(text: str, core: _Core, tol: float) -> _Draft | None:
    """Extend a number to its scale, currency, unit and hedges; ``None`` when it is not a quantity."""
    if _is_not_a_count(text, core, text[core.end:]):
        return None
    d = _Draft(core, core.start, core.end, core.value, core.precision, core.scale)
    m = _SCALE_AFTER.match(text, d.end)
    if m and core.digits and core.scale == 1.0 and not (m.group(1) and m.group(2).lower() in GLUED_ONLY_SCALES):
        word = m.group(2).lower()
        scale = SUFFIX_SCALES.get(word) or _EXTRA_SCALES[word]
        if not (m.group(2) == "m" and m.group(1) == "" and _looks_like_metres(text, m.end())):
            d.scale_by(scale)
            d.end = m.end()
    window = text[max(0, core.start - 8):core.start]
    prefix = _CURRENCY_BEFORE.search(window)
    if m is None and prefix and core.digits and core.scale == 1.0 and re.match(r"T(?![\w])", text[d.end:]):
        # "$1.5T": a capital T glued to an amount of money is trillion; "a 5t truck" (no currency) is tonnes.
        d.scale_by(1e12)
        d.end += 1
    symbol_start = core.start - (len(window) - prefix.start(1)) if prefix else 0
    million = _MILLION_CODE_BEFORE.search(window)
    if million and core.scale == 1.0 and d.scale == 1.0:
        d.unit, d.start = MILLION_CODES[million.group(1)], core.start - (len(window) - million.start(1))
        d.scale_by(1e6)
    elif prefix and _currency_prefix_ok(prefix.group(1)) and not re.search(r"\d\s?$", text[:symbol_start]):
        # ("10 $ 30 cent": the "$" closes 10, it does not open 30.)
        d.unit = CURRENCY_PREFIXES.get(prefix.group(1)) or CURRENCY_PREFIXES.get(prefix.group(1).upper()) \
            or _upper_prefix(prefix.group(1))
        d.start = core.start - (len(window) - prefix.start(1))
    elif core.digits and core.start > 0 and text[core.start - 1] in "-−" and (
            core.start < 2 or text[core.start - 2] in " (\n<>=≤≥~"):
        d.value, d.start = -d.value, core.start - 1  # "-5 degrees"; "10-20" is a range (a digit precedes)
    if d.unit is None:
        _read_unit(text, d, core)
    q = _QUALIFIER_BEFORE.search(text[max(0, d.start - 32):d.start])
    if q and not (q.group(1).lower() in ("over", "under", "above", "below", "some") and core.vague):
        d.qualifier, d.shape = QUALIFIERS[q.group(1).lower()]
        d.start -= len(text[max(0, d.start - 32):d.start]) - q.start(1)
    m = _POSTFIX.match(text, d.end)
    if m and not (m.group(1) == "+" and m.start(1) != d.end) and not re.match(r"\s+than\b", text[m.end():]):
        d.qualifier, d.shape = POSTFIX_QUALIFIERS[m.group(1).lower()]
        d.end = m.end()
    d.low, d.high = _interval(d.value, d.shape, tol)
    if core.vague:
        d.low, d.high, d.qualifier = core.low, core.high, core.vague
    d.range_lead = bool(_BETWEEN_BEFORE.search(text[max(0, d.start - 10):d.start]))
    return d


def _looks_like_metres(text: str, end: int) -> bool:
    """ "a 5m wall" is five metres; "£5m", "5m people" are millions (currency is checked first)."""
    return bool(re.match(r"\s+(?:high|tall|long|wide|deep|away|below|above|under|of water)\b", text[end:]))


def _currency_prefix_ok(prefix: str) -> bool:
    # Lower-case letter codes only count with a dollar sign ("c $", "hk $"): "us 5" is not money.
    return any(ch in prefix for ch in "$£€¥₹₽₩") or prefix.isupper() or prefix in ("Rs", "Rs.")


def _upper_prefix(prefix: str) -> str | None:
    key = re.sub(r"\s+", " ", prefix.upper())
    return CURRENCY_PREFIXES.get(key) or CURRENCY_PREFIXES.get(key.replace(" ", ""))


def _read_unit(text: str, d: _Draft, core: _Core) -> None:
    m = _PERCENT_AFTER.match(text, d.end)
    if m:
        d.unit = "pp" if m.group(1).lower().startswith(("percentage point", "pp")) else "%"
        d.end = m.end()
        return
    m = _SYMBOL_AFTER.match(text, d.end)
    if m:
        d.unit, d.end = CURRENCY_SUFFIX_SYMBOLS[m.group(1)], m.end()
        return
    m = _MILLION_CODE_AFTER.match(text, d.end)
    if m and d.scale == 1.0:
        d.unit, d.end = MILLION_CODES[m.group(1)], m.end()
        d.scale_by(1e6)
        return
    m = _CURRENCY_AFTER.match(text, d.end)
    if m and not (m.group(1).lower() == "p" and (m.group()[:1].isspace() or not core.digits)):
        code = CURRENCY_WORDS[m.group(1).lower()]
        if code.endswith("/100"):
            code = code[:-4]
            d.value, d.precision = d.value / 100, d.precision / 100
            d.extra["minor"] = 1.0
        d.unit, d.end = code, m.end()
        scale = _WORD_SCALE_AFTER.match(text, d.end)
        if scale and d.scale == 1.0 and m.group(1).isupper():
            # "75 USD million": wire copy puts the scale after the code.
            d.scale_by(SUFFIX_SCALES[scale.group(1).lower()])
            d.end = scale.end()
        return
    article = _FRACTION_ARTICLE.match(text, d.end)
    if article and _FRACTION_END.search(text, d.start, d.end):
        m = _UNIT_AFTER.match(text, article.end())  # "half a mile", "three-quarters of a mile"
        if m and m.group(1):
            d.unit, d.end = UNITS[m.group(2).lower()][0], m.end()
            return
    m = _UNIT_AFTER.match(text, d.end)
    if m:
        word = m.group(2).lower()
        glued = not m.group(1) or m.group(1) == "-"
        if word not in GLUED_ONLY_UNITS or (glued and core.digits):
            d.unit, d.end = UNITS[word][0], m.end()


Merge = Callable[[str, "_Draft", "_Draft"], bool]


def _merge_neighbours(text: str, drafts: list[_Draft], merge: Merge) -> list[_Draft]:
    """Run ``merge(text, a, b)`` on each pair of neighbours; where it returns True, ``a`` has absorbed ``b``."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        merged = i + 1 < len(drafts) and merge(text, a, drafts[i + 1])
        out.append(a)
        i += 2 if merged else 1
    return out


def _minor_unit(text: str, d: _Draft, n: _Draft) -> bool:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": one amount."""
    if not (d.unit and len(d.unit) == 3 and not d.extra.get("minor") and d.value == int(d.value)):
        return False
    named = bool(re.search(r"(?:dollars?|pounds?|euros?|lira|pesos?|yuan|rupees?)\s*$", text[d.start:d.end], re.I)
                 or re.search(r"\d\s[A-Z]{3}$", text[d.start:d.end]))
    bare_ok = n.unit is None and named and n.core.value < 100 and re.match(r"\s*(?:[.,;!?]|$)", text[n.end:])
    minor_ok = bool(n.extra.get("minor")) and n.unit == d.unit
    if not (re.fullmatch(r"\s*(?:and\s+)?", text[d.end:n.start]) and n.core.value == int(n.core.value)
            and (bare_ok or minor_ok)):
        return False
    d.value += n.value if minor_ok else n.core.value / 100
    d.low = d.high = d.value
    d.precision, d.end = 0.01, n.end
    return True


def _compatible(a: _Draft, b: _Draft) -> bool:
    return a.unit is None or b.unit is None or a.unit == b.unit


def _range(text: str, a: _Draft, b: _Draft) -> bool:
    """ "between 10 and 20", "10-20", "£10-20bn", "10 to 20 billion", "3- to 5-metre", "from -5 °C to -12 °C":
    one interval. A hedge on the first end ("roughly 20-30") widens both ends, as it would one figure."""
    if a.shape not in (None, "~") or a.core.vague is not None or b.shape is not None or not _compatible(a, b):
        return False
    join = _RANGE_JOIN.fullmatch(text[a.end:b.start])
    if join is None:
        return False
    word = join.group().strip().lower()
    spaced_dash = word in ("-", "–", "—") and bool(re.search(r"\s", join.group()))
    if (word.endswith("and") and not a.range_lead) or (spaced_dash and not (a.core.digits and b.core.digits)):
        return False
    low, high = a.value * (b.scale / a.scale if b.scale > a.scale else 1.0), b.value
    if low < 0 and high < 0 and abs(high) >= abs(low):
        low, high = high, low  # "-5 to -12 °C": negative ends are written by size, the interval is [-12, -5]
    if high < low:
        return False  # "fell from 12 to 5" is a change, not a range
    value = low
    if a.shape == "~":
        # The hedge's relative width (``tolerance``) read back from the first end's interval.
        width = (a.value - (a.low or 0.0)) / a.value if a.value else 0.0
        low, high = low - abs(low) * width, high + abs(high) * width
    lead = _BETWEEN_BEFORE.search(text[max(0, a.start - 10):a.start])
    a.start -= len(lead.group()) if lead else 0
    a.value, a.low, a.high, a.unit = value, low, high, a.unit or b.unit
    a.qualifier = "about" if a.shape == "~" else "between"
    a.end, a.precision = b.end, b.precision
    return True


def _bounds(text: str, a: _Draft, b: _Draft) -> bool:
    """ "more than 100 and less than 300", "at most 100 and at least 20": one interval when they meet."""
    if not _BOUNDS_JOIN.fullmatch(text[a.end:b.start]) or not _compatible(a, b):
        return False
    lows = [d.low for d in (a, b) if d.low is not None and d.high is None]
    highs = [d.high for d in (a, b) if d.high is not None and d.low is None]
    if len(lows) != 1 or len(highs) != 1 or lows[0] >= highs[0]:
        return False
    a.low, a.high, a.value = lows[0], highs[0], lows[0]
    a.qualifier, a.end, a.unit = "between", b.end, a.unit or b.unit
    return True


def _finish(text: str, d: _Draft) -> Quantity:
    return Quantity(
        text=text[d.start:d.end], start=d.start, end=d.end, value=d.value, low=d.low, high=d.high, unit=d.unit,
        qualifier=d.qualifier, counted=_counted(text, d.end) if d.unit is None else None, precision=d.precision,
    )
