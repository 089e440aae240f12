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
Each rule is one function registered by name (``@rule("day")``) in :data:`RULES`; ``find_contradictions``
runs them in that order.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..quantities.units import singular, stem
from ..records import Contradiction
from ..settings import Settings
from ..severity import SeverityRule, add_row
from ..text.lexicon import SPEECH_BEFORE, STOP_WORDS, WEEKDAYS
from ..text.names import person_like, same_person
from ..text.tokens import Words, expand_contractions, fold_quotes, tokenise

__all__ = ["RULES", "Contradiction", "Rule", "Versions", "actor_rule", "content_overlap", "day_rule",
           "find_contradictions", "polarity_clash", "polarity_rule", "rule"]

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
_BOUNDARY = re.compile(r"[,;:()—–]|\s-\s|\b(?:but|however|while|though|although|whereas)\b")
#: Stop words these rules keep as content words: "out", which a negation can govern ("not out of control" /
#: "out of control", a case), and "one", a figure here (left out, it changed a finding on a dev event).
_KEPT = frozenset({"out", "one"})
_STOP = STOP_WORDS - _KEPT
#: Negators that scope a noun phrase ("no two countries"), not the rest of the clause.
_SHORT_SCOPE = frozenset({"no", "nor", "without"})


@functools.lru_cache(maxsize=4096)  # a sentence is compared with each other version of its claim
def _negation_tokens(text: str) -> tuple[str, ...]:
    """Lower-case words with clause boundaries as "|" and negative forms spelled out ("can't" -> "can not",
    "unreliable" -> "not reliable"), so that negations line up with the words they negate."""
    t = expand_contractions(fold_quotes(text.lower())).replace("cannot", "can not")
    t = re.sub(r"\bfail(?:ed|s)? to\b", "not", t)
    out: list[str] = []
    for piece in _BOUNDARY.split(t):
        for w in tokenise(piece, Words.LETTERS):
            if w in _ANTONYMS:
                out += ["not", _ANTONYMS[w]]
            elif w.startswith("un") and w[2:] in _POSITIVE:
                out += ["not", w[2:]]
            else:
                out.append(w)
        out.append("|")
    return tuple(out)


#: Negators whose scope is the rest of the clause ("denied that ...", "refused to ...").
_CLAUSE_SCOPE = frozenset(
    "denied denies deny rejected rejects reject refused refuses refuse declined declines decline dismissed dismisses".split()
)
#: Verbs that, negated, carry the negation into the clause they govern: "I do not accept that the US is an
#: unreliable ally" says the US is reliable, as "denied that ..." does.
_RAISING = frozenset("accept accepts believe believes think thinks agree agrees".split())
#: Words a local "not" skips on its way to the word it negates ("has not yet been formed").
_AUXILIARIES = frozenset(
    "be been being is was are were am do does did have has had will would can could should shall may might must "
    "yet ever even also still really so a an the any going to able".split()
)


def _parities(tokens: Sequence[str]) -> tuple[list[int], list[bool]]:
    """For each token, the parity of negations that reach it (0 even, 1 odd), and whether a local
    negation ("not", "un-", "no") reaches it.

    "not"/"never" (and "un-" forms, spelled out as "not") negate the next word that is not an auxiliary;
    "no"/"without" the next word; "denied"/"refused" the rest of the clause, as does a negated "accept
    that"/"believe that".
    """
    out = [0] * len(tokens)
    locally = [False] * len(tokens)
    clause = 0
    pending = 0  # a local negation waiting for its word
    short_until = -1
    for i, w in enumerate(tokens):
        if w == "|":
            clause, pending, short_until = 0, 0, -1
            continue
        local = 0
        if pending and w not in _AUXILIARIES and w not in _NEGATORS and not w.endswith("ly"):
            local, pending = 1, 0
        short = 1 if i <= short_until else 0
        out[i] = clause ^ local ^ short
        locally[i] = bool(local or short)
        if local and w in _RAISING and i + 1 < len(tokens) and tokens[i + 1] == "that":
            clause ^= 1
        if w in _SHORT_SCOPE:
            short_until = i + 1
        elif w in _CLAUSE_SCOPE:
            clause ^= 1
        elif w in _NEGATORS:
            pending ^= 1
    return out, locally


def content_overlap(a: str, b: str, least: int = Settings.overlap_min_words) -> float:
    """Share of the smaller version's content words that the other version also has (0 when either has
    fewer than ``least``).

    >>> content_overlap("I do not accept that the US is an unreliable ally", "I accept the US is a reliable ally")
    1.0
    """
    return overlap(content_words(a), content_words(b), least)


def overlap(wa: frozenset[str], wb: frozenset[str], least: int = Settings.overlap_min_words) -> float:
    """Share of the smaller set that the other also has (0 when either has fewer than ``least``)."""
    small = min(len(wa), len(wb))
    return len(wa & wb) / small if small >= least else 0.0


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """A sentence's content words, singular, negators and clause marks left out."""
    return frozenset(singular(w) for w in _negation_tokens(text) if w not in _STOP and w not in _NEGATORS and w != "|")


def polarity_clash(a: str, b: str, settings: Settings | None = None) -> tuple[str, str] | None:
    """The first shared word one version negates and the other does not, as ``(a's words, b's words)``.

    Words are aligned in order (on a light stem, so "secured" meets "secure"); each negation reaches only
    what it governs, so "denied that X was unreliable" is as positive as "X is reliable", and "not content
    with chips, Intel..." does not negate Intel. The two clauses must share ``settings.polarity_clause_overlap``
    of their words.

    >>> polarity_clash("I do not accept the claim", "I accept the claim")
    ('i do not accept', 'i accept')
    >>> polarity_clash("Starmer denied that Trump was an unreliable ally", "The US is a reliable ally") is None
    True
    """
    clause_overlap = (settings or Settings()).polarity_clause_overlap
    ta, tb = _negation_tokens(a), _negation_tokens(b)
    (pa, la), (pb, lb) = _parities(ta), _parities(tb)
    matcher = difflib.SequenceMatcher(a=[stem(w) for w in ta], b=[stem(w) for w in tb], autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            w = ta[i]
            if w == "|" or w in _STOP or w in _NEGATORS or not (la[i] or lb[j]):
                continue  # only a word some negation governs directly can clash
            if pa[i] != pb[j] and _clause_overlap(ta, i, tb, j) >= clause_overlap and _same_object(ta, i, tb, j):
                return _negated_phrase(ta, i), _negated_phrase(tb, j)
    return None


def _clause_end(tokens: Sequence[str], i: int) -> int:
    end = i
    while end < len(tokens) and tokens[end] != "|":
        end += 1
    return end


def _content(tokens: Sequence[str]) -> list[str]:
    return [stem(w) for w in tokens if w not in _STOP and w not in _NEGATORS]


def _clause(tokens: Sequence[str], i: int) -> set[str]:
    start = i
    while start > 0 and tokens[start - 1] != "|":
        start -= 1
    return set(_content(tokens[start:_clause_end(tokens, i)]))


def _clause_overlap(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> float:
    """How much the two clauses around a clashing word share: a negation only contradicts the same
    statement ("this isn't the first time a child fell in" does not deny "the first time in the zoo's
    history that a person got in")."""
    a, b = _clause(ta, i), _clause(tb, j)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _rest(tokens: Sequence[str], i: int) -> list[str]:
    return _content(tokens[i + 1:_clause_end(tokens, i)])


def _same_object(ta: Sequence[str], i: int, tb: Sequence[str], j: int) -> bool:
    """Whether what the clashing word governs is the same: the words both versions have after it come in
    the same order (or are all the same words). "Will not go into orbit around Mars" does not deny "will go
    into an Earth-Mars orbit around the sun": Mars comes before the orbit in the second, as part of its
    name, not as what it goes round. "Will not attend the summit in London" does deny "will attend the
    London summit"."""
    ra, rb = _rest(ta, i), _rest(tb, j)
    if set(ra) == set(rb):
        return True
    common = set(ra) & set(rb)
    order_a = list(dict.fromkeys(w for w in ra if w in common))
    order_b = list(dict.fromkeys(w for w in rb if w in common))
    return order_a == order_b


def _negated_phrase(tokens: Sequence[str], i: int) -> str:
    start = i
    while start > 0 and tokens[start - 1] != "|" and i - start < 3:
        start -= 1
    return " ".join(tokens[start:i + 1])


_FIRST_SINCE = re.compile(r"\bfirst\b[^.;|]*\bsince\b", re.I)


def _days(text: str) -> set[str]:
    """Weekdays the text puts events on; a weekday that dates a statement ("investigators said Monday")
    dates when it was said, not the event."""
    low = text.lower()
    return {d for d in WEEKDAYS for m in re.finditer(rf"\b{d}\b", low) if not SPEECH_BEFORE.search(low[:m.start()])}


def _one_night(a: str, day_a: str, b: str, day_b: str) -> bool:
    """Whether two weekdays a day apart tell one night: the earlier one's night, or the later one's early
    hours ("Friday night" / "early Saturday"; "Saturday morning").

    >>> _one_night("shot late Friday night", "friday", "shot early Saturday", "saturday")
    True
    >>> _one_night("shot Friday afternoon", "friday", "shot Saturday afternoon", "saturday")
    False
    """
    if WEEKDAYS[(WEEKDAYS.index(day_a) + 1) % 7] == day_b:
        (earlier, first), (later, second) = (a.lower(), day_a), (b.lower(), day_b)
    elif WEEKDAYS[(WEEKDAYS.index(day_b) + 1) % 7] == day_a:
        (earlier, first), (later, second) = (b.lower(), day_b), (a.lower(), day_a)
    else:
        return False
    return bool(re.search(rf"\b{first}\s+night\b", earlier) or re.search(rf"\bearly\s+{second}\b|\b{second}\s+morning\b", later))


def _clash_either_order(a: str, b: str, settings: Settings) -> tuple[str, str] | None:
    """The polarity clash of two versions, read in one fixed order so that it does not depend on which
    outlet comes first (word alignment is not symmetric where words repeat), shown from ``a`` to ``b``."""
    if a <= b:
        return polarity_clash(a, b, settings)
    found = polarity_clash(b, a, settings)
    return (found[1], found[0]) if found else None


def find_contradictions(
    a: str, b: str, speaker_a: str | None = None, speaker_b: str | None = None, settings: Settings | None = None
) -> list[Contradiction]:
    """Rules that fire on two versions of one claim.

    Args:
        a: First version (a sentence).
        b: Second version.
        speaker_a: Who the first version says made the statement (a full name), if known.
        speaker_b: The same for the second version. Spelling variants ("Zelensky"/"Zelenskyy") agree.
        settings: ``contradiction_overlap``, the content-word overlap the versions need before any rule
            may fire, and ``polarity_overlap`` and ``polarity_clause_overlap`` for the polarity rule
            (defaults when omitted).

    Returns:
        The contradictions found (often none).

    >>> [c.rule for c in find_contradictions("I do not accept that the US is an unreliable ally",
    ...                                      "He does accept that the US is an unreliable ally")]
    ['polarity']
    >>> find_contradictions("The US has been a reliable ally for decades", "Starmer denied the US was an unreliable ally")
    []
    >>> find_contradictions("It is the first tram crash involving deaths on board since 1959",
    ...                     "There have been no deaths on board a tram crash since 1959")
    []
    """
    settings = settings or Settings()
    versions = Versions(a, b, speaker_a, speaker_b, content_overlap(a, b, settings.overlap_min_words))
    if versions.overlap < settings.contradiction_overlap:
        return []
    return [found for check in RULES.values() if (found := check(versions, settings)) is not None]


@dataclass(frozen=True)
class Versions:
    """Two versions of one claim, as a rule sees them.

    Attributes:
        a: First version (a sentence).
        b: Second version.
        speaker_a: Who the first version says made the statement, if known.
        speaker_b: The same for the second version.
        overlap: Their :func:`content_overlap`.
    """

    a: str
    b: str
    speaker_a: str | None
    speaker_b: str | None
    overlap: float


#: A rule: the contradiction it finds between two versions, or ``None``.
Rule = Callable[[Versions, Settings], "Contradiction | None"]

#: The rules by name, in the order they run (and their findings are listed).
RULES: dict[str, Rule] = {}


def rule(name: str, severity: tuple[str, str, str, str] | None = None) -> Callable[[Rule], Rule]:
    """Register the decorated function as the contradiction rule ``name``.

    Args:
        name: The rule's name: its findings' label and the JSON report's ``rule``.
        severity: The rule's row of the severity table, ``(as the README states it, floor, cap, why)``, for
            a rule the table (:data:`factcheck.severity.TABLE`) does not list yet.

    Raises:
        ValueError: When a rule of that name is already registered.
    """
    def add(check: Rule) -> Rule:
        if name in RULES:
            raise ValueError(f"a contradiction rule {name!r} is already registered")
        if severity is not None:
            add_row(SeverityRule("contradiction", name, *severity))
        RULES[name] = check
        return check
    return add


@rule("polarity")
def polarity_rule(v: Versions, settings: Settings) -> Contradiction | None:
    """One version negates a word both share, in the same clause (high); needs ``polarity_overlap``."""
    if v.a.rstrip(" ”\"'’").endswith("?") or v.b.rstrip(" ”\"'’").endswith("?"):
        return None  # a question asserts nothing
    if v.overlap < max(settings.contradiction_overlap, settings.polarity_overlap):
        return None
    clash = _clash_either_order(v.a, v.b, settings)
    if clash and any(_FIRST_SINCE.search(t) for t in (v.a, v.b)) \
            and all(re.search(r"\bsince\b", t, re.I) for t in (v.a, v.b)):
        return None  # "the first fatal crash since 1959" says what "no fatal crash since 1959" says
    return Contradiction("polarity", "high", f"rule polarity: “{clash[0]}” vs “{clash[1]}”", clash) if clash else None


@rule("actor")
def actor_rule(v: Versions, settings: Settings) -> Contradiction | None:
    """The versions give the statement to two different people (medium)."""
    if v.speaker_a and v.speaker_b and person_like(v.speaker_a) and person_like(v.speaker_b) \
            and not same_person(v.speaker_a, v.speaker_b):
        return Contradiction("actor", "medium", f"rule actor: the statement is given to {v.speaker_a} in one "
                             f"version and to {v.speaker_b} in the other", (v.speaker_a, v.speaker_b))
    return None


@rule("day")
def day_rule(v: Versions, settings: Settings) -> Contradiction | None:
    """The versions put the event on different named weekdays (medium); not one night told by the two dates
    it spans ("late Friday night" / "early Saturday morning")."""
    da, db = _days(v.a), _days(v.b)
    if da and db and not da & db and not (len(da) == len(db) == 1 and _one_night(v.a, next(iter(da)), v.b, next(iter(db)))):
        return Contradiction("day", "medium", f"rule day: {', '.join(sorted(da))} vs {', '.join(sorted(db))}",
                             (", ".join(sorted(da)), ", ".join(sorted(db))))
    return None
