"""Lexicon: the one home of factcheck's word knowledge that no model supplies.

The linguistic model (:mod:`factcheck.nlp`) gives parts of speech, lemmas, dependencies and named
entities; what it cannot know is which words a newsroom uses as titles, which predicates make a number a
count of casualties, and which words change what a count covers. Those small closed classes live here and
nowhere else.
"""

from __future__ import annotations

__all__ = [
    "EVENT_PREDICATES",
    "HONORIFICS",
    "PARTNERS",
    "PEOPLE_NOUNS",
    "RANKS",
    "SCOPE_WORDS",
    "STREET_SUFFIXES",
    "TIME_VERBS",
    "TITLE_ABBREVIATIONS",
    "WEEKDAYS",
    "canonical_title",
]

#: Abbreviated titles (lower case, no full stop) and the word they stand for.
TITLE_ABBREVIATIONS = {
    "lt": "lieutenant", "sgt": "sergeant", "det": "detective", "gov": "governor", "capt": "captain",
    "cpl": "corporal", "ofc": "officer", "insp": "inspector", "supt": "superintendent", "cmdr": "commander",
    "col": "colonel", "gen": "general", "maj": "major", "sen": "senator", "rep": "representative",
    "atty": "attorney", "dep": "deputy", "prof": "professor", "pres": "president", "sec": "secretary",
    "rev": "reverend", "adm": "admiral", "spc": "specialist", "pvt": "private", "asst": "assistant",
    "lieut": "lieutenant", "sheriff": "sheriff", "chief": "chief",
}
#: Forms of address that are not a title an editor checks ("Mr Smith" and "Smith" agree).
HONORIFICS = frozenset("mr mrs ms miss mx sir dame lord lady dr".split())
#: Lemmas whose count is a fact of the event, and the attribute they count. Several lemmas name one
#: attribute: "two dead", "killed two", "two deaths" all count the killed.
EVENT_PREDICATES = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "slay": "killed", "fatal": "killed",
    "fatality": "killed", "murder": "killed",
    "injure": "injured", "injured": "injured", "wound": "injured", "wounded": "injured", "hurt": "injured",
    "injury": "injured",
    "shoot": "shot", "arrest": "arrested", "charge": "charged", "detain": "detained",
    "hospitalize": "hospitalised", "hospitalise": "hospitalised", "rescue": "rescued", "evacuate": "evacuated",
    "seize": "seized", "displace": "displaced", "missing": "missing",
}
#: What a person can be to their partner: "husband" and "fiancé" of one person cannot both be right.
PARTNERS = frozenset(
    "husband wife fiancé fiancée fiance fiancee boyfriend girlfriend partner spouse ex-husband ex-wife ex-boyfriend "
    "ex-girlfriend".split()
)
#: Ranks of one ladder (police, military): one person cannot hold two of them, whereas "Senator" and
#: "Minority Leader" can both be right.
RANKS = frozenset(
    "officer patrolman trooper deputy detective corporal sergeant lieutenant captain major colonel general commander "
    "inspector superintendent chief marshal private specialist admiral".split()
)
#: Nouns that count people: a casualty count is of these, or of no noun at all ("two were killed").
PEOPLE_NOUNS = frozenset(
    "people person persons man men woman women child children kid kids teen teens teenager teenagers boy boys "
    "girl girls adult adults victim victims officer officers student students bystander bystanders resident "
    "residents member members patron patrons suspect suspects worker workers individual individuals others "
    "passenger passengers civilian civilians soldier soldiers youth youths juvenile juveniles".split()
)
#: Words that make a count a part, a running total, a rate or an increment of the event's count rather
#: than the count itself ("12 arrests since the protests began", "another two", "two of the victims").
SCOPE_WORDS = (
    "so far", "to date", "since", "in all", "altogether", "in total", "total", "overall", "this year", "last year",
    "each", "per", "apiece", "a day", "a week", "another", "additional", "further", "more", "other", "including",
    "remaining", "still", "also", "both", "others",
)
#: Street types as written (full stop dropped, lower case) and the word they stand for: "Harvard Ave."
#: and "Harvard Avenue" are one street, "Harvard Road" another.
STREET_SUFFIXES = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "av": "avenue", "road": "road",
    "rd": "road", "boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "dr": "drive", "lane": "lane",
    "ln": "lane", "way": "way", "place": "place", "pl": "place", "court": "court", "ct": "court",
    "parkway": "parkway", "pkwy": "parkway", "highway": "highway", "hwy": "highway", "terrace": "terrace",
    "circle": "circle", "trail": "trail", "square": "square", "plaza": "plaza",
}
#: Verbs whose time is the time of the event itself, and verbs whose time is when the police heard of it:
#: outlets that give different times for one of these disagree ("shot at about 2:20" / "the shooting
#: happened around 2:40"); a call and the shooting are two times.
TIME_VERBS = {
    **dict.fromkeys("shoot happen occur fire erupt kill wound injure break take".split(), "event"),
    "die": "death",
    **dict.fromkeys("call report dispatch respond alert summon arrive".split(), "call"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def canonical_title(words: list[str]) -> tuple[str, ...]:
    """A title as lower-case words, abbreviations spelled out, forms of address dropped.

    >>> canonical_title(["Police", "Lt."])
    ('police', 'lieutenant')
    >>> canonical_title(["Mr."])
    ()
    """
    out = []
    for word in words:
        key = word.lower().rstrip(".")
        if key in HONORIFICS:
            continue
        out.append(TITLE_ABBREVIATIONS.get(key, key))
    return tuple(out)
