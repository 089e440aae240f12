"""Grouping details: what specific facts two reports give, as evidence for or against one event.

Two shootings in one city a few weeks apart read alike to every measure of the whole text, but their
reports give different tolls in the headline, name different places in the lead, different streets, and
victims of different ages. A street both reports name ties them; headline tolls that differ, lead places
neither text names, streets they share no word of and headline ages they share none of count against.
Used by :mod:`factcheck.grouping`, whose ``GroupSettings`` holds the weights.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .records import Article
from .text.lexicon import AMBIGUOUS_STREET_TYPES, COMPASS_POINTS, STATE_ABBREVIATIONS, STREET_SUFFIXES, US_NAMES, US_STATES

if TYPE_CHECKING:
    from .grouping import GroupSettings

__all__ = ["age_score", "headline_ages", "lead_places", "lead_text", "place_score", "street_score",
           "street_words", "toll_score"]

# A street: up to three capitalised words or an ordinal, then a street type, with an optional house or block
# number or compass point before it ("2111 Bragg St.", "the 1400 block of West 38th Street").
_STREET = re.compile(
    r"\b(?:(?P<num>\d{1,5})\s+(?:block\s+of\s+)?)?(?P<compass>(?:North|South|East|West|N|S|E|W)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?P<type>" + "|".join(sorted((k.title() for k in STREET_SUFFIXES), key=len, reverse=True)) + r")\b"
    r"(?P<after>\.?(?:\s+[a-z]|\s*[,;:)]|\s*$))?", re.MULTILINE)
# Of the street types that are also common words or titles (the lexicon's AMBIGUOUS_STREET_TYPES), "St."
# and "Dr." are a street's also before a lower-case word or a stop.
_TITLE_OR_STREET = frozenset({"st", "dr"})
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
_ORDINAL_ENDS = {1: "st", 2: "nd", 3: "rd"}
_ORDINALS = {word: f"{n}{_ORDINAL_ENDS.get(n, 'th')}" for n, word in enumerate(_ORDINAL_WORDS, start=1)}
# Words of a street's name that name no street ("on Main", "the Boulevard").
_NOT_NAMES = frozenset({"the", "on", "at", "of", "and", "in", "near", "from", "to", "off", "along", "by", "block"})

# An age: "2-year-old", "9 month old", "three-year-old", or a number set off by commas after a noun ("Boy, 15,
# dies"; "Smith, 23" closing the headline).
_AGE_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen").split()
_AGE = re.compile(r"\b(\d{1,3}|" + "|".join(_AGE_WORDS) + r")[- ](year|yr|month|week)s?[- ]old\b"
                  r"|(?<=[A-Za-z],\s)(\d{1,3})(?=,|\s*$)", re.IGNORECASE)


def street_words(text: str) -> frozenset[str]:
    """The words of the streets a text names, lower case, street types and compass points left out, ordinals
    as figures.

    >>> sorted(street_words("Shots on Bragg St. in Little Rock, near West First Avenue and the Superior Court."))
    ['1st', 'bragg']
    """
    out: set[str] = set()
    for m in _STREET.finditer(text):
        kind = m.group("type").lower()
        if kind in AMBIGUOUS_STREET_TYPES and not (m.group("num") or m.group("compass") or m.group("name")[0].isdigit()
                                             or (kind in _TITLE_OR_STREET and m.group("after"))):
            continue
        words = (_ORDINALS.get(w, w) for w in m.group("name").lower().split())
        out.update(w for w in words if w not in _NOT_NAMES and w not in COMPASS_POINTS.values())
    return frozenset(out)


def headline_ages(title: str) -> frozenset[str]:
    """The ages a headline gives, as figure and unit.

    >>> sorted(headline_ages("Boy, 15, dies; 9-month-old sister and three-year-old brother hurt"))
    ['15 year', '3 year', '9 month']
    >>> sorted(headline_ages("Shooting leaves 1 dead, 3 injured"))
    []
    """
    out = set()
    for m in _AGE.finditer(title):
        figure = (m.group(1) or m.group(3)).lower()
        number = int(figure) if figure.isdigit() else _AGE_WORDS.index(figure)
        unit = (m.group(2) or "year").lower().replace("yr", "year")
        out.add(f"{number} {unit}")
    return frozenset(out)


def _incidence(sets: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """How many entries each pair of sets shares (n x n), and which sets are not empty."""
    vocabulary = {entry: i for i, entry in enumerate(sorted(set().union(*sets)))}
    present = np.zeros((len(sets), len(vocabulary)))
    for row, entries in enumerate(sets):
        present[row, [vocabulary[e] for e in entries]] = 1.0
    return present @ present.T, present.sum(axis=1) > 0


def street_score(articles: Sequence[Article], settings: GroupSettings) -> np.ndarray:
    """What the streets the articles name (headline and text) add to each pair's score: ``street_bonus``
    when both name a street with a word in common, minus ``street_penalty`` when both name streets and
    share no word of them, nothing when either names none.

    >>> a = [Article("a", "", "Man shot", "He was shot on Bragg Street."),
    ...      Article("b", "", "Man dies", "The shooting at 2111 Bragg St. killed him."),
    ...      Article("c", "", "Man shot", "He was shot on Harrison Street."),
    ...      Article("d", "", "Man shot", "He was shot downtown.")]
    >>> from factcheck.grouping import GroupSettings
    >>> street_score(a, GroupSettings(street_bonus=0.1, street_penalty=0.1)).round(2).tolist()[:3]
    [[0.1, 0.1, -0.1, 0.0], [0.1, 0.1, -0.1, 0.0], [-0.1, -0.1, 0.1, 0.0]]
    """
    shared, has = _incidence([street_words(f"{a.title}\n{a.text}") for a in articles])
    both = has[:, None] & has[None, :]
    adjust: np.ndarray = np.where(both & (shared > 0), settings.street_bonus, 0.0) \
        - np.where(both & (shared == 0), settings.street_penalty, 0.0)
    return adjust


def age_score(articles: Sequence[Article], settings: GroupSettings) -> np.ndarray:
    """Minus ``age_penalty`` for two articles whose headlines both give ages and share none ("9-Year-Old
    Little Rock Boy Killed" and "3-year-old shooting victim identified"); nothing otherwise.

    >>> a = [Article("a", "", "9-Year-Old Boy Killed", ""), Article("b", "", "Boy, 3, killed in car", ""),
    ...      Article("c", "", "Boy killed", "")]
    >>> from factcheck.grouping import GroupSettings
    >>> age_score(a, GroupSettings(age_penalty=0.05)).tolist()
    [[0.0, -0.05, 0.0], [-0.05, 0.0, 0.0], [0.0, 0.0, 0.0]]
    """
    shared, has = _incidence([headline_ages(a.title) for a in articles])
    adjust: np.ndarray = np.where(has[:, None] & has[None, :] & (shared == 0), -settings.age_penalty, 0.0)
    return adjust


def lead_text(article: Article, chars: int) -> str:
    """Headline and the start of the text, ``chars`` characters in all: what an article's lead says."""
    text = article.text if article.text.startswith(article.title) else f"{article.title}\n{article.text}"
    return text[:chars]


# A headline's toll: "2 dead", "Two Killed", "9 people shot", "four teens wounded".
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()
_COUNT = re.compile(r"\b(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(?:people|persons|men|women|teens|teenagers"
                    r"|children|kids|others|adults|officers|students|victims)\s+)?(?:(?:are|were)\s+)?"
                    r"(dead|killed|die|died|injured|wounded|hurt|shot)\b", re.IGNORECASE)
_TOLL = {"dead": "dead", "killed": "dead", "die": "dead", "died": "dead", "injured": "hurt", "wounded": "hurt",
         "hurt": "hurt", "shot": "shot"}


def _tolls(text: str) -> dict[str, int]:
    """The counts of dead, hurt and shot a headline gives.

    >>> _tolls("Two Dead, 7 Wounded in Miami Shooting; 9 people shot")
    {'dead': 2, 'hurt': 7, 'shot': 9}
    """
    out: dict[str, int] = {}
    for m in _COUNT.finditer(text):
        word = m.group(1).lower()
        out.setdefault(_TOLL[m.group(2).lower()], int(word) if word.isdigit() else _NUMBER_WORDS.index(word))
    return out


def toll_score(articles: Sequence[Article], settings: GroupSettings) -> np.ndarray:
    """What the headlines' tolls add to each pair of articles' score: minus ``toll_penalty`` when they give a
    different count of the same kind (dead, hurt, shot), nothing otherwise (a count only one gives included).

    >>> a = [Article("a", "", "1 dead, 7 injured in Tampa club shooting", ""),
    ...      Article("b", "", "One killed, seven wounded at Tampa club", ""),
    ...      Article("c", "", "1 dead, 3 hurt in Tampa bar shooting", "")]
    >>> from factcheck.grouping import GroupSettings
    >>> toll_score(a, GroupSettings()).round(2).tolist()
    [[0.0, 0.0, -0.1], [0.0, 0.0, -0.1], [-0.1, -0.1, 0.0]]
    """
    tolls = [_tolls(a.title) for a in articles]
    n = len(articles)
    conflict = np.zeros((n, n), dtype=bool)
    for kind in set(_TOLL.values()):
        count = np.array([t.get(kind, np.nan) for t in tolls], dtype=float)
        # nan compares unequal to everything, so a headline without this count conflicts with none
        conflict |= (count[:, None] != count[None, :]) & ~np.isnan(count)[:, None] & ~np.isnan(count)[None, :]
    adjust: np.ndarray = np.where(conflict, -settings.toll_penalty, 0.0)
    return adjust


# Places wider than a town: two towns of one state, or of one country, are two places.
_WIDE_PLACES = frozenset(
    {name.lower() for name in US_STATES}
    | {abbreviation.lower().rstrip(".") for abbreviation in STATE_ABBREVIATIONS}
    | {f"{the}{name.lower()}" for name in US_NAMES for the in ("", "the ")})
# Entity kinds that name a place: towns, counties and states (GPE), other places (LOC), buildings,
# streets and bridges (FAC).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def lead_places(leads: Sequence[str]) -> list[frozenset[str]]:
    """The places each lead names, lower case: spaCy's place entities, less states and countries.

    Only the entity recogniser runs (the small English pipeline gives it token vectors of its own); the
    parser, which also marks sentence starts the recogniser respects, does not, so an entity may differ
    from a full parse's now and then.

    >>> lead_places(["Toddler shot in Seattle motel. SEATTLE - A 2-year-old boy was shot, Washington police say."])
    [frozenset({'seattle'})]
    """
    from .nlp import load_nlp, parse

    nlp = load_nlp()
    ner = nlp.get_pipe("ner")
    listens = any(node.name == "tok2vec-listener" for node in ner.model.walk())  # type: ignore[attr-defined]
    skip = [name for name in nlp.pipe_names if name != "ner" and not (listens and name == "tok2vec")]
    out = []
    for doc in parse(leads, disable=skip):
        found = (e.text.strip().lower().rstrip(".") for e in doc.ents if e.label_ in _PLACE_LABELS)
        out.append(frozenset(p for p in found if len(p) > 2 and p not in _WIDE_PLACES))
    return out


def place_score(articles: Sequence[Article], settings: GroupSettings,
                places: Sequence[frozenset[str]] | None = None) -> np.ndarray:
    """What the places of the leads add to each pair of articles' score: minus ``place_penalty`` when both
    leads name places and neither article's text (headline and body, lower case) contains any place of
    the other's lead; nothing otherwise.

    Args:
        articles: The articles.
        settings: ``place_penalty`` and ``lead_chars``.
        places: Each article's lead places (:func:`lead_places` of its lead when omitted).

    >>> a = [Article("a", "", "Toddler shot in Seattle", "Police in Seattle said a boy, 2, shot himself."),
    ...      Article("b", "", "Boy, 3, shoots self", "A Marion County boy shot himself, deputies said."),
    ...      Article("c", "", "Boy shot himself", "The Seattle boy who shot himself is recovering.")]
    >>> from factcheck.grouping import GroupSettings
    >>> place_score(a, GroupSettings(), [frozenset({"seattle"}), frozenset({"marion county"}), frozenset()]).tolist()
    [[0.0, -0.1, 0.0], [-0.1, 0.0, 0.0], [0.0, 0.0, 0.0]]
    """
    if places is None:
        places = lead_places([lead_text(a, settings.lead_chars) for a in articles])
    vocabulary = {place: i for i, place in enumerate(sorted(set().union(*places)))}
    n = len(articles)
    named = np.zeros((n, len(vocabulary)))
    for row, own in enumerate(places):
        named[row, [vocabulary[p] for p in own]] = 1.0
    texts = [f"{a.title}\n{a.text}".lower() for a in articles]
    found = np.array([[place in text for place in vocabulary] for text in texts], dtype=float).reshape(n, -1)
    mentions = np.asarray(named @ found.T) > 0  # mentions[i, j]: j's text names a place of i's lead
    has = np.asarray(named.sum(axis=1)) > 0
    conflict = has[:, None] & has[None, :] & ~mentions & ~mentions.T
    adjust: np.ndarray = np.where(conflict, -settings.place_penalty, 0.0)
    return adjust
