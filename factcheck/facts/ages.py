"""Ages of people no one names, and ages no name links: "a 46-year-old man", "two men, 25 and 30", "ages 9
and 8", "in her 30s", "the other man, age 47".

A named person's age is read beside the name (:mod:`.extract`) and compared when outlets resolve to one
person (:mod:`.compare`). Most people in a news story are described, not named, and one outlet names whom
another only describes; their ages would never meet. This module reads every other stated age of a person
with what the sentence says of them: the noun that describes them (which tells a man from a woman) and
whether the clause kills or wounds them (the model's dependency tree, the event's predicates from the
lexicon). Comparison then pairs, outlet against outlet, the ages one outlet gives and the other does not:
when exactly one such age of each outlet is close to the other's and nothing they say tells the two people
apart, the two ages are likely one person's, told two ways. So are the ages two outlets give the one
person each tells was killed, when no outlet's account leaves more than one dead, however far apart. It is a
lead (low): outlets often describe different people.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..nlp import token_at
from ..quantities.numerals import whole_number
from ..quantities.units import singular
from ..records import Article, Claim, Fact, Sentence
from ..text.lexicon import (
    DECADE_PARTS,
    DECADES,
    PARTNERS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    PLAIN_PERSON_NOUNS,
    RANKS,
    SEXED_NOUNS,
)
from .builder import ClaimBuilder, say
from .fates import fate, killed_people, one_killed_age, subject_sex

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["AGE_WORDS", "age_interval", "compare_loose_ages", "described", "person_noun", "read_described_ages"]

_N = r"(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)"
_LIST = rf"{_N}(?:\s*,\s*{_N})*(?:,?\s+(?:and|or)\s+{_N})?"
#: Ages written without "-year-old" are figures: "the victims, one of whom" is no age.
_DIGITS = r"\d{1,3}(?:\s*,\s*\d{1,3})*(?:,?\s+(?:and|or)\s+\d{1,3})?"
#: "a 46-year-old", "18 and 15 year old", "a nine-month-old"
AGE_WORDS = re.compile(rf"\b(?P<list>{_LIST})[- ](?P<unit>year|month|week)s?[- ]old\b", re.I)
#: "age 47", "aged 30", "ages 9 and 8", "ages were 6, 11 and 16"; not "between the ages of 16 and 19"
_AGES = re.compile(rf"(?<!the )(?<!under )(?<!over )(?<!between )\b(?:[Aa]ge[sd]?)\s+(?:(?:were|are|was|is|of)\s+)?"
                   rf"(?P<list>{_DIGITS})\b(?!\s*(?:-|to|through)\s*\d)"
                   r"(?!\s*(?:and|or)\s+(?:older|over|up|under|younger|above|below))"
                   r"(?!\s*(?:months?|weeks?|days?|centur\w*|decades?|percent)\b)")
#: "two men, 25 and 30," and "a man, 30,": ages after a noun of people
_AFTER_NOUN = re.compile(rf"\b(?P<noun>[a-z]+)\s*,\s*(?P<list>{_DIGITS})\s*(?:,|\.$)", re.I)
#: "in her 30s", "in his late 50s", "in her early twenties"
_DECADE = re.compile(r"\bin\s+(?P<pron>his|her)\s+(?:(?P<part>early|mid|late)[- ]?)?"
                     rf"(?P<d>[1-9]0['’]?s|{'|'.join(DECADES)})\b", re.I)
_NUMBER_IN_LIST = re.compile(_N)
_PERSON_NOUNS = PLAIN_PERSON_NOUNS | PEOPLE_NOUNS | PARTNERS | PERSON_NOUNS | RANKS


def read_described_ages(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                        taken: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Every age of a person the sentence states that is not in ``taken`` (the ages read with a name or a
    part), as a fact whose subject describes the person: "a man", "a woman (killed)", "a person
    (wounded)". The value is years ("46"), months ("9 months") or a decade ("30s", "late 50s").

    Args:
        article: The article.
        sentence: One kept sentence.
        doc: Its parse.
        quoted: Whether an offset of the article sits in a quotation.
        taken: Article offsets of ages already read.
    """
    text = sentence.text
    found: list[tuple[int, int, str, str, str | None]] = []  # start, end, value, noun, sex
    for m in AGE_WORDS.finditer(text):
        unit = m.group("unit").lower()
        noun = _noun_of_old(doc, m.end())
        if noun is None:
            continue  # "a 100-year-old house"
        for start, end, n in _numbers(m, "list"):
            found.append((start, end, str(n) if unit == "year" else f"{n} {unit}s", noun, None))
    for pattern in (_AGES, _AFTER_NOUN):
        for m in pattern.finditer(text):
            noun = _noun_before(doc, m.start("list"))
            written = token_at(doc, m.start("noun")) if pattern is _AFTER_NOUN else None
            if pattern is _AFTER_NOUN and (written is None or noun != written.lemma_.lower()):
                continue  # "in Springfield, 25 and 30": ages follow a noun of people, or the word "age"
            found += [(s, e, str(n), noun or "person", None) for s, e, n in _numbers(m, "list")]
    for m in _DECADE.finditer(text):
        words = m.group("d").lower()
        decade = DECADES.get(words) or int(words[:2])
        part = (m.group("part") or "").lower()
        value = f"{part} {decade}s".strip()
        found.append((m.start(), m.end(), value, "person", SEXED_NOUNS[m.group("pron").lower()]))
    out = []
    seen: set[int] = set()
    for start, end, value, noun, sex in sorted(found):
        at = sentence.start + start
        if at in seen or any(a < sentence.start + end and at < b for a, b in taken) or age_interval(value) is None:
            continue
        seen.add(at)
        sex = sex or SEXED_NOUNS.get(noun)
        who = noun if noun != "person" or sex is None else _PERSON_OF[sex]
        told = fate(doc, start)
        subject = f"{'an' if who[0] in 'aeiou' else 'a'} {who}" + (f" ({told[0]})" if told else "")
        out.append(Fact(article.source, sentence.index, subject, "age", value, text[start:end], at,
                        sentence.start + end, quoted=quoted(at)))
    return out


#: The noun for a person of known sex whom no noun describes ("in her 30s").
_PERSON_OF = {"male": "man", "female": "woman"}


def _numbers(m: re.Match[str], group: str) -> list[tuple[int, int, int]]:
    """Each age of a matched list, with its offsets in the sentence: "25 and 30" -> 25, 30."""
    base = m.start(group)
    out = []
    for n in _NUMBER_IN_LIST.finditer(m.group(group)):
        value = whole_number(n.group())
        if value is not None and 0 < value < 120:
            out.append((base + n.start(), base + n.end(), value))
    return out


def _noun_of_old(doc: Doc, end: int) -> str | None:
    """The person noun "-old" describes ("a 46-year-old man" -> "man"), "person" when "-old" stands for the
    person itself ("a 24-year-old was shot"), ``None`` when it describes a thing ("a 100-year-old house")
    or a named person (whose age is read with the name)."""
    old = token_at(doc, end - 1)
    head = old.head if old is not None and old.dep_ == "amod" else None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return "person"
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
        return None
    lemma = head.lemma_.lower()
    return lemma if person_noun(lemma) else None


def person_noun(lemma: str) -> bool:
    """Whether a noun's lemma names a person: the lexicon's nouns of people, ranks and partners, or a
    compound of "man" or "woman" ("policeman", "chairwoman")."""
    return lemma in _PERSON_NOUNS or lemma.endswith(("man", "men"))


def _noun_before(doc: Doc, char: int) -> str | None:
    """The person noun an age written after it belongs to: "the other man, age 47" -> "man"."""
    token = token_at(doc, char)
    for t in (token.head, token.head.head) if token is not None else ():
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and (person_noun(lemma) or singular(t.lower_) in _PERSON_NOUNS):
            return lemma
    return None


def described(subject: str) -> tuple[str, str | None, str | None] | None:
    """``(noun, sex, fate)`` of a described person's subject ("a woman (killed)"), else ``None``."""
    m = re.fullmatch(r"an? (\w+)(?: \((killed|wounded)\))?", subject)
    if m is None:
        return None
    return m.group(1), SEXED_NOUNS.get(m.group(1)), m.group(2)


@cache  # pairing looks up each age's interval for every age of the other outlet
def age_interval(value: str) -> tuple[float, float] | None:
    """An age value in years, as ``(low, high)``: "46" -> (46, 46); "9 months" -> (0.75, 0.75); "30s" ->
    (30, 39); "late 50s" -> (56, 59)."""
    m = re.fullmatch(r"(\d+)(?: (month|week)s)?", value)
    if m:
        n = int(m.group(1)) / {None: 1, "month": 12, "week": 52}[m.group(2)]
        return n, n
    m = re.fullmatch(r"(?:(early|mid|late) )?(\d)0s", value)
    if m:
        lo, hi = DECADE_PARTS[m.group(1)]
        return int(m.group(2)) * 10 + lo, int(m.group(2)) * 10 + hi
    return None


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, b[0] - a[1], a[0] - b[1])


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Ages near enough to be one person's told two ways: within two years, or half a year for a baby."""
    gap = _distance(a, b)
    return 0 < gap <= (0.5 if max(a[1], b[1]) < 2 else 2)


def _kind(f: Fact, person: Mapping[str, int]) -> str:
    """How an age's person is told: by name, by their part ("the suspect"), or by a description."""
    return "person" if f.subject in person else "part" if f.subject.startswith("the ") else "described"


def _compatible(a: Fact, b: Fact, person: Mapping[str, int]) -> bool:
    """Whether nothing the outlets say of ``a``'s and ``b``'s people tells them apart: two named people or
    two parts are compared as such or are two people; a man and a woman, or the one killed and the one
    wounded, are two people."""
    kind = _kind(a, person)
    if kind == _kind(b, person) and kind != "described":
        return False
    sex_a, sex_b = subject_sex(a.subject), subject_sex(b.subject)
    fate_a, fate_b = ((described(f.subject) or ("", None, None))[2] for f in (a, b))
    return not (sex_a and sex_b and sex_a != sex_b) and not (fate_a and fate_b and fate_a != fate_b)


def compare_loose_ages(facts: Sequence[Fact], person: Mapping[str, int], compared: Mapping[Fact, object],
                       by_key: dict[tuple[str, int], Sentence], single: bool) -> list[Claim]:
    """Claims of their own for ages two outlets give that no other age of theirs accounts for and that are
    close enough to be one person's (low).

    Args:
        facts: Every article's facts; the ages (named, parts and described) are used.
        person: Resolved person id per name (:func:`.people.resolve_people`).
        compared: The ages compared as one person's already, with that person's key: "the shooter" of one
            outlet and the person another names as the shooter are not paired again.
        by_key: Every kept sentence by ``(source, index)``.
        single: Whether the event has one dead (:func:`.fates.one_dead`): then the ages two outlets give
            the one person each tells was killed are paired however far apart.
    """
    # one outlet's mentions of one age of one person ("a 46-year-old man" twice) are one age
    ages: dict[str, dict[tuple[str, str], list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.attribute != "age" or f.quoted or age_interval(f.value) is None:
            continue
        if f.subject.startswith("the ") and not person_noun(f.subject[4:]):
            continue  # "the 100-year-old church" is compared as itself, never with a person
        ages[f.source][(f.subject, f.value)].append(f)
    claims = []
    sources = sorted(ages)
    killed = {source: _one_killed(facts, person, source) for source in sources} if single else {}
    for i, x in enumerate(sources):
        for y in sources[i + 1:]:
            # an age the other outlet also gives (any person's) is accounted for
            left, right = _unaccounted(ages[x], ages[y]), _unaccounted(ages[y], ages[x])
            pairs = [(fa, fb) for fa in left for fb in right if _close(_span(fa[0]), _span(fb[0]))
                     and _compatible(fa[0], fb[0], person) and not _one_group(fa[0], fb[0], compared)]
            for fa, fb in pairs:
                if sum(1 for f, _ in pairs if f is fa) == 1 and sum(1 for _, f in pairs if f is fb) == 1:
                    claims.append(_claim(fa, fb, by_key))
            ka, kb = killed.get(x), killed.get(y)
            if ka and kb and _killed_apart(ka, kb, person) \
                    and not any(fa[0] is ka[0] and fb[0] is kb[0] for fa, fb in pairs):
                claims.append(_claim(ka, kb, by_key, "the one person killed"))
    return [c for c in claims if c is not None]


def _one_killed(facts: Sequence[Fact], person: Mapping[str, int], source: str) -> list[Fact] | None:
    """The ages one outlet gives the one person it tells was killed (:func:`.fates.killed_people`), when
    all it tells of are one age's ("John Smith, 25" and "the 25-year-old man"), named or described, not by
    a part alone; else ``None``."""
    killed = killed_people([f for f in facts if f.source == source], person)
    if one_killed_age(killed) is None or any(isinstance(key, str) for key in killed):
        return None  # a part ("the victim, a 31-year-old woman"): its age fact keeps no sex to tell two apart
    return [f for ages in killed.values() for f in ages]


def _killed_apart(a: Sequence[Fact], b: Sequence[Fact], person: Mapping[str, int]) -> bool:
    """Whether two outlets' ages of the event's one dead disagree, each told of someone nothing tells apart
    (:func:`_compatible`: two names are two people or one, compared as such; a man and a woman are two)."""
    span_a, span_b = age_interval(a[0].value), age_interval(b[0].value)
    return span_a is not None and span_b is not None and _compatible(a[0], b[0], person) and _distance(span_a, span_b) > 0


def _span(f: Fact) -> tuple[float, float]:
    span = age_interval(f.value)
    assert span is not None
    return span


def _unaccounted(mine: Mapping[tuple[str, str], list[Fact]], theirs: Mapping[tuple[str, str], list[Fact]],
                 ) -> list[list[Fact]]:
    """The ages one outlet gives (each with all its mentions) that no age the other gives overlaps."""
    spans = [_span(fs[0]) for fs in theirs.values()]
    return [fs for fs in mine.values() if not any(_distance(_span(fs[0]), t) == 0 for t in spans)]


def _one_group(a: Fact, b: Fact, compared: Mapping[Fact, object]) -> bool:
    """Whether two ages were compared as one person's already."""
    return a in compared and compared[a] == compared.get(b)


def _claim(fa: Sequence[Fact], fb: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
           who: str = "") -> Claim | None:
    """The lead for two ages that may be one person's: ``who`` says whose, when the outlets tell it."""
    a, b = fa[0], fb[0]
    builder = ClaimBuilder(by_key, f"same person? {a.subject} / {b.subject}")
    why = (f"each outlet tells of {who}" if who
           else "no other age either gives matches the other's (one person told two ways?)")
    builder.add("age may differ", "low", f"ages: {say([a])} {a.subject}, {a.value}; {say([b])} {b.subject}, "
                f"{b.value}; {why}", fa, fb)
    return builder.claim()
