"""Who died and who was hurt: the fate a clause gives the person it tells of, deaths of another time, and
whether the event has one dead.

A number or a name alone does not say whether its person was killed: the clause does ("was shot and was
pronounced dead", "killed Tenisha Mallet, 21, and wounded three"). The parse says which verb governs a
person, what they are to it (the doer of a killing has no fate by it) and which verbs joined to it tell of
them too. An event of one dead lets outlets' accounts of "the one killed" be matched whatever each calls
them (:mod:`.ages`, :mod:`.death`), so what tells of a second death matters as much: a plural, a second
person joined to the first, "also died", "a double homicide".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..nlp import governing_verb, joined_verbs, token_at
from ..records import Article, Fact, Sentence
from ..text.lexicon import CRIME_NOUNS, EVENT_PREDICATES, FATAL_ADVERBS, HIT_VERBS, OTHER_TIME_WORDS, SEXED_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["fate", "fate_facts", "killed_people", "not_this_death", "one_dead", "one_killed_age", "read_several_dead",
           "subject_sex"]

_ELSEWHEN = re.compile(r"\b(?:(?:19|20)\d\d|ago|last|previous|years?|months?|weeks?)\b", re.I)
_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "will"})


def fate(doc: Doc, char: int) -> tuple[str, Token] | None:
    """Whether the clause a person's mention sits in (the age or name at ``char``) kills ("killed") or
    wounds ("wounded") them, with the word that says so: the verb that governs the mention and that verb's
    complements, its own or those of a verb joined to it ("was shot and was pronounced dead", "suffered a
    gunshot wound"). The doer of a killing has no fate by it ("a 25-year-old man shot and killed his wife")."""
    token = governing_verb(doc, char, char + 1)
    if token is None or any(c.dep_ == "neg" for c in token.children) or not_this_death(token):
        return None  # "were not hurt" tells no fate; nor does a death of another time
    role = _role(doc, char, token)
    if role in ("", "agent") or (role == "nsubj" and token.lemma_.lower() in _HARM_VERBS):
        return None  # the doer of the harm ("killed by a 19-year-old"), or someone's kin ("a man's son")
    fates: dict[str, Token] = {}
    # a verb joined to it tells of its subject too ("was shot and was pronounced dead"), never of its object
    # ("killed Smith and wounded three")
    joined = joined_verbs(token) if role in ("nsubj", "nsubjpass") else []
    for verb in (token, *joined):
        for t in (verb, *(c for c in verb.children if c.dep_ in _FATE_DEPS)):
            lemma = t.lemma_.lower()
            attribute = EVENT_PREDICATES.get(lemma) or ("killed" if lemma.startswith("fatal") else None)
            if attribute == "killed" or any(c.lower_ in FATAL_ADVERBS for c in t.children):
                fates.setdefault("killed", t)  # "fatally wounded"
            elif attribute in ("injured", "hospitalised"):
                fates.setdefault("wounded", t)
    if "killed" in fates and any(c.lower_ in FATAL_ADVERBS for c in fates["killed"].children):
        fates.pop("wounded", None)
    return next(iter(fates.items())) if len(fates) == 1 else None


def fate_facts(article: Article, sentence: Sentence, doc: Doc, char: int, subject: str,
               quoted: Callable[[int], bool]) -> list[Fact]:
    """The ``fate`` fact of a person named or described at ``char`` of the sentence (:func:`fate`), citing
    the word that tells it, if the clause tells one."""
    told = fate(doc, char)
    if told is None:
        return []
    word = told[1]
    at = sentence.start + word.idx
    return [Fact(article.source, sentence.index, subject, "fate", told[0], word.text, at, at + len(word.text),
                 quoted=quoted(at))]


#: What a verb's fate may be said by besides itself: "was pronounced dead", "suffered a gunshot wound".
_FATE_DEPS = frozenset({"acomp", "oprd", "xcomp", "dobj", "advmod"})
#: Verbs whose subject does the harm in the active voice; "die" and "dead" befall their subject.
_HARM_VERBS = frozenset({"kill", "shoot", "murder", "slay", "wound", "injure", "hurt", "stab"})


def _role(doc: Doc, char: int, verb: Token) -> str:
    """What the person at ``char`` is to the verb that governs them: the dependency of their noun phrase
    ("nsubj", "nsubjpass", "dobj"...), climbing from an age or a first name to the phrase's head; ``agent``
    for the doer of a passive ("killed by a 19-year-old"), ``""`` when the mention belongs to another
    person's phrase ("a 30-year-old man's son") or to no argument of the verb."""
    token = token_at(doc, char)
    for _ in range(4):
        if token is None or token.i == verb.i or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
            break
        token = token.head
    if token is None or token.i == verb.i or token.dep_ == "poss":
        return ""
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == verb.i:
        return "agent"
    return token.dep_ if token.head.i == verb.i else ""


def not_this_death(verb: Token, count: Token | None = None) -> bool:
    """A death (or a wound) denied, supposed, or of another time or incident: "no one died", "would have
    died", "died in 2019", "three years ago", "had died before", "a week after a boy died", "in a separate
    shooting". ``count`` is the verb's count of times, whose "once" ("shot once in the chest") is no other
    time."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) or (
                c.lower_ in OTHER_TIME_WORDS and (count is None or c.i != count.i)):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
                d.lower_ == "no" for d in c.children) or (c.lower_ == "one" and c.i > 0 and c.nbor(-1).lower_ == "no")):
            return True
    # a date that modifies the dying, not one inside who died ("Livingston, of the 7700 block, ...") and not
    # an age, which the model tags as a date ("killing a 33-year-old father", "who was 31 years old")
    if any(t.ent_type_ == "DATE" and _ELSEWHEN.search(t.text) and t.head.lower_ != "old"
           for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
        return True
    if any(t.lower_ in ("separate", "unrelated") for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return True  # "in a separate shooting Saturday, a man was killed"
    return any(a.dep_ == "prep" and a.lower_ in ("after", "before", "since") for a in verb.ancestors)


def one_dead(facts: Sequence[Fact], person: Mapping[str, int]) -> bool:
    """Whether every outlet's account leaves the event one dead at most: no count of the killed above one
    (an open count, "at least one", allows more), no two people named as dying or killed, no outlet that
    tells of two killed given two ages or none (:func:`killed_people`), and no sentence that tells of several
    dead (:func:`read_several_dead`)."""
    if any(f.attribute == "fate" and f.value == "several killed" and not f.quoted for f in facts):
        return False
    for source in {f.source for f in facts}:
        killed = killed_people([f for f in facts if f.source == source], person)
        if len(killed) > 1 and one_killed_age(killed) is None:
            return False  # one outlet tells of two killed ("his 29-year-old cousin died of his wounds")
    named = {person[f.subject] for f in facts if f.subject in person
             and (f.attribute == "died at" or (f.attribute == "fate" and f.value == "killed"))}
    highs = [f.quantity.high for f in facts if f.attribute == "killed" and f.scope is None and f.quantity is not None]
    return len(named) <= 1 and all(h is not None and h <= 1 for h in highs)


#: Words on a verb of dying that tell of a death beside another: "also died", "was killed too".
_ALSO = frozenset({"also", "too"})
#: Words on whom a death befalls that make them more than one: "another man was killed", "both died", "a
#: second victim later died". "The other man died" may be the one dead beside one wounded: taken as several
#: all the same, since reading several dead only withholds the leads that need one.
_MORE = frozenset({"another", "both", "second", "other", "others"})


def read_several_dead(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool]) -> list[Fact]:
    """Facts (subject ``event``, attribute ``fate``) where the sentence tells of more than one death of this
    event (``several killed``) or more than one person hit (``several hit``): a verb of dying or killing (or
    of shooting or wounding) whose person is plural or two joined ("a man and a woman were killed"), that
    says "also", "another" or "second", or a double or triple killing. Counts are read as counts
    (:mod:`.measures`); this catches what no number says."""
    out = []
    for value, kinds in (("several killed", _KILLED), ("several hit", _HIT)):
        word = next((w for t in doc if (w := _another(t, kinds)) is not None), None)
        if word is not None:
            at = sentence.start + word.idx
            out.append(Fact(article.source, sentence.index, "event", "fate", value, word.text, at,
                            at + len(word.text), quoted=quoted(at)))
    return out


#: What a verb of the event does to its people: kills them, or hits them at all (kills, wounds or shoots).
_KILLED = frozenset({"killed"})
_HIT = frozenset({"killed", "injured", "shot"})


def _another(t: Token, kinds: frozenset[str] = _KILLED) -> Token | None:
    """The word that makes the clause of ``t`` tell of another person dead (or, with ``kinds`` ``_HIT``, hit),
    if ``t`` is a verb of those kinds: "a man and a woman were shot", "another man was wounded"."""
    lemma = t.lemma_.lower()
    if t.lower_ in ("double", "triple") and t.head.lemma_.lower() in CRIME_NOUNS:
        # "the city's third double homicide this year" counts other crimes
        dated = any(d.ent_type_ == "DATE" and _ELSEWHEN.search(d.text) for d in t.doc)
        return None if dated else t
    hit = kinds is _HIT and lemma in HIT_VERBS  # "a man and a woman were struck"
    if (EVENT_PREDICATES.get(lemma) not in kinds and not hit) or t.pos_ not in ("VERB", "ADJ") or not_this_death(t):
        return None
    # whom it befalls: the subject of dying, the object or passive subject of killing (not the killer)
    roles = ("nsubj", "nsubjpass") if lemma in ("die", "dead") else ("dobj", "nsubjpass")
    if t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in t.children):
        roles = ("nsubj", "nsubjpass")  # "one man was killed and another injured": a passive with its "was" left out
    people = [c for c in t.children if c.dep_ in roles]
    for c in t.children:
        if c.lower_ in _ALSO:
            return c
    for p in people:
        # a bare "another" ("one was killed and another injured") is a second person hit, not a second dead
        if p.tag_ in ("NNS", "NNPS") or p.lower_ in ("they", "both") or (kinds is _HIT and p.lower_ == "another") or any(
                c.dep_ == "conj" or c.lower_ in _MORE or (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) for c in p.children):
            return p
    return None


def killed_people(facts: Sequence[Fact], person: Mapping[str, int]) -> dict[object, list[Fact]]:
    """The people one outlet's facts tell were killed, one key each, with the age facts it gives them: a
    resolved person named as dying or killed, a part ("the cousin") whose clause kills them, a described
    person's age ("a woman (killed)", 25). What a quotation says is left out. Two keys may be one person
    told two ways ("John Smith, 25" and "the 25-year-old man"): see :func:`one_killed_age`."""
    out: dict[object, list[Fact]] = {}
    for f in facts:
        if f.quoted:
            continue
        if f.subject in person and (f.attribute == "died at" or (f.attribute == "fate" and f.value == "killed")):
            out.setdefault(person[f.subject], [])
        elif f.attribute == "fate" and f.value == "killed" and f.subject.startswith("the "):
            out.setdefault(f.subject, [])
        elif f.attribute == "age" and f.subject.endswith(" (killed)"):
            out.setdefault((f.subject, f.value), []).append(f)
    for f in facts:
        key = person.get(f.subject, f.subject)
        if f.attribute == "age" and not f.quoted and key in out and not f.subject.endswith(" (killed)"):
            out[key].append(f)
    return out


def one_killed_age(killed: Mapping[object, Sequence[Fact]]) -> str | None:
    """The age of the one person an outlet tells was killed, when every person it tells was killed is given
    that one age (one person named and described: "John Smith, 25" and "the 25-year-old man"); else
    ``None``: two ages are two dead, and a dead person without an age may be anyone."""
    values = {f.value for facts in killed.values() for f in facts}
    if not killed or len(values) != 1 or not all(killed.values()):
        return None
    return next(iter(values))


def subject_sex(subject: str) -> str | None:
    """The sex a fact's subject tells by its words ("a woman (killed)", "the son", "event (female)" for
    "she"), else ``None``: what tells two of the dead apart."""
    words = subject.removesuffix(")").replace("(", " ").split()
    return next((SEXED_NOUNS[w] for w in words if w in SEXED_NOUNS), None)
