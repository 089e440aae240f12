"""Where on the body a person was hit: "shot in the left leg", "a gunshot wound to the chest", "a head
wound", "in the back of the head", read from the words around a body part and compared across outlets.

A body part is read onto the lexicon's tree of parts (:data:`~factcheck.text.lexicon.BODY_PARTS`: the jaw
lies in the face, the face in the head), so two outlets disagree only when neither one's part lies in the
other's ("the back" / "the shoulder"; not "the leg" / "the left calf"). Whose wound it is comes from the
parse: whom the verb of hitting tells of, or the subject of the verb a wound noun is the object of. An
event with several people hit has several wounds, and "he" may be any of them: outlets are compared for one
named person, or when the event has one person hit and each outlet tells of one only. A lead (low): an
outlet may name the wound it was told of first, and another the one a later report gave.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from ..records import Article, Claim, Fact, Sentence
from ..text.lexicon import (
    BODY_PART_MODIFIERS,
    BODY_PART_SYNONYMS,
    BODY_PARTS,
    HIT_VERBS,
    PART_OF_WORDS,
    SEXED_NOUNS,
    WOUND_NOUNS,
    WOUND_PREPOSITIONS,
    WOUND_VERBS,
)
from .ages import AGE_WORDS
from .builder import ClaimBuilder, say
from .condition import named_person, subject_of
from .death import one_person
from .fates import not_this_death

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["compare_wounds", "read_wounds"]

#: Verbs a body part is hit by ("shot in the leg", "grazed on the head").
_WOUND_VERBS = HIT_VERBS | WOUND_VERBS


def read_wounds(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                named: Sequence[tuple[int, int, str]]) -> list[Fact]:
    """Where on the body the sentence says a person was hit, as facts with attribute ``wound`` and the body
    part as value; the arguments are :func:`.condition.read_conditions`'s. A wound denied, supposed or of
    another time ("had been shot in the arm before", "could have been shot", "no wound to his head") is not
    read. The subject is who was hit (:func:`_wounded`)."""
    out = []
    for word in doc:
        site = _body_part(word)
        host = _wound_host(word) if site is not None else None
        if host is None or site is None or _not_this_wound(host):
            continue
        start = sentence.start + word.idx
        out.append(Fact(article.source, sentence.index, _wounded(host, named), "wound", site, word.text, start,
                        start + len(word.text), quoted=quoted(start)))
    return out


def _not_this_wound(host: Token) -> bool:
    """Whether the verb or noun of a wound tells of none of this event: denied, supposed or of another time
    (:func:`.fates.not_this_death`; "once" after the verb counts, "shot once in the chest"), or "no wound"."""
    if host.pos_ == "NOUN":
        verb = next((h for h in host.ancestors if h.pos_ in ("VERB", "AUX")), None)
        return any(c.lower_ == "no" for c in host.children) or (verb is not None and not_this_death(verb))
    once = next((c for c in host.children if c.lower_ == "once" and c.i > host.i), None)
    return not_this_death(host, once)


def _body_part(word: Token) -> str | None:
    """The body part a word names, by BODY_PARTS' name for it ("stomach" -> "abdomen"), else ``None``. A part
    followed by "of" is none ("the back of the head" is read at "head"; "the heart of downtown", "the foot
    of the stairs" are places), nor is "back" or "side" before a noun ("the back seat", "the side yard";
    not "in the back Friday night"). The parser often takes "back" for an adjective: the word's place after
    a preposition of a wound decides (:func:`_wound_host`), not its part of speech."""
    lemma = word.lower_ if word.pos_ not in ("NOUN", "PROPN") else word.lemma_.lower()
    lemma = BODY_PART_SYNONYMS.get(lemma, lemma)
    if lemma == "body" and word.i > 0 and word.nbor(-1).lower_ == "upper":
        return "torso"
    if lemma not in BODY_PARTS:
        return None
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.lower_ == "of":
        return None
    if lemma in PART_OF_WORDS and after is not None and after.pos_ in ("NOUN", "PROPN") and after.ent_type_ not in ("DATE", "TIME"):
        return None
    return lemma


def _wound_host(word: Token) -> Token | None:
    """The verb of hitting or the wound noun a body part is given by ("shot | in the leg", "wound | to the
    chest", "head | wound", "hit twice in the back of the head"), through the parts listed before it ("in
    the leg and arm"), read from the words before the part: the small parser often hangs "in the back
    Friday night" or "and the leg" on the wrong word."""
    doc = word.doc
    if word.i + 1 < len(doc) and doc[word.i + 1].lemma_.lower() in WOUND_NOUNS:
        return doc[word.i + 1]  # "a head wound", "chest injuries"
    if word.dep_ in ("nsubjpass", "dobj") and word.head.lemma_.lower() in _WOUND_VERBS:
        return word.head  # "his abdomen was grazed", "the bullet grazed her arm"
    i = word.i - 1
    while i >= 0 and (doc[i].lower_ in BODY_PART_MODIFIERS or (
            doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ in PART_OF_WORDS)):
        i -= 2 if doc[i].lower_ == "of" else 1  # "in the back of | the head"
    if i > 0 and doc[i].lower_ in ("and", "or", ",") and _body_part(doc[i - 1]) is not None:
        return _wound_host(doc[i - 1])  # "in the hand and the leg", "in the head, chest and arm"
    if i < 0 or doc[i].lower_ not in WOUND_PREPOSITIONS:
        return None
    prep = doc[i]
    hosts = [prep.head, *reversed(doc[max(0, i - 3):i])]
    if prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        hosts.insert(1, prep.head.head.head)  # "struck by a stray bullet in the arm": the bullet's verb
    for host in hosts:
        if (host.pos_ == "VERB" and host.lemma_.lower() in _WOUND_VERBS) or (
                host.pos_ == "NOUN" and host.lemma_.lower() in WOUND_NOUNS):
            return host
    return None


def _wounded(host: Token, named: Sequence[tuple[int, int, str]]) -> str:
    """Who was hit where a wound's verb or noun says: whom a verb of hitting tells of ("was shot", "shot
    him"; "shot himself" is its subject), the person a wound is with ("a man with a gunshot wound"), or the
    subject of the verb a wound noun is the object of ("he suffered a wound"), as :func:`_person` names
    them."""
    if host.pos_ == "NOUN" and host.head.lower_ == "with" and host.head.head.pos_ in ("NOUN", "PROPN"):
        return _person(host.head.head, named)  # "found a man with a gunshot wound to the arm"
    verb = host if host.pos_ == "VERB" else next((h for h in host.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return "event"
    passive = host.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    one = subject_of(verb, ("nsubjpass",) if host.pos_ == "VERB" else ("nsubj", "nsubjpass"))
    if host.pos_ == "VERB" and not passive and one is not None and one.lower_.endswith(("self", "selves")):
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head  # "a man shot his neighbor and then shot himself"
        one = next((c for c in doer.children if c.dep_ == "nsubj"), None)
        if one is not None and one.lower_ in ("who", "that") and doer.dep_ == "relcl":
            one = doer.head  # "a man who shot himself"
    if one is not None and _body_part(one) is not None:
        one = next((c for c in one.children if c.dep_ == "poss"), None)  # "the boy's abdomen was grazed"
    if one is None or one.lemma_.lower() in WOUND_NOUNS:
        return "event"  # "the head wound was fatal" tells of the wound, not of another person
    return _person(one, named)


def _person(one: Token, named: Sequence[tuple[int, int, str]]) -> str:
    """Who a word for the wounded names: a named person (also through an apposition, "the cashier, Maria
    Gomez,"), a proper noun as written, the noun with its age ("the 19-year-old woman": two women of two
    ages are two people), ``several`` for a plural, two joined or "another" ("three people", "they",
    "another officer"), ``event (male)`` for "he", ``event`` for another pronoun."""
    if (one.tag_ in ("NNS", "NNPS") or one.lower_ in ("they", "them", "their")
            or any(c.dep_ == "conj" or c.lower_ in ("another", "other") for c in one.children)):
        return "several"
    if one.pos_ == "PRON":
        sex = SEXED_NOUNS.get(one.lower_)
        return f"event ({sex})" if sex else "event"
    name = named_person(one, named) or next(
        (n for c in one.children if c.dep_ == "appos" and (n := named_person(c, named)) is not None), None)
    if name is not None:
        return name
    if one.pos_ == "PROPN":
        return one.doc[one.left_edge.i:one.i + 1].text  # a name the model did not resolve: as written
    age = AGE_WORDS.search(one.doc[one.left_edge.i:one.i + 1].text)
    noun = one.lemma_.lower()
    return f"the {age.group('list')}-{age.group('unit').lower()}-old {noun}" if age else f"the {noun}"


def compare_wounds(facts: Sequence[Fact], person: Mapping[str, int], by_key: dict[tuple[str, int], Sentence],
                   single: bool) -> list[Claim]:
    """Claims of their own (low, ``wound site differs``) for where one person was hit, told two ways.

    Args:
        facts: Every article's facts; the ``wound`` facts are compared.
        person: Resolved person id per name.
        by_key: Every kept sentence by ``(source, index)``.
        single: Whether the event has one dead (:func:`.fates.one_dead`).

    Two outlets' parts are compared when they are said of one named person, or, when the event has one
    person hit (:func:`_one_hit`), when every subject the two outlets give a wound may be one person
    (:func:`.death.one_person`: not two names, two parts, "he" and "she").
    """
    by_source: dict[str, dict[str, list[Fact]]] = {}
    for f in facts:
        if f.attribute == "wound":
            by_source.setdefault(f.source, {}).setdefault(f.subject, []).append(f)
    alone = single and _one_hit(facts, person)
    claims = []
    for x, y in combinations(sorted(by_source), 2):
        pairs = [(fx, fy) for a, fx in by_source[x].items() for b, fy in by_source[y].items()
                 if a in person and b in person and person[a] == person[b]]
        subjects = [*by_source[x], *by_source[y]]
        if alone and all(one_person(a, b, person) for a, b in combinations(subjects, 2)):
            pairs = [([f for fs in by_source[x].values() for f in fs], [f for fs in by_source[y].values() for f in fs])]
        for fx, fy in pairs:
            if _related(fx, fy):
                continue
            who = next((f.subject for f in (*fx, *fy) if not f.subject.startswith("event")), "the one person hit")
            builder = ClaimBuilder(by_key, "same person: where hit")
            builder.add("wound site differs", "low", f"where {who} was wounded: {say(fx)} "
                        f"“{', '.join(sorted({f.text for f in fx}))}”, {say(fy)} "
                        f"“{', '.join(sorted({f.text for f in fy}))}”", fx, fy)
            claims.append(builder.claim())
    return [c for c in claims if c is not None]


def _one_hit(facts: Sequence[Fact], person: Mapping[str, int]) -> bool:
    """Whether every outlet's account leaves one person hit at most: no count of the killed, injured, shot or
    hospitalised above one (an open count, "at least one", allows more), nor of a condition ("two are in
    critical condition"); no outlet that counts one killed and one injured, or gives two people a fate; no
    sentence that tells of several dead or hit (:func:`.fates.read_several_dead`) and no wound given to
    several."""
    if any((f.attribute == "fate" and f.value in ("several killed", "several hit"))
           or (f.attribute == "wound" and f.subject == "several") for f in facts):
        return False
    for source in {f.source for f in facts}:
        mine = [f for f in facts if f.source == source]
        counts = [f for f in mine if f.attribute in ("killed", "injured", "shot", "hospitalised") and f.scope is None]
        if any(f.quantity is None or f.quantity.high is None or f.quantity.high > 1 for f in counts):
            return False
        if len({f.attribute for f in counts} & {"killed", "injured"}) > 1:
            return False
        if any(f.attribute.startswith("condition of ") and f.attribute != "condition of 1" for f in mine):
            return False
        fated = {person.get(f.subject, f.subject) for f in mine if f.attribute == "fate" and f.subject != "event"}
        if len(fated) > 1:
            return False
    return True


def _related(a: Sequence[Fact], b: Sequence[Fact]) -> bool:
    """Whether any body part of ``a`` is one of ``b``'s or lies in it, or the other way round."""
    return any(x.value in _within(y.value) or y.value in _within(x.value) for x in a for y in b)


def _within(part: str) -> set[str]:
    """A body part and every part it lies in ("jaw" -> jaw, face, head)."""
    out = set()
    here: str | None = part
    while here is not None:
        out.add(here)
        here = BODY_PARTS.get(here)
    return out
