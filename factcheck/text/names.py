"""Names: how a person's name is written, told apart and recognised across an article and across outlets.

A name as an article writes it (``NAME``: title words, particles such as "von der", up to four words on one
line), the name without a role before it (``clean_name``), aliases learnt from an article's full names
("Starmer" is its "Keir Starmer"), a key under which spelling variants agree (``speaker_key``), whether two
names can be one person (``same_person``) and whether a string reads as a person's name (``person_like``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nicknames import NickNamer

__all__ = ["NAME", "NOT_NAMES", "alias", "clean_name", "learn_aliases", "nickname_pair", "person_like", "same_person",
           "speaker_key"]

# Names stay on one line: a headline's last word and the next paragraph's first are not one name.
NAME = r"(?:(?:Sir|Lord|Lady|Dame|Mr|Mrs|Ms|Dr|President|Prime Minister|Chancellor)\.? +)?" \
        r"[A-Z][\w’'-]+(?: +(?:von der|van der|de|von|van|bin|al) +[A-Z][\w’'-]+| +[A-Z][\w’'-]+){0,3}"


_ROLE_WORDS = {"PM", "Minister", "President", "Chancellor", "Secretary", "chief", "Chief", "Leader", "leader"}


def clean_name(name: str) -> str:
    """The person's name without a role or nationality before it: "Canadian PM Justin Trudeau" ->
    "Justin Trudeau"; "" for a bare role ("Prime Minister")."""
    words = name.split()
    last_role = max((i for i, w in enumerate(words) if w in _ROLE_WORDS), default=-1)
    return " ".join(words[last_role + 1:])


NOT_NAMES = {"The", "A", "An", "But", "And", "However", "Instead", "In", "On", "At", "It", "This", "That", "We",
              "I", "He", "She", "They", "Speaking", "Leaving", "Following", "After", "Asked", "Declaring"}


def speaker_key(name: str) -> str:
    """A key under which spelling variants of one person's name agree.

    >>> speaker_key("Volodymyr Zelenskyy") == speaker_key("Zelensky") == speaker_key("President Zelenskyy")
    True
    >>> speaker_key("Sir Keir Starmer") == speaker_key("Starmer")
    True
    """
    last = re.split(r"\s+", name.strip())[-1].lower().strip(".,’'")
    last = re.sub(r"(.)\1+", r"\1", last)  # Zelenskyy / Zelensky
    return re.sub(r"(?<=sk)[iy]+$", "", last)


_TITLE_WORDS = frozenset("Sir Lord Lady Dame Mr Mrs Ms Dr Professor President Prime Minister Chancellor PM".split())


def same_person(a: str, b: str) -> bool:
    """Whether two name strings can be one person: they share a name word ("Mr Zhu" / "Zhu Congpeng",
    "Quentin Tarantino" / "Quentin Tarantino Breaks Silence"), spelling variants included.

    >>> same_person("Mr Zhu", "Zhu Congpeng"), same_person("Zelenskyy", "Volodymyr Zelensky")
    (True, True)
    >>> same_person("Antonio Costa", "Ursula von der Leyen")
    False
    """
    def words(name: str) -> set[str]:
        return {speaker_key(w) for w in re.findall(r"[A-Za-z’'-]{3,}", name)
                if w not in _TITLE_WORDS and w.lower() not in ("von", "der", "van")}
    return bool(words(a) & words(b))


def learn_aliases(aliases: dict[str, str], text: str) -> None:
    """Record each full name in ``text`` under its later words: "Keir Starmer" under "starmer"."""
    for name in re.findall(NAME, text):
        name = clean_name(name)
        if len(name.split()) >= 2 and name.split()[0] not in NOT_NAMES:
            for part in name.split()[1:]:
                aliases.setdefault(part.lower(), name)


def alias(aliases: dict[str, str], name: str) -> str | None:
    """The fullest form of ``name`` the article uses, or ``None`` for an unnamed role."""
    return aliases.get(name.split()[-1].lower(), name) if name else None


_NOT_PEOPLE = frozenset(
    "as when these this that there it in on at for with after before while if so but and or the a an what who "
    "why how where which according says said daily news times post press agency command ministry office house "
    "states kingdom korea york city council government department police forum economic union association "
    "committee commission bank group inc ltd corp company party university institute court journal letters "
    "review research".split()
)


def person_like(name: str) -> bool:
    """Whether ``name`` reads as a person's name ("Antonio Costa"), not a pronoun, place or debris.

    >>> person_like("Antonio Costa"), person_like("New York"), person_like("As"), person_like("When")
    (True, False, False, False)
    """
    words = name.split()
    if any(w.lower().split("'")[0].split("’")[0] in _NOT_PEOPLE for w in words):
        return False
    return len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                                   for w in words if w.lower() not in ("von", "der", "van", "de", "bin", "al")) \
        and not any(w.lower() in _NOT_PEOPLE for w in words)


@cache
def _nick_namer() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


def nickname_pair(a: str, b: str) -> bool:
    """Whether two given names are one name and its nickname ("Bill" and "William", "Mike" and "Michael"),
    from the ``nicknames`` package's hand-curated table; case aside. Two spellings of one nickname are not
    ("Terrie" and "Terry": one of them misspells a person's name).

    >>> nickname_pair("Bill", "william"), nickname_pair("Max", "Maxwell"), nickname_pair("Terrie", "Terry")
    (True, True, False)
    """
    a, b = a.lower(), b.lower()
    names = _nick_namer()
    return a == b or b in names.nicknames_of(a) | names.canonicals_of(a)
