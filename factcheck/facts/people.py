"""People across outlets: one person whatever name each outlet gives them.

Names are one person when their keys agree once case, accents and punctuation are set aside, when they
differ in one word by a small edit ("Erika"/"Erica", "Reid"/"Reed"), when one is the other with a middle
name more ("Walter Barfield"/"Walter Lee Barfield"), or when two outlets give the same first name and age
with another surname, each naming one. Two spellings one outlet uses side by side are two people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..records import Fact
from ..text.lexicon import GENERATIONS, RANKS, canonical_title
from ..text.names import nickname_pair, speaker_key

__all__ = ["ages_by_name", "name_key", "resolve_people", "without_generations"]


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


def resolve_people(facts: Sequence[Fact]) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
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
    ages = ages_by_name(facts)
    for a, b in _same_first_and_age(ages, keys, key, names):
        if find(a) != find(b):
            parent[find(b)] = find(a)
            variants.append((a, b, "surname differs"))
    for a, b, label in _same_surname(facts, ages, keys, key, names):
        if find(a) != find(b):
            parent[find(b)] = find(a)
            variants.append((a, b, label))
    ids = {root: k for k, root in enumerate(sorted({find(n) for n in keys}))}
    return {n: ids[find(n)] for n in keys}, variants


def ages_by_name(facts: Sequence[Fact]) -> defaultdict[str, set[str]]:
    """The ages given to each name (a fact's subject)."""
    ages: defaultdict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.attribute == "age":
            ages[f.subject].add(f.value)
    return ages


def _written(keys: Sequence[str], key: dict[str, str], names: dict[str, set[str]], word: int) -> dict[str, set[str]]:
    """Per outlet, one word (``0`` the first, ``-1`` the last) of every name key it writes."""
    out: dict[str, set[str]] = defaultdict(set)
    for n in keys:
        for source in names[n]:
            out[source].add(key[n].split()[word])
    return out


def _same_first_and_age(ages: dict[str, set[str]], keys: Sequence[str], key: dict[str, str],
                        names: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Two-word names that outlets give with the same first name and the same age but another surname
    ("Jahad Brumsey, 29" / "Jahad Ramsey, 29"), when no outlet uses both, no outlet writes the other's
    surname at all, and no third person of the event has that first name: one person, misnamed by one."""
    surnames = _written(keys, key, names, -1)
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


def _same_surname(facts: Sequence[Fact], ages: dict[str, set[str]], keys: Sequence[str], key: dict[str, str],
                  names: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """Names with one surname and close first names, each outlet writing one ("Travon Manuel" / "Kavon
    Manuel", "Dylan Head" / "Daylen Makhai Head"), as ``(a, b, "first name differs")``: one person whose
    first name one outlet misspells.

    Not when an outlet writes both first names, another person of the event has that surname, the outlets
    give the two names two ages, the first names are a name and its nickname ("Bill"/"William"), a first
    word is a title ("Detective Cooper"), or either is named as someone's relative or partner ("his twin sister,
    Jamila Green", "Carla Diaz, his wife"): a family shares a surname, and twins an age.
    """
    kin = {f.subject for f in facts if f.attribute == "title" and f.value.startswith(("kin:", "partner:"))}
    firsts = _written(keys, key, names, 0)
    by_last: dict[str, dict[str, str]] = defaultdict(dict)
    for n in keys:
        words = without_generations(key[n].split())  # "Pierce Jr." is a Pierce
        if len(words) >= 2:
            by_last[words[-1]].setdefault(key[n], n)  # one key, one name: "KAVON MANUEL" is "Kavon Manuel"
    out = []
    for group in by_last.values():
        if len(group) != 2:
            continue
        a, b = group.values()
        first_a, first_b = key[a].split()[0], key[b].split()[0]
        if (names[a] & names[b] or first_a == first_b or min(len(first_a), len(first_b)) < 3
                or fuzz.ratio(first_a, first_b) < 70 or nickname_pair(first_a, first_b)
                or _title_word(a.split()[0]) or _title_word(b.split()[0]) or {a, b} & kin
                or any(first_b in firsts[s] for s in names[a]) or any(first_a in firsts[s] for s in names[b])
                or (ages[a] and ages[b] and not ages[a] & ages[b])):
            continue
        out.append((a, b, "first name differs"))
    return out


#: Generational suffixes as name keys write them, which are no surname.
_GENERATIONS = frozenset(g.lower() for g in GENERATIONS)


def without_generations(words: Sequence[str]) -> list[str]:
    """A name's words without its generational suffix ("Jr.", "III"), in any case, with or without a stop."""
    return [w for w in words if w.rstrip(".").lower() not in _GENERATIONS]


def _title_word(word: str) -> bool:
    """A title written where a first name would be ("Detective Cooper", "Sgt. Cooper"): a rank, or a word
    the lexicon spells out as a title ("Sgt." -> "sergeant") or drops as a form of address ("Mr.")."""
    plain = word.lower().rstrip(".")
    return plain in RANKS or canonical_title([word]) != (plain,)


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
