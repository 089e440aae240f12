"""When and where, compared across outlets: the day (a weekday, or a date read on the calendar), the clock
time, and the street and corner of the event, the call to police or the arrest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from rapidfuzz import fuzz

from ..records import Claim, Fact, Sentence
from ..text.lexicon import COMPASS_POINTS, TIME_ZONE, WEEKDAYS
from .builder import ClaimBuilder, disagreements, say

__all__ = ["compare_addresses", "compare_corners", "compare_days", "compare_streets", "compare_times", "when_key"]


_NIGHT = re.compile(r"\b(?:night|late|early|overnight|midnight|morning|evening)\b", re.I)


def when_key(attribute: str) -> str:
    """The group a time fact is compared in: the weekday and the date of one happening are one day; the
    call to police comes minutes after the event, so the two are compared too (see :func:`_loose`).

    >>> when_key("weekday call"), when_key("date event"), when_key("time arrest"), when_key("killed")
    ('day event', 'day event', 'time arrest', 'killed')
    """
    head, _, kind = attribute.partition(" ")
    if head not in ("weekday", "date", "time"):
        return attribute
    return f"{'time' if head == 'time' else 'day'} {'event' if kind in ('call', 'scene') else kind}"


#: How a finding names the time it compares, by kind: the event's (with the call and the scene) unless said.
_WHAT = {"arrest": "of the arrest", "found": "the scene was found", "death": "of the death"}


def _loose(fa: Sequence[Fact], fb: Sequence[Fact]) -> str:
    """Why two outlets' times may both hold though they differ: one times the call to police and the other
    the event, one's time is tied to the event by no verb, or both time an arrest (an event may have
    several); else empty."""
    kinds_a, kinds_b = {f.attribute.split()[-1] for f in fa}, {f.attribute.split()[-1] for f in fb}
    if "scene" in kinds_a | kinds_b:
        return " (no verb ties one outlet's time to the event)"
    if not kinds_a & kinds_b:
        return " (one outlet times the call to police, the other the event)"
    if "arrest" in kinds_a | kinds_b:
        return " (an event may have several arrests)"
    if "found" in kinds_a | kinds_b:
        return " (the scene and the victims may be found at different times)"
    return ""


def _weekday(f: Fact) -> str | None:
    """The weekday a day fact names: its own for a weekday, the calendar's for a date with its year."""
    if f.attribute.startswith("weekday"):
        return f.value
    try:
        return WEEKDAYS[date.fromisoformat(f.value).weekday()]
    except ValueError:
        return None  # "--08-03": a date whose year no one gave


def compare_days(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Outlets that put the event (or the arrest) on different days, by weekday or by date, a weekday checked
    against the calendar of the other's date; days next to each other around night are low, and so are a
    call against the event and an arrest against an arrest (:func:`_loose`)."""
    what = _WHAT.get(attribute.split()[-1], "of the event")
    builder = ClaimBuilder(by_key, f"same event: day {what}")
    dated = [f for f in group if _weekday(f) is not None]
    for fa, fb in disagreements(dated, key=_weekday):
        apart = abs(WEEKDAYS.index(_weekday(fa[0]) or "") - WEEKDAYS.index(_weekday(fb[0]) or ""))
        _add_day(builder, what, fa, fb, min(apart, 7 - apart), by_key)
    # dates are compared by the day of the month too: a year no one gave hides the weekday ("Nov. 15" /
    # "Nov. 14"), and two dates a week apart fall on one weekday
    for fa, fb in disagreements([f for f in group if f.attribute.startswith("date")], key=_month_day):
        day_a, day_b = _weekday(fa[0]), _weekday(fb[0])
        if day_a is None or day_b is None or day_a == day_b:  # else told by weekday above
            _add_day(builder, what, fa, fb, _days_apart(fa[0], fb[0]), by_key)
    return builder.claim()


def _add_day(builder: ClaimBuilder, what: str, fa: Sequence[Fact], fb: Sequence[Fact], apart: int,
             by_key: dict[tuple[str, int], Sentence]) -> None:
    """One finding for two outlets' days ``apart`` days apart: low for next days around night or for two
    kinds of time (:func:`_loose`), else medium."""
    night = apart <= 1 and any(_NIGHT.search(by_key[(f.source, f.sentence)].text) for f in (*fa, *fb))
    why = _loose(fa, fb)
    dates = all(f.attribute.startswith("date") for f in (*fa, *fb))
    shown = [f"{f.text} (a {_weekday(f)})" if f.attribute.startswith("date") and not dates else f.text
             for f in (fa[0], fb[0])]
    builder.add("date differs" if dates else "weekday differs", "low" if night or why else "medium",
                f"day {what}: {say(fa)} {shown[0]}, {say(fb)} {shown[1]}{why}", fa, fb)


def _month_day(f: Fact) -> str:
    """A date's month and day ("--11-15" and "2016-11-15" give "11-15")."""
    return f.value[-5:]


def _days_apart(a: Fact, b: Fact) -> int:
    """How many days apart two dates fall, the year set aside (taken as one leap year, so Feb. 29 counts)."""
    x, y = (date.fromisoformat(f"2000-{_month_day(f)}") for f in (a, b))
    apart = abs((x - y).days)
    return min(apart, 366 - apart)


def _minutes(f: Fact) -> int:
    return int(f.value.lstrip("~<>"))


#: How far a hedge lets a clock time reach, in minutes: "about 1:15" is 1:05 to 1:25, "shortly after 1"
#: is 1:00 to 1:20.
_HEDGE_REACH = {"": (0, 0), "~": (-10, 10), "<~": (-20, 0), ">~": (0, 20)}


def _overlap(a: Fact, b: Fact) -> str:
    """Why two hedged times may be one: the spans their hedges allow overlap ("shortly after 1 a.m." /
    "about 1:15 a.m."); else empty."""
    la, ha = (_minutes(a) + r for r in _HEDGE_REACH[_side(a)])
    lb, hb = (_minutes(b) + r for r in _HEDGE_REACH[_side(b)])
    return " (the hedges allow both)" if la < hb and lb < ha and (_side(a) or _side(b)) else ""


def _side(f: Fact) -> str:
    """Which side of its clock time a time's hedge puts it: "<~" for "shortly before", ">~" for "just after",
    "~" for "about", "" for none. "Shortly before 10" and "around 10" differ; "10" and "about 10" do not."""
    return f.value[:len(f.value) - len(f.value.lstrip("~<>"))]


def compare_times(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Clock times of the event (or of the call) that differ between outlets. An article may give several
    times (an earlier incident, the arrest), so each time is compared with the nearest time the other
    outlet gives, when each is the other's nearest and they are within three hours; 15 minutes or more
    apart is medium, less is low, and so is one hour hedged to two sides ("shortly before 10" / "around
    10")."""
    what = _WHAT.get(attribute.split()[-1], "of the event")
    builder = ClaimBuilder(by_key, f"same event: time {what}")
    parts = [f for f in group if f.value.startswith("part ")]
    group = [f for f in group if not f.value.startswith("part ")]
    _parts_against_clocks(parts, group, what, builder)
    sources = sorted({f.source for f in group})
    done: set[tuple[str, str]] = set()
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            fa = [f for f in group if f.source == sa]
            fb = [f for f in group if f.source == sb]
            for a in fa:
                b = min(fb, key=lambda f: abs(_minutes(f) - _minutes(a)))
                back = min(fa, key=lambda f: abs(_minutes(f) - _minutes(b)))
                gap = abs(_minutes(a) - _minutes(b))
                side = _side(a) != _side(b) and "" not in (_side(a), _side(b))
                if back is not a or (gap == 0 and not side) or gap > 180 or (a.value, b.value) in done:
                    continue
                if gap % 60 == 0 and TIME_ZONE.search(f"{a.text} {b.text}"):
                    continue  # "8:30 p.m. ET" / "7:30 p.m." in Texas: one time told in two zones
                done.add((a.value, b.value))
                same_a = [f for f in group if f.value == a.value and f.source not in {x.source for x in fb}]
                same_b = [f for f in group if f.value == b.value and f.source not in {x.source for x in fa}]
                why = _loose([a], [b]) or _overlap(a, b)
                apart = f"{gap} minutes apart" if gap else "one before the hour, one after or around it"
                builder.add("time differs", "medium" if gap >= 15 and not why else "low",
                            f"time {what}: {say(same_a or [a])} {a.text}, {say(same_b or [b])} "
                            f"{b.text} ({apart}){why}", same_a or [a], same_b or [b])
    return builder.claim()


def _parts_against_clocks(parts: Sequence[Fact], clocks: Sequence[Fact], what: str, builder: ClaimBuilder) -> None:
    """A part of the day one outlet gives ("Friday afternoon") against another outlet's part of the day that
    does not meet it ("Friday night", low), or against the clock times of an outlet that gives one, when no
    clock time of the first outlet's says otherwise and every time of the other's falls
    half an hour or more outside the part's hours ("around 11:30 a.m."): medium two hours or more outside
    in sentences a verb ties to the event, else low."""
    unclocked = sorted({f.source for f in parts} - {f.source for f in clocks})
    for k, source in enumerate(unclocked):
        mine = [f for f in parts if f.source == source]
        spans = [_span(f) for f in mine]
        for other in unclocked[k + 1:]:
            theirs = [f for f in parts if f.source == other]
            if not any(_overlaps(x, _span(f)) for x in spans for f in theirs):
                builder.add("time of day differs", "low", f"time {what}: {say(mine)} {mine[0].text}, {say(theirs)} "
                            f"{theirs[0].text} (parts of the day that do not meet){_loose(mine, theirs)}", mine, theirs)
        for other in sorted({f.source for f in clocks}):
            theirs = [f for f in clocks if f.source == other]
            gap = min(_outside(_minutes(c), span) for c in theirs for span in spans)
            if gap < 30:
                continue
            why = _loose(mine, theirs)
            # the other outlet's own part of the day, if it gives one, is cited with its clock time
            told = theirs + [f for f in parts if f.source == other]
            builder.add("time of day differs", "medium" if gap >= 120 and not why else "low",
                        f"time {what}: {say(mine)} {mine[0].text}, {say(theirs)} {theirs[0].text} "
                        f"({gap} minutes outside it){why}", mine, told)


def _span(f: Fact) -> tuple[int, int]:
    low, _, high = f.value.split()[1].partition("-")
    return int(low), int(high)


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether two spans of the day share more than the hour at which one shades into the other ("6:20
    Thursday night" is also evening), a night's running past midnight.

    >>> _overlaps((720, 1140), (1080, 1800)), _overlaps((0, 720), (1080, 1800)), _overlaps((720, 1140), (1020, 1410))
    (False, True, True)
    """
    return any(min(x[1], y[1] + d) - max(x[0], y[0] + d) > 60 for d in (-1440, 0, 1440))


def _outside(minute: int, span: tuple[int, int]) -> int:
    """How many minutes a clock time falls outside a span of the day (a night's runs past midnight).

    >>> _outside(690, (720, 1140)), _outside(90, (1140, 1800)), _outside(900, (720, 1140))
    (30, 0, 0)
    """
    low, high = span
    return min(max(low - m, m - high, 0) for m in (minute, minute + 1440))


def compare_streets(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Where the event's opening sentences put it: the same street name with another street type ("Harvard
    Avenue"/"Harvard Road") or compass point ("West"/"East Washington Street"), or a close variant of one
    name ("W. 15th St."/"W. 16th St.", "Gallier"/"Galier") is a disagreement; different streets are not (a
    corner has two). An outlet that writes one street both ways contradicts itself (`street written two
    ways`, low: it may tell of two streets), and the outlets that write either way are cited with it."""
    builder = ClaimBuilder(by_key, "same event: street")
    for fa, fb in disagreements(group):
        label = _street_label(fa[0].value, fb[0].value)
        if label is not None:
            builder.add(label, "medium", f"street: {say(fa)} “{fa[0].text}”, {say(fb)} “{fb[0].text}”", fa, fb)
    by_value: dict[str, list[Fact]] = defaultdict(list)
    for f in sorted(group, key=lambda f: (f.source, f.start)):
        by_value[f.value].append(f)
    values = sorted(by_value)
    for i, va in enumerate(values):
        for vb in values[i + 1:]:
            fa, fb = by_value[va], by_value[vb]
            both = sorted({f.source for f in fa} & {f.source for f in fb})
            together = {(f.source, f.sentence) for f in fa} & {(f.source, f.sentence) for f in fb}
            if not both or together or _street_label(va, vb) is None:
                continue  # both in one sentence ("closed Main Street and Main Avenue"): two streets
            only = [f for f in (*fa, *fb) if f.source not in both]
            rest = "; " + "; ".join(f"{say([f], 'write')} “{f.text}”" for f in {f.source: f for f in only}.values()) if only else ""
            builder.add("street written two ways", "low",
                        f"street: {', '.join(both)} {'writes' if len(both) == 1 else 'write'} both “{fa[0].text}” and "
                        f"“{fb[0].text}”{rest}", fa, fb)
    return builder.claim()


def _street_label(a_value: str, b_value: str) -> str | None:
    """How two streets' names differ when they may be one street written two ways, else None."""
    a, b = a_value.split(), b_value.split()
    name_a, name_b = [w for w in a[:-1] if w not in _COMPASS], [w for w in b[:-1] if w not in _COMPASS]
    if name_a == name_b:
        compass_a, compass_b = set(a) & _COMPASS, set(b) & _COMPASS
        if a[-1] == b[-1] and compass_a and compass_b and compass_a != compass_b:
            return "street direction differs"  # "Washington Street West" / "East Washington Street"
        if a[-1] == b[-1]:
            return None  # "16th Street" / "West 16th Street": one is fuller
        return "street type differs"
    if a[-1] == b[-1] and len(name_a) == len(name_b) and fuzz.ratio(" ".join(name_a), " ".join(name_b)) >= 75:
        return "street differs"
    return None


_COMPASS = frozenset(COMPASS_POINTS.values())


def compare_addresses(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence], lede: int) -> Claim | None:
    """House and block numbers on one street that outlets give differently: another block ("the 3700 block"
    / "3500 Fannin St.") or, on one block, another house ("890" / "840 Belmont Ave."); a house number
    within the block another outlet names agrees ("1903 Desire St." / "the 1900 block of Desire"). Medium
    when both sit in their articles' opening sentences, where the event's own place is told; low
    elsewhere, where the arrest or a victim's flight may be on another stretch of the street."""
    builder = ClaimBuilder(by_key, "same event: address")
    by_street: dict[str, list[Fact]] = defaultdict(list)
    for f in group:
        by_street[_address(f)[0]].append(f)
    for facts in by_street.values():
        for fa, fb in disagreements(facts, key=_block):
            _add_address(builder, "block differs", fa, fb, lede)
        for fa, fb in disagreements([f for f in facts if not _address(f)[2]]):
            if _block(fa[0]) == _block(fb[0]):
                _add_address(builder, "house number differs", fa, fb, lede)
    return builder.claim()


def _address(f: Fact) -> tuple[str, int, bool]:
    """An address fact's street, number, and whether the number is a block's ("fannin 3700 block")."""
    block = f.value.endswith(" block")
    street, number = f.value.removesuffix(" block").rsplit(" ", 1)
    return street, int(number), block


def _block(f: Fact) -> int:
    """The hundred a house or block number falls in (3704 and "the 3700 block" -> 3700)."""
    return _address(f)[1] // 100 * 100


def _add_address(builder: ClaimBuilder, label: str, fa: Sequence[Fact], fb: Sequence[Fact], lede: int) -> None:
    severity = "medium" if all(f.sentence < lede for f in (*fa, *fb)) else "low"
    builder.add(label, severity, f"address: {say(fa)} “{fa[0].text}”, {say(fb)} “{fb[0].text}”", fa, fb)


def _street_key(street: str) -> str:
    return " ".join(w for w in street.split() if w not in _COMPASS)


def compare_corners(group: Sequence[Fact], streets: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Corners that share one street and not the other ("Neptune Ave and 16th Street" / "16th Street and
    Mermaid Avenue"), when neither outlet names the other's cross street anywhere: the same corner placed on
    two cross streets. An outlet that names both (the scene and where a victim ran) is not in disagreement."""
    builder = ClaimBuilder(by_key, "same event: corner")
    named: dict[str, set[str]] = defaultdict(set)
    for f in streets:
        named[f.source].add(_street_key(f.value))
    for fa, fb in disagreements(group, lambda f: frozenset(_street_key(s) for s in f.value.split(" & "))):
        a = {_street_key(s) for s in fa[0].value.split(" & ")}
        b = {_street_key(s) for s in fb[0].value.split(" & ")}
        if len(a) != 2 or len(b) != 2 or len(a & b) != 1:
            continue
        only_a, only_b = a - b, b - a
        fa = [f for f in fa if not only_b & named[f.source]]
        fb = [f for f in fb if not only_a & named[f.source]]
        if not fa or not fb:
            continue
        builder.add("cross street differs", "medium",
                    f"corner: {say(fa)} “{fa[0].text}”, {say(fb)} “{fb[0].text}”", fa, fb)
    return builder.claim()
