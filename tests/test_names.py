"""People's names (factcheck.text.names): one key per person across spellings, aliases within an article."""

from __future__ import annotations

import pytest

from factcheck.text.names import alias, clean_name, learn_aliases, person_like, same_person, speaker_key


@pytest.mark.parametrize("a, b, same", [
    ("Volodymyr Zelenskyy", "Zelensky", True),  # transliteration
    ("Sir Keir Starmer", "Starmer", True),  # a title and a first name more
    ("Mr Zhu", "Zhu Congpeng", True),
    ("Ursula von der Leyen", "von der Leyen", True),
    ("Antonio Costa", "Ursula von der Leyen", False),
    ("Prime Minister Keir Starmer", "President Emmanuel Macron", False),  # shared title words are not a name
])
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_speaker_key_tells_people_apart() -> None:
    assert speaker_key("Starmer") != speaker_key("Macron")


@pytest.mark.parametrize("written, name", [
    ("Canadian PM Justin Trudeau", "Justin Trudeau"),
    ("Prime Minister", ""),  # a bare role names no one
    ("Keir Starmer", "Keir Starmer"),
])
def test_clean_name(written: str, name: str) -> None:
    assert clean_name(written) == name


def test_aliases_resolve_a_surname_to_the_full_name_the_article_uses() -> None:
    aliases: dict[str, str] = {}
    learn_aliases(aliases, "Keir Starmer met Emmanuel Macron.\nThe Prime Minister spoke first.")
    assert alias(aliases, "Starmer") == "Keir Starmer" and alias(aliases, "Macron") == "Emmanuel Macron"
    assert alias(aliases, "Trudeau") == "Trudeau"  # not named in full: left as written
    assert alias(aliases, "") is None  # an unnamed role


@pytest.mark.parametrize("name, person", [
    ("Antonio Costa", True), ("Ursula von der Leyen", True),
    ("New York", False), ("Daily News", False), ("When", False), ("Starmer", False),  # one word is not enough
])
def test_person_like(name: str, person: bool) -> None:
    assert person_like(name) is person
