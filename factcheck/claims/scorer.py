"""Pair scorer: the evidence that two sentences of different outlets state one fact, as one number.

A pair's score mixes embedding similarity with content-word overlap, is raised by a shared figure ("£1.6bn")
or quotation (a run of words, or a phrase one of them quotes, that two outlets both carry), and lowered when
the same frame names different actors. The scorer also proposes candidate pairs that nearest neighbours may
miss (a rare shared trigram or quoted phrase) and says what ties a claim's members, for the report's "Why one
claim".
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import numpy as np

from ..quantities.parse import parse_quantities
from ..quantities.units import singular, stem
from ..records import Sentence
from ..settings import Settings
from ..text.lexicon import STOP_WORDS
from ..text.names import speaker_key
from ..text.tokens import fold_quotes, token_spans, tokenise

__all__ = ["PairScorer"]


_Figure = tuple[float, str]  # value, unit or counted noun
_K = TypeVar("_K")


def _figures(sentences: Sequence[Sentence], settings: Settings) -> tuple[list[frozenset[_Figure]], dict[_Figure, str]]:
    """The exact figures each sentence states with a unit or counted noun, for the number bonus, and how
    each figure was first written."""
    out = []
    shown: dict[_Figure, str] = {}
    for s in sentences:
        found = set()
        for q in parse_quantities(s.text, settings.approx_tolerance):
            what = q.unit or q.counted
            if what and (q.unit or q.value >= settings.figure_min_count):
                key = (round(q.value, 6), what)
                found.add(key)
                shown.setdefault(key, q.text)
        out.append(frozenset(found))
    return out, shown


# Words a shared run may start on that belong to the attribution, not to what was said.
_ATTRIBUTION = frozenset("said says added adds told tells and but".split())
# Double quotes, or British single ones (‘rearm Europe’) that an apostrophe ("Starmer’s") cannot open or close.
_QUOTED = re.compile(r"[“\"]([^“”\"]{3,120})[”\"]|(?<![\w’'])‘([^“”\"‘’]{3,120})’(?![\w’'])")
# A capital after these is a sentence's (or a quotation's) first word, not a name.
_OPENS_SENTENCE = re.compile(r"(?:^|[“\"‘'(:.!?—–-])\s*$")
_TITLES = frozenset({"Sir", "Mr", "Mrs", "Ms", "Dr", "Lord", "Lady", "President", "Prime", "Minister", "PM", "The", "A", "An"})


@dataclass(frozen=True)
class _Features:
    words: frozenset[str]
    entities: frozenset[str]
    grams: frozenset[int]  # hashed word trigrams, for candidate blocking
    runs: frozenset[int]  # hashed word n-grams of the shared-run length: a shared one is a shared quotation
    tokens: tuple[str, ...]  # every word in order, normalised as in ``words`` but unstemmed
    quoted: frozenset[tuple[str, ...]]  # phrases of two or more words the sentence puts in quotation marks
    quoted_runs: frozenset[int]  # shared-run n-grams inside quotation marks only


def _ngrams(words: Sequence[str], n: int) -> frozenset[int]:
    return frozenset(hash(tuple(words[i:i + n])) for i in range(len(words) - n + 1)
                     if not all(w in STOP_WORDS for w in words[i:i + n]))


def _normalised(tokens: list[str]) -> tuple[str, ...]:
    return tuple(singular(t.lower().strip("'-")) for t in tokens)


def _words(text: str) -> tuple[str, ...]:
    return _normalised(tokenise(fold_quotes(text)))


def _postings(keys: Sequence[Iterable[_K]]) -> dict[_K, list[int]]:
    """For each key, the indices of the entries that hold it, in order."""
    out: dict[_K, list[int]] = {}
    for i, held in enumerate(keys):
        for key in held:
            out.setdefault(key, []).append(i)
    return out


def _features(text: str, run: int) -> _Features:
    tokens = tokenise(fold_quotes(text))
    normal = _normalised(tokens)
    # Content words on a light stem ("presented" meets "present"); "US" the country is not "us" the pronoun.
    content = frozenset("u.s." if t == "US" else stem(w) for t, w in zip(tokens, normal, strict=True)
                        if t == "US" or (w not in STOP_WORDS and len(w) > 1))
    entities = frozenset(
        speaker_key(w) for at, w in token_spans(text)
        if w[:1].isupper() and w not in _TITLES and w.lower() not in STOP_WORDS
        and not w.isupper() and not _OPENS_SENTENCE.search(text[:at])
    )
    spans = [_words(m.group(1) or m.group(2)) for m in _QUOTED.finditer(text)]
    quoted = frozenset(p for p in spans if len(p) >= 2)
    quoted_runs = frozenset().union(*(_ngrams(p, run) for p in spans))
    return _Features(content, entities, _ngrams(normal, 3), _ngrams(normal, run), normal, quoted, quoted_runs)


def _clip(text: str, most: int = 15) -> str:
    words = text.split()
    return text if len(words) <= most else " ".join(words[:most]) + " …"


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[k:k + n] == phrase for k in range(len(words) - n + 1) if words[k] == phrase[0])


_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:von der|van der|de|von|van)?\s*[A-Z][\w’'-]+){1,3}")


def _with_aliases(features: list[_Features], texts: list[str]) -> list[_Features]:
    """Entities keyed by surname: "Keir" and "Starmer" are one person once any sentence says "Keir Starmer"."""
    alias: dict[str, str] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            parts = [w for w in m.group().split() if w not in _TITLES and w[:1].isupper()]
            if len(parts) >= 2:
                last = speaker_key(parts[-1])
                for part in parts[:-1]:
                    alias.setdefault(speaker_key(part), last)
    return [replace(f, entities=frozenset(alias.get(e, e) for e in f.entities)) for f in features]


def _jaccard(a: frozenset[str], b: frozenset[str], least: int) -> float:
    return len(a & b) / len(a | b) if len(a | b) >= least else 0.0


def _overlap(a: frozenset[str], b: frozenset[str], least: int) -> float:
    small = min(len(a), len(b))
    return len(a & b) / small if small >= least else 0.0


class PairScorer:
    """The evidence that two sentences state one fact, as one number (see Settings for each weight).

    ``scorer(i, j)`` scores sentences ``i`` and ``j`` (by index); :func:`~.cluster.group_sentences` merges on these
    scores, and the benchmarks measure them directly.

    Args:
        sentences: All sentences of all articles.
        vectors: Their unit-length embeddings, one row each.
        settings: Weights and bonuses (see :class:`~factcheck.settings.Settings`).
    """

    def __init__(self, sentences: Sequence[Sentence], vectors: np.ndarray, settings: Settings) -> None:
        self.vectors = vectors
        self.settings = settings
        self.features = _with_aliases([_features(s.text, settings.shared_run_words) for s in sentences],
                                      [s.text for s in sentences])
        self.figures, self.figure_text = _figures(sentences, settings)
        self.texts = [s.text for s in sentences]
        self.sources = [s.source for s in sentences]
        self.phrase_holders, self.phrase_keys = self._carried_phrases(self.sources)
        self.phrases: list[set[int]] = [set() for _ in sentences]
        for k, holders in enumerate(self.phrase_holders):
            for i in holders:
                self.phrases[i].add(k)

    def _carried_phrases(self, sources: list[str]) -> tuple[list[list[int]], list[tuple[str, ...]]]:
        """For each quoted phrase that marks one statement, the sentences carrying it (quoted or not).

        A phrase marks one statement when at least two sentences carry it and no outlet uses it more than
        ``phrase_outlet_max`` times: "boots on the ground", quoted by one outlet and paraphrased around by
        another, qualifies; "coalition of the willing", repeated throughout one live blog, is a slogan.
        """
        by_word = _postings([set(f.tokens) - STOP_WORDS for f in self.features])
        out: list[list[int]] = []
        keys: list[tuple[str, ...]] = []
        for phrase in sorted({p for f in self.features for p in f.quoted}):
            words = set(phrase) - STOP_WORDS
            if not words:
                continue
            # Every carrier holds each of the phrase's words, so the rarest one's sentences suffice.
            pool = min((by_word[w] for w in words), key=len)
            holders = [i for i in pool if _contains(self.features[i].tokens, phrase)]
            if len(holders) >= 2 and max(Counter(sources[i] for i in holders).values()) <= self.settings.phrase_outlet_max:
                out.append(holders)
                keys.append(phrase)
        return out, keys

    def explain(self, members: Sequence[int], most: int = 3) -> tuple[str, ...]:
        """What ties members of different outlets together besides the pair score: the figures they share,
        then up to ``most`` shared runs of words or quoted phrases, longest first, none inside another."""
        figures: dict[str, None] = {}
        words: dict[str, str] = {}  # comparable form -> as written
        cap = self.settings.linkage_sample
        runs_left = 2 * most
        for i, j in itertools.combinations(members[:cap], 2):
            if self.sources[i] == self.sources[j]:
                continue
            for key in sorted(self.figures[i] & self.figures[j]):
                figures.setdefault(f"same figure: {self.figure_text[key]}")
            shared = [self._as_quoted(k) for k in sorted(self.phrases[i] & self.phrases[j])]
            if runs_left and self.features[i].runs & self.features[j].runs:
                runs_left -= 1  # a few runs say enough; aligning every pair of a large claim would not pay
                shared.append(self._longest_run(i, j))
            for text in shared:
                words.setdefault(" ".join(_words(text)), text)
        kept: list[str] = []
        for form in sorted(words, key=lambda k: (-len(k), k)):
            if not any(form in longer for longer in kept):
                kept.append(form)
        return tuple(figures) + tuple(f"same words: “{_clip(words[k])}”" for k in kept[:most])

    def _as_quoted(self, k: int) -> str:
        """Phrase ``k`` as the first sentence that quotes it wrote it (that sentence is one of its holders)."""
        phrase = self.phrase_keys[k]
        for i in self.phrase_holders[k]:
            for m in _QUOTED.finditer(self.texts[i]):
                span = m.group(1) or m.group(2)
                if _words(span) == phrase:
                    return span.strip(" ,.;:")
        return " ".join(phrase)

    def _longest_run(self, i: int, j: int) -> str:
        a, b = self.features[i].tokens, self.features[j].tokens
        m = difflib.SequenceMatcher(a=a, b=b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
        start, end = m.a, m.a + m.size
        while start < end and a[start] in _ATTRIBUTION:  # "said The US has been ..." -> "The US has been ..."
            start += 1
        return " ".join(tokenise(fold_quotes(self.texts[i]))[start:end])

    def __call__(self, i: int, j: int, cosine: float | None = None) -> float:
        """Pair score of sentences ``i`` and ``j``; ``cosine`` when the caller already has their similarity."""
        s = self.settings
        fi, fj = self.features[i], self.features[j]
        cos = float(self.vectors[i] @ self.vectors[j]) if cosine is None else cosine
        score = (1 - s.lexical_weight) * cos + s.lexical_weight * _overlap(fi.words, fj.words, s.overlap_min_words)
        same_quotation = bool(fi.quoted_runs & fj.quoted_runs)  # then differing names are a misattribution
        if not same_quotation and fi.entities - fj.entities and fj.entities - fi.entities and \
                _jaccard(fi.words - fi.entities, fj.words - fj.entities, s.overlap_min_words) >= s.entity_frame:
            # The same frame about different actors ("Canada attended" / "Turkey attended"): the shared
            # wording is the frame, not evidence, so no bonus applies.
            return score - s.entity_penalty
        if self.figures[i] & self.figures[j]:
            score += s.number_bonus
        if fi.runs & fj.runs or self.phrases[i] & self.phrases[j]:
            score += s.shared_run_bonus  # both carry the same words in the same order: one quotation
        return score

    def rare_gram_pairs(self) -> set[tuple[int, int]]:
        """Pairs sharing a word trigram few sentences use, or a quoted phrase that marks one statement."""
        pairs: set[tuple[int, int]] = set()
        for ids in itertools.chain(_postings([f.grams for f in self.features]).values(), self.phrase_holders):
            if 1 < len(ids) <= self.settings.rare_gram_df:
                pairs.update(itertools.combinations(ids, 2))
        return pairs


