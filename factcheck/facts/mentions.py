"""Where an article writes a person's name: the spans the model reads as people, mended where it errs.

The model (NER) finds most names; this module mends what it gets wrong in news copy: a given name with an
apostrophe left out ("De’Shaun Swanson" read as "Swanson"), a title taken into the name ("Superintendent
Ronald Serpas", which leaves the title unread and the name misspelt against "Ronald Serpas"), a nickname in
quotation marks, and a person read as an organisation or not at all, found again from the words of a name
the model did read elsewhere in the event. Each span comes with the name as written, without possessive,
title or stray punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text.lexicon import GENERATIONS, HONORIFICS, PEOPLE_NOUNS, PERSON_NOUNS, PLAIN_PERSON_NOUNS, RANKS, TITLE_ABBREVIATIONS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["TITLE_WORDS", "name_spans", "name_words", "untitled"]

#: Nouns of what a person is or does, which may stand before a name as a title ("Witness John Doe").
_ROLE_NOUNS = PERSON_NOUNS | PEOPLE_NOUNS | PLAIN_PERSON_NOUNS
#: Words of a title spelt out ("lieutenant", "governor"), as the abbreviations in the lexicon stand for.
TITLE_WORDS = frozenset(w.lower() for title in TITLES.values() for w in title.split())


def name_spans(doc: Doc, known: frozenset[str]) -> list[tuple[Span, str]]:
    """Each person's name in one parsed sentence, in order, as ``(span, name as written)``.

    Args:
        doc: The model's parse of the sentence.
        known: Words of the full names the model found anywhere in the event (:func:`name_words`): a run of
            proper nouns holding one is a name even where the model missed it.
    """
    nicknamed = _nicknamed(doc)
    spans = [untitled(_widened(ent, known)) for ent in doc.ents if ent.label_ == "PERSON"]
    spans += [untitled(run) for run in _propagated(doc, known)]
    spans = [e for e in spans if not any(n.start <= e.start < n.end or e.start <= n.start < e.end for n, _ in nicknamed)
             and not _modifier(e)]
    named = [(e, _clean_name(e)) for e in spans] + nicknamed
    return [(span, name) for span, name in sorted(named, key=lambda e: e[0].start) if name is not None]


def name_words(docs: Iterable[Doc]) -> frozenset[str]:
    """The first and last words of the full names the model finds as people in ``docs``."""
    words: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            name = _clean_name(untitled(ent)) if ent.label_ == "PERSON" else None
            if name and len(name.split()) >= 2:
                words.update((name.split()[0], name.split()[-1]))
    return frozenset(words)


#: A name with a nickname in quotation marks between its words ('Aaron "Pudge" Ladson').
_NICKNAME = re.compile(r"\b(?P<first>[A-Z][a-z]+)\s+[\"“][A-Z][\w .'’-]{0,24}[\"”]\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _nicknamed(doc: Doc) -> list[tuple[Span, str | None]]:
    """Names written with a nickname, which the model splits or takes for a title: the span and the name
    without the nickname ("Aaron Ladson"), when the first word reads as a person's."""
    out: list[tuple[Span, str | None]] = []
    for m in _NICKNAME.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span[0].is_stop or not (span[0].ent_type_ == "PERSON" or span[0].pos_ == "PROPN"):
            continue
        out.append((span, f"{m.group('first')} {m.group('last')}"))
    return out


def _modifier(span: Span) -> bool:
    """Whether a name modifies a noun after it, so names no person: "a 34-year-old Jackson man", "a
    Chester resident", "the Smith family"."""
    last = span[-1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN" and not span.start <= last.head.i < span.end


def _widened(ent: Span, known: frozenset[str]) -> Span:
    """A person the model read without the given name before it, that name taken in: the model misses given
    names with an apostrophe inside ("10-year-old De’Shaun Swanson" read as "Swanson") and, before a full
    name, given names it does not know ("Pablo Antonio Serrano-Vitorino" read as "Antonio Serrano-Vitorino").
    The word must be a proper noun of no entity that the parse joins to the name, with no words of its own
    and no proper noun before it, that the lexicon does not know as a title or a person's role ("Mayor Mitch
    Landrieu", "Witness John Doe") and that is a word of a name the model found elsewhere in the event
    (``known``): the titles the lexicon does not know are many ("Sophomore Kayla Brooks")."""
    if ent.start == 0:
        return ent
    before = ent.doc[ent.start - 1]
    if before.pos_ != "PROPN" or before.ent_type_ or not before.text[:1].isupper():
        return ent
    if _APOSTROPHE_NAME.fullmatch(before.text) and len(ent) == 1:
        return ent.doc[ent.start - 1:ent.end]
    joined = before.dep_ == "compound" and ent.start <= before.head.i < ent.end
    # a title is a phrase of its own ("Senate Minority Leader Chuck Schumer", "Police Chief Eddie Johnson"):
    # a given name has no words of its own and no proper noun before it
    alone = not any(before.children) and (before.i == 0 or ent.doc[before.i - 1].pos_ != "PROPN")
    if len(ent) < 2 or not joined or not alone or not _letters(before.text) or _role_word(before.text) \
            or before.text not in known:
        return ent
    return ent.doc[ent.start - 1:ent.end]


def _role_word(word: str) -> bool:
    """A title, rank, form of address or noun of a person's role, written before a name."""
    plain = word.lower().rstrip(".")
    return _title_word(word) or plain in HONORIFICS or plain in _ROLE_NOUNS


#: A given name with an apostrophe inside ("De’Shaun", "Ja'Marcus", "D'Andre").
_APOSTROPHE_NAME = re.compile(r"[A-Z][^\W\d_]*['’][^\W\d_]{2,}")


def _propagated(doc: Doc, known: frozenset[str]) -> list[Span]:
    """Runs of capitalised proper nouns that hold a word of a name found elsewhere in the event, outside
    any entity or where the model, reading one sentence, took a person for an organisation ("Smith, 45,
    died"); never inside a place. A single word only when it is such a name's first or last word. Title
    words before the name are no part of the run ("Police Superintendent Ronal Serpas"); a hyphenated
    surname is one word ("Serrano-Vitorino", which the tokenizer splits in three)."""
    out = []
    i = 0
    while i < len(doc):
        j = i
        aged_before = _after_age(doc, i)
        while j < len(doc) and j - i < 8 and (_name_token(doc[j], aged_before) or (
                j > i and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                and j + 1 < len(doc) and _name_token(doc[j + 1], aged_before))):
            j += 1
        run = untitled(doc[i:j]) if j > i else doc[i:j]
        words = run.text.split()
        if aged_before and len(words) == 1 and "-" not in words[0] and any(t.ent_type_ for t in run):
            i = max(j, i + 1)
            continue  # "the 70-year-old Jordan": one word the model read as a place may be anyone's surname
        aged = j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].like_num
        if 0 < len(words) <= 3 and any(w in known for w in words) and (len(words) >= 2 or words[0] in known) \
                and (not any(t.ent_type_ == "ORG" for t in run) or aged or (len(words) >= 2 and words[0] in known)):
            out.append(run)  # an organisation's name is a person's only from a known first word or with an age
        i = max(j, i + 1)
    return out


def _name_token(token: Token, aged: bool = False) -> bool:
    """A token that may be part of a person's name the model missed: a capitalised proper noun of letters,
    outside any entity but an organisation or a nationality; after an age ("40-year-old Serrano-Vitorino")
    whatever entity the model read, since a place is not so many years old."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and _letters(token.text) \
        and token.ent_type_ != "PERSON" and (aged or token.ent_type_ in ("", "ORG", "NORP"))


def _after_age(doc: Doc, i: int) -> bool:
    """Whether the words before ``i`` are an age written before a name ("18-year-old", "18-year old") and
    the proper nouns from ``i`` on end their phrase: "a 100-year-old Oak Street house" is a house."""
    before = [t.lower_ for t in doc[max(0, i - 4):i] if t.text != "-"]
    if before[-2:] not in (["year", "old"], ["years", "old"], ["month", "old"], ["months", "old"]):
        return False
    j = i
    while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text == "-"):
        j += 1
    return not (j < len(doc) and doc[j].pos_ == "NOUN")


def _clean_name(ent: Span) -> str | None:
    """The name as written, without a possessive, a title the model took in, or stray punctuation; ``None``
    for what is not a name ("Smith's" -> "Smith"; "Lt. Dana Cruz" -> "Dana Cruz")."""
    doc = ent.doc
    end = ent.end
    while end > ent.start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    words = doc[ent.start:end].text.split()
    while words and (words[0].lower().rstrip(".") in TITLE_ABBREVIATIONS or words[0].lower().rstrip(".") in HONORIFICS):
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if k >= 2 and w.rstrip(".,") in GENERATIONS), None)
    if cut is not None:
        words = words[:cut + 1]  # "Douglas Shine Jr. Jurors": the model ran on past the end of the name
    elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.rstrip(".") in GENERATIONS:
        words.append(doc[end + 1].text)  # "Douglas Shine, Jr., 21": the suffix is part of the name
    name = " ".join(words).strip(" ,.;:-—'\"“”")
    if not name or not all(_name_word(w) or (k and w in _PARTICLES) for k, w in enumerate(name.split())):
        return None
    if name.split()[-1].islower():
        return None  # "Ursula von der": the model cut the name short
    if name.isupper() and len(name) > 4:
        return None  # a shouted caption or broadcast script line, not a name as an outlet spells it
    return name


_PARTICLES = frozenset("de da van von der bin al la le du del di".split())


def _letters(word: str) -> bool:
    """Letters only, an apostrophe or hyphen inside kept ("De'Maree", "O’Neal", "Smith-Jones")."""
    return re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", word) is not None


def _name_word(word: str) -> bool:
    """A word of a name: a capital letter (any script: "Élodie", "Łukasz"), then letters, apostrophes,
    hyphens or stops."""
    return word[:1].isupper() and word[:1].isalpha() and all(c.isalpha() or c in "'’.-" for c in word)


def untitled(ent: Span) -> Span:
    """A name without the title words the model took into it: "Superintendent Ronald Serpas" -> "Ronald
    Serpas", "Police Superintendent Ronal Serpas" -> "Ronal Serpas", "Coroner Robert Edge" -> "Robert
    Edge". Everything up to the last title word (a rank, a title the lexicon spells out, a form of address
    or a noun of a person's role) goes, so the title is read before the name, unless no word of a name would
    be left: in "Robert Bishop Jr." and "Robert Bishop's" the role word is the surname."""
    cut = max((t.i + 1 for t in ent[:-1] if _role_word(t.text)), default=ent.start)
    rest = [t for t in ent.doc[cut:ent.end] if t.text.rstrip(".") not in GENERATIONS and not t.text.startswith(("'", "’"))]
    return ent.doc[cut:ent.end] if cut < ent.end and rest else ent


def _title_word(word: str) -> bool:
    plain = word.lower().rstrip(".")
    return plain in RANKS or plain in TITLE_WORDS or plain in TITLE_ABBREVIATIONS
