"""Contradictions: transparent rules for non-numeric disagreement between two versions of one claim.

No natural-language-inference model can be loaded here (none ships on PyPI with its weights), so each
finding names the rule that fired and shows both texts:

- ``polarity``: the versions share most of their wording but one negates it ("accept" / "do not accept",
  "reliable" / "unreliable", "secured" / "failed to secure") on a word both versions share, in the same
  clause. Negations are counted within the clause, so "denied that the US was an unreliable ally" agrees
  with "the US is a reliable ally".
- ``actor``: the versions give the same statement to different named people.
- ``day``: the versions put the same event on different named weekdays (relative words such as "today"
  are left alone: they depend on when each piece was written).

Every rule needs the two versions to share most of their content words first; a finding an editor
dismisses as noise costs trust, so the rules stay narrow (precision is measured in benchmarks/wording.py).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .units import singular

__all__ = ["Contradiction", "content_overlap", "find_contradictions", "polarity_clash"]

_NEGATORS = frozenset(
    "not no never nor none nobody nothing cannot without denied denies deny rejected rejects reject refused "
    "refuses refuse failed fails fail declined declines decline dismissed dismisses".split()
)
#: Negative forms whose positive counterpart is the same word without the prefix, or listed here.
_ANTONYMS = {
    "unreliable": "reliable", "unwilling": "willing", "unable": "able", "unlikely": "likely",
    "disagree": "agree", "disagreed": "agreed", "inaccurate": "accurate", "illegal": "legal",
    "unsuccessful": "successful", "insecure": "secure", "unsafe": "safe", "impossible": "possible",
    "unprepared": "prepared", "unacceptable": "acceptable", "unclear": "clear", "lost": "won",
    "decrease": "increase", "decreased": "increased", "cut": "raise", "fell": "rose", "weaker": "stronger",
}
_POSITIVE = frozenset(_ANTONYMS.values())
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_STOP = frozenset(
    "the a an of to and in on for with that this is was be will would has have had he she it they his her "
    "their its as at by from but or we our us i you who which what said says told added also been are were "
    "there than then so if into over after before about more some any all just can could should may".split()
)


@dataclass(frozen=True)
class Contradiction:
    """A rule that fired on two versions.

    Attributes:
        rule: ``polarity``, ``actor`` or ``day``.
        severity: ``high`` for polarity, ``medium`` for actor and day.
        detail: One sentence naming the rule and what differs.
        values: The differing words, first version's then second's.
    """

    rule: str
    severity: str
    detail: str
    values: tuple[str, ...]


_BOUNDARY = re.compile(r"[,;:()—–]|\s-\s|\b(?:but|however|while|though|although|whereas)\b")
#: Negators that scope a noun phrase ("no two countries"), not the rest of the clause.
_SHORT_SCOPE = frozenset({"no", "none", "nobody", "nothing", "nor", "without"})


def _words(text: str) -> list[str]:
    t = text.lower().replace("’", "'").replace("n't", " not").replace("cannot", "can not")
    return _WORD.findall(t)


def _tokens(text: str) -> list[str]:
    """Lower-case words with clause boundaries as "|" and negative forms spelled out ("unreliable" ->
    "not reliable"), so that negations line up with the words they negate."""
    t = text.lower().replace("’", "'").replace("n't", " not").replace("cannot", "can not")
    t = re.sub(r"\bfail(?:ed|s)? to\b", "not", t)
    out: list[str] = []
    for piece in _BOUNDARY.split(t):
        for w in _WORD.findall(piece):
            if w in _ANTONYMS:
                out += ["not", _ANTONYMS[w]]
            elif w.startswith("un") and w[2:] in _POSITIVE:
                out += ["not", w[2:]]
            else:
                out.append(w)
        out.append("|")
    return out


def _parities(tokens: list[str]) -> list[int]:
    """For each token, the parity of negations in scope before it (0 even, 1 odd): a verbal negation
    ("not", "denied") reaches to the end of its clause, "no"/"without" only over the next three words."""
    out = []
    odd = 0
    short: list[int] = []  # positions where a short-scope negation ends
    for i, w in enumerate(tokens):
        if w == "|":
            odd = 0
            short = []
        while short and short[0] <= i:
            short.pop(0)
            odd ^= 1
        out.append(odd)
        if w in _SHORT_SCOPE:
            odd ^= 1
            short.append(i + 4)
        elif w in _NEGATORS:
            odd ^= 1
    return out


def content_overlap(a: str, b: str) -> float:
    """Share of the smaller version's content words that the other version also has.

    >>> content_overlap("I do not accept that the US is an unreliable ally", "I accept the US is a reliable ally")
    1.0
    """
    wa = {singular(w) for w in _tokens(a) if w not in _STOP and w not in _NEGATORS and w != "|"}
    wb = {singular(w) for w in _tokens(b) if w not in _STOP and w not in _NEGATORS and w != "|"}
    small = min(len(wa), len(wb))
    return len(wa & wb) / small if small >= 3 else 0.0


def polarity_clash(a: str, b: str) -> tuple[str, str] | None:
    """The first shared word one version negates and the other does not, as ``(a's words, b's words)``.

    Words are aligned in order; a negation counts within its clause, so "denied that X was unreliable"
    is as positive as "X is reliable".

    >>> polarity_clash("I do not accept the claim", "I accept the claim")
    ('i do not accept', 'i accept')
    >>> polarity_clash("Starmer denied that Trump was an unreliable ally", "The US is a reliable ally") is None
    True
    """
    ta, tb = _tokens(a), _tokens(b)
    pa, pb = _parities(ta), _parities(tb)
    matcher = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            w = ta[i]
            if w == "|" or w in _STOP or w in _NEGATORS:
                continue
            if pa[i] != pb[j]:
                return _negated_phrase(ta, i), _negated_phrase(tb, j)
    return None


def _negated_phrase(tokens: list[str], i: int) -> str:
    start = i
    while start > 0 and tokens[start - 1] != "|" and i - start < 3:
        start -= 1
    return " ".join(tokens[start:i + 1])


def _days(text: str) -> set[str]:
    low = text.lower()
    return {d for d in _DAYS if re.search(rf"\b{d}\b", low)}


def find_contradictions(
    a: str, b: str, speaker_a: str | None = None, speaker_b: str | None = None, min_overlap: float = 0.5
) -> list[Contradiction]:
    """Rules that fire on two versions of one claim.

    Args:
        a: First version (a sentence).
        b: Second version.
        speaker_a: Canonical key of who the first version says made the statement, if known.
        speaker_b: The same for the second version.
        min_overlap: Content-word overlap the versions need before any rule may fire
            (``Settings.contradiction_overlap``).

    Returns:
        The contradictions found (often none).

    >>> [c.rule for c in find_contradictions("I do not accept that the US is an unreliable ally",
    ...                                      "He does accept that the US is an unreliable ally")]
    ['polarity']
    >>> find_contradictions("The US has been a reliable ally for decades", "Starmer denied the US was an unreliable ally")
    []
    """
    if content_overlap(a, b) < min_overlap:
        return []
    out: list[Contradiction] = []
    clash = polarity_clash(a, b)
    if clash:
        out.append(Contradiction("polarity", "high", f"rule polarity: “{clash[0]}” vs “{clash[1]}”", clash))
    if speaker_a and speaker_b and speaker_a != speaker_b:
        out.append(Contradiction("actor", "medium", f"rule actor: the statement is given to {speaker_a} in one "
                                 f"version and to {speaker_b} in the other", (speaker_a, speaker_b)))
    da, db = _days(a), _days(b)
    if da and db and not da & db:
        out.append(Contradiction("day", "medium", f"rule day: {', '.join(sorted(da))} vs {', '.join(sorted(db))}",
                                 (", ".join(sorted(da)), ", ".join(sorted(db)))))
    return out
