"""Lexicon: the one home of factcheck's word knowledge that no model supplies.

The linguistic model (:mod:`factcheck.nlp`) gives parts of speech, lemmas, dependencies and named entities;
what it cannot know is which abbreviations a newsroom writes before a name, which predicates make a number
a count of casualties, and which words change what a count covers. Those small closed classes live here
and nowhere else, as tables with lookups: the segmenter (:mod:`factcheck.text.sentences`) learns which
abbreviations do not end a sentence, the quantity reader (:mod:`factcheck.quantities.parse`) where a counted noun
stops, and the fact reader (:mod:`factcheck.facts`) titles, ranks, partners, predicates and scope words.
"""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = [
    "AMBIGUOUS_STREET_TYPES",
    "AREA_NOUNS",
    "ATTACK_VERBS",
    "BODY_PARTS",
    "BODY_PART_MODIFIERS",
    "BODY_PART_SYNONYMS",
    "CHARGE_VERBS",
    "COMMON_CAPITALISED",
    "COMPASS_POINTS",
    "CONDITIONS",
    "CONVEY_VERBS",
    "COUNTED_AS",
    "CRIME_NOUNS",
    "DECADES",
    "DECADE_PARTS",
    "EVENT_PREDICATES",
    "FATAL_ADVERBS",
    "FUNCTION_WORDS",
    "GENERATIONS",
    "GUNFIRE_NOUNS",
    "HIT_VERBS",
    "HONORIFICS",
    "INJURY_GRADES",
    "KIN",
    "MONTHS",
    "MONTH_NAMES",
    "OPENING_TIMES",
    "OTHER_TIME_WORDS",
    "PARTNERS",
    "PART_OF_WORDS",
    "PEOPLE_NOUNS",
    "PERSON_NOUNS",
    "PLAIN_PERSON_NOUNS",
    "RANKS",
    "SCOPE_WORDS",
    "SEXED_NOUNS",
    "SPEECH_BEFORE",
    "SPEECH_VERBS",
    "STATE_ABBREVIATIONS",
    "STOP_WORDS",
    "STREET_ABBREVIATIONS",
    "STREET_SUFFIXES",
    "TEMPORAL_PREPOSITIONS",
    "TIMES_WORDS",
    "TIME_VERBS",
    "TIME_ZONE",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "UNTALLIED_NOUNS",
    "US_NAMES",
    "US_STATES",
    "VICTIM_NOUNS",
    "WEAPON_NOUNS",
    "WEEKDAYS",
    "WOUND_NOUNS",
    "WOUND_PREPOSITIONS",
    "WOUND_VERBS",
    "canonical_title",
    "expand_abbreviation",
    "verb_of",
]

#: Titles and ranks abbreviated before a name ("Lt. Dana Cruz", "Gov. Whitmer"), with their expansion.
#: A title is followed by a name, so its full stop never ends a sentence.
TITLES: dict[str, str] = {
    "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Ms", "Dr.": "Doctor", "Prof.": "Professor", "Rev.": "Reverend",
    "Hon.": "Honourable", "St.": "Saint", "Fr.": "Father",
    "Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor", "Sen.": "Senator", "Rep.": "Representative",
    "Pres.": "President", "Sec.": "Secretary", "Atty.": "Attorney", "Supt.": "Superintendent",
    "Insp.": "Inspector", "Det.": "Detective", "Sgt.": "Sergeant", "Cpl.": "Corporal", "Pvt.": "Private",
    "Pfc.": "Private First Class", "Spc.": "Specialist", "Lt.": "Lieutenant", "Capt.": "Captain",
    "Cmdr.": "Commander", "Cdr.": "Commander", "Maj.": "Major", "Col.": "Colonel", "Lt. Col.": "Lieutenant Colonel",
    "Brig.": "Brigadier", "Gen.": "General", "Adm.": "Admiral", "Ens.": "Ensign", "Sgt. Maj.": "Sergeant Major",
    "Dep.": "Deputy", "Ofc.": "Officer", "Tpr.": "Trooper", "Cmsr.": "Commissioner",
    "Comm.": "Commissioner", "Ald.": "Alderman", "Amb.": "Ambassador",
}

#: US state abbreviations in AP style ("Mich.", "Calif.") and postal codes ("MI"), with the state.
#: AP style is what datelines and news copy use ("KANSAS CITY, Mo. --").
STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Oreg.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
}
#: The US states by name: those AP style abbreviates, and those it always spells out.
US_STATES = frozenset(STATE_ABBREVIATIONS.values()) | {"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"}
#: What news copy calls the United States.
US_NAMES = frozenset({"U.S", "US", "USA", "America", "United States"})

#: Street abbreviations ("Main St.", "Fifth Ave."). Unlike a title these can end a sentence, so they are
#: listed for expansion, not as non-final.
STREET_ABBREVIATIONS: dict[str, str] = {
    "St.": "Street", "Ave.": "Avenue", "Blvd.": "Boulevard", "Rd.": "Road", "Dr.": "Drive", "Ln.": "Lane",
    "Ct.": "Court", "Pl.": "Place", "Pkwy.": "Parkway", "Hwy.": "Highway", "Sq.": "Square", "Ter.": "Terrace",
    "Cir.": "Circle", "Rte.": "Route", "Mt.": "Mount", "Ft.": "Fort",
}

#: Lower-case title abbreviations without the full stop ("lt", "cmdr", "spc"): a title is followed by a
#: name, so a segmenter should never end a sentence after one before a capitalised word. Left out: place
#: abbreviations ("in Flint, Mich." can end a sentence) and titles that are also street abbreviations
#: ("St." is Saint or Street, "Dr." Doctor or Drive: "lived on Main St. Police said ...").
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    part.lower().rstrip(".") for key in TITLES for part in key.split(" ")
    if part.endswith(".") and part not in STREET_ABBREVIATIONS
)

#: Words that end a noun phrase when reading what a number counts ("5,000 missiles to be ..." stops at "to").
FUNCTION_WORDS: frozenset[str] = frozenset(
    """to of for in on at by with from and or but that which who whom whose was were is are be been will would
    could should can may might has have had as than the a an this these those it its their his her our your per
    each every more less into over under after before since during while when where if so not no then there here
    also just only about around up down out off said says told""".split()
)


#: Stop words: words too common to tell two statements apart, left out wherever content words are compared
#: (the pair scorer's word overlap and rare phrases, the contradiction rules' shared wording). Lower case.
#: FUNCTION_WORDS answers another question (where a counted noun phrase ends: "5,000 missiles to be ..."),
#: so the two lists overlap without being one.
STOP_WORDS: frozenset[str] = frozenset(
    """the a an of to and in on for with that this is was be will would has have had he she it they his her their
    its as at by from but or not we our us i you who which what said says say told added also been are were there
    than then so if into over after before about more most some any all one just can could should may might do
    does did being very out up""".split()
)


def expand_abbreviation(abbreviation: str) -> str | None:
    """What a title or state abbreviation stands for, or ``None``.

    >>> expand_abbreviation("Lt."), expand_abbreviation("Calif."), expand_abbreviation("Blvd.")
    ('Lieutenant', 'California', 'Boulevard')
    >>> expand_abbreviation("Foo.") is None
    True
    """
    for table in (TITLES, STATE_ABBREVIATIONS, STREET_ABBREVIATIONS):
        if abbreviation in table:
            return table[abbreviation]
    return None


#: Words that, right before a weekday or a time, make it date a statement, not the event ("investigators
#: said Monday", "told reporters on Friday").
SPEECH_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|confirmed|reported|stated)\s+(?:on\s+)?$", re.I)

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
#: Nouns that name an area by the name before them ("in the Bushwick section", "in the city of Dover").
AREA_NOUNS = frozenset({"neighborhood", "neighbourhood", "section", "area", "district", "community", "borough",
                        "township", "village", "suburb", "town", "city", "county", "parish", "enclave"})
#: Verbs of a charge or arrest: a clock time the parse hangs on one, written after the event noun it is
#: charged with ("charged in the fatal shooting of his brother around 1:54 a.m."), is the event's.
CHARGE_VERBS = frozenset({"charge", "indict", "accuse", "arrest", "book", "convict", "sentence"})
#: Adverbs that make a verb of harm a killing: "fatally shot", "mortally wounded".
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
#: Verbs of saying: a time or day they govern is when something was said ("police said Monday"), not when
#: it happened.
SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "accord"})
#: Verbs that, with a hospital as where to, count the people hospitalised: "six were taken to Stanford Hospital".
CONVEY_VERBS = frozenset({"take", "transport", "rush", "bring", "airlift", "fly"})
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
#: Nouns that say only that someone is a person, not what part they play ("a 58-year-old man").
PLAIN_PERSON_NOUNS = frozenset("man woman male female person boy girl teen teenager youth adult child kid".split())
PEOPLE_NOUNS = frozenset(
    "people person persons man men woman women child children kid kids teen teens teenager teenagers boy boys "
    "girl girls adult adults victim victims officer officers student students bystander bystanders resident "
    "residents member members patron patrons suspect suspects worker workers individual individuals others "
    "passenger passengers civilian civilians soldier soldiers youth youths juvenile juveniles".split()
)
#: Generational suffixes as written, which end a name and are no surname ("Douglas Shine Jr.").
GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
#: Nouns and pronouns that tell whether a person is male or female: "a 24-year-old woman" and "a
#: 25-year-old man" are two people, whatever their ages; "in her 30s" is a woman.
SEXED_NOUNS: dict[str, str] = {
    **dict.fromkeys("man male boy he his him father son brother husband boyfriend grandfather grandson uncle "
                    "nephew gentleman".split(), "male"),
    **dict.fromkeys("woman female girl she her mother daughter sister wife girlfriend grandmother granddaughter "
                    "aunt niece lady".split(), "female"),
}
#: What a relative is, by the word written, as one degree of kinship: "her sister" and "their sibling" agree,
#: "her sister" and "their cousin" do not (though each may be said of another person of the family).
KIN: dict[str, str] = {
    **dict.fromkeys("brother sister sibling".split(), "sibling"),
    **dict.fromkeys("mother father parent mom dad".split(), "parent"),
    **dict.fromkeys("son daughter child".split(), "child"),
    **dict.fromkeys("uncle aunt".split(), "uncle or aunt"),
    **dict.fromkeys("nephew niece".split(), "nephew or niece"),
    **dict.fromkeys("grandmother grandfather grandparent".split(), "grandparent"),
    **dict.fromkeys("grandson granddaughter grandchild".split(), "grandchild"),
    "cousin": "cousin",
}
#: Nouns that name a person beyond those above: kin, what a person is to others, and what they do. They tell
#: "the 25-year-old cousin" from "the 100-year-old church" (a suffix does not: "shooter", "center").
PERSON_NOUNS = frozenset(KIN) | frozenset(
    "baby infant toddler friend neighbor neighbour relative roommate classmate clerk cashier nurse guard cop pastor "
    "pilot inmate hostage pedestrian deputy athlete coach candidate nominee detainee veteran priest judge shooter "
    "driver owner homeowner passenger teenager prisoner attendant assailant patient robber attacker witness "
    "customer employee tenant occupant manager motorist rapper singer player dealer firefighter paramedic "
    "gunman gunmen mayor sheriff coroner principal councilman councilwoman spokesman spokeswoman director agent "
    "teacher bishop".split()
)
#: Verbs of being hit whose count of times is a fact of the wounded: "was shot eight times", "struck once".
HIT_VERBS = frozenset({"shoot", "hit", "strike", "stab", "wound"})
#: Nouns whose count is a count of the event's people though no verb says so: "two bodies were found".
COUNTED_AS = {"body": "killed"}
#: Nouns that name the people an event befell, so a count of them marked by the event ("the six shooting
#: victims") counts those it befell; "two murder suspects" are no one killed.
VICTIM_NOUNS = frozenset({"victim", "casualty", "survivor"})
#: Verbs of the attack itself: a time written before one joined to another verb times the attack ("just
#: before 10:30 p.m., a group came back and began firing"); "called", "broke" or "took" do not.
ATTACK_VERBS = frozenset({"shoot", "fire", "kill", "wound", "injure", "stab"})
#: Verbs a body part is hit by ("shot in the leg", "grazed on the head"), beyond HIT_VERBS.
WOUND_VERBS = frozenset({"graze", "injure"})
#: Prepositions that give where on the body a verb or a wound strikes.
WOUND_PREPOSITIONS = frozenset({"in", "to", "through", "on", "into", "at"})
#: Words between a preposition and the body part it gives ("in | his upper left | arm").
BODY_PART_MODIFIERS = frozenset({"the", "his", "her", "their", "its", "my", "your", "our", "a", "left", "right",
                                 "upper", "lower", "own"})
#: Prepositions that put something in time against an event: "arrested after a shooting early Tuesday".
TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "following", "since", "during"})
#: Nouns that give a part of a body part ("the back of the head", "the top of his head").
PART_OF_WORDS = frozenset({"back", "side", "top", "front", "base"})
#: Nouns of a thing whose count says nothing of the event: a time or a repetition ("two nights", "three
#: times"), a place ("the 1400 block": an address), a part of a speech ("at one point"), or charges that
#: outlets count for other charges ("three counts of robbery").
UNTALLIED_NOUNS = frozenset({"time", "night", "weekend", "occasion", "year", "day", "week", "month", "hour",
                             "minute", "block", "point", "count", "charge", "offense", "felony", "misdemeanor"})
#: Nouns of a crime that kills: "a double homicide" tells of several dead, and "six homicides this year" is a
#: running tally.
CRIME_NOUNS = frozenset({"homicide", "murder", "killing", "slaying", "fatality"})
#: Where on the body a person was hit, each part with the part it lies in (``None`` for the six regions): a
#: wound "in the jaw" is one "in the face" and "in the head", while "in the back" and "in the arm" are two
#: wounds. A joint is read into the part news names with it ("wrist and hand", "foot and ankle"). Synonyms
#: share one entry's name ("stomach" is the abdomen; "upper body" is read as the torso).
BODY_PARTS: dict[str, str | None] = {
    "head": None, "neck": None, "torso": None, "shoulder": None, "arm": None, "leg": None,
    "face": "head", "forehead": "head", "temple": "head", "skull": "head", "scalp": "head", "ear": "head",
    "eye": "face", "mouth": "face", "jaw": "face", "cheek": "face", "nose": "face", "chin": "face", "lip": "face",
    "throat": "neck",
    "chest": "torso", "abdomen": "torso", "back": "torso", "side": "torso", "buttocks": "torso", "hip": "torso",
    "groin": "torso", "pelvis": "torso", "rib": "chest", "spine": "back", "lung": "chest", "heart": "chest",
    "forearm": "arm", "elbow": "arm", "hand": "arm", "bicep": "arm", "wrist": "hand", "finger": "hand", "thumb": "hand",
    "thigh": "leg", "knee": "leg", "calf": "leg", "shin": "leg", "foot": "leg", "ankle": "foot", "toe": "foot",
    "heel": "foot",
}
#: Words for one body part that BODY_PARTS names otherwise.
BODY_PART_SYNONYMS = {"stomach": "abdomen", "belly": "abdomen", "buttock": "buttocks", "butt": "buttocks",
                      "midsection": "abdomen", "backside": "buttocks", "feet": "foot"}
#: Nouns of a wound that a body part is given to: "a gunshot wound to the chest", "a head injury".
WOUND_NOUNS = frozenset({"wound", "injury", "gunshot"})
#: Words on a verb that put what it tells at another time than the event's: "had been shot twice before".
OTHER_TIME_WORDS = frozenset({"before", "previously", "ever", "again", "earlier", "once"})
#: Adverbs that count times: "shot once", "stabbed twice".
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
#: Decades written as words ("in her twenties") and where in a decade "early", "mid" and "late" put an age.
DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
           "eighties": 80, "nineties": 90}
DECADE_PARTS: dict[str | None, tuple[int, int]] = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}
#: Words that make a count a part, a running total, a rate or an increment of the event's count rather
#: than the count itself ("12 arrests since the protests began", "another two", "two of the victims").
SCOPE_WORDS = (
    "so far", "to date", "since", "in all", "altogether", "in total", "total", "overall", "this year", "last year",
    "each", "per", "apiece", "a day", "a week", "another", "additional", "further", "more", "other", "including",
    "remaining", "still", "also", "both", "others",
)
#: Street types as written (full stop dropped, lower case) and the word they stand for: "Harvard Ave."
#: and "Harvard Avenue" are one street, "Harvard Road" another.
STREET_SUFFIXES: dict[str, str] = {
    **{v.lower(): v.lower() for k, v in STREET_ABBREVIATIONS.items() if k not in ("Mt.", "Ft.", "Rte.")},
    **{k.lower().rstrip("."): v.lower() for k, v in STREET_ABBREVIATIONS.items() if k not in ("Mt.", "Ft.", "Rte.")},
    "av": "avenue", "way": "way", "trail": "trail", "plaza": "plaza",
}
#: Street types that are also common words or titles ("Supreme Court", "Dr. Jones", "St. Louis"): a street
#: only with a house or block number, a compass point or an ordinal.
AMBIGUOUS_STREET_TYPES = frozenset({"court", "ct", "place", "pl", "square", "circle", "way", "dr", "st", "plaza"})
#: Compass points as streets abbreviate them ("W. 16th St."), spelled out.
COMPASS_POINTS = {"n": "north", "s": "south", "e": "east", "w": "west"}
#: A time zone named after a clock time ("8:30 p.m. ET").
TIME_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|GMT|UTC)\b", re.I)
#: Verbs whose time is the time of the event itself, and verbs whose time is when the police heard of it:
#: outlets that give different times for one of these disagree ("shot at about 2:20" / "the shooting
#: happened around 2:40"); a call and the shooting are two times.
TIME_VERBS = {
    # "shots rang out at about 1:15 a.m."
    **dict.fromkeys("shoot happen occur fire erupt kill wound injure break take ring ambush".split(), "event"),
    # "was pronounced dead just before 2 p.m."
    "die": "death", "pronounce": "death",
    **dict.fromkeys("call report dispatch respond alert summon arrive".split(), "call"),
    **dict.fromkeys("arrest detain apprehend".split(), "arrest"),
    # "the bodies were found about 3 p.m.": when the scene was come upon, its own time, neither the event's
    # nor the call's
    **dict.fromkeys("find discover".split(), "found"),
}
#: Nouns of gunfire: whatever verb they are the subject of times the event ("shots went off at 8:30 p.m.",
#: "bullets flew at about 2:45 p.m.").
GUNFIRE_NOUNS = frozenset({"shot", "gunshot", "gunfire", "bullet", "shell"})
#: Nouns of a gun: a gun that goes off or discharges times the event ("the gun went off around 8:30 p.m.").
WEAPON_NOUNS = frozenset({"gun", "weapon", "firearm", "handgun", "pistol", "rifle", "shotgun", "revolver"})
#: Words that grade the condition of the wounded, on one scale of three ("critical but stable" gives two).
CONDITIONS = {"critical": "critical", "grave": "critical", "serious": "serious", "stable": "stable",
              "fair": "stable", "good": "stable", "satisfactory": "stable"}
#: Grades an injury is given ("minor injuries", "serious wounds"): a count of one grade is part of the injured.
INJURY_GRADES = frozenset(CONDITIONS) | frozenset(
    "minor severe superficial life-threatening non-life-threatening".split())
#: Kinds of TIME_VERBS that belong to the event's opening hours, told in an article's first sentences; an
#: arrest may come days later and be told anywhere.
OPENING_TIMES = frozenset({"event", "call", "death", "scene", "found"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Month names in calendar order, and the abbreviations news copy uses ("Sept.", "Aug").
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = frozenset([*MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
#: Capitalised words that open sentences or name days and offices, never the names a story is about: set
#: aside when the names two articles share are counted.
COMMON_CAPITALISED = frozenset(
    "The A An In On At It He She They We I This That But And Or If As For Of To By After Before When While "
    "Police Officials Mr Mrs Ms Dr Read More Photo".split()
) | frozenset(w.title() for w in (*WEEKDAYS, *MONTH_NAMES))


#: Each one-word title abbreviation (lower case, no full stop) and the word it stands for ("lt" -> "lieutenant").
_TITLE_WORDS = {k.lower().rstrip("."): v.lower() for k, v in TITLES.items() if " " not in k and " " not in v}


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
        out.append(_TITLE_WORDS.get(key, key))
    return tuple(out)


def verb_of(noun: str, verbs: Container[str]) -> str:
    """The verb of ``verbs`` a noun is made from by "-ing", or the noun itself ("call", "arrest"); for an
    "-ing" noun of no verb of ``verbs``, its stem ("casing" -> "cas"): test the result against ``verbs``.

    >>> [verb_of(w, {"shoot", "kill", "fire", "stab"}) for w in ("shooting", "killing", "firing", "stabbing", "arrest")]
    ['shoot', 'kill', 'fire', 'stab', 'arrest']
    """
    if not noun.endswith("ing") or len(noun) < 6:
        return noun
    stem = noun[:-3]
    if stem in verbs:
        return stem
    if stem + "e" in verbs:
        return stem + "e"
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
