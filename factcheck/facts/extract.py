"""Read one article into facts: people (name, age, title, partner, residence, the part they play) here, from
the name spans of :mod:`.mentions` and the fates of :mod:`.fates`; the event's counts and amounts
(:mod:`.measures`), its weekday, date, clock time and streets (:mod:`.when_where`), the town or area it
happened in (:mod:`.places`), and the condition of the wounded (:mod:`.condition`).

The linguistic model finds people (NER), the title words in front of a name, and what a number counts (the
dependency path from the number to its predicate: "two people were killed", "left 16 injured", "the deaths
of three"). Quantities themselves are read by :mod:`factcheck.quantities.parse`, so a count keeps its hedge as an
interval. A person's mentions are resolved within the article: "Smith" is the article's "John Smith" when it
names exactly one Smith.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from ..quantities.numerals import whole_number
from ..records import Article, Fact, Quote, Sentence
from ..settings import Settings
from ..text.lexicon import (
    EVENT_PREDICATES,
    GUNFIRE_NOUNS,
    KIN,
    PARTNERS,
    PLAIN_PERSON_NOUNS,
    RANKS,
    TITLE_ABBREVIATIONS,
    canonical_title,
)
from .ages import read_described_ages
from .condition import read_conditions
from .death import read_death_places
from .fates import fate_facts, read_several_dead
from .hits import read_times_hit
from .measures import read_amounts, read_counts, read_tallies
from .mentions import TITLE_WORDS, name_spans, name_words
from .places import read_event_places
from .when_where import read_clock_times, read_dates, read_day_parts, read_streets, read_weekdays
from .wounds import read_wounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["read_facts"]

_NUMBER = r"\d{1,3}|[A-Za-z]+(?:-[a-z]+)?"
_AGE_AFTER = re.compile(r"^\s*(?:,?\s*(?:Jr|Sr|II|III|IV)\.?(?=,))?(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:age[d]?\s+)?|\()(?P<n>\d{1,3})"
                        r"\s*(?:[,.;)]|$|and\b|of\b|who\b|from\b|was\b|is\b)")
_AGE_AFTER_PHRASE = re.compile(rf"^\s*,\s*an?\s+(?P<n>{_NUMBER})[- ]years?[- ]old\b")
_AGE_BEFORE = re.compile(rf"\b(?P<n>{_NUMBER})[- ]years?[- ]old\s+(?:[\w'’.]+,?\s+){{0,3}}$")
#: Entity types a title word cannot belong to ("Springfield police Lt.": Springfield is a place).
_NOT_TITLE = frozenset({"GPE", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "LOC", "FAC"})


def read_facts(article: Article, sentences: Sequence[Sentence], docs: Sequence[Doc],
               quotes: Sequence[Quote] = (), settings: Settings | None = None,
               known: Collection[str] = ()) -> tuple[Fact, ...]:
    """The facts one article states.

    Args:
        article: The article.
        sentences: Its kept sentences (furniture already dropped).
        docs: The parse of each sentence's text, in the same order.
        quotes: The article's quotations, so a value inside one is marked ``quoted``.
        settings: ``fact_lede`` (a weekday is the event's only in the opening sentences) and the quantity
            tolerance.
        known: Words of the names the model found anywhere in the event (:func:`name_words`; this
            article's own when not given): a run of proper nouns holding one of them is a name here too,
            where the model, reading one sentence, missed it ("Smith, 45, died"; "Tamara Reed of
            Springfield").

    Returns:
        Facts in text order.
    """
    settings = settings or Settings()
    spans = [(q.start, q.end) for q in quotes]

    def quoted(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    people = _people(sentences, docs, frozenset(known) or name_words(docs))
    names = _resolve([p[2] for p in people])
    facts: list[Fact] = []
    named: dict[int, list[tuple[int, int, str]]] = {}
    named_ages: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for person, resolved in zip(people, names, strict=True):
        if resolved is not None:
            mine = _person_facts(article, person, resolved, quoted)
            facts += mine
            named.setdefault(person[0].index, []).append((person[1].start, person[1].end, resolved))
            named_ages[person[0].index] += [(f.start, f.end) for f in mine if f.attribute == "age"]
    several = _several_parts(docs)
    for sentence, doc in zip(sentences, docs, strict=True):
        facts += read_counts(article, sentence, doc, quoted, settings)
        facts += read_amounts(article, sentence, doc, quoted, settings)
        facts += read_tallies(article, sentence, doc, quoted, settings)
        parts = _role_ages(article, sentence, doc, quoted, several)
        facts += parts
        taken = [*named_ages[sentence.index], *((f.start, f.end) for f in parts)]
        facts += read_described_ages(article, sentence, doc, quoted, taken)
        facts += read_weekdays(article, sentence, doc, quoted, settings.fact_lede)
        facts += read_dates(article, sentence, doc, quoted, settings.fact_lede)
        facts += read_clock_times(article, sentence, doc, quoted, settings.fact_lede)
        facts += read_day_parts(article, sentence, doc, quoted, settings.fact_lede)
        facts += read_streets(article, sentence, doc, quoted)
        facts += read_event_places(article, sentence, doc, quoted, settings.fact_lede)
        facts += read_conditions(article, sentence, doc, quoted, named.get(sentence.index, []))
        facts += read_times_hit(article, sentence, doc, quoted, named.get(sentence.index, []))
        facts += read_wounds(article, sentence, doc, quoted, named.get(sentence.index, []))
        facts += read_death_places(article, sentence, doc, quoted, named.get(sentence.index, []))
        facts += read_several_dead(article, sentence, doc, quoted)
    return tuple(sorted(facts, key=lambda f: (f.start, f.attribute)))


_Person = tuple[Sentence, "Span", str, tuple[str, str, int, int] | None, tuple[tuple[str, ...], str, int, int] | None]


def _person_facts(article: Article, person: _Person, resolved: str, quoted: Callable[[int], bool]) -> list[Fact]:
    """The facts one mention of a person gives: the name as written, and the part, age, title and
    residence written beside it."""
    sentence, ent, name, age, title = person
    base, at = sentence.start, sentence.index
    facts = []
    role = _role_of_name(ent)
    if role is not None:
        facts.append(Fact(article.source, at, resolved, "role", role.lemma_.lower(), role.text,
                          base + role.idx, base + role.idx + len(role.text), quoted=quoted(base + role.idx)))
    facts.append(Fact(article.source, at, resolved, "name", name, name,
                      base + ent.start_char, base + ent.end_char, quoted=quoted(base + ent.start_char)))
    if age is not None:
        facts.append(Fact(article.source, at, resolved, "age", age[0], age[1], base + age[2],
                          base + age[3], quoted=quoted(base + age[2])))
    facts += fate_facts(article, sentence, ent.doc, ent.start_char, resolved, quoted)
    if title is not None:
        facts.append(Fact(article.source, at, resolved, "title", " ".join(title[0]), title[1],
                          base + title[2], base + title[3], quoted=quoted(base + title[2])))
    home = _residence(sentence.text, ent)
    if home is not None:
        facts.append(Fact(article.source, at, resolved, "residence", home[0].lower(), home[0],
                          base + home[1], base + home[2], quoted=quoted(base + home[1])))
    return facts


def _people(sentences: Sequence[Sentence], docs: Sequence[Doc], known: frozenset[str]) -> list[_Person]:
    out: list[_Person] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        for ent, name in name_spans(doc, known):
            out.append((sentence, ent, name, _age(sentence.text, ent), _title(ent)))
    return out


def _resolve(names: list[str]) -> list[str | None]:
    """Each mention's full name in this article: a full name stands for itself; a single word is the one
    full name of the article ending (or starting) with it; otherwise ``None`` (ambiguous or never given)."""
    full = sorted({n for n in names if len(n.split()) >= 2}, key=names.index)
    out: list[str | None] = []
    for n in names:
        if len(n.split()) >= 2:
            out.append(n)
            continue
        last = [f for f in full if f.split()[-1] == n]
        first = [f for f in full if f.split()[0] == n]
        out.append(last[0] if len(last) == 1 else first[0] if len(first) == 1 and not last else None)
    return out


def _age(text: str, ent: Span) -> tuple[str, str, int, int] | None:
    """The age given beside a name: "John Smith, 45,", "Smith (45)", "45-year-old John Smith", "Smith, a
    45-year-old", as ``(value, text, start, end)`` with offsets in the sentence."""
    after = text[ent.end_char:]
    for pattern in (_AGE_AFTER, _AGE_AFTER_PHRASE):
        m = pattern.match(after)
        if m:
            value = whole_number(m.group("n"))
            if value is not None and 0 < value < 120:
                return str(value), m.group("n"), ent.end_char + m.start("n"), ent.end_char + m.end("n")
    m = _AGE_BEFORE.search(text[:ent.start_char])
    if m and "," not in text[m.end("n"):ent.start_char].rstrip(", "):
        old = text.index("old", m.end("n")) + 3
        between = [t for t in ent.doc if old <= t.idx < ent.start_char]
        # "the 45-year-old victim, John Smith" is his age, and so is "identified the 45-year-old as John
        # Smith"; "a 45-year-old man and John Smith" is not.
        if all((t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT") and t.lower_ not in ("and", "or"))
               or (t.lower_ == "as" and ent.root.head == t and _identifying(t)) for t in between):
            value = whole_number(m.group("n"))
            if value is not None and 0 < value < 120:
                return str(value), text[m.start():old], m.start(), old
    return None


def _identifying(word: Token) -> bool:
    """"as" in "identified (the 45-year-old) as John Smith", which the model hangs on the verb or, as often,
    on the age before it; the name must be its object ("identified the 19-year-old as John Smith's son" is
    not Smith's age)."""
    return any(h.lemma_.lower() in ("identify", "name") for h in (word.head, word.head.head))


#: Where a person is from, written after the name (and age): "John Smith, 29, of Homewood".
_OF_PLACE = re.compile(r"^(?:\s*,\s*(?:age[d]?\s+)?\d{1,3})?\s*,?\s+of\s+(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})")


def _residence(text: str, ent: Span) -> tuple[str, int, int] | None:
    """The place a person is said to be from, right after the name ("Smith, 29, of Homewood"), when the model
    reads it as a place (not "Smith of the Springfield Police"), as ``(place, start, end)`` in the sentence."""
    m = _OF_PLACE.match(text[ent.end_char:])
    if m is None:
        return None
    # a full stop inside a word ends the place: "of Homewood.All three" lost the space after the sentence
    place = re.split(r"\.(?=[A-Z])", m.group("place"))[0].rstrip(".,")
    start = ent.end_char + m.start("place")
    words = [t for t in ent.doc if start <= t.idx < start + len(place)]
    if not words or any(t.ent_type_ in ("ORG", "PERSON", "NORP", "DATE") for t in words) or \
            not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words):
        return None
    return place, start, start + len(place)


def _title(ent: Span) -> tuple[tuple[str, ...], str, int, int] | None:
    """The capitalised title words right before a name ("Police Chief", "Lt.", "Sheriff"), stopping at a
    place, organisation or date ("Springfield police Lt." -> "Lt."), as ``(canonical words, text, start,
    end)`` with offsets in the sentence."""
    doc = ent.doc
    i = ent.start - 1
    taken: list[Token] = []
    while i >= 0 and len(taken) < 4:
        tok = doc[i]
        if tok.text == "." and i > 0 and doc[i - 1].text.lower() in TITLE_ABBREVIATIONS:
            i -= 1  # "Lt" "." as the tokenizer splits "Lt.": the stop belongs to the title
            continue
        if tok.ent_type_ in _NOT_TITLE or not tok.text[:1].isupper() or not tok.text.rstrip(".").isalpha():
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.text.lower().rstrip(".") not in TITLE_ABBREVIATIONS:
            break
        taken.insert(0, tok)
        i -= 1
    first = taken[0].text.lower().rstrip(".") if taken else ""
    if taken and taken[0].i == 0 and len(taken) == 1 and first not in TITLE_ABBREVIATIONS and first not in RANKS \
            and first not in TITLE_WORDS:
        return None  # a capital at the start of a sentence may be any word ("Witness John Doe said")
    words = canonical_title([t.text for t in taken])
    if not words:
        return _partner(ent)
    last = taken[-1]
    end = last.idx + len(last.text) + (1 if doc.text[last.idx + len(last.text):].startswith(".") else 0)
    start = taken[0].idx
    return words, doc.text[start:end], start, end


def _partner(ent: Span) -> tuple[tuple[str, ...], str, int, int] | None:
    """The partner or relative a person is said to be, from the noun the name is in apposition with ("her
    fiancé, John Smith", "John Smith, her husband,", "her sister, Jane Smith"), when that noun names a
    partner (``partner: fiancé``) or a degree of kinship (``kin: sibling``)."""
    root = ent.root
    candidates = [root.head] if root.dep_ in ("appos", "compound") else []
    candidates += [c for c in root.children if c.dep_ == "appos"]
    for tok in candidates:
        if tok.lemma_.lower() in PARTNERS or tok.lower_ in PARTNERS:
            return ("partner: " + tok.lower_,), tok.text, tok.idx, tok.idx + len(tok.text)
        if tok.lemma_.lower() in KIN:
            return ("kin: " + KIN[tok.lemma_.lower()],), tok.text, tok.idx, tok.idx + len(tok.text)
    return None


def _role(noun: Token) -> Token | None:
    """A noun that says what part a person plays ("shooter", "suspect"), not only that they are one."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.ent_type_ or lemma in PLAIN_PERSON_NOUNS:
        return None  # one person's part is a singular common noun ("police" is many)
    if lemma in GUNFIRE_NOUNS or lemma in EVENT_PREDICATES:
        return None  # "the 3-year-old shot": the model took the verb for a noun; a shot is no one's part
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one", "every", "each") for c in noun.children):
        return None  # "a Woodland resident" is one of many; "the shooter" is the event's one
    return noun


def _role_of_name(ent: Span) -> Token | None:
    """The part the sentence gives a named person, from the parse: "shooter John Smith", "John Smith, the
    alleged shooter,", "the shooter, John Smith,", "the shooter was identified as John Smith", "John Smith
    was the shooter"."""
    root = ent.root
    for c in root.children:
        if ((c.dep_ == "compound" and c.i < ent.start) or c.dep_ == "appos") and _role(c) is not None:
            return c
    head = root.head
    if root.dep_ == "appos":
        return _role(head)
    if root.dep_ == "pobj" and head.lower_ == "as" and _identifying(head):
        # "the shooter was identified as John Smith", or in the active voice "the medical examiner
        # identified the shooter's girlfriend as Jane Smith": the one identified is the passive subject or
        # the object (on which the model often hangs "as"), never the one who identifies
        if head.head.dep_ == "dobj":
            return _role(head.head)
        verb = head.head
        identified = ([c for c in verb.children if c.dep_ == "nsubjpass"] or [c for c in verb.children if c.dep_ == "dobj"]
                      or [c for c in verb.children if c.dep_ == "nsubj"])
        return _role(identified[0]) if len(identified) == 1 else None
    if root.dep_ in ("nsubj", "attr") and head.lemma_ == "be":
        other = [c for c in head.children if c.dep_ == ("attr" if root.dep_ == "nsubj" else "nsubj")]
        return _role(other[0]) if len(other) == 1 else None
    return None


#: Words that make a part one of several: "the other victim", "a second suspect".
_ONE_OF_SEVERAL = frozenset({"other", "another", "second", "both", "each"})


def _several_parts(docs: Sequence[Doc]) -> frozenset[str]:
    """The parts an article gives to more than one person ("two suspects", "the other victim"): its
    "the suspect" may be any of them."""
    return frozenset(t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "NOUN" and (
        t.tag_ == "NNS" or any(c.lower_ in _ONE_OF_SEVERAL for c in t.children)))


def _role_ages(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
               several: Collection[str] = ()) -> list[Fact]:
    """Ages of people the sentence names only by their part: "the 25-year-old suspect", "the suspect, a
    24-year-old man", "the shooter was a 58-year-old white man". The subject is "the <part>"; comparison
    gives the age to a named person when the event links that part to one person, or compares it as the
    part when no one is named in it. A part the article gives to ``several`` people is no one's."""
    out = []
    for old in doc:
        if old.lower_ != "old" or old.dep_ != "amod" or old.head.pos_ != "NOUN":
            continue
        numbers = [t for t in old.subtree if t.like_num]
        noun = old.head
        if len(numbers) != 1 or any(t.ent_type_ == "PERSON" for t in noun.subtree):
            continue  # a named person's age is read with the name
        if not any(t.lemma_.lower() == "year" for t in old.subtree):
            continue  # "the 9-month-old infant": ages are compared in years
        role = _role(noun)
        if role is None and noun.dep_ == "appos":
            role = _role(noun.head)  # "the suspect, a 24-year-old man"
        elif role is None and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
            role = _role(subjects[0]) if len(subjects) == 1 else None  # "the shooter was a 58-year-old man"
        value = whole_number(numbers[0].text)
        if role is None or value is None or not 0 < value < 120 or role.lemma_.lower() in several:
            continue
        start = sentence.start + numbers[0].idx
        end = sentence.start + old.idx + len(old.text)
        out.append(Fact(article.source, sentence.index, f"the {role.lemma_.lower()}", "age", str(value),
                        sentence.text[numbers[0].idx:old.idx + len(old.text)], start, end, quoted=quoted(start)))
        out += fate_facts(article, sentence, doc, numbers[0].idx, f"the {role.lemma_.lower()}", quoted)
    return out


