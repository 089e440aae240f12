"""Proper nouns spelt two ways: a place, a surname or a venue that outlets write one letter apart.

People named in full are compared as people (:mod:`.people`); this catches the rest: the town, street,
bar or hospital one outlet misspells ("Westerfeld" / "Westerfield"), and the surname written alone in one
outlet and in full in another ("discovered Kelly unresponsive" / "Marcus Kelley, 23"). The model says what
a proper noun is (its part of speech and entity type), not a word list.

Two spellings are one word misspelt when they are one edit apart (a letter added, dropped, changed or two
swapped), both long enough to tell, start alike, sit in the same slot of names of one entity type (a
surname, or "_ Hospital"), and no outlet writes both: an outlet that writes both tells of two things
("Brandon" and "Brendan", two people). A plural, an accent or a house style ("Centre"/"Center") is no
misspelling.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from ..quantities.units import singular
from ..records import Claim, Fact, Sentence
from .builder import ClaimBuilder, say
from .people import name_key, resolve_people, without_generations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["house_style", "name_slot", "same_slot", "spelling_claims"]

#: Shorter words are too often two different words one letter apart ("Ross" / "Rose").
_MIN_LENGTH = 5
#: What the model may call a proper noun's entity; dates, numbers and nationalities are not names.
_NAME_TYPES = frozenset({"", "PERSON", "GPE", "LOC", "FAC", "ORG"})
#: Findings that already tell of two spellings of one name.
_TOLD = frozenset({"name spelling", "surname differs", "first name differs", "transliteration", "surname spelling", "street differs"})


def spelling_claims(sentences: Sequence[Sentence], docs: Mapping[tuple[str, int], Doc], facts: Sequence[Fact],
                    told: Sequence[Claim]) -> list[Claim]:
    """Claims of their own for proper nouns that outlets spell one edit apart, or one outlet writes two ways.

    Args:
        sentences: Every kept sentence.
        docs: The model's parse of each, by ``(source, index)``.
        facts: Every article's facts: a word inside a full name the people comparison has read is left to it
            when both spellings are.
        told: The claims made so far: a pair of words another finding already names, or the names of one
            resolved person use, is not told again across outlets (only when one outlet writes both).

    Returns:
        One claim per misspelt word, citing every sentence that writes either spelling, unranked.
    """
    occurrences, elsewhere = _proper_nouns(sentences, docs, facts)
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
    keys = sorted(occurrences)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            # a doubled letter is a house style across outlets ("Odesa"/"Odessa"), but one outlet that writes
            # a person's surname both ways ("Bianca Gillett", "Gillet said") has misspelt it
            plain = _misspelt(a, b)
            styled = not plain and _undoubled(a) == _undoubled(b) and _misspelt(a, b, styles=False)
            if plain or styled:
                told_already = any({a, b} <= pair for pair in told_pairs)
                claim = _pair_claim(a, b, occurrences, elsewhere, by_sentence, told_already, styled)
                if claim is not None:
                    claims.append(claim)
    return claims


#: A proper noun where it is written, the words of the full name the facts read it in, and its slot.
_Occurrence = tuple[Fact, tuple[str, ...] | None, tuple[str, str, str]]
_Occurrences = Mapping[str, list[_Occurrence]]


def _proper_nouns(sentences: Sequence[Sentence], docs: Mapping[tuple[str, int], Doc], facts: Sequence[Fact],
                  ) -> tuple[dict[str, list[_Occurrence]], set[str]]:
    """Each proper noun of a name the model reads, by lower-case spelling: where it is, the words of the full
    name the facts read it in (None outside one), and its slot in that name; and the words that somewhere
    name a place ("of Carson", "in Clinton") or introduce someone ("Larsen, a witness"), which a surname
    written alone is not."""
    # for each character of a full name the facts read, the other words of that name
    in_full_name = {(f.source, f.sentence, k): tuple(w.lower() for w in f.value.split())
                    for f in facts if f.attribute == "name" and len(f.value.split()) >= 2 for k in range(f.start, f.end)}
    occurrences: dict[str, list[_Occurrence]] = defaultdict(list)
    elsewhere: set[str] = set()
    for s in sentences:
        doc = docs[(s.source, s.index)]
        for t in doc:
            text = t.text
            if (t.pos_ != "PROPN" or t.ent_type_ not in _NAME_TYPES or len(text) < _MIN_LENGTH
                    or not text.isalpha() or not text[0].isupper() or text.isupper()):
                continue
            start = s.start + t.idx
            fact = Fact(s.source, s.index, "event", "proper noun", text.lower(), text, start, start + len(text))
            occurrences[text.lower()].append((fact, in_full_name.get((s.source, s.index, start)), name_slot(t)))
            if _place_or_new(t):
                elsewhere.add(text.lower())
    return occurrences, elsewhere


def _place_or_new(word: Token) -> bool:
    """Whether a proper noun names a place ("of Carson", "in Clinton") or introduces someone with an
    apposition ("Larsen, a witness", "Hansen, his neighbor")."""
    if word.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if word.dep_ == "pobj" and word.head.lower_ in ("of", "in", "near", "at", "from", "to", "outside"):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in word.children) or (
        word.i + 2 < len(word.doc) and word.nbor(1).text == "," and word.nbor(2).lower_ in ("a", "an", "his", "her", "their"))


def _pair_claim(a: str, b: str, occurrences: _Occurrences, elsewhere: set[str],
                by_sentence: dict[tuple[str, int], Sentence], told_already: bool, styled: bool = False) -> Claim | None:
    """The claim two spellings one edit apart make, if they are one name: written two ways by one outlet, or
    spelt differently by outlets that each write one way. A pair another finding has told across outlets
    ("Min Huang" / "Min Haung") is still told when one outlet writes both: that outlet contradicts itself.
    Spellings that differ only by a house style (``styled``) are told only when one outlet writes both."""
    sa, sb = {f.source for f, _, _ in occurrences[a]}, {f.source for f, _, _ in occurrences[b]}
    if styled and not sa & sb:
        return None
    # "Stanford Hospital" / "Sanford Police Department": two names, not one misspelt
    one_slot = any(same_slot(x, y) for _, _, x in occurrences[a] for _, _, y in occurrences[b])
    if sa & sb:
        return _written_two_ways(a, b, occurrences, sa & sb, elsewhere, by_sentence) if one_slot else None
    if told_already:
        return None
    if all(full for _, full, _ in occurrences[a]) and all(full for _, full, _ in occurrences[b]):
        return None  # both only in full names: the people comparison's to tell
    if not one_slot:
        return None
    fa, fb = [f for f, _, _ in occurrences[a]], [f for f, _, _ in occurrences[b]]
    builder = ClaimBuilder(by_sentence, f"same word: {fa[0].text}")
    builder.add("spelling differs", "medium",
                f"spelling differs: {say(fa, 'write')} “{fa[0].text}”, {say(fb, 'write')} “{fb[0].text}”", fa, fb)
    return builder.claim()


def _written_two_ways(a: str, b: str, occurrences: _Occurrences, both: set[str], elsewhere: set[str],
                      by_sentence: dict[tuple[str, int], Sentence]) -> Claim | None:
    """One outlet writing one name two ways, one edit apart: the same full name ("Melody Cerros" / "Melody
    Cuerros"), or a surname alone that no full name of the story has, against the surname of one it has
    ("Harrison Marshman Jr.", "Marshman said" / "shot by Marshaman"). News names a person in full before it
    uses the surname alone, so that is one person misspelt (`name written two ways`, low). Otherwise
    ("Brandon" and "Brendan"), or when the lone word names a place or introduces someone ("of Carson",
    "Larsen, a witness"), the outlet tells of two, and nothing is said."""
    def alone(word: str, source: str) -> bool:
        return word not in elsewhere and all(full is None for f, full, _ in occurrences[word] if f.source == source)

    for source in both:
        fulls_a = [full for f, full, _ in occurrences[a] if f.source == source]
        fulls_b = [full for f, full, _ in occurrences[b] if f.source == source]
        # the same first name with two surnames a letter apart; two first names a letter apart with one
        # surname ("Alejandra"/"Alejandro") are as often two siblings
        same_name = any(x is not None and y is not None and _surname(x) == a and _surname(y) == b
                        and [w for w in x if w != a] == [w for w in y if w != b] for x in fulls_a for y in fulls_b)
        # a surname alone (a first name alone may be a child's, or a sibling's)
        back_reference = (alone(b, source) and any(x is not None and _surname(x) == a for x in fulls_a)) or \
            (alone(a, source) and any(y is not None and _surname(y) == b for y in fulls_b))
        if not (same_name or back_reference):
            return None
    fa, fb = [f for f, _, _ in occurrences[a]], [f for f, _, _ in occurrences[b]]
    builder = ClaimBuilder(by_sentence, f"same word: {fa[0].text}")
    builder.add("name written two ways", "low", f"one name written two ways: {', '.join(sorted(both))} "
                f"{'writes' if len(both) == 1 else 'write'} both “{fa[0].text}” and “{fb[0].text}”", fa, fb)
    return builder.claim()


def _surname(words: tuple[str, ...]) -> str:
    """The surname of a full name as lower-case words: its last word, a generational suffix set aside."""
    kept = without_generations(words)
    return kept[-1] if kept else words[-1]


def name_slot(word: Token) -> tuple[str, str, str]:
    """Where a word sits in the name the model reads it in: a person's surname or first name, or the rest of
    a place's or venue's name around it ("_ Hospital"), with the entity type, and the name's other words
    around it ("_ Tiggs"). Two spellings are one word only in the same slot: "Allen" as a surname and "Allan"
    as a first name are two names."""
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    if ent is None or len(ent) == 1:
        return "", "_", "_"  # a lone name, whose type the model reading one sentence often gets wrong
    around = " ".join("_" if t.i == word.i else t.text for t in ent)
    if ent.label_ == "PERSON":
        return "PERSON", "first" if word.i == ent.start else "last", around
    return ent.label_, around, around


def same_slot(x: tuple[str, str, str], y: tuple[str, str, str]) -> bool:
    """Whether two words sit in the same slot; a lone proper noun ("discovered Kelly unresponsive", "the
    suburb of Glenview") may be a surname or a one-word place, and a person's name the model reads as an
    organisation in one sentence ("Frieda Tiggs" / "Freida Tiggs" as ORG) keeps its other words."""
    return (x[:2] == y[:2] or {x[:2], y[:2]} == {("", "_"), ("PERSON", "last")}
            or ("PERSON" in (x[0], y[0]) and x[2] == y[2] != "_"))


def _misspelt(a: str, b: str, styles: bool = True) -> bool:
    """Two lower-case words one edit apart, alike at the start, and not a plural, an accent or (when
    ``styles``) a house style of one another.

    >>> [_misspelt(*p) for p in [("westerfeld", "westerfield"), ("kelly", "kelley"), ("marta", "martha")]]
    [True, True, True]
    >>> [_misspelt(*p) for p in [("street", "streets"), ("brandon", "brendan"), ("mason", "jason")]]
    [False, False, False]
    >>> [_misspelt(*p) for p in [("calderon", "calderón"), ("centre", "center"), ("labour", "labor"), ("odesa", "odessa")]]
    [False, False, False, False]
    """
    if a[0] != b[0] or min(len(a), len(b)) < _MIN_LENGTH or (styles and house_style(a) == house_style(b)):
        return False
    short, long = sorted((a, b), key=len)
    if singular(long) == short:
        return False
    return OSA.distance(a, b) == 1


def _undoubled(word: str) -> str:
    """A word with each run of one letter written once ("Gillett" -> "Gilet")."""
    return re.sub(r"(.)\1+", r"\1", word)


def house_style(word: str) -> str:
    """A word with what house styles spell two ways set aside: accents, doubled letters ("Odesa"/"Odessa"),
    -re/-er, -our/-or and -ence/-ense ("Centre"/"Center", "Labour"/"Labor", "Defence"/"Defense")."""
    plain = _undoubled(name_key(word))
    return re.sub(r"re$", "er", re.sub(r"our", "or", re.sub(r"ence$", "ense", plain)))
