"""Quantities: read numbers as a sub-editor does, as intervals with units and hedges, and compare them.

``parse_quantities`` finds every count, amount, percentage and measure in a text; dates, years, times
and ordinals are not quantities. ``compare_quantities`` tells a formatting difference from a rounding, a
hedge and a real conflict; ``match_quantities`` pairs quantities by what they count, never by position.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .records import Quantity
from .units import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    GLUED_ONLY_SCALES,
    GLUED_ONLY_UNITS,
    MONTHS,
    POSTFIX_QUALIFIERS,
    QUALIFIERS,
    SMALL_NUMBERS,
    SUFFIX_SCALES,
    TENS,
    UNITS,
    VAGUE_COUNTS,
    WORD_SCALES,
    convert,
    family,
    singular,
)

__all__ = ["DEFAULT_TOLERANCE", "Comparison", "compare_quantities", "describe", "match_quantities", "parse_quantities"]

#: Relative width of "about N" (see ``Settings.approx_tolerance``).
DEFAULT_TOLERANCE = 0.10


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_DIGITS = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?!\d)"
    r"|(?<![\w.,])\.\d+"
)
_NUMBER_WORDS = {**SMALL_NUMBERS, **TENS, **{k: v for k, v in WORD_SCALES.items()}, "dozen": 12, "half": 0.5}
_WORDS = re.compile(
    rf"\b(?:(?:a|an)[\s-]+)?(?:{_alternation(_NUMBER_WORDS)})(?:(?:[\s-]+and[\s-]+|[\s-]+)(?:a[\s-]+)?"
    rf"(?:{_alternation(_NUMBER_WORDS)}))*\b",
    re.I,
)
# "just under an hour", "more than a year": the article is the number one.
_ONE_UNIT = re.compile(
    rf"(?<![\w])(?:{_alternation(QUALIFIERS)})\s+(an?)\s+(?=(?:second|minute|hour|day|week|fortnight|month|year|"
    r"decade|century|mile|kilometre|kilometer|metre|meter|foot|inch|tonne|ton|litre|gallon)\b)",
    re.I,
)
_VAGUE = re.compile(rf"\b({_alternation(VAGUE_COUNTS)})\s+of\b", re.I)
_SCALE_AFTER = re.compile(rf"(\s?)({_alternation(SUFFIX_SCALES)})\b", re.I)
_CURRENCY_BEFORE = re.compile(rf"(?:^|(?<=[^\w$£€¥.]))({_alternation(CURRENCY_PREFIXES)})\s?$")
_CURRENCY_AFTER = re.compile(rf"[\s-]?({_alternation(CURRENCY_WORDS)})\b", re.I)
_PERCENT_AFTER = re.compile(r"\s?(%|percentage points?\b|pp\b|per\s?cents?\b|percents?\b|percentage\b|pct\b)", re.I)
_UNIT_AFTER = re.compile(rf"([\s-]?)({_alternation(UNITS)})(?![\w²])", re.I)
_POSTFIX = re.compile(rf"(?:\s|-)?({_alternation(POSTFIX_QUALIFIERS)})(?!\w)", re.I)
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w])({_alternation(QUALIFIERS)})\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|through)\s*", re.I)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(between|from)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")
_NOUN_STOP = frozenset(
    [
        "to", "of", "for", "in", "on", "at", "by", "with", "from", "and", "or", "but", "that", "which", "who",
        "whom", "whose", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "can",
        "may", "might", "has", "have", "had", "as", "than", "the", "a", "an", "this", "these", "those", "it",
        "its", "their", "his", "her", "our", "your", "per", "each", "every", "more", "less", "into", "over",
        "under", "after", "before", "since", "during", "while", "when", "where", "if", "so", "not", "no",
        "then", "there", "here", "also", "just", "only", "about", "around", "up", "down", "out", "off", "said",
        "says", "told"
    ]
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


def _precision_of(number: str, scale: float) -> float:
    if "." in number:
        return 10.0 ** -len(number.split(".", 1)[1]) * scale
    digits = re.sub(r"\D", "", number).lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    return 10.0 ** zeros * scale


def _parse_words(words: str) -> float | None:
    """Value of a run of number words, or ``None`` when it is not one number ("one and two").

    >>> _parse_words("three hundred and forty-two")
    342.0
    >>> _parse_words("a dozen"), _parse_words("half a million"), _parse_words("twenty five")
    (12.0, 500000.0, 25.0)
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t]
    total = 0.0
    current = 0.0
    seen_any = False
    last_small: float | None = None
    for i, token in enumerate(tokens):
        if token in ("a", "an"):
            if (i + 1 < len(tokens) and tokens[i + 1] in WORD_SCALES) or tokens[i + 1:i + 2] == ["dozen"]:
                current = current or 1.0
                continue
            if token == "a" and i > 0 and tokens[i - 1] == "half":
                continue
            return None
        if token == "and":
            if not seen_any or i + 1 >= len(tokens) or tokens[i + 1] in WORD_SCALES:
                return None
            continue
        if token == "half":
            current = (current or 1.0) * 0.5
            seen_any = True
            continue
        if token == "dozen":
            current = (current or 1.0) * 12
            seen_any = True
            continue
        if token in WORD_SCALES:
            scale = WORD_SCALES[token]
            if scale == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * scale
                current = 0.0
            seen_any = True
            last_small = None
            continue
        if token not in _NUMBER_WORDS:
            return None
        value = float(_NUMBER_WORDS[token])
        if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and value < 10):
            return None  # "one two", "twenty thirty": two numbers, not one
        current += value
        last_small = value
        seen_any = True
    return total + current if seen_any else None


def _cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    taken = [False] * (len(text) + 1)
    for m in _VAGUE.finditer(text):
        low, high = VAGUE_COUNTS[m.group(1).lower()]
        cores.append(_Core(m.start(), m.end(), low, 10 ** math.floor(math.log10(low)), False, low, high,
                           m.group(1).lower() + " of"))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _DIGITS.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        number = m.group()
        value = float(re.sub(r"[,\s\u00a0\u202f]", "", number))
        cores.append(_Core(m.start(), m.end(), value, _precision_of(number, 1.0), True))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in _WORDS.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        pieces = [(m.start(), m.end())] if _parse_words(m.group()) is not None else [
            (m.start() + p.start(), m.start() + p.end())
            for p in re.finditer(r"(?:(?!\band\b)[^,])+?(?=\s+and\s+|$)", m.group())
        ]
        for start, end in pieces:
            piece = text[start:end].strip()
            start = text.index(piece, start)
            end = start + len(piece)
            word_value = _parse_words(piece)
            if word_value is None and re.match(r"an?\s", piece, re.I):
                start += piece.index(" ") + 1  # "a one-month truce": the article is not part of it
                piece = text[start:end]
                word_value = _parse_words(piece)
            if word_value is None or piece.lower() in ("a", "an", "half"):
                continue
            if piece.lower() in WORD_SCALES or piece.lower() == "dozen":
                continue  # a bare "hundred"/"million" is a scale word ("a million" is read above)
            cores.append(_Core(start, end, word_value, _precision_of(str(int(word_value)), 1.0) if word_value >= 1 else 0.1,
                               False))
    for m in _ONE_UNIT.finditer(text):
        if not any(taken[m.start(1):m.end(1)]):
            cores.append(_Core(m.start(1), m.end(1), 1.0, 1.0, False))
    return sorted(cores, key=lambda c: c.start)


def _is_not_a_count(text: str, core: _Core, tail: str) -> bool:
    """Dates, years, times, ordinals, decades and model numbers are numbers but not quantities."""
    before = text[:core.start]
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
    if re.fullmatch(r"1[0-9]\d\d|20\d\d|2100", number):
        noun = next_word.group(1).lower() if next_word else ""
        plural_noun = noun.endswith("s") and noun not in _NOUN_STOP and noun not in MONTHS
        return not plural_noun and not re.match(r"\s?(%|per ?cent)", tail)
    return bool(re.search(r"[A-Za-z]-?$", before)) and not re.search(r"(US|[A-Z]{3}|Rs)-?$", before)


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
        if not word or low in _NOUN_STOP or low.endswith(("ed", "ing", "ly")) or low in MONTHS:
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


def parse_quantities(text: str, tolerance: float = DEFAULT_TOLERANCE) -> list[Quantity]:
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
    try:
        return _parse(text if isinstance(text, str) else str(text), tolerance)
    except (ValueError, OverflowError, IndexError, RecursionError):  # pragma: no cover - defensive
        return []


def _parse(text: str, tol: float) -> list[Quantity]:
    cores = _cores(text)
    parsed: list[tuple[_Core, dict[str, object]]] = []
    for core in cores:
        tail = text[core.end:]
        if _is_not_a_count(text, core, tail):
            continue
        info: dict[str, object] = {"start": core.start, "end": core.end, "value": core.value,
                                   "precision": core.precision, "unit": None, "scaled": False}
        end = core.end
        m = _SCALE_AFTER.match(text, end)
        if m and core.digits and not (m.group(1) and m.group(2).lower() in GLUED_ONLY_SCALES):
            scale = SUFFIX_SCALES[m.group(2).lower()]
            if not (m.group(2).lower() in GLUED_ONLY_SCALES and m.group(2) in ("M",) and False):
                info["value"] = core.value * scale
                info["precision"] = core.precision * scale
                info["scaled"] = True
                end = m.end()
        prefix = _CURRENCY_BEFORE.search(text[max(0, core.start - 6):core.start])
        start = core.start
        if prefix:
            info["unit"] = CURRENCY_PREFIXES[prefix.group(1)]
            start = core.start - (len(text[max(0, core.start - 6):core.start]) - prefix.start(1))
        elif (core.start > 0 and text[core.start - 1] in "-−" and (core.start < 2 or text[core.start - 2] in " (\n")
              and (not parsed or parsed[-1][0].end < core.start - 3)):
            info["value"] = -float(info["value"])  # type: ignore[arg-type]
            start = core.start - 1
        if info["unit"] is None:
            readers = ((_PERCENT_AFTER, "percent"), (_CURRENCY_AFTER, "currency"), (_UNIT_AFTER, "unit"))
            for pattern, kind in readers:
                m = pattern.match(text, end)
                if not m:
                    continue
                word = m.group(m.lastindex or 1).lower()
                if kind == "unit":
                    glued = not m.group(1) or m.group(1) == "-"
                    if word in GLUED_ONLY_UNITS and not (glued and core.digits):
                        continue
                    info["unit"] = UNITS[word][0]
                elif kind == "percent":
                    info["unit"] = "pp" if word.startswith(("percentage", "pp")) else "%"
                else:
                    if word == "p" and (m.group()[:1].isspace() or not core.digits):
                        continue
                    code = CURRENCY_WORDS[word]
                    if code.endswith("/100"):
                        code = code[:-4]
                        info["value"] = float(info["value"]) / 100  # type: ignore[arg-type]
                        info["precision"] = float(info["precision"]) / 100  # type: ignore[arg-type]
                    info["unit"] = code
                end = m.end()
                break
        shape: str | None = None
        qualifier: str | None = None
        q = _QUALIFIER_BEFORE.search(text[max(0, start - 30):start])
        if q and not (q.group(1).lower() in ("over", "under", "above", "below", "some") and core.vague):
            qualifier, shape = QUALIFIERS[q.group(1).lower()]
            start = start - (len(text[max(0, start - 30):start]) - q.start(1))
        m = _POSTFIX.match(text, end)
        if m and not (m.group(1) == "+" and m.start(1) != end):
            qualifier, shape = POSTFIX_QUALIFIERS[m.group(1).lower()]
            end = m.end()
        value = float(info["value"])  # type: ignore[arg-type]
        low, high = _interval(value, shape, tol)
        if core.vague:
            low, high, qualifier = core.low, core.high, core.vague  # type: ignore[assignment]
        info.update(start=start, end=end, low=low, high=high, qualifier=qualifier)
        parsed.append((core, info))
    return _join_ranges(text, parsed)


def _join_ranges(text: str, parsed: list[tuple[_Core, dict[str, object]]]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(parsed):
        core, info = parsed[i]
        if i + 1 < len(parsed):
            nxt_core, nxt = parsed[i + 1]
            join = _RANGE_JOIN.fullmatch(text[int(info["end"]):int(nxt["start"])])  # type: ignore[call-overload]
            lead = _BETWEEN_BEFORE.search(text[max(0, int(info["start"]) - 10):int(info["start"])])  # type: ignore[call-overload]
            word = join.group().strip().lower() if join else ""
            ok = join and (word != "and" or lead) and (word not in ("to", "through") or True)
            if ok and not (word in ("-", "–", "—") and re.search(r"\s", join.group()) and not lead):  # type: ignore[union-attr]
                a, b = float(info["value"]), float(nxt["value"])  # type: ignore[arg-type]
                if nxt["scaled"] and not info["scaled"] and core.digits:
                    a *= b / nxt_core.value if nxt_core.value else 1.0
                if b >= a:
                    start = int(info["start"]) - (len(lead.group()) if lead else 0)  # type: ignore[call-overload]
                    unit = info["unit"] or nxt["unit"]
                    end = int(nxt["end"])  # type: ignore[call-overload]
                    out.append(Quantity(text[start:end], start, end, a, a, b, unit,  # type: ignore[arg-type]
                                        "between", _counted(text, end) if unit is None else None,
                                        float(nxt["precision"])))  # type: ignore[arg-type]
                    i += 2
                    continue
        start, end = int(info["start"]), int(info["end"])  # type: ignore[call-overload]
        unit = info["unit"]
        out.append(Quantity(
            text=text[start:end], start=start, end=end, value=float(info["value"]),  # type: ignore[arg-type]
            low=info["low"], high=info["high"], unit=unit,  # type: ignore[arg-type]
            qualifier=info["qualifier"],  # type: ignore[arg-type]
            counted=_counted(text, end) if unit is None else None,
            precision=float(info["precision"]),  # type: ignore[arg-type]
        ))
        i += 1
    return out


@dataclass(frozen=True)
class Comparison:
    """How two quantities that count the same thing relate.

    Attributes:
        label: ``identical``, ``same value, different format``, ``rounding``, ``qualifier differs``,
            ``compatible``, ``unit differs`` or ``conflict``.
        severity: ``None`` for identical, else one of ``info`` < ``low`` < ``medium`` < ``high``.
        detail: One sentence for the editor.
    """

    label: str
    severity: str | None
    detail: str


def describe(q: Quantity) -> str:
    """The surface text, with the interval the wording allows when it is not a single value.

    >>> describe(parse_quantities("more than 5,000")[0])
    '“more than 5,000” (5,000…∞)'
    """
    lo = "−∞" if q.low is None else f"{q.low:,.6g}"
    hi = "∞" if q.high is None else f"{q.high:,.6g}"
    return f"“{q.text}” ({lo}…{hi}{' ' + q.unit if q.unit else ''})" if q.low != q.high else f"“{q.text}”"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u00a0", " "))


def compare_quantities(a: Quantity, b: Quantity) -> Comparison:
    """Classify two quantities already matched as counting the same thing.

    >>> p = lambda s: parse_quantities(s)[0]
    >>> compare_quantities(p("£1.6bn"), p("£1.6 billion")).label
    'same value, different format'
    >>> compare_quantities(p("5,000 missiles"), p("more than 5,000 missiles")).label
    'qualifier differs'
    >>> compare_quantities(p("5,000 missiles"), p("3,000 missiles")).severity
    'high'
    >>> compare_quantities(p("5,000 missiles"), p("4,980 missiles")).label
    'rounding'
    """
    converted = False
    if a.unit != b.unit and family(a.unit) and family(a.unit) == family(b.unit):
        factor = convert(1.0, b.unit or "", a.unit or "") or 1.0
        b = replace(b, value=b.value * factor, low=None if b.low is None else b.low * factor,
                    high=None if b.high is None else b.high * factor, precision=b.precision * factor,
                    unit=a.unit)
        converted = True
    same_value = math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-12)
    if same_value and a.qualifier == b.qualifier and a.high == b.high:
        if converted:
            return Comparison("unit differs", "info", "the same amount in different units")
        if _norm(a.text) == _norm(b.text):
            return Comparison("identical", None, f"both say “{a.text}”")
        return Comparison("same value, different format", "info", "the same value written differently")
    if same_value:
        return Comparison("qualifier differs", "medium", "the same number with a different hedge")
    lo_a, hi_a = a.low if a.low is not None else -math.inf, a.high if a.high is not None else math.inf
    lo_b, hi_b = b.low if b.low is not None else -math.inf, b.high if b.high is not None else math.inf
    coarse = max(a.precision, b.precision)
    if a.qualifier is None and b.qualifier is None and abs(a.value - b.value) <= coarse / 2 + 1e-9 * coarse:
        label = "unit differs" if converted else "rounding"
        return Comparison(label, "low", "one figure is a rounding of the other")
    if max(lo_a, lo_b) <= min(hi_a, hi_b):
        return Comparison("compatible", "low", "different figures, but the wording of one allows the other")
    return Comparison("conflict", "high", "the figures cannot both be right")


def _same_kind(a: Quantity, b: Quantity) -> bool:
    if a.unit is None or b.unit is None:
        return a.unit is None and b.unit is None and a.counted is not None and a.counted == b.counted
    if a.unit == b.unit:
        return True
    return family(a.unit) is not None and family(a.unit) == family(b.unit)


def match_quantities(first: list[Quantity], second: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pair quantities that count the same thing (same currency, unit family, or counted noun).

    Each quantity is used once; among candidates, the closest values pair first, so "£1.6bn" pairs
    with "£1.6 billion" and never with "5,000 missiles".

    >>> a = parse_quantities("£1.6bn to buy 5,000 missiles")
    >>> b = parse_quantities("more than 5,000 missiles for £1.6 billion")
    >>> [(x.text, y.text) for x, y in match_quantities(a, b)]
    [('£1.6bn', '£1.6 billion'), ('5,000', 'more than 5,000')]
    """
    candidates = []
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            if _same_kind(a, b):
                scale = max(abs(a.value), abs(b.value), 1e-12)
                candidates.append((abs(a.value - b.value) / scale, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return [(first[i], second[j]) for i, j in sorted(pairs)]
