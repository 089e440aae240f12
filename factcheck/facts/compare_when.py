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
from ..text.lexicon import WEEKDAYS
from .builder import ClaimBuilder, disagreements, say

__all__ = ["compare_corners", "compare_days", "compare_streets", "compare_times", "when_key"]


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
    what = "of the arrest" if attribute.endswith("arrest") else "of the event"
    builder = ClaimBuilder(by_key, f"same event: day {what}")
    dated = [f for f in group if _weekday(f) is not None]
    for fa, fb in disagreements(dated, key=_weekday):
        apart = abs(WEEKDAYS.index(_weekday(fa[0]) or "") - WEEKDAYS.index(_weekday(fb[0]) or ""))
        night = min(apart, 7 - apart) <= 1 and any(_NIGHT.search(by_key[(f.source, f.sentence)].text) for f in (*fa, *fb))
        why = _loose(fa, fb)
        dates = all(f.attribute.startswith("date") for f in (*fa, *fb))
        shown = [f"{f.text} (a {_weekday(f)})" if f.attribute.startswith("date") and not dates else f.text
                 for f in (fa[0], fb[0])]
        builder.add("date differs" if dates else "weekday differs", "low" if night or why else "medium",
                    f"day {what}: {say(fa)} {shown[0]}, {say(fb)} {shown[1]}{why}", fa, fb)
    return builder.claim()


def _minutes(f: Fact) -> int:
    return int(f.value.lstrip("~"))


def compare_times(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Clock times of the event (or of the call) that differ between outlets. An article may give several
    times (an earlier incident, the arrest), so each time is compared with the nearest time the other
    outlet gives, when each is the other's nearest and they are within three hours; 15 minutes or more
    apart is medium, less is low."""
    what = "of the arrest" if attribute.endswith("arrest") else "of the event"
    builder = ClaimBuilder(by_key, f"same event: time {what}")
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
                if back is not a or gap == 0 or gap > 180 or (a.value, b.value) in done:
                    continue
                done.add((a.value, b.value))
                same_a = [f for f in group if f.value == a.value and f.source not in {x.source for x in fb}]
                same_b = [f for f in group if f.value == b.value and f.source not in {x.source for x in fa}]
                why = _loose([a], [b])
                builder.add("time differs", "medium" if gap >= 15 and not why else "low",
                            f"time {what}: {say(same_a or [a])} {a.text}, {say(same_b or [b])} "
                            f"{b.text} ({gap} minutes apart){why}", same_a or [a], same_b or [b])
    return builder.claim()


def compare_streets(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Where the event's opening sentences put it: the same street name with another street type ("Harvard
    Avenue"/"Harvard Road"), or a close variant of one name ("W. 15th St."/"W. 16th St.", "Gallier"/"Galier")
    is a disagreement; different streets are not (a corner has two)."""
    builder = ClaimBuilder(by_key, "same event: street")
    for fa, fb in disagreements(group):
        a, b = fa[0].value.split(), fb[0].value.split()
        name_a, name_b = [w for w in a[:-1] if w not in _COMPASS], [w for w in b[:-1] if w not in _COMPASS]
        if name_a == name_b:
            if a[-1] == b[-1]:
                continue  # "16th Street" / "West 16th Street": one is fuller
            label = "street type differs"
        elif a[-1] == b[-1] and len(name_a) == len(name_b) and fuzz.ratio(" ".join(name_a), " ".join(name_b)) >= 75:
            label = "street differs"
        else:
            continue
        builder.add(label, "medium", f"street: {say(fa)} “{fa[0].text}”, {say(fb)} “{fb[0].text}”",
                    fa, fb)
    return builder.claim()


_COMPASS = frozenset({"north", "south", "east", "west"})


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
