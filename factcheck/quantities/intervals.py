"""Intervals: compare two quantities that count the same thing, as the intervals their wording allows.

Tells a formatting difference ("£1.6bn" / "£1.6 billion") from a rounding, a hedge ("5,000" / "more than
5,000"), a compatible pair and a real conflict; converts units of one family first. ``match_quantities``
pairs quantities by what they count, never by position.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ..records import Comparison, Quantity
from .units import POSTFIX_QUALIFIERS, QUALIFIERS, convert, family

__all__ = ["Comparison", "compare_quantities", "describe", "match_quantities"]

#: Canonical hedges whose bound includes the figure ("at least" is >=, "up to" is <=), read from the
#: qualifier table so a hedge added there is classified here too.
_CLOSED = frozenset(name for table in (QUALIFIERS, POSTFIX_QUALIFIERS) for name, shape in table.values()
                    if shape in (">=", "<="))


def describe(q: Quantity) -> str:
    """The surface text, with the interval the wording allows when it is not a single value.

    >>> from factcheck.quantities.parse import parse_quantities
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

    >>> from factcheck.quantities.parse import parse_quantities
    >>> p = lambda s: parse_quantities(s)[0]
    >>> compare_quantities(p("£1.6bn"), p("£1.6 billion")).label
    'same value, different format'
    >>> compare_quantities(p("5,000 missiles"), p("more than 5,000 missiles")).label
    'qualifier differs'
    >>> compare_quantities(p("5,000 missiles"), p("3,000 missiles")).severity
    'high'
    >>> compare_quantities(p("5,000 missiles"), p("4,980 missiles")).label
    'rounding'
    >>> compare_quantities(p("four hours"), p("about four hours")).severity
    'low'
    >>> compare_quantities(p("90 km/h"), p("up to 90 km/h")).severity
    'low'
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
        if (_about(a) and b.qualifier is None) or (_about(b) and a.qualifier is None):
            # "about four hours" / "four hours": the hedge only widens the figure around the same value,
            # as a rounding does; "more than 5,000" / "5,000" says something the plain figure does not.
            return Comparison("qualifier differs", "low", "the same number, one version says it is approximate")
        if (_closed_bound(a) and b.qualifier is None) or (_closed_bound(b) and a.qualifier is None):
            # "gusts of up to 90 km/h" / "winds reached 90 km/h": a bound that includes its figure allows the
            # plain figure; "more than 5,000" excludes 5,000 and stays medium.
            return Comparison("qualifier differs", "low", "the same number; one version gives it as a bound that allows it")
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


def _closed_bound(q: Quantity) -> bool:
    """Whether the wording is a one-sided bound that includes its own figure ("up to", "at least", "as many
    as", "no more than"): the interval is open on one side and closed at the value."""
    return (q.low is None) != (q.high is None) and q.value in (q.low, q.high) and q.qualifier in _CLOSED


def _about(q: Quantity) -> bool:
    """Whether the wording makes the figure approximate both ways ("about", "some", "around")."""
    return q.low is not None and q.high is not None and q.low < q.value < q.high \
        and math.isclose(q.value - q.low, q.high - q.value, rel_tol=1e-6)


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

    >>> from factcheck.quantities.parse import parse_quantities
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
