"""Proper nouns spelt two ways: a place, a surname or a venue that outlets write one letter apart.

People named in full are compared as people (:mod:`.people`); this catches the rest: the town, street,
bar or hospital one outlet misspells ("Mudelein" / "Mundelein"), and the surname written alone in one
outlet and in full in another ("discovered Kelly unresponsive" / "Antonio Kelley, 23"). The model says what
a proper noun is (its part of speech and entity type), not a word list.

Two spellings are one word misspelt when they are one edit apart (a letter added, dropped, changed or two
swapped), both long enough to tell, start alike, differ in more than an accent, and no outlet writes both: an outlet that writes both
tells of two things ("Brandon" and "Brendan", two people). A plural or possessive is no misspelling.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from ..records import Claim, Fact, Sentence
from .builder import ClaimBuilder, say
from .people import resolve_people

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["spelling_claims"]

#: Shorter words are too often two different words one letter apart ("Ross" / "Rose").
_MIN_LENGTH = 5
#: What the model may call a proper noun's entity; dates, numbers and nationalities are not names.
_NAME_TYPES = frozenset({"", "PERSON", "GPE", "LOC", "FAC", "ORG"})
#: Findings that already tell of two spellings of one name.
_TOLD = frozenset({"name spelling", "surname differs", "transliteration", "surname spelling", "street differs"})


def spelling_claims(sentences: Sequence[Sentence], docs: Mapping[tuple[str, int], Doc], facts: Sequence[Fact],
                    told: Sequence[Claim]) -> list[Claim]:
    """Claims of their own for proper nouns that outlets spell one edit apart.

    Args:
        sentences: Every kept sentence.
        docs: The model's parse of each, by ``(source, index)``.
        facts: Every article's facts: a word inside a full name the people comparison has read is left to it
            when both spellings are.
        told: The claims made so far: a pair of words another finding already names, or the names of one
            resolved person use, is not told again.

    Returns:
        One claim per misspelt word, citing every sentence that writes either spelling, unranked.
    """
    in_full_name = {(f.source, f.sentence, k) for f in facts if f.attribute == "name" and len(f.value.split()) >= 2
                    for k in range(f.start, f.end)}
    words: dict[str, list[tuple[Fact, bool]]] = defaultdict(list)
    for s in sentences:
        doc = docs[(s.source, s.index)]
        for t in doc:
            text = t.text
            if (t.pos_ != "PROPN" or t.ent_type_ not in _NAME_TYPES or len(text) < _MIN_LENGTH
                    or not text.isalpha() or not text[0].isupper() or text.isupper()):
                continue
            start = s.start + t.idx
            fact = Fact(s.source, s.index, "event", "proper noun", text.lower(), text, start, start + len(text))
            words[text.lower()].append((fact, (s.source, s.index, start) in in_full_name))
    told_pairs = {frozenset(w.lower() for v in f.values or () for w in v.split())
                  for c in told for f in c.findings if f.label in _TOLD}
    # the words of one resolved person's names ("Zelensky", "Zelenskyy"): the people comparison's to tell
    person, _ = resolve_people(facts)
    person_words: dict[int, set[str]] = defaultdict(set)
    for f in facts:
        if f.attribute == "name" and f.subject in person:
            person_words[person[f.subject]].update(w.lower() for w in f.value.split())
    told_pairs |= {frozenset(words) for words in person_words.values()}
    by_sentence = {(s.source, s.index): s for s in sentences}
    claims = []
    keys = sorted(words)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if not _misspelt(a, b):
                continue
            sa, sb = {f.source for f, _ in words[a]}, {f.source for f, _ in words[b]}
            if sa & sb or any({a, b} <= pair for pair in told_pairs):
                continue
            if all(full for _, full in words[a]) and all(full for _, full in words[b]):
                continue  # both only in full names: the people comparison's to tell
            fa, fb = [f for f, _ in words[a]], [f for f, _ in words[b]]
            builder = ClaimBuilder(by_sentence, f"same word: {fa[0].text}")
            builder.add("spelling differs", "medium",
                        f"spelling differs: {say(fa, 'write')} “{fa[0].text}”, {say(fb, 'write')} “{fb[0].text}”",
                        fa, fb)
            claim = builder.claim()
            if claim is not None:
                claims.append(claim)
    return claims


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _misspelt(a: str, b: str) -> bool:
    """Two lower-case words one edit apart, alike at the start, and not a plural or possessive of one another.

    >>> [_misspelt(*p) for p in [("mudelein", "mundelein"), ("kelly", "kelley"), ("marta", "martha")]]
    [True, True, True]
    >>> [_misspelt(*p) for p in [("street", "streets"), ("brandon", "brendan"), ("mason", "jason")]]
    [False, False, False]
    >>> _misspelt("calderon", "calderón")
    False
    """
    if a[0] != b[0] or min(len(a), len(b)) < _MIN_LENGTH or _folded(a) == _folded(b):
        return False  # "Calderon" / "Calderón": an accent is house style
    short, long = sorted((a, b), key=len)
    if long in (short + "s", short + "es") and len(long) > len(short):
        return False
    return OSA.distance(a, b) == 1
