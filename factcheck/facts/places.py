"""Where the event happened: the town, neighbourhood or area an outlet puts it in ("four people were shot
Friday night in Mt. Oliver Borough", "a shooting in the Bushwick section"), and outlets that name places
neither of them names at all.

The model says what is a place (its entity types GPE and LOC, and FAC for housing projects and parks) and
the parse says whether the event is what happened there: the place is the object of "in" on a verb of the
event ("was shot in Bedford Dwellings", "the shooting happened in ...") or on a noun made from one ("a
shooting in Mt. Oliver"). Streets, states and the country are left out: streets are read as streets
(:mod:`.when_where`), and a state or the country contains every place of a local story.

Places nest (a neighbourhood in a city in a county), and no gazetteer ships here, so two places are a lead
(low) only when neither outlet mentions the other's place anywhere in its article, and neither name holds
the other ("Charleston" / "North Charleston").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..nlp import joined_verbs
from ..records import Article, Claim, Fact, Sentence
from ..text.lexicon import AREA_NOUNS, STREET_SUFFIXES, TIME_VERBS, US_NAMES, US_STATES, verb_of
from .builder import ClaimBuilder, disagreements, say

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["compare_places", "read_event_places"]

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Abbreviations written in place names, spelled out so that "Mt. Oliver" and "Mount Oliver" are one place.
_SPELLED = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "point"}


def read_event_places(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                      lede: int) -> list[Fact]:
    """The places the sentence says the event happened in, as ``place`` facts of the event; in the opening
    sentences only (``lede``), since later paragraphs tell of other shootings ("police were also called to a
    shooting in the West End") and carry links to other stories."""
    if sentence.index >= lede:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ not in _PLACE_TYPES or not _in_event(ent):
            continue
        value = place_key(ent.text)
        if not value or ent.text in US_STATES or value in _COUNTRY or _street(ent.text):
            continue
        start = sentence.start + ent.start_char
        out.append(Fact(article.source, sentence.index, "event", "place", value, ent.text, start,
                        sentence.start + ent.end_char, quoted=quoted(start)))
    return out


def place_key(text: str) -> str:
    """A place's name compared across outlets: lower case, no leading article, abbreviations spelled out
    ("the Mt. Oliver" -> "mount oliver")."""
    words = [w.strip(".,").lower() for w in text.split()]
    words = [_SPELLED.get(w, w) for w in words if w]
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


#: The country as ``place_key`` writes it: it contains every place of a local story.
_COUNTRY = frozenset(place_key(n) for n in US_NAMES)


def _street(text: str) -> bool:
    return text.split()[-1].lower().rstrip(".") in STREET_SUFFIXES


def _in_event(ent: Span) -> bool:
    """Whether a place is where the event happened: the object of "in" (directly, or as the name of an area:
    "in the Bushwick section") on a verb of the event or on a noun made from one."""
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in AREA_NOUNS:
        root = root.head  # "in the Hedgeville neighborhood"
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in AREA_NOUNS:
        root = root.head.head  # "in the city of Dover"
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    host = root.head.head
    return _event_word(host) or any(_event_word(v) for v in joined_verbs(host))


def _event_word(word: Token) -> bool:
    """A verb of the event ("shot", "happened", "opened fire") or a noun made from one ("a shooting")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB":
        return TIME_VERBS.get(lemma) == "event" or (
            lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in word.children))
    return word.pos_ == "NOUN" and TIME_VERBS.get(verb_of(lemma, TIME_VERBS)) == "event"


def compare_places(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
                   texts: dict[str, str]) -> Claim | None:
    """Outlets that put the event in places neither names in the other's article (``texts``, by source):
    low, since one place may lie within the other."""
    builder = ClaimBuilder(by_key, "same event: place")
    # each article searched once, as written and with its abbreviations spelled out
    searched = {f.source: place_key(texts.get(f.source, "")) + " " + texts.get(f.source, "") for f in group}
    for fa, fb in disagreements(group):
        if _related(fa[0].value, fb[0].value) or _mentions(fa, fb, searched) or _mentions(fb, fa, searched):
            continue
        builder.add("place differs", "low", f"place of the event: {say(fa)} {fa[0].text}, {say(fb)} "
                    f"{fb[0].text}; neither outlet names the other's place (one may lie within the other)", fa, fb)
    return builder.claim()


def _related(a: str, b: str) -> bool:
    """Whether one name holds the other's words ("Charleston" / "North Charleston", "Mount Oliver" / "Mount
    Oliver Borough")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _mentions(fa: Sequence[Fact], fb: Sequence[Fact], searched: dict[str, str]) -> bool:
    """Whether any article of ``fb``'s outlets (``searched``: its text spelled out and as written) names
    ``fa``'s place anywhere."""
    names = {fa[0].text, fa[0].value}
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.I)
    return any(pattern.search(searched[f.source]) for f in fb)
