"""Aligned details: two outlets' versions of one sentence that differ in one detail.

Two outlets that tell one thing in nearly the same words differ where their words do: "shot in the head
early Thursday morning" / "shot in the head Wednesday morning", "on Winding Brook Road" / "on Winding Brook
Drive", "the 38-word oath" / "the 35-word oath". No rule for the kind of fact is needed: the two sentences
are aligned word by word (the model's tokens, compared lower-cased), and a short run of words one outlet
writes where the other writes another is a detail that differs when both runs hold a word of one kind
(:mod:`.detail_kinds`): a number, a weekday or month, a model or route, one person's relative, a name
spelt alike.

Which sentences are versions of one another: two outlets' sentences near in meaning (embedding cosine at
least ``Settings.figure_link``) that share most of their content words (``Settings.detail_overlap``). The
detail must sit next to shared words, and a second contrasting detail beside it ("a 25-year-old man" /
"a 31-year-old woman", "killed" / "wounded"), or "another" before it, tells of two things. Times and days
the fact layer read are left to it (it knows time zones and the weekday a date falls on), and a pair another
rule has told of is not told again. What this finds is a lead (low): two sentences alike in most words can
still tell of two things.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..compare.contradictions import content_words, overlap
from ..records import Claim, Fact, MentionContext, Sentence
from ..settings import Settings
from ..text.lexicon import STOP_WORDS
from .builder import ClaimBuilder, say
from .compare_when import when_key
from .detail_kinds import Run, detail_of, marked, person_noun, typed
from .figures import related_pairs

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["aligned_details"]

#: Longest run of words, on either side, that is one detail rather than the same thing told in other words.
_MAX_RUN = 3
#: Facts the fact layer compares with more than their words: times and days.
_WHEN = frozenset({"time", "date", "weekday", "part"})
#: How near (in words) a second contrasting difference makes a pair of runs tell of two things.
_NEAR = 5
#: Words that make a run tell of a second thing, not another version of the first.
_SECOND = frozenset({"another", "other", "others", "also"})

#: Where a value is written: (source, sentence index, start, end), offsets into the article.
Spot = tuple[str, int, int, int]


def aligned_details(sentences: Sequence[Sentence], contexts: Sequence[MentionContext], vectors: np.ndarray,
                    facts: Sequence[Fact], told: Sequence[Claim], settings: Settings | None = None) -> list[Claim]:
    """Claims of their own for details two outlets' versions of one sentence give differently (low).

    Args:
        sentences: Every kept sentence, in the order of ``contexts``.
        contexts: Every sentence as a mention with its parse.
        vectors: Their embeddings (unit rows).
        facts: Every article's facts: two values the fact layer read as the time or the day of one
            happening were compared there, whatever it found.
        told: The claims made so far: a finding that already cites both runs tells of them.
        settings: ``figure_link``, ``detail_overlap`` and ``overlap_min_words`` (which sentences are versions).

    Returns:
        One claim per pair of differing values, citing every pair of versions that gives them, unranked.
    """
    settings = settings or Settings()
    covered = _told_spans(told)
    read = _read(facts)
    merged: dict[tuple[str, frozenset[str]], tuple[str, list[Fact], list[Fact]]] = {}
    for i, j in _versions(contexts, vectors, settings):
        a, b = contexts[i], contexts[j]
        for (kind, xa, sa), (_, xb, sb) in _differences(a, b):
            if any(_within(sa, spans) and _within(sb, spans) for spans in covered) or _compared(sa, sb, read):
                continue
            low = min(xa.lower(), xb.lower())
            entry = merged.setdefault((kind, frozenset({xa.lower(), xb.lower()})), (kind, [], []))
            for value, (source, sentence, start, end) in ((xa, sa), (xb, sb)):
                side = entry[1] if value.lower() == low else entry[2]
                fact = Fact(source, sentence, "event", f"detail ({kind})", value.lower(), value, start, end)
                if fact not in side:
                    side.append(fact)
    by_key = {(s.source, s.index): s for s in sentences}
    claims = []
    for kind, fa, fb in merged.values():
        if not fa or not fb:
            continue
        _cite_all(fa, fb, contexts, kind)
        builder = ClaimBuilder(by_key, f"one sentence told two ways: {fa[0].text} / {fb[0].text}")
        builder.add("detail differs", "low",
                    f"{kind} differs in otherwise matching sentences: {say(fa, 'write')} “{fa[0].text}”, "
                    f"{say(fb, 'write')} “{fb[0].text}”", fa, fb)
        claim = builder.claim()
        if claim is not None:
            claims.append(claim)
    return claims


def _versions(contexts: Sequence[MentionContext], vectors: np.ndarray, settings: Settings) -> list[tuple[int, int]]:
    """Index pairs of two outlets' sentences that are versions of one another: near in meaning (embedding
    cosine at least ``figure_link``) and sharing most words (the smaller shares at least ``detail_overlap``
    of its content words, and ``overlap_min_words`` of them, with the other). A detail told two ways sits
    in sentences that share their other words; sentences that are only near in meaning often share a
    topic and not a statement, and sentences that only share words ("a 10-year-old girl was shot") may
    tell of two people."""
    words = [content_words(c.mention.text) for c in contexts]
    pairs = []
    for i, j in related_pairs(vectors, settings.figure_link):
        if contexts[i].mention.source != contexts[j].mention.source \
                and overlap(words[i], words[j], settings.overlap_min_words) >= settings.detail_overlap:
            pairs.append((i, j))
    return pairs


def _differences(a: MentionContext, b: MentionContext,
                 ) -> list[tuple[tuple[str, str, Spot], tuple[str, str, Spot]]]:
    """The details two versions give differently, each as ``(kind, value, (source, sentence, start, end))``
    for both sides."""
    if a.doc is None or b.doc is None:
        return []
    wa = [t for t in a.doc if not (t.is_punct or t.is_space)]
    wb = [t for t in b.doc if not (t.is_punct or t.is_space)]
    matcher = difflib.SequenceMatcher(None, [t.lower_ for t in wa], [t.lower_ for t in wb], autojunk=False)
    ops = matcher.get_opcodes()
    out = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace":
            continue
        # anchored: the run sits next to words both versions share, one of them a content word, not at a
        # loose end of a rewording
        before = k > 0 and ops[k - 1][0] == "equal"
        after = k + 1 < len(ops) and ops[k + 1][0] == "equal"
        shared = [*(wa[ops[k - 1][1]:ops[k - 1][2]] if before else []), *(wa[ops[k + 1][1]:ops[k + 1][2]] if after else [])]
        if not any(t.is_alpha and t.lower_ not in STOP_WORDS for t in shared):
            continue
        if _contrast_near(ops, k, wa, wb):
            continue  # a second detail beside it ("a 25-year-old man" / "a 31-year-old woman"): two things
        for ra, rb in _runs(wa[i1:i2], wb[j1:j2], before, after):
            if any(t.lower_ in _SECOND for t in (*ra, *rb)) or _after_second(ra) or _after_second(rb):
                continue
            found = detail_of(ra, rb)
            if found is None:
                continue
            kind, xa, xb = found
            rest_a = [t for t in ra if t not in xa.words]
            rest_b = [t for t in rb if t not in xb.words]
            if not (any(map(marked, rest_a)) and any(map(marked, rest_b))):
                # else a second detail in the same run ("Mercer, 31" / "Bristow, 24"): two people
                out.append(((kind, xa.text, _span(a, xa)), (kind, xb.text, _span(b, xb))))
            break
    return out


def _contrast_near(ops: Sequence[tuple[str, int, int, int, int]], k: int, wa: Sequence[Token],
                   wb: Sequence[Token]) -> bool:
    """Whether another replaced run within ``_NEAR`` words of run ``k`` puts a word that tells one person,
    thing or happening from another against another such word ("man" / "woman", "killed" / "wounded"), or
    a person against a thing ("church" / "resident").
    A run only one version has ("Kavon Manuel, 20,") is no contrast, nor is a rewording ("was arrested on" /
    "faces")."""
    _, i1, i2, j1, j2 = ops[k]
    for op, x1, x2, y1, y2 in ops:
        if op != "replace" or (x1, y1) == (i1, j1):
            continue
        if x1 - i2 > _NEAR or i1 - x2 > _NEAR or y1 - j2 > _NEAR or j1 - y2 > _NEAR:
            continue
        xa, xb = wa[x1:x2], wb[y1:y2]
        if (any(map(marked, xa)) and any(map(marked, xb))) or (_person_against_thing(xa, xb)
                                                                  or _person_against_thing(xb, xa)):
            return True
    return False


def _person_against_thing(xa: Sequence[Token], xb: Sequence[Token]) -> bool:
    """A person on one side, a thing on the other ("the 100-year-old church" / "a 99-year-old resident")."""
    return any(map(person_noun, xa)) and any(t.pos_ == "NOUN" for t in xb)


def _runs(ra: Sequence[Token], rb: Sequence[Token], before: bool, after: bool,
          ) -> list[tuple[Sequence[Token], Sequence[Token]]]:
    """Where in two replaced runs a detail may sit: the whole runs when both are short and anchored on
    both sides (or at the sentence's edge); else the words next to a shared word on either side, as far as
    both runs hold words of a detail ("say that Travon | Manuel" / "found and arrested Kavon | Manuel")."""
    out: list[tuple[Sequence[Token], Sequence[Token]]] = []
    if _joined(ra) == _joined(rb):
        return out  # "CrimeStoppers" / "Crime Stoppers": one name
    if max(len(ra), len(rb)) <= _MAX_RUN and (before or _first(ra)) and (after or _last(ra)):
        out.append((ra, rb))
    if after:
        n = _typed_edge(list(reversed(ra)), list(reversed(rb)))
        if n and (n, n) != (len(ra), len(rb)):
            out.append((ra[len(ra) - n:], rb[len(rb) - n:]))
    if before:
        n = _typed_edge(ra, rb)
        if n and (n, n) != (len(ra), len(rb)):
            out.append((ra[:n], rb[:n]))
    return out


def _joined(run: Sequence[Token]) -> str:
    return "".join(t.lower_ for t in run)


def _first(run: Sequence[Token]) -> bool:
    return run[0].i == 0 or all(t.is_punct or t.is_space for t in run[0].doc[:run[0].i])


def _last(run: Sequence[Token]) -> bool:
    return all(t.is_punct or t.is_space for t in run[-1].doc[run[-1].i + 1:])


def _typed_edge(ra: Sequence[Token], rb: Sequence[Token]) -> int:
    """How many words from the start of both runs are words a detail is made of (up to ``_MAX_RUN``)."""
    n = 0
    while n < min(len(ra), len(rb), _MAX_RUN) and typed(ra[n]) and typed(rb[n]):
        n += 1
    return n


def _after_second(run: Sequence[Token]) -> bool:
    """Whether the word before a run tells of a second thing ("another 25-year-old")."""
    first = run[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ in _SECOND


def _span(c: MentionContext, words: Run) -> Spot:
    return c.mention.source, c.mention.sentence, c.mention.start + words.start_char, c.mention.start + words.end_char


def _cite_all(fa: list[Fact], fb: list[Fact], contexts: Sequence[MentionContext], kind: str) -> None:
    """Add every other sentence that writes one of the two values, word for word, in an outlet that never
    writes the other, so the finding cites each outlet's every version."""
    for mine, theirs in ((fa, fb), (fb, fa)):
        value, others = mine[0].text, {f.source for f in theirs}
        pattern = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])")
        if any(pattern.search(c.mention.text) for c in contexts if c.mention.source in others):
            continue
        for c in contexts:
            if c.mention.source in others:
                continue
            for m in pattern.finditer(c.mention.text):
                fact = Fact(c.mention.source, c.mention.sentence, "event", f"detail ({kind})", value.lower(), value,
                            c.mention.start + m.start(), c.mention.start + m.end())
                if fact not in mine:
                    mine.append(fact)


def _read(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.source, []).append(f)
    return out


def _compared(sa: Spot, sb: Spot, read: dict[str, list[Fact]]) -> bool:
    """Whether the fact layer read both values as the time or the day of one happening, and so compared them
    knowing what the words alone do not: time zones, hedges, the weekday a date falls on."""
    def keys(span: Spot) -> set[str]:
        source, _, start, end = span
        return {when_key(f.attribute) for f in read.get(source, ())
                if f.start < end and start < f.end and f.attribute.split()[0] in _WHEN}

    return bool(keys(sa) & keys(sb))


def _told_spans(told: Sequence[Claim]) -> list[list[tuple[str, int, int]]]:
    """What each finding made so far cites: its values' spans, else its sentences."""
    out = []
    for c in told:
        for f in c.findings:
            if f.spans:
                out.append(list(f.spans))
            else:
                out.append([(c.mentions[i].source, c.mentions[i].start, c.mentions[i].end) for i in f.mentions])
    return out


def _within(span: Spot, spans: Sequence[tuple[str, int, int]]) -> bool:
    source, _, start, end = span
    return any(s == source and a < end and start < b for s, a, b in spans)
