"""The event's people hit, told as one count by one outlet ("12 people were shot") and as its parts by
another ("one killed and 13 injured"): counts of different attributes that must add up.

Counts are compared attribute by attribute (:mod:`.compare`); a count of the shot is never set against a
count of the killed, so "14 hit" told as parts and "12 shot" told as a total would never meet. An outlet
that gives exactly one count of the killed and one of the injured, each exact and with no scope word,
tells how many were hit; another outlet's one exact count of the shot that is neither that sum nor either
part ("12 shot" may mean the 12 wounded, or count the dead with them) is a lead (low): outlets count the
unhurt, the trampled and the shooter differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

from ..records import Claim, Fact, Sentence
from .builder import ClaimBuilder, say

__all__ = ["compare_totals"]


def compare_totals(facts: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> list[Claim]:
    """Claims of their own (``total differs``, low) for an outlet's count of the shot that the killed and
    injured another outlet counts do not add up to."""
    by_source: dict[str, dict[str, list[Fact]]] = {}
    for f in facts:
        if f.attribute in ("killed", "injured", "shot") and _exact(f):
            by_source.setdefault(f.source, {}).setdefault(f.attribute, []).append(f)
    claims = []
    for x, y in permutations(sorted(by_source), 2):
        parts, whole = by_source[x], by_source[y]
        killed, injured, shot = _one(parts.get("killed")), _one(parts.get("injured")), _one(whole.get("shot"))
        if killed is None or injured is None or shot is None or ("killed" in whole and "injured" in whole):
            continue  # the outlet that counts the shot and also both parts is compared part by part
        k, i, s = (int(f.quantity.value) for f in (killed[0], injured[0], shot[0]) if f.quantity is not None)
        if s in (k + i, k, i) or any(int(f.quantity.value) == s for f in parts.get("shot", []) if f.quantity):
            continue  # "12 shot" may count the wounded alone, or the dead with them
        builder = ClaimBuilder(by_key, "same event: people hit")
        builder.add("total differs", "low", f"people hit: {say(killed)} “{killed[0].text}” killed and "
                    f"“{injured[0].text}” injured ({k + i} in all), {say(shot)} “{shot[0].text}” shot",
                    [*killed, *injured], shot)
        claims.append(builder.claim())
    return [c for c in claims if c is not None]


def _exact(f: Fact) -> bool:
    """A count of the whole event that allows one number only: no scope word, no hedge, not quoted."""
    q = f.quantity
    return f.scope is None and not f.quoted and q is not None and q.low is not None and q.low == q.high


def _one(facts: list[Fact] | None) -> list[Fact] | None:
    """An outlet's mentions of one count, when all of them give one number; else ``None``."""
    if not facts or len({f.quantity.value for f in facts if f.quantity is not None}) != 1:
        return None
    return facts
