"""Compare facts across outlets: resolve people, then report values that cannot all hold.

People are one person across outlets when their full names agree once case, accents and punctuation are
set aside, or when they differ in one word by a small edit ("Erika"/"Erica", "Reid"/"Reed") and neither
outlet uses both spellings: that spelling variant is itself a finding. Facts that share a subject and an
attribute are then compared outlet against outlet, whatever sentence they sit in. Each finding names both
values and the outlets, and sits in a claim of its own whose mentions are the sentences that state them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from rapidfuzz import fuzz

from ..compare.claim import claim_status
from ..quantities.intervals import compare_quantities
from ..quantities.units import singular
from ..records import Article, Claim, Fact, Finding, Mention, Sentence, severity_rank
from ..settings import Settings
from ..text.lexicon import PEOPLE_NOUNS, RANKS, WEEKDAYS
from ..text.names import speaker_key

__all__ = ["compare_facts", "name_key"]

#: Counts an editor must see first when outlets disagree: the casualties and arrests of the event.
_CORE_COUNTS = frozenset({"killed", "injured", "shot", "arrested"})
_NIGHT = re.compile(r"\b(?:night|late|early|overnight|midnight|morning|evening)\b", re.I)


def name_key(name: str) -> str:
    """A person's name with case, accents and punctuation set aside.

    >>> name_key("Obryan Spikes") == name_key("O'Bryan Spikes")
    True
    >>> name_key("John Smith Sr.") == name_key("John Smith Jr.")
    False
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace("-", " ")
    words = (re.sub(r"[^a-z]", "", w.lower()) for w in plain.split())
    return " ".join(w for w in words if w)


def _people(facts: Sequence[Fact]) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    """Person id per resolved full name, and the variants that were merged as ``(a, b, label)``.

    Names one outlet gives and another writes differently are one person when their keys agree, when one
    word differs by a small edit ("name spelling", or "transliteration" for "Zelensky"/"Zelenskyy"), or
    when one is the other with a middle name or suffix more ("fuller name": "Walter Barfield"/"Walter Lee
    Barfield"). Two spellings one outlet uses side by side are two people, never merged.
    """
    names: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.attribute == "name":
            names[f.subject].add(f.source)
    key = {n: name_key(n) for n in names}
    keys = sorted(names, key=lambda n: (key[n], n))
    parent = {n: n for n in keys}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    first_of: dict[str, str] = {}
    for n in keys:
        parent[find(n)] = find(first_of.setdefault(key[n], n))
    variants = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if find(a) == find(b) or names[a] & names[b]:
                continue
            label = _variant(key[a], key[b])
            if label == "fuller name" and sum(_variant(key[a if len(a) < len(b) else b], key[c]) == label
                                               for c in keys) > 1:
                continue  # "John Smith" could be either of two fuller names: not resolved
            if label:
                parent[find(b)] = find(a)
                variants.append((a, b, "transliteration" if label == "name spelling" and speaker_key(a) == speaker_key(b)
                                 and a.split()[:-1] == b.split()[:-1] else label))
    for a, b in _same_first_and_age(facts, keys, key, names):
        if find(a) != find(b):
            parent[find(b)] = find(a)
            variants.append((a, b, "surname differs"))
    ids = {root: k for k, root in enumerate(sorted({find(n) for n in keys}))}
    return {n: ids[find(n)] for n in keys}, variants


def _same_first_and_age(facts: Sequence[Fact], keys: Sequence[str], key: dict[str, str],
                        names: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Two-word names that outlets give with the same first name and the same age but another surname
    ("Jahad Brumsey, 29" / "Jahad Ramsey, 29"), when no outlet uses both, no outlet writes the other's
    surname at all, and no third person of the event has that first name: one person, misnamed by one."""
    ages: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.attribute == "age":
            ages[f.subject].add(f.value)
    surnames: dict[str, set[str]] = defaultdict(set)
    for n in keys:
        for source in names[n]:
            surnames[source].add(key[n].split()[-1])
    by_first: dict[str, list[str]] = defaultdict(list)
    for n in keys:
        if len(key[n].split()) == 2 and ages[n]:
            by_first[key[n].split()[0]].append(n)
    firsts = Counter(key[n].split()[0] for n in keys)
    out = []
    for first, group in by_first.items():
        if len(group) != 2 or firsts[first] != 2:
            continue
        a, b = group
        last_a, last_b = key[a].split()[-1], key[b].split()[-1]
        if (names[a] & names[b] or not ages[a] & ages[b] or any(last_b in surnames[s] for s in names[a])
                or any(last_a in surnames[s] for s in names[b])):
            continue
        out.append((a, b))
    return out


def _variant(a: str, b: str) -> str | None:
    """How two name keys of one person can differ: ``name spelling`` (one word, a small edit of a word long
    enough to tell), ``fuller name`` (one is the other with words added after the first name), else ``None``.

    >>> _variant("john russel houser", "john russell houser"), _variant("walter barfield", "walter lee barfield")
    ('name spelling', 'fuller name')
    >>> _variant("john smith", "jane smith") is None
    True
    >>> _variant("volodmyr zelenksy", "volodymyr zelensky")
    'name spelling'
    >>> _variant("aniaya montgomery", "anaiya denise montgomery")
    'name spelling'
    """
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) and len(wa) >= 2:
        diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
        if diff and all(_close(x, y) for x, y in diff):
            return "name spelling"  # "Volodmyr Zelenksy" / "Volodymyr Zelensky": each word a small edit
        return None
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) < 2 or not (short[0] == long[0] or _close(short[0], long[0])):
        return None
    # each word of the shorter name, in order, is a word of the longer one or a small edit of it
    rest = iter(long)
    matched = [next((w for w in rest if w == x or _close(w, x)), None) for x in short]
    if any(m is None for m in matched):
        return None
    return "fuller name" if matched == short else "name spelling"


def _close(x: str, y: str) -> bool:
    """One name word a small edit of another, both long enough to tell ("Erika"/"Erica")."""
    return min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 75 and x[0] == y[0]


def _day(article: Article | None) -> date | None:
    if article is None or not article.date:
        return None
    try:
        return date.fromisoformat(article.date[:10])
    except ValueError:
        return None


class _ClaimBuilder:
    """Collects the mentions and findings of one fact claim."""

    def __init__(self, sentences: dict[tuple[str, int], Sentence], evidence: str) -> None:
        self.sentences = sentences
        self.mentions: list[Mention] = []
        self.index: dict[tuple[str, int], int] = {}
        self.findings: list[Finding] = []
        self.evidence = evidence

    def mention(self, f: Fact) -> int:
        key = (f.source, f.sentence)
        if key not in self.index:
            s = self.sentences[key]
            self.index[key] = len(self.mentions)
            self.mentions.append(Mention(s.source, s.index, s.text, s.start, s.end))
        return self.index[key]

    def add(self, label: str, severity: str, detail: str, first: Sequence[Fact], second: Sequence[Fact]) -> None:
        """One finding for one disagreement, citing every sentence that states either value."""
        cited = tuple(dict.fromkeys(self.mention(f) for f in (*first, *second)))
        spans = tuple(dict.fromkeys((f.source, f.start, f.end) for f in (*first, *second)))
        self.findings.append(Finding("fact", severity, detail, cited, label, values=(first[0].text, second[0].text),
                                     spans=spans))

    def claim(self) -> Claim | None:
        if not self.findings:
            return None
        order = sorted(range(len(self.mentions)), key=lambda k: (self.mentions[k].source, self.mentions[k].sentence))
        new = {old: k for k, old in enumerate(order)}
        seen: set[str] = set()
        mentions = []
        for old in order:
            m = self.mentions[old]
            mentions.append(Mention(m.source, m.sentence, m.text, m.start, m.end, repeat=m.source in seen))
            seen.add(m.source)
        findings = sorted((Finding(f.kind, f.severity, f.detail, tuple(sorted(new[i] for i in f.mentions)), f.label,
                                   f.within_source, f.diff, f.values, f.spans) for f in self.findings),
                          key=lambda f: severity_rank(f.severity))
        status, severity = claim_status(findings, len(seen))
        return Claim("", tuple(mentions), tuple(findings), status, severity, evidence=(self.evidence,))


def _outlets(facts: Sequence[Fact]) -> str:
    return ", ".join(dict.fromkeys(f.source for f in facts))


def _say(facts: Sequence[Fact], verb: str = "say") -> str:
    """ "a says" for one outlet, "a, b say" for several ("write" likewise)."""
    sources = list(dict.fromkeys(f.source for f in facts))
    return f"{', '.join(sources)} {verb + 's' if len(sources) == 1 else verb}"


def compare_facts(facts: Sequence[Fact], articles: Sequence[Article], sentences: Sequence[Sentence],
                  settings: Settings | None = None) -> list[Claim]:
    """Claims of their own for facts that disagree across outlets.

    Args:
        facts: Every article's facts.
        articles: The articles (their dates tell an update from a disagreement).
        sentences: Every kept sentence, so each finding can cite the sentences it compares.
        settings: Options (``fact_lede`` bounds where a count may be a high finding).

    Returns:
        One claim per person or event attribute with a finding, unranked.
    """
    settings = settings or Settings()
    by_key = {(s.source, s.index): s for s in sentences}
    by_source = {a.source: a for a in articles}
    person, variants = _people(facts)
    claims: list[Claim | None] = []
    names = [f for f in facts if f.attribute == "name"]
    for a, b, label in variants:
        builder = _ClaimBuilder(by_key, f"same person: {a}")
        fa = [f for f in names if f.subject == a and f.value == a] or [f for f in names if f.subject == a]
        fb = [f for f in names if f.subject == b and f.value == b] or [f for f in names if f.subject == b]
        severity = {"name spelling": "medium", "surname differs": "medium", "transliteration": "info",
                    "fuller name": "low"}[label]
        builder.add(label, severity, f"{label}: {_say(fa, 'write')} “{a}”, {_say(fb, 'write')} “{b}”", fa, fb)
        claims.append(builder.claim())
    claims += _surnames(names, person, by_key)
    roles = _roles(facts, person)
    grouped: dict[tuple[object, str], list[Fact]] = defaultdict(list)
    for f in facts:
        subject: object = person.get(f.subject, f.subject) if f.subject != "event" else "event"
        part = _part(f.subject)
        if part is not None:
            if part not in roles:
                continue  # "the suspect" of an event that names no one suspect, or several
            subject = roles[part]
        if f.attribute.startswith("amount "):
            grouped[(subject, f"amount {f.attribute.split()[-1]}")].append(f)  # kinds of one thing: see _counts
        elif f.attribute != "role":
            grouped[(subject, _when_key(f.attribute))].append(f)
    for (_, attribute), group in grouped.items():
        if len({f.source for f in group}) < 2:
            continue
        name = next((f.subject for f in group if _part(f.subject) is None), group[0].subject)
        if attribute == "name":
            claims.append(_punctuation(group, by_key))
        elif attribute == "age":
            claims.append(_ages(name, group, by_key, by_source))
        elif attribute == "title":
            claims.append(_titles(name, group, by_key))
        elif attribute.startswith("day "):
            claims.append(_days(attribute, group, by_key))
        elif attribute.startswith("time"):
            claims.append(_times(attribute, group, by_key))
        elif attribute == "street":
            claims.append(_streets(group, by_key))
        elif attribute == "residence":
            claims.append(_residences(name, group, by_key))
        elif attribute.startswith("condition"):
            claims.append(_conditions(name, attribute, group, by_key, by_source))
        elif attribute == "corner":
            claims.append(_corners(group, grouped[("event", "street")], by_key))
        else:
            claims.append(_counts(attribute, group, by_key, by_source, settings))
    return [c for c in claims if c is not None]


def _part(subject: str) -> str | None:
    """The part a fact's subject names when it names no one ("the shooter" -> "shooter"), else ``None``;
    read_facts gives such subjects to ages of people named only by their part."""
    return subject[4:] if subject.startswith("the ") else None


def _roles(facts: Sequence[Fact], person: dict[str, int]) -> dict[str, int]:
    """The parts ("shooter", "suspect") that the event's articles give to one named person and to no other:
    an age given to "the shooter" is then that person's age."""
    linked: dict[str, set[int]] = defaultdict(set)
    for f in facts:
        if f.attribute == "role" and f.subject in person:
            linked[f.value].add(person[f.subject])
    return {role: next(iter(ids)) for role, ids in linked.items() if len(ids) == 1}


def _surnames(names: Sequence[Fact], person: dict[str, int], by_key: dict[tuple[str, int], Sentence]) -> list[Claim | None]:
    """Surnames that one outlet spells one way and another outlet a close other way, given to different
    people ("Keisha Landson" / "Aaron Ladson"): likely one family's name misspelt by one of them."""
    full = [f for f in names if len(name_key(f.subject).split()) >= 2]
    by_surname: dict[str, list[Fact]] = defaultdict(list)
    for f in full:
        by_surname[name_key(f.subject).split()[-1]].append(f)
    out: list[Claim | None] = []
    surnames = sorted(by_surname)
    for i, x in enumerate(surnames):
        for y in surnames[i + 1:]:
            fx, fy = by_surname[x], by_surname[y]
            sx, sy = {f.source for f in fx}, {f.source for f in fy}
            if sx & sy or {person[f.subject] for f in fx} & {person[f.subject] for f in fy}:
                continue  # one outlet uses both (two families), or the people were already found to be one
            if min(len(x), len(y)) >= 4 and x[0] == y[0] and fuzz.ratio(x, y) >= 80:
                # every mention of either spelling in those outlets is cited, "Ladson, 32," included: an
                # editor corrects them all
                fx = [f for f in names if f.source in sx and name_key(f.value).split()[-1:] == [x]] or fx
                fy = [f for f in names if f.source in sy and name_key(f.value).split()[-1:] == [y]] or fy
                builder = _ClaimBuilder(by_key, f"same surname? {fx[0].subject} / {fy[0].subject}")
                builder.add("surname spelling", "low", f"surname spelling: {_say(fx, 'write')} “{fx[0].subject}”, "
                            f"{_say(fy, 'write')} “{fy[0].subject}” (the same family's name?)", fx, fy)
                out.append(builder.claim())
    return out


def _disagreements(group: Sequence[Fact], key: Callable[[Fact], object] = lambda f: f.value,
                   ) -> list[tuple[list[Fact], list[Fact]]]:
    """Pairs of values that outlets disagree on: for each two values, the facts of outlets stating the first
    and not the second, and of outlets stating the second and not the first. An outlet that states both
    is not in disagreement with itself here (it likely tells of two things)."""
    by_value: dict[object, list[Fact]] = defaultdict(list)
    for f in sorted(group, key=lambda f: (f.source, f.start)):
        by_value[key(f)].append(f)
    values = list(by_value)
    out = []
    for i, va in enumerate(values):
        for vb in values[i + 1:]:
            sa, sb = {f.source for f in by_value[va]}, {f.source for f in by_value[vb]}
            only_a, only_b = sa - sb, sb - sa
            if only_a and only_b:
                out.append(([f for f in by_value[va] if f.source in only_a], [f for f in by_value[vb] if f.source in only_b]))
    return out


def _punctuation(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """One person's name written with other punctuation or case ("O'Bryan"/"Obryan")."""
    builder = _ClaimBuilder(by_key, f"same person: {group[0].subject}")
    for fa, fb in _disagreements(group):
        if name_key(fa[0].value) == name_key(fb[0].value):
            builder.add("name written differently", "low", f"name written differently: {_outlets(fa)} “{fa[0].value}”, "
                        f"{_outlets(fb)} “{fb[0].value}”", fa, fb)
    return builder.claim()


def _ages(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
          by_source: dict[str, Article]) -> Claim | None:
    """Ages of one person that differ between outlets: high when each outlet gives one age in its own words
    in articles published within a day of each other (a person's age changes; so does a count)."""
    builder = _ClaimBuilder(by_key, f"same person: {name}")
    values = _values(group)
    for fa, fb in _disagreements(group):
        plain = all(len(values[f.source]) == 1 and not f.quoted for f in (*fa, *fb))
        later = _days_apart(by_source, fa, fb) > 1
        # an age given to "the shooter" is this person's only through the part the articles give them
        unnamed = [f.subject for f in (*fa, *fb) if _part(f.subject) is not None]
        why = (" (published days apart: may be an update)" if later else
               f" (“{unnamed[0]}” of one outlet is {name} in another)" if unnamed else "")
        builder.add("age differs", "high" if plain and not later and not unnamed else "medium",
                    f"age of {name}: {_say(fa)} {fa[0].value}, {_say(fb)} {fb[0].value}{why}", fa, fb)
    return builder.claim()


def _titles(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Titles of one person that differ between outlets; a fuller title ("Police Chief"/"Chief") is low."""
    builder = _ClaimBuilder(by_key, f"same person: {name}")
    for fa, fb in _disagreements(group):
        wa, wb = set(fa[0].value.split()), set(fb[0].value.split())
        if wa == wb or ("partner:" in wa) != ("partner:" in wb):
            continue  # a job title and what someone is to their partner are two facts
        fuller = wa <= wb or wb <= wa
        ranks = (wa - wb) & RANKS and (wb - wa) & RANKS  # "Lt." / "Sgt.": two ranks of one ladder
        exclusive = ranks or "partner:" in wa  # "husband" / "fiancé" of one person
        builder.add("title differs", "medium" if exclusive and not fuller else "low",
                    f"title of {name}: {_say(fa)} “{fa[0].text}”, {_say(fb)} “{fb[0].text}”"
                    + (" (one is fuller)" if fuller else ""), fa, fb)
    return builder.claim()


def _residences(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Where outlets say one person is from, when they name two places: low, since one may lie within the
    other (a neighbourhood and its city)."""
    builder = _ClaimBuilder(by_key, f"same person: {name}")
    for fa, fb in _disagreements(group):
        if fa[0].value in fb[0].value or fb[0].value in fa[0].value:
            continue  # "Homewood" / "Homewood South"
        builder.add("residence differs", "low", f"{name} is from {fa[0].text} ({_outlets(fa)}) or from "
                    f"{fb[0].text} ({_outlets(fb)}); one place may lie within the other", fa, fb)
    return builder.claim()


def _conditions(name: str, attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
                by_source: dict[str, Article]) -> Claim | None:
    """Conditions of one wounded person (or of one number of them) that differ between outlets: low, since a
    condition changes by the hour and outlets ask at different times."""
    whose = f"the {attribute.split()[-1]}" if attribute != "condition" else name
    builder = _ClaimBuilder(by_key, f"same {'event' if attribute != 'condition' else 'person'}: condition of {whose}")
    for fa, fb in _disagreements(group):
        later = " (published days apart: may be an update)" if _days_apart(by_source, fa, fb) > 1 else ""
        builder.add("condition differs", "low", f"condition of {whose}: {_say(fa)} {fa[0].value} (“{fa[0].text}”), "
                    f"{_say(fb)} {fb[0].value} (“{fb[0].text}”){later}", fa, fb)
    return builder.claim()


def _when_key(attribute: str) -> str:
    """The group a time fact is compared in: the weekday and the date of one happening are one day; the
    call to police comes minutes after the event, so the two are compared too (see :func:`_loose`).

    >>> _when_key("weekday call"), _when_key("date event"), _when_key("time arrest"), _when_key("killed")
    ('day event', 'day event', 'time arrest', 'killed')
    """
    head, _, kind = attribute.partition(" ")
    if head not in ("weekday", "date", "time"):
        return attribute
    return f"{'time' if head == 'time' else 'day'} {'event' if kind in ('call', 'scene') else kind}"


def _loose(fa: Sequence[Fact], fb: Sequence[Fact]) -> str:
    """Why two outlets' times may both hold though they differ: one times the call to police and the other
    the event, one's time is tied to the event by no verb, or both time an arrest (an event may have
    several); else empty."""
    kinds_a, kinds_b = {f.attribute.split()[-1] for f in fa}, {f.attribute.split()[-1] for f in fb}
    if "scene" in kinds_a | kinds_b:
        return " (no verb ties one outlet's time to the event)"
    if not kinds_a & kinds_b:
        return " (one outlet times the call to police, the other the event)"
    if "arrest" in kinds_a | kinds_b:
        return " (an event may have several arrests)"
    return ""


def _weekday(f: Fact) -> str | None:
    """The weekday a day fact names: its own for a weekday, the calendar's for a date with its year."""
    if f.attribute.startswith("weekday"):
        return f.value
    try:
        return WEEKDAYS[date.fromisoformat(f.value).weekday()]
    except ValueError:
        return None  # "--08-03": a date whose year no one gave


def _days(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Outlets that put the event (or the arrest) on different days, by weekday or by date, a weekday checked
    against the calendar of the other's date; days next to each other around night are low, and so are a
    call against the event and an arrest against an arrest (:func:`_loose`)."""
    what = "of the arrest" if attribute.endswith("arrest") else "of the event"
    builder = _ClaimBuilder(by_key, f"same event: day {what}")
    dated = [f for f in group if _weekday(f) is not None]
    for fa, fb in _disagreements(dated, key=_weekday):
        apart = abs(WEEKDAYS.index(_weekday(fa[0]) or "") - WEEKDAYS.index(_weekday(fb[0]) or ""))
        night = min(apart, 7 - apart) <= 1 and any(_NIGHT.search(by_key[(f.source, f.sentence)].text) for f in (*fa, *fb))
        why = _loose(fa, fb)
        dates = all(f.attribute.startswith("date") for f in (*fa, *fb))
        shown = [f"{f.text} (a {_weekday(f)})" if f.attribute.startswith("date") and not dates else f.text
                 for f in (fa[0], fb[0])]
        builder.add("date differs" if dates else "weekday differs", "low" if night or why else "medium",
                    f"day {what}: {_say(fa)} {shown[0]}, {_say(fb)} {shown[1]}{why}", fa, fb)
    return builder.claim()


def _minutes(f: Fact) -> int:
    return int(f.value.lstrip("~"))


def _times(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Clock times of the event (or of the call) that differ between outlets. An article may give several
    times (an earlier incident, the arrest), so each time is compared with the nearest time the other
    outlet gives, when each is the other's nearest and they are within three hours; 15 minutes or more
    apart is medium, less is low."""
    what = "of the arrest" if attribute.endswith("arrest") else "of the event"
    builder = _ClaimBuilder(by_key, f"same event: time {what}")
    sources = sorted({f.source for f in group})
    done: set[tuple[str, str]] = set()
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            fa = [f for f in group if f.source == sa]
            fb = [f for f in group if f.source == sb]
            for a in fa:
                b = min(fb, key=lambda f: abs(_minutes(f) - _minutes(a)))
                back = min(fa, key=lambda f: abs(_minutes(f) - _minutes(b)))
                gap = abs(_minutes(a) - _minutes(b))
                if back is not a or gap == 0 or gap > 180 or (a.value, b.value) in done:
                    continue
                done.add((a.value, b.value))
                same_a = [f for f in group if f.value == a.value and f.source not in {x.source for x in fb}]
                same_b = [f for f in group if f.value == b.value and f.source not in {x.source for x in fa}]
                why = _loose([a], [b])
                builder.add("time differs", "medium" if gap >= 15 and not why else "low",
                            f"time {what}: {_say(same_a or [a])} {a.text}, {_say(same_b or [b])} "
                            f"{b.text} ({gap} minutes apart){why}", same_a or [a], same_b or [b])
    return builder.claim()


def _streets(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Where the event's opening sentences put it: the same street name with another street type ("Harvard
    Avenue"/"Harvard Road"), or a close variant of one name ("W. 15th St."/"W. 16th St.", "Gallier"/"Galier")
    is a disagreement; different streets are not (a corner has two)."""
    builder = _ClaimBuilder(by_key, "same event: street")
    # "West 16th Street" and "16th Street" are one street: every outlet writing it either way is cited
    for fa, fb in _disagreements(group, key=lambda f: _street_key(f.value)):
        a, b = fa[0].value.split(), fb[0].value.split()
        name_a, name_b = [w for w in a[:-1] if w not in _COMPASS], [w for w in b[:-1] if w not in _COMPASS]
        if name_a == name_b:
            if a[-1] == b[-1]:
                continue  # "16th Street" / "West 16th Street": one is fuller
            label = "street type differs"
        elif a[-1] == b[-1] and len(name_a) == len(name_b) and fuzz.ratio(" ".join(name_a), " ".join(name_b)) >= 75:
            label = "street differs"
        else:
            continue
        builder.add(label, "medium", f"street: {_say(fa)} “{fa[0].text}”, {_say(fb)} “{fb[0].text}”",
                    fa, fb)
    return builder.claim()


_COMPASS = frozenset({"north", "south", "east", "west"})


def _street_key(street: str) -> str:
    return " ".join(w for w in street.split() if w not in _COMPASS)


def _corners(group: Sequence[Fact], streets: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Corners that share one street and not the other ("Neptune Ave and 16th Street" / "16th Street and
    Mermaid Avenue"), when neither outlet names the other's cross street anywhere: the same corner placed on
    two cross streets. An outlet that names both (the scene and where a victim ran) is not in disagreement."""
    builder = _ClaimBuilder(by_key, "same event: corner")
    named: dict[str, set[str]] = defaultdict(set)
    for f in streets:
        named[f.source].add(_street_key(f.value))
    for fa, fb in _disagreements(group, lambda f: frozenset(_street_key(s) for s in f.value.split(" & "))):
        a = {_street_key(s) for s in fa[0].value.split(" & ")}
        b = {_street_key(s) for s in fb[0].value.split(" & ")}
        if len(a) != 2 or len(b) != 2 or len(a & b) != 1:
            continue
        only_a, only_b = a - b, b - a
        fa = [f for f in fa if not only_b & named[f.source]]
        fb = [f for f in fb if not only_a & named[f.source]]
        if not fa or not fb:
            continue
        builder.add("cross street differs", "medium",
                    f"corner: {_say(fa)} “{fa[0].text}”, {_say(fb)} “{fb[0].text}”", fa, fb)
    return builder.claim()


def _count_key(f: Fact) -> object:
    q = f.quantity
    return (q.low, q.high, f.scope) if q is not None else f.value


def _counts(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
            by_source: dict[str, Article], settings: Settings) -> Claim | None:
    """Counts of one thing the event did that differ between outlets.

    Amounts given to a thing (``amount bond``) are read from a looser parse and are at most low.

    A conflict is high only when it is plainly one fact told two ways: a core count (killed, injured,
    shot, arrested), in each article's opening sentences (where the event itself is reported), in the
    outlet's own words, with the same scope, in articles published within a day of each other, and when
    neither outlet also gives a figure the other's allows (then the two figures count different things).
    Outside the opening sentences a long story counts many things (other incidents, nationalities,
    children among the dead), so a difference there is a low lead.
    """
    builder = _ClaimBuilder(by_key, f"same event: number {attribute}")
    for fa, fb in _disagreements(group, _count_key):
        a, b = fa[0], fb[0]
        assert a.quantity is not None and b.quantity is not None
        result = compare_quantities(a.quantity, b.quantity)
        if result.severity in (None, "info"):
            continue
        if result.label == "conflict" and (_allows_other(group, fa, b) or _allows_other(group, fb, a)):
            continue  # each outlet also gives a figure the other allows: two counts, not one
        severity, label, why = result.severity or "low", result.label, ""
        amount = attribute.startswith("amount ")
        kind_a, kind_b = a.attribute.split()[1:-1], b.attribute.split()[1:-1]
        if amount and kind_a and kind_b and kind_a != kind_b:
            continue  # "a loan deal" / "a finance deal": two things of one kind
        if result.label == "conflict":
            label = "amount differs" if amount else "count differs"
        part = _subgroup(a, b)
        if a.scope != b.scope:
            severity, label = "low", "different scope"
            why = f" (“{a.scope or b.scope}” makes one a part, a total or a rate)"
        elif part is not None and result.label == "conflict":
            severity, label = "low", "different scope"
            why = f" (“{part[0]}” may be a part of “{part[1]}”)"  # "2 women killed" / "three people died"
        elif result.label == "conflict":
            later = _days_apart(by_source, fa, fb) > 1
            lede = all(f.sentence < settings.fact_lede for f in (*fa, *fb))
            quoted = any(f.quoted for f in (*fa, *fb))
            severity = ("high" if attribute in _CORE_COUNTS and not quoted and not later else "medium") if lede else "low"
            why = (" (in a quotation)" if quoted else " (published days apart: may be an update)" if later else "")
        if amount:
            severity = "low"
        builder.add(label, severity, f"{attribute if amount else 'number ' + attribute}: {_say(fa)} “{a.text}”, {_say(fb)} "
                    f"“{b.text}” — {result.detail}{why}", fa, fb)
    return builder.claim()


#: Counted nouns that name anyone the event touched, not a group among them.
_ANYONE = frozenset({"people", "person", "victim", "other", "individual"})
_GROUPS = frozenset(singular(w) for w in PEOPLE_NOUNS) - _ANYONE


def _subgroup(a: Fact, b: Fact) -> tuple[str, str] | None:
    """``(group, whole)`` when one count counts a group of people ("2 women") and the other counts someone
    else or anyone ("three people"): the first may be a part of the second, not another figure for it."""
    assert a.quantity is not None and b.quantity is not None
    na, nb = (singular(q.counted) if q.counted else None for q in (a.quantity, b.quantity))
    if na == nb:
        return None
    if na in _GROUPS:
        return a.quantity.counted or "", b.quantity.counted or "the count"
    if nb in _GROUPS:
        return b.quantity.counted or "", a.quantity.counted or "the count"
    return None


def _allows_other(group: Sequence[Fact], facts: Sequence[Fact], other: Fact) -> bool:
    """Whether an outlet of ``facts`` also gives, elsewhere, a figure that ``other`` allows."""
    sources = {f.source for f in facts}
    return any(f.source in sources and f.quantity is not None and other.quantity is not None
               and compare_quantities(f.quantity, other.quantity).label != "conflict" for f in group)


def _days_apart(by_source: dict[str, Article], fa: Sequence[Fact], fb: Sequence[Fact]) -> int:
    days_a = [d for d in (_day(by_source.get(f.source)) for f in fa) if d]
    days_b = [d for d in (_day(by_source.get(f.source)) for f in fb) if d]
    return min((abs((x - y).days) for x in days_a for y in days_b), default=0)


def _values(group: Sequence[Fact]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for f in group:
        out[f.source].add(f.value)
    return out
