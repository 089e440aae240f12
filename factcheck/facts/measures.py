"""The event's counts and amounts, read from the parse: what a number counts ("two people were killed",
"left 16 injured"), how many of a thing an article counts ("three handguns"), and what thing an amount
measures ("a $1.7 million bond"), with the scope that makes a count a part, a running total or a change.
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
from ..text.lexicon import (
    CONVEY_VERBS,
    COUNTED_AS,
    CRIME_NOUNS,
    EVENT_PREDICATES,
    FATAL_ADVERBS,
    INJURY_GRADES,
    PEOPLE_NOUNS,
    PLAIN_PERSON_NOUNS,
    SCOPE_WORDS,
    UNTALLIED_NOUNS,
    VICTIM_NOUNS,
    verb_of,
)
from .ages import person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["hospital", "read_amounts", "read_counts", "read_tallies"]

_SCOPE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SCOPE_WORDS) + r")\b", re.I)


def _count_quantities(sentence: Sentence, doc: Doc, settings: Settings) -> list[tuple[Quantity, list[Token]]]:
    """The sentence's numbers that count something, each with its tokens in the parse: no unit, no age."""
    out = []
    for q in sentence_quantities(sentence.text, settings):
        if q.unit is not None or re.match(r"[- ]years?[- ]old", sentence.text[q.end:q.end + 10]):
            continue
        number = _number_tokens(doc, q)
        if number and not _is_age(number[0]):
            out.append((q, number))
    return out


def read_counts(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                settings: Settings) -> list[Fact]:
    """Counts of the event: each count quantity whose dependency path reaches a predicate of the lexicon."""
    out = []
    for q, number in _count_quantities(sentence, doc, settings):
        found = _event_count(number[-1])
        if found is None:
            continue
        attribute, noun, head = found
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


#: Nouns a tally leaves alone: people, whose counts without a predicate say nothing of what befell them ("two
#: officers fired", "three officers responded": two groups), the lexicon's untallied things, and crimes
#: counted for other spans ("six homicides this year"); the counts of the event's people are read with their
#: predicate (:func:`read_counts`), and so are its shots and deaths (the lexicon's predicates).
_UNTALLIED = (PLAIN_PERSON_NOUNS | PEOPLE_NOUNS | frozenset(singular(w) for w in PEOPLE_NOUNS) | UNTALLIED_NOUNS
              | CRIME_NOUNS)


def read_tallies(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                 settings: Settings) -> list[Fact]:
    """How many of a thing the article counts, when no predicate of the event says what the count is of:
    "recovered three handguns", "two warrants were being served", "fired three shots", "a 38-word oath"
    (a number hyphenated to its noun measures the thing: "a two-story home" / "a three-story home" differ).
    The attribute is ``tally <noun>`` (the noun's lemma); the span runs from the number to its noun.
    Compared outlet against outlet as a lead only: a story counts many things, and two outlets' counts of
    one noun may be of two things."""
    out = []
    for q, number in _count_quantities(sentence, doc, settings):
        num = number[-1]
        noun = num.head
        lemma = noun.lemma_.lower()
        if (num.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i < num.i or not noun.is_alpha or len(lemma) < 3
                or lemma in _UNTALLIED or lemma in EVENT_PREDICATES or verb_of(lemma, EVENT_PREDICATES) in EVENT_PREDICATES
                or _event_count(num) is not None):
            continue  # "two shootings", "three killings": events counted are a story's statistics
        if q.value < 1 or q.value != int(q.value):
            continue  # an ordinal read as a fraction ("a third suspect")
        start = sentence.start + q.start
        end = sentence.start + noun.idx + len(noun.text)
        out.append(Fact(article.source, sentence.index, "event", f"tally {lemma}", f"{q.value:g}",
                        sentence.text[q.start:noun.idx + len(noun.text)], start, end, quantity=q,
                        scope=_scope(num, noun), quoted=quoted(start)))
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


def _event_count(num: Token) -> tuple[str, str | None, Token] | None:
    """What a number counts when it counts the event's people or its events (:func:`_predicate`), else
    ``None``: "two people were killed", "three deaths"; not "seized two handguns" (a tally)."""
    found = _predicate(num)
    if found is None or (found[1] is not None and found[1].lower() not in PEOPLE_NOUNS
                         and found[1].lower() not in EVENT_PREDICATES):
        return None
    return found


#: Verbs that carry the predicate in their object: "left 16 people injured", "six others suffered gunshot
#: wounds", "two sustained injuries".
_CARRIERS = frozenset({"leave", "suffer", "sustain"})


def _predicate(num: Token) -> tuple[str, str | None, Token] | None:
    """What a number counts, as ``(attribute, counted noun, predicate token)``: "two people were killed" ->
    ("killed", "people", killed); "left 16 injured" -> ("injured", None, injured); "three deaths" ->
    ("killed", None, deaths)."""
    noun = num.head if num.dep_ == "nummod" else num
    counted = noun.text if noun.i != num.i else None
    attribute = (_lemma(noun) or COUNTED_AS.get(noun.lemma_.lower())) if counted is not None else None
    if attribute and attribute != "charged":
        return attribute, None, noun  # "three deaths", "two bodies"; "five charges" counts no one charged
    found = _told(num, noun, counted)
    if found is None and counted is not None:
        found = _marked(noun, counted)
    return found


def _marked(noun: Token, counted: str) -> tuple[str, str | None, Token] | None:
    """What people are counted for when their noun says it and no verb does: a participle ("two injured
    officers") or, for the people an event befell, the event ("the six shooting victims"; "two murder
    suspects" are no one killed)."""
    for mark in noun.children:
        if mark.dep_ not in ("compound", "amod") or mark.i > noun.i:
            continue
        told = _lemma(mark)
        if mark.tag_ in ("VBN", "JJ") and told:
            return told, counted, mark
        event = EVENT_PREDICATES.get(verb_of(mark.lemma_.lower(), EVENT_PREDICATES))
        if event and noun.lemma_.lower() in VICTIM_NOUNS:
            return event, counted, mark
    return None


def _told(num: Token, noun: Token, counted: str | None) -> tuple[str, str | None, Token] | None:
    """What a number counts by the words after its noun or the verbs above it: "16 injured", "left 16
    people injured", "two people were killed", "were found dead"."""
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
            # "were found dead", "two others were found shot": the verb's adjectival or participial
            # complement is the predicate; not "began shooting", "wanted to kill" (what the counted did)
            told = next((c for c in head.children if c.i > noun.i and _lemma(c) and (
                c.dep_ in ("oprd", "acomp") or (c.dep_ == "xcomp" and c.tag_ in ("VBN", "JJ")))), None)
            if told is not None:
                return _lemma(told) or "", counted, told
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
    if match is None:
        return None
    word = match.group(0).lower()
    return "other" if word == "others" else word  # "three others" and "three other people": one scope
