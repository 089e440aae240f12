"""Lexicon: one home for word knowledge that several stages need.

Titles and ranks written before a name (with what they stand for), US state and street abbreviations, and
the function words that end a noun phrase. Tables only, no logic beyond lookups: the segmenter
(:mod:`factcheck.sentences`) learns from here which abbreviations do not end a sentence, and the quantity
reader (:mod:`factcheck.quantities`) where a counted noun stops.
"""

from __future__ import annotations

__all__ = [
    "FUNCTION_WORDS", "STATE_ABBREVIATIONS", "STREET_ABBREVIATIONS", "TITLES", "TITLE_ABBREVIATIONS",
    "expand_abbreviation",
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
