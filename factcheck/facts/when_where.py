"""When and where the event happened, as one article tells it: the weekday, date and clock time of the
event, of the call to police or of the arrest (from the verb that governs them), and the streets and corners
it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ..nlp import governing_verb, joined_verbs, when_clauses
from ..records import Article, Fact, Sentence
from ..text.lexicon import (
    AMBIGUOUS_STREET_TYPES,
    ATTACK_VERBS,
    CHARGE_VERBS,
    COMPASS_POINTS,
    GUNFIRE_NOUNS,
    MONTH_NAMES,
    OPENING_TIMES,
    SPEECH_BEFORE,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    TEMPORAL_PREPOSITIONS,
    TIME_VERBS,
    TIME_ZONE,
    WEAPON_NOUNS,
    WEEKDAYS,
    verb_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DAY_PARTS", "publication_day", "read_clock_times", "read_dates", "read_day_parts", "read_streets", "read_weekdays"]

#: Verbs a time may be hung on by the parse without their being what it times: attribution ("..., police
#: said") and the copula ("the shooting was around 6:30").
_LOOSE_VERBS = SPEECH_VERBS | {"be"}


def _when(sentence: Sentence, doc: Doc, start: int, end: int, clock: bool = False) -> str | None:
    """Which time of the event a weekday or clock time gives, from the verb that governs it ("event" for
    "was shot Saturday", "call" for "police were called at 10:20"); "scene" for a time no verb of the
    event governs, in a sentence without one ("She was asleep in the car around 1 a.m."; "... at around
    3:50 p.m., according to police"); ``None`` for a time that dates a statement ("police said Monday") or
    something else ("was charged Tuesday"). A ``clock`` time after an event noun is that event's
    (:func:`_clock_on_event`)."""
    governor = governing_verb(doc, start, end)
    if governor is None or governor.lemma_.lower() not in TIME_VERBS:
        # the parse may split a time between two heads ("started shooting about 11:30 | p.m."): a verb of
        # the event that governs any of its words is the one it times
        governor = next((v for t in doc if start <= t.idx < end and (v := governing_verb(doc, t.idx, t.idx + 1))
                         is not None and v.lemma_.lower() in TIME_VERBS), governor)
    verb = governor.lemma_.lower() if governor is not None else None
    # "police reported Monday" dates a statement; "the shooting was reported at 1 a.m." times the call
    passive = governor is not None and any(c.dep_ == "auxpass" for c in governor.children)
    if SPEECH_BEFORE.search(sentence.text[:start]) and not (passive and verb in TIME_VERBS):
        return None
    # the noun nearer the time than its verb is what it times: "arrested after Friday's shooting"
    nominal = _nominal_kind(doc, start, end)
    if nominal is not None:
        return nominal
    if verb in TIME_VERBS:
        return TIME_VERBS[verb]
    # a time written before two joined verbs times both ("just before 10:30 p.m., a group came back and
    # began firing"); one written after the first is its own ("left the bar at 1 a.m. and was shot"). The
    # verb a joined "began" or "started" takes is the one it times, when it is the attack's.
    joined = [v for j in (joined_verbs(governor) if governor is not None and end <= governor.idx else [])
              for v in (j, *(c for c in j.children if c.dep_ == "xcomp"))]
    if any(v.lemma_.lower() in ATTACK_VERBS for v in joined):
        return "event"  # the attack's verbs only: "on Tuesday, the mayor visited and called for calm" is no call
    acted = _argument_kind(governor)
    if acted is not None:
        return acted
    # "were gathered at 6:15 p.m. when two groups began shooting": the time of the scene is the event's
    words = [t for t in doc if start <= t.idx < end]
    hosts = [*words, *(t.head for t in words), *([governor] if governor is not None else [])]
    timed = [kind for h in hosts for v in when_clauses(h) if (kind := TIME_VERBS.get(v.lemma_.lower())
                                                              or _argument_kind(v)) is not None]
    if timed:
        return timed[0]
    if verb is not None and verb not in _LOOSE_VERBS:
        return _clock_on_event(doc, governor, start) if clock else None
    # The parse often hangs a trailing time on the attribution ("... at about 2:20 p.m., authorities said"):
    # then the nearest verb of the event or the call in the sentence is the one it times.
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in TIME_VERBS]
    if not verbs:
        return "scene"
    nearest = min(verbs, key=lambda t: abs(t.idx - start))
    return TIME_VERBS[nearest.lemma_.lower()]


def _clock_on_event(doc: Doc, governor: Token | None, start: int) -> str | None:
    """The kind of the event noun a clock time follows when the parser hung the time on a verb that times
    nothing ("was charged in the fatal shooting of his brother around 1:54 a.m.": the shooting's time). A
    charge or a hearing is dated by its day, seldom by the minute, so only clock times are read this way."""
    if governor is None or governor.idx > start or governor.lemma_.lower() not in CHARGE_VERBS:
        return None  # "a news conference about the shooting at 2 p.m." times the conference
    nouns = [t for t in doc if governor.i < t.i and t.idx < start and t.pos_ == "NOUN"
             and t.head.lower_ in ("in", "with", "for") and TIME_VERBS.get(_verb_of(t.lemma_.lower())) == "event"]
    return "event" if nouns else None


def _nominal_kind(doc: Doc, start: int, end: int) -> str | None:
    """The kind of time a noun made from a time verb gives, when the time is written on the noun itself
    ("arrested after Friday's shooting", "the 9:40 p.m. shooting", "the March 9 shooting"): the shooting's
    time, not the arrest's. A time hung on the noun by a preposition is left to the verb: the small
    parser's prepositional attachments are too loose ("the shooting of a girl on Easter Sunday" is another
    shooting's day)."""
    words = [t for t in doc if start <= t.idx < end]
    inside = {t.i for t in words}
    for tok in words:
        head, dep = tok.head, tok.dep_
        if head.i not in inside and head.lower_ in DAY_PARTS and head.head.i != head.i:
            head, dep = head.head, head.dep_  # "a wound Tuesday | morning": the part of the day is the time's
        if head.i in inside or head.pos_ != "NOUN":
            continue
        kind = TIME_VERBS.get(_verb_of(head.lemma_.lower()))
        if dep in ("poss", "compound", "nmod", "nummod"):
            return kind
        if dep == "npadvmod" and kind is not None and (
                head.dep_ in ("nsubj", "nsubjpass") or head.head.lower_ in TEMPORAL_PREPOSITIONS):
            # "after a shooting early Tuesday", "the shooting early Tuesday left two dead"; not "charged in
            # the shooting Tuesday" (the charge's day as often as the shooting's), "at a party Saturday"
            return kind
    return None


def _argument_kind(verb: Token | None) -> str | None:
    """The kind of time a verb that times nothing itself gives through what it is about: its subject or
    object is a noun made from a time verb ("the first call came in just after 6 p.m.", "received a call
    at 8:13 p.m.", "are investigating the fatal shooting ... about 1:45 a.m.", "a shooting that left two hurt
    Tuesday"), or its subject is gunfire
    ("shots went off around 8:30 p.m."), or a gun that goes off."""
    if verb is None:
        return None
    for arg in verb.children:
        if arg.dep_ == "nsubj" and arg.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.lemma_ == "leave":
            # "a shooting that left a girl wounded Tuesday morning": the shooting's time; not "a shooting
            # that prompted a lockdown Wednesday" (what followed)
            return TIME_VERBS.get(_verb_of(verb.head.lemma_.lower()))
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj") and arg.pos_ == "NOUN":
            kind = TIME_VERBS.get(_verb_of(arg.lemma_.lower()))
            if kind is not None:
                return kind
            if arg.dep_ == "nsubj" and arg.lemma_.lower() in GUNFIRE_NOUNS:
                return "event"  # "shots went off at 8:30 p.m.", "bullets flew at about 2:45 p.m."
            if arg.dep_ == "nsubj" and arg.lemma_.lower() in WEAPON_NOUNS and (verb.lemma_.lower() == "discharge" or any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
                return "event"  # "the gun went off around 8:30 p.m."; not "the gun was found at 9 p.m."
    return None


def _verb_of(noun: str) -> str:
    """The time verb a noun is made from ("shooting" -> "shoot"), or the noun itself ("call", "arrest")."""
    return verb_of(noun, TIME_VERBS)


def read_weekdays(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool], lede: int) -> list[Fact]:
    """The weekday of the event (or of the call to police, or of the arrest), from a weekday its verb governs."""
    out = []
    for tok in doc:
        if tok.lower_ not in WEEKDAYS:
            continue
        when = _when(sentence, doc, tok.idx, tok.idx + len(tok.text))
        # later paragraphs date the hearing, the funeral, another incident: the event's hours are in the lede
        if when is not None and (when not in OPENING_TIMES or sentence.index < lede):
            start = sentence.start + tok.idx
            out.append(Fact(article.source, sentence.index, "event", f"weekday {when}", tok.lower_, tok.text, start,
                            start + len(tok.text), quoted=quoted(start)))
    return out


_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
_DATE = re.compile(r"\b(?P<month>" + "|".join(m.title() for m in _MONTH_NUMBERS) +
                   r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?P<day>\d{1,2})"
                   r"(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?")


def read_dates(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool], lede: int) -> list[Fact]:
    """Calendar dates of the event, the call or the arrest ("struck July 17", "arrested on Aug. 3"), as ISO
    dates: the year as written, else the publication's year (the year before when that would put the date
    after publication); ``--MM-DD`` when neither is known."""
    out = []
    published = publication_day(article)
    for m in _DATE.finditer(sentence.text):
        month = next(n for name, n in _MONTH_NUMBERS.items() if name.startswith(m.group("month").lower().rstrip(".")))
        when = _when(sentence, doc, m.start(), m.end())
        if when is None or (when in OPENING_TIMES and sentence.index >= lede):
            continue
        value = _iso(month, int(m.group("day")), int(m.group("year")) if m.group("year") else None, published)
        if value is None:
            continue
        start = sentence.start + m.start()
        out.append(Fact(article.source, sentence.index, "event", f"date {when}", value, m.group(0), start,
                        sentence.start + m.end(), quoted=quoted(start)))
    return out


def publication_day(article: Article | None) -> date | None:
    """The day an article was published, when its date is given as ISO text; else ``None``."""
    if article is None or not article.date:
        return None
    try:
        return date.fromisoformat(article.date[:10])
    except ValueError:
        return None


def _iso(month: int, day: int, year: int | None, published: date | None) -> str | None:
    """The date as ISO text, or ``None`` when it is no calendar date ("Feb. 30").

    >>> _iso(12, 30, None, date(2017, 1, 3)), _iso(8, 3, None, None), _iso(2, 30, 2016, None)
    ('2016-12-30', '--08-03', None)
    """
    if year is None and published is not None:
        year = published.year - 1 if (month, day) > (published.month, published.day + 1) else published.year
    try:
        return date(year, month, day).isoformat() if year is not None else f"--{date(2000, month, day):%m-%d}"
    except ValueError:
        return None


_CLOCK = re.compile(
    r"(?P<hedge>\b(?:about|around|approximately|roughly|shortly (?:after|before)|just (?:after|before)|"
    r"a few minutes (?:after|before)|some time after)\s+)?"
    r"(?:\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ap>[ap])\.?\s?m\b\.?|\b(?P<word>noon|midnight)\b|"
    # "2:46 this afternoon", "10:40 Friday night": the part of the day says which half of the clock
    r"\b(?P<dh>\d{1,2}):(?P<dm>\d{2})\s+(?:(?:this|that|on)\s+)?(?:[A-Z][a-z]+day\s+)?"
    r"(?P<part>morning|afternoon|evening|night)\b|"
    r"\b(?P<mil>(?:[01]\d|2[0-3])[0-5]\d) hours\b)"
    # "8:30 p.m. ET": a time zone named, so that a time in another zone is not taken for another time
    rf"(?:\s*(?P<zone>{TIME_ZONE.pattern}))?", re.I)


def read_clock_times(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                     lede: int) -> list[Fact]:
    """Clock times of the event or of the call ("around 2:40 p.m.", "2239 hours"), as minutes after
    midnight; a hedge ("about", "shortly after") is kept in the value so that "about 2:40" and "2:40" can be
    told apart. A time no verb ties to the event counts only in the opening sentences."""
    out = []
    for m in _CLOCK.finditer(sentence.text):
        when = _when(sentence, doc, m.start(), m.end(), clock=True)
        if when is None or (when == "scene" and sentence.index >= lede):
            continue
        if m.group("word"):
            minutes = 720 if m.group("word").lower() == "noon" else 0
        elif m.group("mil"):
            minutes = int(m.group("mil")[:2]) * 60 + int(m.group("mil")[2:])
        elif m.group("part"):
            told = _day_part_minutes(int(m.group("dh")), int(m.group("dm")), m.group("part").lower())
            if told is None:
                continue
            minutes = told
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue  # "13:75 a.m." is no time of day
            minutes = (hour % 12 + (12 if m.group("ap").lower() == "p" else 0)) * 60 + minute
        hedge = _hedge_side(m.group("hedge"))
        start = sentence.start + m.start()
        out.append(Fact(article.source, sentence.index, "event", f"time {when}", f"{hedge}{minutes}",
                        m.group(0).strip(), start, sentence.start + m.end(), quoted=quoted(start)))
    return out


#: The hours each part of the day may name, alone, "early" and "late", in minutes after midnight, generous
#: at both ends (a night runs past midnight: 1800 is 6 a.m. the next day).
DAY_PARTS = {
    "morning": {"": (0, 720), "early": (0, 480), "late": (540, 720)},
    "afternoon": {"": (720, 1140), "early": (720, 900), "late": (900, 1140)},
    "evening": {"": (1020, 1410), "early": (1020, 1200), "late": (1200, 1410)},
    "night": {"": (1080, 1800), "early": (1080, 1380), "late": (1260, 1740)},
}
_DAY_PART = re.compile(
    r"\b(?:(?P<mod>early|late)\s+)?(?P<day>(?:" + "|".join(w.title() for w in WEEKDAYS) + r")|this|last|that)\s+"
    r"(?P<part>morning|afternoon|evening|night)\b")


def read_day_parts(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                   lede: int) -> list[Fact]:
    """The part of the day an outlet gives the event without a clock time ("Friday afternoon", "early
    Monday morning"), as the span of minutes it allows (``part 0-540``), compared with the other outlets'
    clock times. One a clock time qualifies ("2:46 this afternoon") is read with that time."""
    out = []
    clocks = [m.span() for m in _CLOCK.finditer(sentence.text)]
    for m in _DAY_PART.finditer(sentence.text):
        if any(a <= m.start() <= b + 1 for a, b in clocks):
            continue
        when = _when(sentence, doc, m.start("day"), m.end())
        if when is None or (when in OPENING_TIMES and sentence.index >= lede):
            continue
        low, high = DAY_PARTS[m.group("part")][m.group("mod") or ""]
        start = sentence.start + m.start()
        out.append(Fact(article.source, sentence.index, "event", f"time {when}", f"part {low}-{high}",
                        m.group(0), start, sentence.start + m.end(), quoted=quoted(start)))
    return out


def _day_part_minutes(hour: int, minute: int, part: str) -> int | None:
    """Minutes after midnight of a clock time told by the part of the day ("2:46 this afternoon"); a night
    runs past midnight ("1:30 Saturday night" is 1:30 a.m.); ``None`` for a time the part rules out.

    >>> [_day_part_minutes(*t) for t in [(2, 46, "afternoon"), (12, 30, "morning"), (10, 40, "night"), (1, 30, "night")]]
    [886, 30, 1360, 90]
    >>> _day_part_minutes(9, 0, "afternoon") is None
    True
    """
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if part == "morning":
        return (hour % 12) * 60 + minute
    if part == "night" and (hour < 5 or hour == 12):
        return (hour % 12) * 60 + minute
    if (part == "afternoon" and not (hour == 12 or hour < 7)) or (part == "evening" and not 4 <= hour <= 11):
        return None
    return (hour % 12 + 12) * 60 + minute


def _hedge_side(hedge: str | None) -> str:
    """The side of the clock time a hedge puts the time on: "<~" before, ">~" after, "~" about, "" none.

    >>> [_hedge_side(h) for h in ("shortly before ", "just after ", "around ", None)]
    ['<~', '>~', '~', '']
    """
    if not hedge:
        return ""
    return "<~" if "before" in hedge else ">~" if "after" in hedge else "~"


#: A compass point before a street's name ("W. 16th", "North Main").
_COMPASS_BEFORE = r"(?:North|South|East|West|N|S|E|W)\.?\s+"
#: A street's name: up to three capitalised words or an ordinal, after an optional compass point.
_STREET_NAME = rf"(?:{_COMPASS_BEFORE})?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}|\d{{1,3}}(?:st|nd|rd|th))"
_STREET = re.compile(
    rf"\b(?:(?P<num>\d{{1,5}})\s+(?:block\s+of\s+)?)?(?P<name>{_STREET_NAME})"
    r"\s+(?P<suffix>" + "|".join(sorted((k.title() for k in STREET_SUFFIXES), key=len, reverse=True)) + r")\b\.?"
    r"(?:\s+(?P<post>North|South|East|West)\b)?")
#: "the 3700 block of Fannin": a block names its street even without a street type.
_BLOCK = re.compile(rf"\b(?P<num>\d{{1,5}}) block of (?P<name>{_STREET_NAME})\b")
_NUMBERED = re.compile(rf"{_COMPASS_BEFORE}|\d")
#: Abbreviated street types that, before a lower-case word, a comma or the sentence's end, are a street's
#: type and not a saint's or a doctor's title ("on College St. in the city", but "St. Louis", "Dr. Jones").
_ABBREVIATED_SUFFIXES = frozenset({"st", "dr", "ct", "pl"})
_NOT_A_TITLE_AFTER = re.compile(r"\.?(?:\s+[a-z]|\s*[,;:)]|\s*$)")


#: Prepositions that put something on a street ("along Dover Court", "off Kings Place").
_ON_STREET = re.compile(r"\b(?:on|along|off)\s+$", re.I)


def _on_street(sentence: Sentence, doc: Doc, m: re.Match[str]) -> bool:
    """Whether a name with a type that is also a common noun ("Court", "Place", "Square") is a street by
    where it stands: after "on", "along" or "off" (with no article: "on the Supreme Court"), not a name the
    model reads as a person or a work, and not a noun's modifier ("ruled on Supreme Court cases"). The small
    model reads many such streets as organisations ("Dover Court"), so that tag is no guide."""
    if not _ON_STREET.search(sentence.text[:m.start()]):
        return False
    words = [t for t in doc if m.start() <= t.idx < m.end("suffix")]
    after = next((t for t in doc if t.idx >= m.end()), None)
    return bool(words) and not any(t.ent_type_ in ("PERSON", "WORK_OF_ART", "LAW", "EVENT") for t in words) \
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))


def _spelled_out(words: list[str]) -> list[str]:
    """A street name's words in lower case, compass points spelled out ("W." -> "west")."""
    return [COMPASS_POINTS.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in words]


def read_streets(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool]) -> list[Fact]:
    """Streets the article places things on ("1900 block of Gallier Street", "W. 16th St."), the street type
    spelled out and the leading function words dropped ("On Harvard Ave." -> "harvard avenue")."""
    out: list[Fact] = []
    matches = list(_STREET.finditer(sentence.text))
    for m in matches:
        suffix = m.group("suffix").lower()
        if suffix in AMBIGUOUS_STREET_TYPES and not m.group("num") and not _NUMBERED.match(m.group("name")) \
                and not (suffix in _ABBREVIATED_SUFFIXES and _NOT_A_TITLE_AFTER.match(sentence.text, m.end("suffix"))) \
                and not _on_street(sentence, doc, m):
            continue  # "Supreme Court", "Dr. Jane Smith", "St. Louis": a street only with a number or direction
        words = m.group("name").split()
        while words and doc.vocab[words[0].lower()].is_stop:
            words = words[1:]
        if not words:
            continue
        # "Washington Street West" is West Washington Street
        post = [m.group("post").lower()] if m.group("post") else []
        name = post + _spelled_out(words)
        value = " ".join([*name, STREET_SUFFIXES[suffix]])
        start = sentence.start + m.start("name") + m.group("name").index(words[0])
        end = sentence.start + m.end()
        previous = out[-1] if out and out[-1].attribute == "street" else None
        if previous is not None and _JOINED.fullmatch(sentence.text[previous.end - sentence.start:start - sentence.start]):
            # "at Neptune Ave and 16th Street": the two streets of one corner
            corner = " & ".join(sorted((previous.value, value)))
            out.append(Fact(article.source, sentence.index, "event", "corner", corner,
                            sentence.text[previous.start - sentence.start:m.end()], previous.start, end,
                            quoted=quoted(previous.start)))
        out.append(Fact(article.source, sentence.index, "event", "street", value, sentence.text[start - sentence.start:m.end()],
                        start, end, quoted=quoted(start)))
    return out + _shared_type(article, sentence, quoted) + _addresses(article, sentence, matches, quoted)


#: Two streets written with one plural type, a corner: "near 41st and West Market Streets".
_SHARED_TYPE = re.compile(
    rf"\b(?P<a>{_STREET_NAME})\s+(?:and|&)\s+(?P<b>{_STREET_NAME})\s+(?P<suffix>Streets|Avenues|Roads|Boulevards|Drives)\b")


def _shared_type(article: Article, sentence: Sentence, quoted: Callable[[int], bool]) -> list[Fact]:
    """The two streets, and their corner, of names that share one plural street type ("41st and West Market
    Streets" is 41st Street at West Market Street)."""
    out = []
    for m in _SHARED_TYPE.finditer(sentence.text):
        kind = m.group("suffix").lower()[:-1]
        values = [" ".join([*_spelled_out(m.group(g).split()), kind]) for g in ("a", "b")]
        start, end = sentence.start + m.start(), sentence.start + m.end()
        out.append(Fact(article.source, sentence.index, "event", "corner", " & ".join(sorted(values)), m.group(0),
                        start, end, quoted=quoted(start)))
        for g, value in zip(("a", "b"), values, strict=True):
            out.append(Fact(article.source, sentence.index, "event", "street", value, m.group(g),
                            sentence.start + m.start(g), sentence.start + m.end(g), quoted=quoted(sentence.start + m.start(g))))
    return out


def _addresses(article: Article, sentence: Sentence, streets: list[re.Match[str]],
               quoted: Callable[[int], bool]) -> list[Fact]:
    """House and block numbers on a street ("3704 Fannin St." -> ``fannin 3704``, "the 3700 block of Fannin"
    -> ``fannin 3700 block``), from the sentence's street matches (``streets``) and its blocks, the street
    keyed by its name alone (no type, no compass point), so that outlets writing it with and without its
    type are compared."""
    out: list[Fact] = []
    seen: set[int] = set()
    for m in [*streets, *_BLOCK.finditer(sentence.text)]:
        if not m.group("num") or m.start() in seen:
            continue
        seen.add(m.start())
        key = " ".join(w for w in _spelled_out(m.group("name").split()) if w not in COMPASS_POINTS.values())
        block = " block" if "block of" in m.group(0) else ""
        start = sentence.start + m.start()
        out.append(Fact(article.source, sentence.index, "event", "address", f"{key} {m.group('num')}{block}",
                        m.group(0).rstrip(), start, start + len(m.group(0).rstrip()), quoted=quoted(start)))
    return out


#: What joins the two streets of a corner ("Mermaid Ave. and W. 15th St.", "Main & 5th").
_JOINED = re.compile(r"\s*(?:and|&)\s*")
