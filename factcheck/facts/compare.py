"""Compare facts across outlets: resolve people (:mod:`.people`), then report values that cannot all hold.

A name variant of one person is itself a finding. Facts that share a subject and an attribute are then
compared outlet against outlet, whatever sentence they sit in: a person's age, title, residence and
condition, and the event's counts and amounts here; its day, time and street in :mod:`.compare_when`.
Each finding names both values and the outlets, and sits in a claim of its own whose mentions are the
sentences that state them (:mod:`.builder`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..quantities.intervals import compare_quantities
from ..quantities.units import singular
from ..records import Article, Claim, Fact, Sentence
from ..settings import Settings
from ..text.lexicon import PEOPLE_NOUNS, RANKS
from .ages import compare_loose_ages, described
from .builder import ClaimBuilder, days_apart, disagreements, outlets, say, values_by_source
from .compare_when import compare_addresses, compare_corners, compare_days, compare_streets, compare_times, when_key
from .death import compare_death_places
from .fates import one_dead
from .hits import compare_times_hit
from .people import ages_by_name, name_key, resolve_people
from .places import compare_places
from .totals import compare_totals
from .wounds import compare_wounds

__all__ = ["compare_facts"]

#: Counts an editor must see first when outlets disagree: the casualties and arrests of the event.
_CORE_COUNTS = frozenset({"killed", "injured", "shot", "arrested"})
#: Counts that differ for good reason as often as not, shown as leads (low): victims go to several hospitals,
#: and an outlet may count those of one.
_LEAD_COUNTS = frozenset({"hospitalised"})


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
    person, variants = resolve_people(facts)
    names = [f for f in facts if f.attribute == "name"]
    ages = ages_by_name(facts)
    claims = [_variant_claim(a, b, label, names, ages, by_key) for a, b, label in variants]
    claims += _surnames(names, person, by_key)
    grouped = _grouped(facts, person)
    single = one_dead(facts, person)  # whom "he" or "the man" means may hang on it
    claims += compare_loose_ages(facts, person, {f: key for key, group in grouped.items() if key[1] == "age"
                                                 for f in group}, by_key, single)
    claims += compare_death_places(facts, person, by_key, single)
    claims += compare_wounds(facts, person, by_key, single)
    claims += compare_totals(facts, by_key)
    for (_, attribute), group in grouped.items():
        if len({f.source for f in group}) >= 2:
            claims.append(_compare_group(attribute, group, grouped, person, by_key, by_source, settings))
    return [c for c in claims if c is not None]


def _variant_claim(a: str, b: str, label: str, names: Sequence[Fact], ages: dict[str, set[str]],
                   by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """The finding for two names resolved as one person ("name spelling", "fuller name"...); ``ages`` are
    the ages given to each name."""
    builder = ClaimBuilder(by_key, f"same person: {a}")
    fa = [f for f in names if f.subject == a and f.value == a] or [f for f in names if f.subject == a]
    fb = [f for f in names if f.subject == b and f.value == b] or [f for f in names if f.subject == b]
    detail = f"{label}: {say(fa, 'write')} “{a}”, {say(fb, 'write')} “{b}”"
    if label in ("name spelling", "surname differs", "first name differs"):
        fa, fb = fa + _spelt(fa, a, b, names), fb + _spelt(fb, b, a, names)
    if label == "first name differs":
        # medium when the outlets give the two names one age (one person); low when they give no age to
        # compare (a brother and a sister share a surname)
        severity = "medium" if ages[a] & ages[b] else "low"
    else:
        severity = {"name spelling": "medium", "surname differs": "medium", "transliteration": "info",
                    "fuller name": "low"}[label]
    builder.add(label, severity, detail, fa, fb)
    return builder.claim()


def _spelt(facts: list[Fact], name: str, other: str, names: Sequence[Fact]) -> list[Fact]:
    """The shorter mentions of ``name`` (not in ``facts``) that keep a word it spells the way ``other`` does
    not ("Holzworth" beside "Jon Holzworth"): each is a place an editor must correct too. Only outlets
    that never write ``other``'s spelling are searched."""
    mine, theirs = {w.lower() for w in name.split()}, {w.lower() for w in other.split()}
    words, other_words = mine - theirs, theirs - mine
    writes_other = {f.source for f in names if {w.lower() for w in f.value.split()} & other_words}
    out = []
    for f in names:
        written = {w.lower().removesuffix("'s") for w in f.value.split()}
        if f not in facts and f.source not in writes_other and written <= mine and written & words:
            out.append(f)
    return out


def _grouped(facts: Sequence[Fact], person: dict[str, int]) -> dict[tuple[object, str], list[Fact]]:
    """Facts by (subject, attribute) across outlets: a person by their resolved id, a part ("the shooter")
    by the one person the event gives it to, the event's time facts by :func:`when_key`."""
    named_parts = _named_parts(facts, person)
    roles = {part: next(iter(ids)) for part, ids in named_parts.items() if len(ids) == 1}
    grouped: dict[tuple[object, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if described(f.subject) is not None:
            continue  # "a man": compared by compare_loose_ages, never as one person
        if f.attribute in ("died at", "fate", "wound"):
            continue  # whose death or wound "he" means depends on the whole event: see .death, .ages, .hits
        if f.attribute == "times hit":
            grouped[("event", f.attribute)].append(f)  # whom "he" means is unknown: see compare_times_hit
            continue
        subject: object = person.get(f.subject, f.subject) if f.subject != "event" else "event"
        part = _part(f.subject)
        if part is not None:
            if part not in roles and (part in named_parts or f.attribute != "age"):
                continue  # "the suspect" of an event that names several suspects
            subject = roles.get(part, f.subject)  # the age of a part no one is named in is compared as itself
        if f.attribute.startswith("amount "):
            grouped[(subject, f"amount {f.attribute.split()[-1]}")].append(f)  # kinds of one thing: see _counts
        elif f.attribute != "role":
            grouped[(subject, when_key(f.attribute))].append(f)
    return grouped


def _compare_group(attribute: str, group: Sequence[Fact], grouped: dict[tuple[object, str], list[Fact]],
                   person: dict[str, int], by_key: dict[tuple[str, int], Sentence], by_source: dict[str, Article],
                   settings: Settings) -> Claim | None:
    """The claim for one (subject, attribute) group's disagreements, by the rule for that attribute."""
    name = next((f.subject for f in group if _part(f.subject) is None), group[0].subject)
    if attribute == "name":
        return _punctuation(group, by_key)
    if attribute == "times hit":  # before the event's times
        return compare_times_hit(group, person, by_key)
    if attribute == "age":
        return _ages(name, group, by_key, by_source)
    if attribute == "title":
        return _titles(name, group, by_key)
    if attribute.startswith("day "):
        return compare_days(attribute, group, by_key)
    if attribute.startswith("time"):
        return compare_times(attribute, group, by_key)
    if attribute == "street":
        return compare_streets(group, by_key)
    if attribute == "address":
        return compare_addresses(group, by_key, settings.fact_lede)
    if attribute == "residence":
        return _residences(name, group, by_key)
    if attribute == "place":
        return compare_places(group, by_key, {source: a.text for source, a in by_source.items()})
    if attribute.startswith("condition"):
        return _conditions(name, attribute, group, by_key, by_source)
    if attribute == "corner":
        return compare_corners(group, grouped.get(("event", "street"), []), by_key)
    return _counts(attribute, group, by_key, by_source, settings)


def _part(subject: str) -> str | None:
    """The part a fact's subject names when it names no one ("the shooter" -> "shooter"), else ``None``;
    read_facts gives such subjects to ages of people named only by their part."""
    return subject[4:] if subject.startswith("the ") else None


def _named_parts(facts: Sequence[Fact], person: dict[str, int]) -> dict[str, set[int]]:
    """The parts ("shooter", "suspect") the event's articles give to named people, with those people: a part
    given to one person and to no other makes an age given to "the shooter" that person's age."""
    linked: dict[str, set[int]] = defaultdict(set)
    for f in facts:
        if f.attribute == "role" and f.subject in person:
            linked[f.value].add(person[f.subject])
    return linked


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
                builder = ClaimBuilder(by_key, f"same surname? {fx[0].subject} / {fy[0].subject}")
                builder.add("surname spelling", "low", f"surname spelling: {say(fx, 'write')} “{fx[0].subject}”, "
                            f"{say(fy, 'write')} “{fy[0].subject}” (the same family's name?)", fx, fy)
                out.append(builder.claim())
    return out


def _punctuation(group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """One person's name written with other punctuation or case ("O'Bryan"/"Obryan")."""
    builder = ClaimBuilder(by_key, f"same person: {group[0].subject}")
    for fa, fb in disagreements(group):
        if name_key(fa[0].value) == name_key(fb[0].value):
            builder.add("name written differently", "low", f"name written differently: {outlets(fa)} “{fa[0].value}”, "
                        f"{outlets(fb)} “{fb[0].value}”", fa, fb)
    return builder.claim()


def _ages(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
          by_source: dict[str, Article]) -> Claim | None:
    """Ages of one person that differ between outlets: high when each outlet gives one age in its own words
    in articles published within a day of each other (a person's age changes; so does a count)."""
    builder = ClaimBuilder(by_key, f"same person: {name}")
    values = values_by_source(group)
    if _part(name) is not None and any(len(v) > 1 for v in values.values()):
        return None  # an outlet gives "the victim" two ages: the part is several people's
    for fa, fb in disagreements(group):
        plain = all(len(values[f.source]) == 1 and not f.quoted for f in (*fa, *fb))
        later = days_apart(by_source, fa, fb) > 1
        # an age given to "the shooter" is this person's only through the part the articles give them
        unnamed = [f.subject for f in (*fa, *fb) if _part(f.subject) is not None]
        why = (" (published days apart: may be an update)" if later else
               "" if _part(name) is not None else
               f" (“{unnamed[0]}” of one outlet is {name} in another)" if unnamed else "")
        builder.add("age differs", "high" if plain and not later and not unnamed else "medium",
                    f"age of {name}: {say(fa)} {fa[0].value}, {say(fb)} {fb[0].value}{why}", fa, fb)
    return builder.claim()


def _titles(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Titles of one person that differ between outlets; a fuller title ("Police Chief"/"Chief") is low.
    Two degrees of kinship ("her sister"/"their cousin") are low: each may be said of another relative."""
    builder = ClaimBuilder(by_key, f"same person: {name}")
    for fa, fb in disagreements(group):
        wa, wb = set(fa[0].value.split()), set(fb[0].value.split())
        if wa == wb or any((kind in wa) != (kind in wb) for kind in ("partner:", "kin:")):
            continue  # a job title, a partner and a relative are three facts
        fuller = wa <= wb or wb <= wa
        ranks = (wa - wb) & RANKS and (wb - wa) & RANKS  # "Lt." / "Sgt.": two ranks of one ladder
        exclusive = ranks or "partner:" in wa  # "husband" / "fiancé" of one person
        builder.add("title differs", "medium" if exclusive and not fuller else "low",
                    f"title of {name}: {say(fa)} “{fa[0].text}”, {say(fb)} “{fb[0].text}”"
                    + (" (one is fuller)" if fuller else " (of whom?)" if "kin:" in wa else ""), fa, fb)
    return builder.claim()


def _residences(name: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """Where outlets say one person is from, when they name two places: low, since one may lie within the
    other (a neighbourhood and its city)."""
    builder = ClaimBuilder(by_key, f"same person: {name}")
    for fa, fb in disagreements(group):
        if fa[0].value in fb[0].value or fb[0].value in fa[0].value:
            continue  # "Homewood" / "Homewood South"
        builder.add("residence differs", "low", f"{name} is from {fa[0].text} ({outlets(fa)}) or from "
                    f"{fb[0].text} ({outlets(fb)}); one place may lie within the other", fa, fb)
    return builder.claim()


def _conditions(name: str, attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
                by_source: dict[str, Article]) -> Claim | None:
    """Conditions of one wounded person (or of one number of them) that differ between outlets: low, since a
    condition changes by the hour and outlets ask at different times."""
    whose = f"the {attribute.split()[-1]}" if attribute != "condition" else name
    builder = ClaimBuilder(by_key, f"same {'event' if attribute != 'condition' else 'person'}: condition of {whose}")
    for fa, fb in disagreements(group):
        later = " (published days apart: may be an update)" if days_apart(by_source, fa, fb) > 1 else ""
        builder.add("condition differs", "low", f"condition of {whose}: {say(fa)} {fa[0].value} (“{fa[0].text}”), "
                    f"{say(fb)} {fb[0].value} (“{fb[0].text}”){later}", fa, fb)
    return builder.claim()


def _count_key(f: Fact) -> object:
    q = f.quantity
    return (q.low, q.high, f.scope) if q is not None else f.value


def _counts(attribute: str, group: Sequence[Fact], by_key: dict[tuple[str, int], Sentence],
            by_source: dict[str, Article], settings: Settings) -> Claim | None:
    """Counts of one thing the event did that differ between outlets.

    Amounts given to a thing (``amount bond``) are read from a looser parse, and tallies of a noun no
    predicate of the event governs (``tally handgun``) may count two things: both are at most low.

    A conflict is high only when it is plainly one fact told two ways: a core count (killed, injured,
    shot, arrested), in each article's opening sentences (where the event itself is reported), in the
    outlet's own words, with the same scope, in articles published within a day of each other, and when
    neither outlet also gives a figure the other's allows (then the two figures count different things).
    Outside the opening sentences a long story counts many things (other incidents, nationalities,
    children among the dead), so a difference there is a low lead.
    """
    amount, tally = attribute.startswith("amount "), attribute.startswith("tally ")
    what = attribute if amount else f"how many “{attribute[6:]}”" if tally else f"number {attribute}"
    builder = ClaimBuilder(by_key, f"same event: how many {attribute[6:]}" if tally else f"same event: number {attribute}")
    for fa, fb in disagreements(group, _count_key):
        a, b = fa[0], fb[0]
        assert a.quantity is not None and b.quantity is not None
        result = compare_quantities(a.quantity, b.quantity)
        if result.severity in (None, "info") or (tally and (result.label not in ("conflict", "qualifier differs")
                                                         or a.scope or b.scope)):
            continue  # a tally is a lead where the figures cannot both be one count, or one is hedged
        if tally and (_adds_up(a.source, group, b) or _adds_up(b.source, group, a)):
            continue  # "one handgun" and "two more" are the other's "three handguns"
        if result.label == "conflict" and (_allows_other(group, fa, b) or _allows_other(group, fb, a)):
            continue  # each outlet also gives a figure the other allows: two counts, not one
        severity, label, why = result.severity or "low", result.label, ""
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
            later = days_apart(by_source, fa, fb) > 1
            lede = all(f.sentence < settings.fact_lede for f in (*fa, *fb))
            quoted = any(f.quoted for f in (*fa, *fb))
            severity = ("high" if attribute in _CORE_COUNTS and not quoted and not later else "medium") if lede else "low"
            why = (" (in a quotation)" if quoted else " (published days apart: may be an update)" if later else "")
        if amount or tally or attribute in _LEAD_COUNTS:
            severity = "low"
        builder.add(label, severity, f"{what}: {say(fa)} “{a.text}”, {say(fb)} “{b.text}” — {result.detail}{why}",
                    fa, fb)
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


def _adds_up(source: str, group: Sequence[Fact], other: Fact) -> bool:
    """Whether one outlet's count of a thing and the counts it adds to it ("one handgun ... two more") add up
    to the other's; a count told twice is one count."""
    mine = [f for f in group if f.source == source and f.quantity is not None]
    counts = {f.quantity.value for f in mine if f.scope is None and f.quantity is not None}
    more = [f.quantity.value for f in mine if f.scope is not None and f.quantity is not None]
    return (bool(more) and len(counts) <= 1 and other.quantity is not None
            and sum(counts) + sum(more) == other.quantity.value)


def _allows_other(group: Sequence[Fact], facts: Sequence[Fact], other: Fact) -> bool:
    """Whether an outlet of ``facts`` also gives, elsewhere, a figure that ``other`` allows."""
    sources = {f.source for f in facts}
    return any(f.source in sources and f.quantity is not None and other.quantity is not None
               and compare_quantities(f.quantity, other.quantity).label != "conflict" for f in group)
