"""What a detail is: the kinds of words two versions of one sentence can give differently (:mod:`.details`).

Two runs of words hold one detail told two ways when both hold words of one kind, and differ in it:

- a number of one shape (a count, a year, an ordinal, a clock time), compared by value: "four" / "4",
  "1st" / "first-degree" and "35.7" / "35.72" agree; a phone number is no figure, and two sentences that
  write unlike numbers of figures of that shape do not say which one is told two ways;
- the name of a weekday against a weekday (not the day something was said, nor two days of one night or
  across a time zone), of a month against a month;
- a word of letters and digits: a model, a route ("F-350" / "F-150"; not "G-20" / "G20");
- one person's relative, said of the same person ("his sister" / "his brother", "her wife" / "her
  fiancée"; not "a man" / "a girl", who are more often two people);
- a name that differs in one word spelt alike ("Travon" / "Kavon"), where an accent, an abbreviation
  ("Ft." / "Fort"), initials, a plural, a nickname, a house style or one name starting the other
  ("Indiana" / "Indianapolis") is no difference, and a title is left to the people comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..quantities.numerals import whole_number
from ..quantities.units import singular
from ..text.lexicon import (
    EVENT_PREDICATES,
    KIN,
    MONTH_NAMES,
    PARTNERS,
    RANKS,
    SEXED_NOUNS,
    SPEECH_VERBS,
    TIME_ZONE,
    TITLES,
    WEEKDAYS,
)
from ..text.names import nickname_pair
from .ages import person_noun as is_person
from .people import name_key
from .spelling import house_style

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Run", "detail_of", "marked", "person_noun", "typed"]

_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)", re.I)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}
#: How alike (rapidfuzz ratio, 0-100) two names must be to be one name spelt two ways.
_ALIKE = 60
#: Partner words that name no kind of partnership, and so agree with any ("spouse" / "husband").
_ANY_PARTNER = frozenset({"partner", "spouse"})
_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]+", re.I)
_TITLE_WORDS = frozenset(w.lower().rstrip(".") for t in TITLES for w in t.split()) | RANKS


class Run:
    """Words of one version, as the text they span."""

    def __init__(self, words: Sequence[Token]) -> None:
        self.words = list(words)
        self.start_char = words[0].idx
        self.end_char = words[-1].idx + len(words[-1].text)
        self.text = words[0].doc.text[self.start_char:self.end_char]


def detail_of(ra: Sequence[Token], rb: Sequence[Token]) -> tuple[str, Run, Run] | None:
    """The kind of detail two runs give differently, with the words that give it, or None when they agree
    or are not of one kind."""
    na, nb = _numbers(ra), _numbers(rb)
    if na and nb and not _as_many(ra, rb, {_shape(v) for v, _ in (*na, *nb)}):
        return None  # "a 30-year-old and a 32-year-old" / "a 31-year-old": which one is told two ways?
    if na and nb:
        if _same_figures([v for v, _ in na], [v for v, _ in nb]) or {_shape(v) for v, _ in na} != {_shape(v) for v, _ in nb}:
            return None
        return "figure", Run([t for _, t in na]), Run([t for _, t in nb])
    if na or nb:
        return None
    ka, kb = _of(ra, _code), _of(rb, _code)
    if ka and kb:
        same = [_bare(t.text) for t in ka] == [_bare(t.text) for t in kb]
        return None if same else ("model or number", Run(ka), Run(kb))
    for kind, names in (("day", WEEKDAYS), ("month", MONTH_NAMES)):
        ca, cb = _named(ra, names), _named(rb, names)
        if ca and cb:
            if {t.lower_ for t in ca} == {t.lower_ for t in cb} or (kind == "day" and _one_day(ca, cb)):
                return None
            return kind, Run(ca), Run(cb)
    pa, pb = _of(ra, _relative), _of(rb, _relative)
    if pa and pb:
        return None if _same_relatives(pa, pb) else ("relative", Run(pa), Run(pb))
    xa, xb = _of(ra, _proper), _of(rb, _proper)
    if xa and xb and not _same_names(xa, xb) and _spelt_alike(xa, xb):
        types = {t.ent_type_ for t in (*xa, *xb)} - {""}
        if len(types) <= 1:
            return "name", Run(_contiguous(xa)), Run(_contiguous(xb))
    return None


def _of(run: Sequence[Token], test: Callable[[Token], bool]) -> list[Token]:
    return [t for t in run if test(t)]


def _contiguous(words: Sequence[Token]) -> list[Token]:
    """The words from the first to the last given, so a run's value reads as written."""
    doc = words[0].doc
    return list(doc[words[0].i:words[-1].i + 1])


def _numbers(run: Sequence[Token]) -> list[tuple[str, Token]]:
    """The numbers a run writes, each with a key it is compared by: its shape (a clock time, a year, an
    ordinal, a count) and its value. A phone number or a coordinate is no figure of the story."""
    out = []
    for t in run:
        text = t.lower_
        if _joined_digits(t):
            continue
        m = _ORDINAL.fullmatch(text)
        if re.fullmatch(r"\d{1,2}:\d\d", text):
            out.append((f"time {text}", t))
        elif m:
            if t.i + 1 < len(t.doc) and person_noun(t.doc[t.i + 1]):
                continue  # "the 2nd man" / "the 1st man": two people, not one told two ways
            out.append((f"ordinal {int(m.group(1))}", t))
        elif text in _ORDINAL_WORDS and _degree(t):
            out.append((f"ordinal {_ORDINAL_WORDS[text]}", t))
        elif _year(t):
            out.append((f"year {text}", t))
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+", text):
            out.append((f"count {_plain(text)}", t))
        elif t.like_num and text.isalpha():
            n = whole_number(text)
            if n is not None:
                out.append((f"count {n}", t))
    return out


def _year(t: Token) -> bool:
    """A year: four digits from 1900 to 2099 the model reads as a date, or that count no noun ("since 2002",
    not "2000 people")."""
    if not re.fullmatch(r"(?:19|20)\d\d", t.text):
        return False
    return t.ent_type_ == "DATE" or t.head.pos_ != "NOUN" or t.head == t


def _plain(number: str) -> str:
    """A number as digits, its decimals as written: "1,200" -> "1200", "35.70" -> "35.70", "4.0" -> "4.0"."""
    whole, _, decimals = number.replace(",", "").partition(".")
    return f"{int(whole)}.{decimals}" if decimals else str(int(whole))


def _joined_digits(t: Token) -> bool:
    """Whether a group of digits is joined to another with no space: a phone number ("504-822-1111"), a
    case number, a coordinate."""
    doc = t.doc
    def digits_at(i: int) -> bool:
        return 0 <= i < len(doc) and any(ch.isdigit() for ch in doc[i].text)

    after = not t.whitespace_ and t.i + 2 < len(doc) and doc[t.i + 1].text in "-–/." and not doc[t.i + 1].whitespace_ \
        and digits_at(t.i + 2)
    before = t.i >= 2 and not doc[t.i - 1].whitespace_ and doc[t.i - 1].text in "-–/." and not doc[t.i - 2].whitespace_ \
        and digits_at(t.i - 2)
    return after or before


def _bare(code: str) -> str:
    """A code without its hyphens and case: "G-20" and "G20", "AR-15" and "ar15" are one."""
    return re.sub(r"[\W_]", "", code).lower()


def _code(t: Token) -> bool:
    """A word of letters and digits: a model, a route, a weapon ("F-350", "I-4", "AR-15")."""
    return bool(_CODE.fullmatch(t.text)) and not _ORDINAL.fullmatch(t.text)


def _same_figures(xa: Sequence[str], xb: Sequence[str]) -> bool:
    """Whether two runs' figures are the same, one a rounding of the other included ("35.7" / "35.72")."""
    if len(xa) != len(xb):
        return False
    return all(_equal(x, y) or _rounds_to(x, y) or _rounds_to(y, x) for x, y in zip(sorted(xa), sorted(xb), strict=True))


def _equal(x: str, y: str) -> bool:
    """Two figures of one shape and value ("6.4" / "6.40")."""
    shape, _, value = x.partition(" ")
    other_shape, _, other = y.partition(" ")
    if shape != other_shape:
        return False
    if shape == "count":
        return float(value) == float(other)
    return value == other


def _rounds_to(x: str, y: str) -> bool:
    shape, _, value = x.partition(" ")
    other_shape, _, other = y.partition(" ")
    if shape != "count" or other_shape != "count" or "." not in value:
        return False
    places = len(value.split(".")[1])
    return round(float(other), places) == float(value) and float(other) != float(value)


def _as_many(ra: Sequence[Token], rb: Sequence[Token], shapes: set[str]) -> bool:
    """Whether the two versions write as many figures of these shapes in all."""
    def count(doc: Doc) -> int:
        return sum(1 for v, _ in _numbers([t for t in doc if not (t.is_punct or t.is_space)]) if _shape(v) in shapes)

    return count(ra[0].doc) == count(rb[0].doc)


def _shape(key: str) -> str:
    return key.split()[0]


def _spelt_alike(xa: Sequence[Token], xb: Sequence[Token]) -> bool:
    """Whether two runs of proper nouns are one name written two ways: they differ in one word, and that
    word is spelt alike ("Travon"/"Kavon", "Scofield"/"Schofield") and not only by house style
    ("Centre"/"Center"). Names wholly unlike ("Jack Reed"/"Ted Lieu") in one slot of two versions are more
    often two people doing one thing."""
    a = [name_key(t.text) for t in xa]
    b = [name_key(t.text) for t in xb]
    if "".join(a) == "".join(b) or len(a) != len(b):
        return False  # "CrimeStoppers" / "Crime Stoppers" is one name
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    short, long = sorted((x, y), key=len)
    # one name the start of the other is another name ("Indiana"/"Indianapolis", "Burns"/"Burnsworth")
    return fuzz.ratio(x, y) >= _ALIKE and house_style(x) != house_style(y) and not long.startswith(short)


def _degree(t: Token) -> bool:
    """Whether an ordinal in words grades a charge or a burn ("first-degree"); elsewhere "first" and
    "second" more often order two things than give a figure."""
    rest = [w for w in t.doc[t.i + 1:t.i + 3] if not w.is_punct]
    return bool(rest) and rest[0].lower_ == "degree"


def _one_day(ca: Sequence[Token], cb: Sequence[Token]) -> bool:
    """Whether two weekdays may tell one happening: either is when something was said ("police said
    Monday"), a time zone is named, or the two are a day apart and tell one night ("late Wednesday" /
    "early Thursday"; not "Wednesday morning" / "early Thursday")."""
    if any(t.head.lemma_.lower() in SPEECH_VERBS for t in (*ca, *cb)):
        return True
    a, b = ca[0], cb[0]
    if any(TIME_ZONE.search(t.sent.text) or "local time" in t.sent.text.lower() for t in (a, b)):
        return True
    day_a, day_b = WEEKDAYS.index(a.lower_), WEEKDAYS.index(b.lower_)
    if (day_a + 1) % 7 == day_b:
        earlier, later = a, b
    elif (day_b + 1) % 7 == day_a:
        earlier, later = b, a
    else:
        return False
    return not _told_by_day(earlier) and _told_early(later)


def _near_words(t: Token) -> set[str]:
    return {w.lower_ for w in t.doc[max(t.i - 2, 0):t.i + 3]}


def _told_by_day(t: Token) -> bool:
    """A weekday told by its daytime ("Wednesday morning", "Wednesday afternoon")."""
    return bool(_near_words(t) & {"morning", "afternoon", "noon"}) and "late" not in _near_words(t)


def _told_early(t: Token) -> bool:
    """A weekday told by its small hours ("early Thursday", "Thursday morning", "overnight")."""
    return bool(_near_words(t) & {"early", "morning", "overnight"})


def _calendar(t: Token) -> bool:
    return bool(_named([t], (*WEEKDAYS, *MONTH_NAMES)))


def _named(run: Sequence[Token], names: Sequence[str]) -> list[Token]:
    """The words of a run that name a day or a month of ``names`` (a weekday is compared with a weekday, a
    month with a month)."""
    return [t for t in run if t.lower_ in names and t.pos_ == "PROPN"]


def _relative(t: Token) -> bool:
    """A noun of what one person is to another: "sister", "fiancée" (not "man" or "girl": two versions
    that say "a man" and "a girl" more often tell of two people), one person of it ("his parents" names two)."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in KIN or lemma in PARTNERS)


def _same_relatives(pa: Sequence[Token], pb: Sequence[Token]) -> bool:
    """Whether two runs' relatives can be one: the same kin or partner, of no two sexes ("sister" /
    "sibling" agree, "sister" / "brother" and "wife" / "fiancée" do not)."""
    def said(t: Token) -> tuple[str | None, str | None]:
        lemma = t.lemma_.lower()
        if lemma in _ANY_PARTNER:
            return SEXED_NOUNS.get(lemma), None  # "partner", "spouse": any partner
        return SEXED_NOUNS.get(lemma), KIN.get(lemma) or name_key(lemma).replace("ee", "e")

    whose = {_whose(t) for t in (*pa, *pb)}
    if len(whose) != 1 or "" in whose:
        return True  # "their cousin" / "her niece", or whose is not said: both may be right
    a, b = [said(t) for t in pa], [said(t) for t in pb]
    return len(a) == len(b) and all((ka == kb or ka is None or kb is None) and not (sa and sb and sa != sb)
                                    for (sa, ka), (sb, kb) in zip(a, b, strict=True))


def _whose(t: Token) -> str:
    """Whose relative a noun names, as written ("her", "Smith's"), or "" when not said."""
    owner = next((c.lower_ for c in t.children if c.dep_ == "poss"), "")
    if not owner:  # "the sister of the victim"
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c.lower_ for c in of.children if c.dep_ == "pobj"), "") if of is not None else ""
    return owner


def _proper(t: Token) -> bool:
    return (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP")
            and t.lower_.rstrip(".") not in _TITLE_WORDS)


def _same_names(xa: Sequence[Token], xb: Sequence[Token]) -> bool:
    """Whether two runs' proper nouns can name one thing: every word of the shorter one is a word of the
    other, an abbreviation, plural or nickname of one, or an initial."""
    wa = [name_key(t.text.rstrip(".")) for t in xa]
    wb = [name_key(t.text.rstrip(".")) for t in xb]
    short, long = sorted((wa, wb), key=len)
    return all(any(_one_word(s, w) for w in long) for s in short)


def _one_word(a: str, b: str) -> bool:
    if a == b or singular(a) == singular(b) or nickname_pair(a, b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short.replace(".", "")) <= 2 and short[0] == long[0]:
        return True  # an initial ("J." / "John", "C.E." / "Carl")
    return len(short) <= 4 and short[0] == long[0] and _subsequence(short, long)  # "ft" / "fort", "co" / "county"


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)



def typed(t: Token) -> bool:
    return bool(_numbers([t])) or _code(t) or _calendar(t) or _relative(t) or _proper(t)



def marked(t: Token) -> bool:
    """A word that tells one person, thing or happening from another: a detail's own words, a noun of a
    person ("man", "resident"), or what happened to them ("killed", "wounded")."""
    lemma = t.lemma_.lower()
    return typed(t) or is_person(lemma) or lemma in EVENT_PREDICATES


def person_noun(t: Token) -> bool:
    """A noun of a person ("man", "resident", "sister")."""
    return is_person(t.lemma_.lower())
