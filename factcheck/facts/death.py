"""Where a person died, as one article tells it: "was pronounced dead at the scene", "died at Christ Medical
Center", "taken to a hospital, where he was pronounced dead", and the comparison of those places.

A place of death is read from the parse: a verb of dying ("die", or "pronounce"/"declare" with "dead") and
the place its preposition names, the scene or a hospital (the noun, or a facility whose name says it is
medical), or the hospital a "where" clause hangs from. Whom it is said of is the verb's subject
(:func:`.condition.subject_of`): a name the sentence carries, the part they play ("the victim"), or a
pronoun ("he").

A death told of another time or as what did not or might have happened ("in 2019", "three years ago",
"a week after a boy died", "no one died", "would have died") gives none; nor does one said of someone the
sentence neither names, gives a part nor points to with a pronoun ("the victim's mother").

Two outlets that put one death at the scene and at a hospital cannot both be right. When the sentences do
not name the person, the death is the event's only when the event has one dead (:func:`.fates.one_dead`: no
outlet counts or tells of more than one killed), and only when what they call the person agrees:
"he" and "the man" may be one person, "he" and "she", or "the driver" and "the passenger", are two. An
outlet that gives both places is compared with neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..records import Article, Claim, Fact, Sentence
from ..text.lexicon import SEXED_NOUNS
from .builder import ClaimBuilder, disagreements, say
from .condition import named_person, part_of, subject_of
from .fates import not_this_death, subject_sex
from .measures import hospital

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["compare_death_places", "one_person", "read_death_places"]

_PLACES = {"scene": "the scene", "hospital": "a hospital"}


def read_death_places(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                      named: Sequence[tuple[int, int, str]]) -> list[Fact]:
    """Places the sentence says someone died, as facts with attribute ``died at`` and value ``scene`` or
    ``hospital``, the subject a named person, a part ("the man") or a pronoun's sex ("he" -> ``event
    (male)``); the arguments are :func:`.condition.read_conditions`'s."""
    out = []
    for verb in doc:
        if not _dying(verb) or not_this_death(verb):
            continue
        found = _place(verb)
        who = _who(verb, named)
        if found is None or who is None:
            continue
        place, word = found
        # the hospital's whole name, where the model reads one ("Christ Medical Center")
        span = next((e for e in doc.ents if e.start <= word.i < e.end), None) or doc[word.i:word.i + 1]
        start = sentence.start + span.start_char
        out.append(Fact(article.source, sentence.index, who, "died at", place, span.text, start, start + len(span.text),
                        quoted=quoted(start)))
    return out


def _dying(verb: Token) -> bool:
    """A verb of dying: "died", or "pronounced"/"declared" with "dead"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma == "die":
        return True
    return lemma in ("pronounce", "declare") and any(c.lower_ == "dead" for c in verb.children)


def _place(verb: Token) -> tuple[str, Token] | None:
    """The place a verb of dying names, with the word that names it: a preposition's object ("at the
    scene", "on scene", "at Christ Medical Center", "at 3:15 a.m. at Stroger Hospital", "in the emergency
    room"), or the noun a "where" clause hangs from ("taken to Mercy Hospital, where he died")."""
    holders = [verb, *(c for c in verb.children if c.lower_ == "dead")]
    holders += [o for h in list(holders) for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "in")):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                kind = _kind(obj)
                if kind is not None:
                    return kind, obj
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        kind = _kind(verb.head)
        if kind is not None:
            return kind, verb.head
    return None


#: Words of a facility's name that say it is a hospital ("Ryder Trauma Center", "UChicago Medicine").
_MEDICAL = frozenset({"hospital", "medical", "medicine", "trauma", "clinic", "health"})


def _kind(place: Token) -> str | None:
    lemma = place.lemma_.lower()
    if lemma == "scene":
        return "scene"
    if hospital(place, _MEDICAL) or (lemma == "room" and any(c.lower_ == "emergency" for c in place.children)):
        return "hospital"
    return None


def _who(verb: Token, named: Sequence[tuple[int, int, str]]) -> str | None:
    """Who died: a named person (a proper noun the people layer left out included), a part ("the man"), or a
    pronoun as ``event (male)``; ``None`` for anyone else the sentence tells of ("the victim's mother")."""
    one = subject_of(verb, ("nsubj", "nsubjpass"))
    if one is None:
        return None
    if any(d.lower_ in ("another", "other") for d in one.children):
        return None  # "another man had died at the scene of a similar attack"
    person = named_person(one, named) or part_of(one) or (one.text if one.pos_ == "PROPN" else None)
    if person is not None:
        return person  # a name the people layer did not resolve is still someone's
    sex = SEXED_NOUNS.get(one.lower_) if one.pos_ == "PRON" else None
    return f"event ({sex})" if sex is not None else None


def one_person(a: str, b: str, person: Mapping[str, int]) -> bool:
    """Whether two subjects of the event's one death (or one wound) may be one person: the same, or not told
    apart by two names, two parts ("the driver"/"the passenger") or by sex ("he"/"she", "the man"/"the
    woman")."""
    if a == b:
        return True
    if a in person and b in person:
        return person[a] == person[b]
    if all(x.startswith("the ") for x in (a, b)) or not any(x.startswith(("the ", "event")) for x in (a, b)):
        return False  # two parts, or two names
    sa, sb = subject_sex(a), subject_sex(b)
    return sa is None or sb is None or sa == sb


def compare_death_places(facts: Sequence[Fact], person: Mapping[str, int],
                         by_key: dict[tuple[str, int], Sentence], single: bool) -> list[Claim]:
    """One person's death put at the scene by one outlet and at a hospital by another (low: a lead the
    editor checks against the authorities' account). ``single``: whether the event has one dead
    (:func:`.fates.one_dead`), so that deaths told without a name are that one's."""
    places = [f for f in facts if f.attribute == "died at"]
    groups: dict[object, list[Fact]] = defaultdict(list)
    for f in places:
        if single:
            groups["event"].append(f)  # the event's one dead, whatever each outlet calls them
        elif f.subject in person:
            groups[person[f.subject]].append(f)
    claims = []
    for group in groups.values():
        builder = ClaimBuilder(by_key, "same death: where")
        for fa, fb in disagreements(group):
            fa = [f for f in fa if all(one_person(f.subject, g.subject, person) for g in fb)]
            fb = [g for g in fb if all(one_person(f.subject, g.subject, person) for f in fa)]
            if not fa or not fb:
                continue
            who = next((f.subject for f in (*fa, *fb) if f.subject in person), "the one killed")
            builder.add("death place differs", "low", f"where {who} died: {say(fa)} at {_PLACES[fa[0].value]} "
                        f"(“{fa[0].text}”), {say(fb)} at {_PLACES[fb[0].value]} (“{fb[0].text}”)", fa, fb)
        claim = builder.claim()
        if claim is not None:
            claims.append(claim)
    return claims
