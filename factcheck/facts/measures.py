"""The event's counts and amounts, read from the parse: what a number counts ("two people were killed",
"left 16 injured") and what thing an amount measures ("a $1.7 million bond"), with the scope that makes a
count a part, a running total or a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..compare.claim import sentence_quantities
from ..nlp import joined_verbs
from ..quantities.units import singular
from ..records import Article, Fact, Quantity, Sentence
from ..settings import Settings
from ..text.lexicon import CONVEY_VERBS, EVENT_PREDICATES, FATAL_ADVERBS, INJURY_GRADES, PEOPLE_NOUNS, SCOPE_WORDS
from .ages import person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["hospital", "read_amounts", "read_counts"]

_SCOPE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SCOPE_WORDS) + r")\b", re.I)


def read_counts(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                settings: Settings) -> list[Fact]:
    """Counts of the event: each count quantity whose dependency path reaches a predicate of the lexicon."""
    out = []
    for q in sentence_quantities(sentence.text, settings):
        if q.unit is not None or re.match(r"[- ]years?[- ]old", sentence.text[q.end:q.end + 10]):
            continue
        number = _number_tokens(doc, q)
        if not number or _is_age(number[0]):
            continue
        found = _predicate(number[-1])
        if found is None:
            continue
        attribute, noun, head = found
        if noun is not None and noun.lower() not in PEOPLE_NOUNS and noun.lower() not in EVENT_PREDICATES:
            continue
        if q.value < 1 or q.value != int(q.value):
            continue  # "an eighth suspect", "a third victim": an ordinal read as a fraction, not a count
        scope = _scope(number[-1], head)
        if scope == "part" and noun is not None:
            attribute = f"{attribute} ({singular(noun.lower())})"  # "3 women" is compared with women only
        start = sentence.start + q.start
        out.append(Fact(article.source, sentence.index, "event", attribute, f"{q.value:g}", q.text, start,
                        sentence.start + q.end, quantity=q, scope=scope,
                        quoted=quoted(start)))
    return out


def read_amounts(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                 settings: Settings) -> list[Fact]:
    """Amounts given to a thing, a figure with a unit that the parse attaches to a common noun: "a $1.7
    million bond", "a reward of up to $2,500", "bail was set at $500,000", "a 20-mile chase". The
    attribute is ``amount <noun>``; a figure a thing was changed to ("the reward was increased to $5,000")
    has the scope ``change``."""
    out = []
    for q in sentence_quantities(sentence.text, settings):
        if q.unit is None or q.unit in ("%", "pp"):
            continue  # a share is of something else; a count is a count
        number = _number_tokens(doc, q)
        if not number:
            continue
        found = _measured(number[-1], q.start, q.end)
        if found is None:
            continue
        noun, scope = found
        start = sentence.start + q.start
        out.append(Fact(article.source, sentence.index, "event", f"amount {noun}", f"{q.value:g} {q.unit}", q.text,
                        start, sentence.start + q.end, quantity=q, scope=scope, quoted=quoted(start)))
    return out


def _number_tokens(doc: Doc, q: Quantity) -> list[Token]:
    """The parse's tokens of a quantity's number ("$1.7 million": 1.7, million)."""
    return [t for t in doc if q.start <= t.idx < q.end and (t.like_num or t.pos_ == "NUM")]


def _measured(num: Token, start: int, end: int) -> tuple[str, str | None] | None:
    """The common noun a figure (the tokens from ``start`` to ``end``) measures, and ``change`` when it is
    what the thing was changed to; ``None`` when the figure measures no thing (an action, a person)."""
    tok = num
    while tok.head.i != tok.i and start <= tok.head.idx < end:
        tok = tok.head  # up through the figure's own words: "$1.7 million", "20 miles"
    head, scope = tok.head, None
    if tok.dep_ in ("nummod", "compound", "amod", "nmod") and head.pos_ == "NOUN":
        noun = head  # "a $1.7 million bond", "a 20-mile chase"
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head  # "a reward of up to $2,500"
    elif tok.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.pos_ == "VERB":
        verb = head.head  # "bail was set at $500,000", "the reward was increased to $5,000"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if len(subjects) != 1 or (head.lower_ == "to" and verb.lemma_.lower() not in _CHANGE_VERBS):
            return None
        noun = subjects[0]
        scope = "change" if verb.lemma_.lower() in _CHANGE_VERBS else None
    else:
        return None
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE_NOUNS or singular(lemma) in PEOPLE_NOUNS or noun.ent_type_:
        return None
    # "a loan deal" and "a finance deal" are two deals: the noun's own modifiers are kept
    kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    return " ".join([*kinds, lemma]), scope


#: Verbs that tell a thing's amount changed, so the figure they give is not the amount first reported.
_CHANGE_VERBS = frozenset("increase raise lower reduce cut double triple boost hike drop decrease".split())


def _coordinated(num: Token) -> bool:
    """A count coordinated with another count under one predicate is a part of the total ("10 women, 7 men
    wounded": neither 10 nor 7 is the number wounded)."""
    noun = num.head if num.dep_ == "nummod" else num
    partners = [noun.head] if noun.dep_ in ("conj", "appos") else []
    partners += [c for c in noun.children if c.dep_ in ("conj", "appos")]
    return any(p.like_num or any(c.dep_ == "nummod" for c in p.children) for p in partners)


def _is_age(num: Token) -> bool:
    """A number set off after a name or a noun of a person is that person's age ("John Smith, 45,", "a boy,
    4, was shot"), not a count."""
    i, doc = num.i, num.doc
    if i < 2 or doc[i - 1].text not in (",", "("):
        return False
    if doc[i - 2].text == ")":  # "John Smith (R-Texas), 45,": step back over the parenthesis
        opening = next((t.i for t in reversed(doc[:i - 2]) if t.text == "("), None)
        if opening is None or opening < 1:
            return False
        return doc[opening - 1].ent_type_ == "PERSON" or doc[opening - 1].pos_ == "PROPN"
    closed = i + 1 >= len(doc) or doc[i + 1].text in (",", ")", ".", ";")
    before = doc[i - 2]
    return before.ent_type_ == "PERSON" or (closed and (before.pos_ == "PROPN" or (
        before.pos_ == "NOUN" and before.tag_ == "NN" and person_noun(before.lemma_.lower()))))


def _to_hospital(tok: Token) -> bool:
    """Whether a verb sends its object to a hospital ("taken to Mercy Medical Center", "rushed to a
    hospital"): the place is a hospital by its noun, or a facility or organisation whose name says it is
    medical."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for place in prep.children:
                if place.dep_ == "pobj" and hospital(place):
                    return True  # "Mercy Medical Center"; not "the Lakewood Civic Center"
    return False


def hospital(place: Token, medical: frozenset[str] = frozenset({"medical", "hospital"})) -> bool:
    """Whether a noun names a hospital: the noun itself, or a facility or organisation whose name holds one
    of the ``medical`` words ("Mercy Medical Center")."""
    return place.lemma_.lower() == "hospital" or (
        place.ent_type_ in ("ORG", "FAC") and any(w.lemma_.lower() in medical for w in place.subtree))


def _lemma(tok: Token) -> str | None:
    if tok.pos_ == "VERB" and tok.lemma_.lower() in CONVEY_VERBS and _to_hospital(tok):
        return "hospitalised"
    for key in (tok.lemma_.lower(), tok.text.lower()):
        if key in EVENT_PREDICATES:
            if any(c.lower_ in FATAL_ADVERBS for c in tok.children):
                return "killed"  # "fatally shooting three": three were killed
            if EVENT_PREDICATES[key] == "shot" and any(EVENT_PREDICATES.get(c.lemma_.lower()) == "killed"
                                                       for c in joined_verbs(tok)):
                return "killed"  # "two men were shot and killed": the two were killed
            return EVENT_PREDICATES[key]
    return None


#: Verbs that carry the predicate in their object: "left 16 people injured", "six others suffered gunshot
#: wounds", "two sustained injuries".
_CARRIERS = frozenset({"leave", "suffer", "sustain"})


def _predicate(num: Token) -> tuple[str, str | None, Token] | None:
    """What a number counts, as ``(attribute, counted noun, predicate token)``: "two people were killed" ->
    ("killed", "people", killed); "left 16 injured" -> ("injured", None, injured); "three deaths" ->
    ("killed", None, deaths)."""
    noun = num.head if num.dep_ == "nummod" else num
    counted = noun.text if noun.i != num.i else None
    attribute = _lemma(noun) if counted is not None else None
    if attribute:
        return attribute, None, noun  # "three deaths", "16 injuries"
    nxt = noun.i + 1
    if nxt < len(noun.doc) and noun.doc[nxt].pos_ in ("VERB", "ADJ") and _lemma(noun.doc[nxt]):
        return _lemma(noun.doc[nxt]) or "", counted, noun.doc[nxt]  # "16 injured", "two people dead"
    head = noun
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.lemma_ in _CARRIERS:
            for child in head.children:
                if child.i > noun.i and _lemma(child):
                    return _lemma(child) or "", counted, child  # "left 16 people injured"
            injury = _with_injury(head)
            if injury is not None and injury.i > noun.i:
                return _lemma(injury) or "", counted, injury  # "left three others with gunshot wounds"
        if head.pos_ in ("VERB", "ADJ", "NOUN") and _lemma(head):
            return _lemma(head) or "", counted, head
        if head.pos_ == "VERB":
            break
    return None


def _with_injury(tok: Token) -> Token | None:
    """The injury a "with" phrase on ``tok`` names ("others with gunshot wounds"), else ``None``."""
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj" and _lemma(o)), None)


def _scope(num: Token, predicate: Token) -> str | None:
    """What makes a count less than the event's whole count, read from the parse: a partitive ("two of
    the victims"), a graded injury ("two suffered minor injuries"), a coordinated count ("10 women, 7 men
    wounded"), or a scope word in the number's own phrase or among the predicate's modifiers ("another
    two", "12 arrests since the protests began", "have so far arrested")."""
    noun = num.head if num.dep_ == "nummod" else num
    if any(c.dep_ == "prep" and c.lower_ in ("of", "among") for t in (num, noun) for c in t.children):
        return "part"
    if predicate.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in INJURY_GRADES for c in predicate.children):
        return "part"  # "two suffered minor injuries", "three serious injuries": one grade of the injured
    if _coordinated(num):
        return "part"
    doc = num.doc
    words = [doc[noun.left_edge.i:noun.i + 1].text]
    words += [doc[c.left_edge.i:c.right_edge.i + 1].text for c in predicate.children
              if c.dep_ in ("advmod", "npadvmod", "prep", "advcl") and c.i != noun.i]
    match = _SCOPE.search(" ".join(words))
    return match.group(0).lower() if match else None
