"""Where a person died, as one article tells it: "was pronounced dead at the scene", "died at Christ Medical
Center", "taken to a hospital, where he was pronounced dead", and the comparison of those places.

A place of death is read from the parse: a verb of dying ("die", or "pronounce"/"declare" with "dead") and
the place its preposition names, the scene or a hospital (the noun, or a facility whose name says it is
medical), or the hospital a "where" clause hangs from. Whom it is said of comes as for a condition
(:func:`.condition.whom`): a name the sentence carries, the part they play ("the victim"), or no one the
sentence names ("he").

Two outlets that put one death at the scene and at a hospital cannot both be right. When neither names the
person, the death is the event's only when the event has one dead: no outlet counts more than one killed,
no outlet puts two named people's deaths anywhere, and neither outlet gives both places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..records import Article, Claim, Fact, Sentence
from .builder import ClaimBuilder, disagreements, say
from .condition import whom

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["compare_death_places", "read_death_places"]

_PLACES = {"scene": "the scene", "hospital": "a hospital"}


def read_death_places(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                      named: Sequence[tuple[int, int, str]]) -> list[Fact]:
    """Places the sentence says someone died, as facts with attribute ``died at`` and value ``scene`` or
    ``hospital``; the arguments are :func:`.condition.read_conditions`'s."""
    out = []
    for verb in doc:
        if not _dying(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        found = _place(verb)
        if found is None:
            continue
        place, word = found
        # the hospital's whole name, where the model reads one ("Christ Medical Center")
        span = next((e for e in doc.ents if e.start <= word.i < e.end), None) or doc[word.i:word.i + 1]
        start = sentence.start + span.start_char
        who = whom(verb, named, ("nsubj", "nsubjpass"))
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
    scene", "on scene", "at Christ Medical Center"), or the noun a "where" clause hangs from ("taken to
    Mercy Hospital, where he died")."""
    holders = [verb, *(c for c in verb.children if c.lower_ == "dead")]
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


def _kind(place: Token) -> str | None:
    lemma = place.lemma_.lower()
    if lemma == "scene":
        return "scene"
    if lemma == "hospital" or (place.ent_type_ in ("ORG", "FAC") and any(
            w.lemma_.lower() in ("hospital", "medical") for w in place.subtree)):
        return "hospital"
    return None


def compare_death_places(facts: Sequence[Fact], person: Mapping[str, int],
                         by_key: dict[tuple[str, int], Sentence]) -> list[Claim]:
    """One person's death put at the scene by one outlet and at a hospital by another (low: a lead the
    editor checks against the authorities' account)."""
    places = [f for f in facts if f.attribute == "died at"]
    named = {person[f.subject] for f in places if f.subject in person}
    # an open count ("at least one") allows more than one
    highs = [f.quantity.high for f in facts if f.attribute == "killed" and f.scope is None and f.quantity is not None]
    one_dead = len(named) <= 1 and all(h is not None and h <= 1 for h in highs)
    groups: dict[object, list[Fact]] = defaultdict(list)
    for f in places:
        key = person.get(f.subject)
        if one_dead:
            groups["event"].append(f)  # the event's one dead, whatever each outlet calls them
        elif key is not None:
            groups[key].append(f)
    claims = []
    for group in groups.values():
        builder = ClaimBuilder(by_key, "same death: where")
        for fa, fb in disagreements(group):
            who = next((f.subject for f in (*fa, *fb) if f.subject in person), "the one killed")
            builder.add("death place differs", "low", f"where {who} died: {say(fa)} at {_PLACES[fa[0].value]} "
                        f"(“{fa[0].text}”), {say(fb)} at {_PLACES[fb[0].value]} (“{fb[0].text}”)", fa, fb)
        claim = builder.claim()
        if claim is not None:
            claims.append(claim)
    return claims
