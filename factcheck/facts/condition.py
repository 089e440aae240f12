"""The condition of the wounded, as one article tells it: "Smith is in critical condition", "three others are
in stable condition", "was critically injured", "non-life-threatening injuries".

A condition is said of a person (a name the sentence carries, or the part they play: "the victim") or of a
number of them ("two people are in critical condition"); the subject comes from the parse (the subject of
the verb that governs the condition). Conditions are read onto one scale of three grades (critical,
serious, stable); "critical but stable" gives both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..nlp import governing_verb
from ..quantities.numerals import whole_number
from ..records import Article, Fact, Sentence
from ..text.lexicon import CONDITIONS, PLAIN_PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["named_person", "part_of", "read_conditions", "subject_of", "whom"]

_THREAT = re.compile(r"\b(?P<non>non[- ]?)?life[- ]threatening\b", re.I)
#: Verbs of being hurt that an adverb of condition modifies ("critically injured").
_HURT = frozenset({"injure", "wound", "hurt", "shoot", "burn"})


def read_conditions(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                    named: Sequence[tuple[int, int, str]]) -> list[Fact]:
    """Conditions the sentence gives to people or to a number of them.

    Args:
        article: The article.
        sentence: The sentence.
        doc: Its parse.
        quoted: Whether an article offset sits inside a quotation.
        named: People the sentence names, as ``(first token, end token, resolved name)``.

    Returns:
        Facts with attribute ``condition`` (a person's, or "the victim"'s) or ``condition of N`` (of a number
        of people, subject ``event``), the grade as value.
    """
    out = []
    for token, grade in _grades(doc):
        subject = _subject(token)
        if subject is None:
            continue
        who = named_person(subject, named)
        attribute = "condition"
        if who is None:
            count = _count(subject)
            if count is not None:
                who, attribute = "event", f"condition of {count}"
            else:
                who = part_of(subject)
                if who is None:
                    continue
        start = sentence.start + token.idx
        out.append(Fact(article.source, sentence.index, who, attribute, grade, token.text, start,
                        start + len(token.text), quoted=quoted(start)))
    return out


#: Nouns for the one person a condition is given to when no name is ("the victim is in critical condition").
_PARTS = frozenset({"victim", "officer", "suspect", "shooter", "gunman", "driver", "passenger"}) | PLAIN_PERSON_NOUNS


def named_person(token: Token, named: Sequence[tuple[int, int, str]]) -> str | None:
    """The resolved name of the person ``named`` (``(first token, end token, name)``) whose name holds the
    token, else ``None``."""
    return next((name for first, end, name in named if first <= token.i < end), None)


def subject_of(verb: Token, subjects: tuple[str, ...]) -> Token | None:
    """The word for whom a verb tells of: its subject of the given dependencies, else its object ("shot
    him"), the noun a "who" clause hangs from for "who"; ``None`` when it has neither."""
    who = [c for c in verb.children if c.dep_ in subjects] or [c for c in verb.children if c.dep_ == "dobj"]
    if not who:
        return None
    return verb.head if who[0].lower_ in ("who", "that") and verb.dep_ == "relcl" else who[0]


def whom(verb: Token, named: Sequence[tuple[int, int, str]]) -> str:
    """Whom a passive verb tells of ("was shot"), or its object ("shot him"), as a named person, the part
    they play ("the victim"), or ``event`` when the sentence does not say ("he")."""
    one = subject_of(verb, ("nsubjpass",))
    return "event" if one is None else named_person(one, named) or part_of(one) or "event"


def part_of(token: Token) -> str | None:
    """The part a singular noun gives the one person it stands for ("the victim"), else ``None``."""
    lemma = token.lemma_.lower()
    return f"the {lemma}" if lemma in _PARTS and token.tag_ == "NN" else None


def _grades(doc: Doc) -> list[tuple[Token, str]]:
    """Each word that grades a condition, with its grade."""
    out = []
    for t in doc:
        word = t.lower_
        if t.lemma_.lower() == "condition" and t.pos_ == "NOUN":
            adjectives = [c for c in t.children if c.dep_ == "amod"]
            adjectives += [c for a in adjectives for c in a.children if c.dep_ == "conj"]
            out += [(a, CONDITIONS[a.lower_]) for a in adjectives if a.lower_ in CONDITIONS]
        elif word.endswith("ly") and word[:-2] in CONDITIONS and t.head.lemma_.lower() in _HURT:
            out.append((t, CONDITIONS[word[:-2]]))  # "critically injured"
    for m in _THREAT.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append((span.root, "stable" if m.group("non") else "critical"))
    return out


def _subject(token: Token) -> Token | None:
    """Whom a condition is said of: the subject of its verb, or of the verb that verb is joined to ("was
    shot and is in critical condition"), or the noun a clause on it hangs from ("Smith, who is in ...")."""
    phrase = token.head if token.dep_ == "amod" else token
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" and phrase.head.head.like_num:
        return phrase.head.head  # "two in critical condition and three in serious condition"
    verb = governing_verb(token.doc, token.idx, token.idx + len(token.text))
    for _ in range(3):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        verb = verb.head
    return None


def _count(subject: Token) -> int | None:
    """The number of people a subject counts ("three", "two of them", "three others"), else ``None``."""
    words = [subject] if subject.like_num else [c for c in subject.children if c.dep_ == "nummod"]
    return whole_number(words[0].text) if len(words) == 1 else None
