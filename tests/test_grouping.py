"""Grouping a flat dump into events, and the grouping file an editor corrects (fake embedder)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from factcheck.batch import BatchOptions, check_batch
from factcheck.grouping import (
    GroupSettings,
    date_score,
    group_articles,
    lead_places,
    place_score,
    read_groups,
    toll_score,
    without_playlists,
)
from factcheck.grouping_details import age_score, street_score
from factcheck.records import Article

BOAT = "A tourist boat hit a bridge on the Rhine near Cologne; Captain Weber and 27 passengers were hurt."
SHOT = "A gunman shot two people in Ardmore, Oklahoma, police said; Henry Jackson was found later."


def _dump(tmp_path: Path) -> Path:
    # Each report adds a sentence of its own: texts that differ only by "Report 1." are one text carried
    # twice (syndicated copy), which the check folds into one voice.
    boat = ["Firefighters reached the scene within minutes.", "River police closed the waterway for hours.",
            "Local officials promised an inquiry into the crash."]
    shot = ["Witnesses heard several shots near the school.", "The county sheriff asked residents to stay inside."]
    rows = [{"doc_id": f"b{i}", "outlet": f"boat{i}.com", "title": "Boat hits bridge", "text": f"{BOAT} {extra}"}
            for i, extra in enumerate(boat)]
    rows += [{"doc_id": f"s{i}", "outlet": f"gun{i}.com", "title": "Shooting in Ardmore", "text": f"{SHOT} {extra}"}
             for i, extra in enumerate(shot)]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_group_articles_separates_two_events(fake_embedder: object) -> None:
    articles = [Article(f"b{i}", "", "Boat", f"{BOAT} {i}") for i in range(3)]
    articles += [Article(f"s{i}", "", "Shot", f"{SHOT} {i}") for i in range(2)]
    assert group_articles(articles, fake_embedder) == [[0, 1, 2], [3, 4]]  # type: ignore[arg-type]


def test_groups_file_is_written_then_read_back_as_corrected(tmp_path: Path, fake_embedder: object) -> None:
    dump, groups = _dump(tmp_path), tmp_path / "groups.json"
    first = check_batch(dump, tmp_path / "out", options=BatchOptions(group=True, groups_file=str(groups)),
                        embedder=fake_embedder)  # type: ignore[arg-type]
    data = json.loads(groups.read_text(encoding="utf-8"))
    assert sorted(len(v) for v in data["events"].values()) == [2, 3] and len(first.written) == 2
    # The editor moves one boat article into an event of its own and renames the shooting.
    events = data["events"]
    boat = next(k for k, v in events.items() if v[0]["id"].startswith("b"))
    shot = next(k for k in events if k != boat)
    edited = {"boat": events[boat][:2], "boat-late": [events[boat][2]["id"]], "ardmore": events[shot]}
    groups.write_text(json.dumps({"events": edited}), encoding="utf-8")
    second = check_batch(dump, tmp_path / "out2", options=BatchOptions(group=True, groups_file=str(groups)),
                         embedder=fake_embedder)  # type: ignore[arg-type]
    assert set(second.written) == {"boat", "ardmore"} and [s.split(":")[0] for s in second.skipped] == ["boat-late"]


def test_groups_file_naming_an_unknown_article(tmp_path: Path) -> None:
    from factcheck.errors import InputError

    path = tmp_path / "g.json"
    path.write_text(json.dumps({"events": {"x": ["nope"]}}), encoding="utf-8")
    with pytest.raises(InputError, match="names no article"):
        read_groups(path, [Article("a", "", "t", "text")])


def test_same_kind_of_story_is_told_apart_by_names_and_places(fake_embedder: object) -> None:
    # An archive of one kind of story: every lead reads alike, so the town, street and victim decide.
    towns = [("Ardmore", "Main Street", "Henry Jackson"), ("Stockton", "Pacific Avenue", "Maria Lopez"),
             ("Yonkers", "Elm Road", "Tamara Reed"), ("Memphis", "Beale Street", "Calvin Brooks"),
             ("Fresno", "Olive Avenue", "Dana Whitfield"), ("Tulsa", "Peoria Avenue", "Omar Haddad")]
    articles = []
    for town, street, victim in towns:
        for n, lead in enumerate(("A man was shot and killed late on Friday, police said.",
                                  "Police said a man was shot dead on Friday night.")):
            text = f"{lead} The shooting happened on {street} in {town}. Officers named the victim as {victim}."
            articles.append(Article(f"{town}{n}", "", "Man shot dead", text))
    groups = group_articles(articles, fake_embedder)  # type: ignore[arg-type]
    assert sorted(groups) == [[i, i + 1] for i in range(0, 12, 2)]


# Publication dates: (earlier date, its text, later date, its text, what the dates add to the pair's score).
DATE_CASES = [
    ("2015-04-22", "A girl was shot.", "2015-04-23", "The girl shot on Wednesday is recovering.", 0.06),
    ("2015-04-22", "A girl was shot.", "2015-04-27", "Police made an arrest.", 0.0),
    ("2015-04-22", "A girl was shot.", "2015-11-08", "A second girl was shot on Sunday.", -0.1),
    ("2015-04-22", "A girl was shot.", "2015-11-08", "The teen who shot her on April 22 went on trial.", 0.0),
    ("2015-04-22", "A girl was shot.", "2015-11-08", "The teen who shot her on Apr. 21 went on trial.", 0.0),
    ("2015-04-22", "A girl was shot.", "2015-11-08", "The shooting in April left her blind.", 0.0),
    ("2014-04-22", "A girl was shot.", "2015-11-08", "The shooting in April left her blind.", -0.1),
    ("2015-04-22", "A girl was shot.", "2015-11-08", "The teen who shot her on May 30 went on trial.", -0.1),
    # The earlier report naming the later one's day is not a recall: only a later report looks back.
    ("2015-04-22", "A hearing is set for November 8.", "2015-11-08", "A girl was shot.", -0.1),
    (None, "A girl was shot.", "2015-11-08", "A girl was shot.", 0.0),
]


@pytest.mark.parametrize(("early", "early_text", "late", "late_text", "adds"), DATE_CASES)
def test_publication_dates(early: str | None, early_text: str, late: str, late_text: str, adds: float) -> None:
    articles = [Article("a", "", "", early_text, date=early), Article("b", "", "", late_text, date=late)]
    score = date_score(articles, GroupSettings())
    assert score[0, 1] == score[1, 0] == pytest.approx(adds)


@pytest.mark.parametrize(("days", "share"), [(7, 0.0), (48, 41 / 83), (90, 1.0), (400, 1.0)])
def test_far_penalty_grows_from_the_grace_to_the_full_days(days: int, share: float) -> None:
    settings = GroupSettings()
    assert (settings.far_grace, settings.far_full) == (7, 90)
    first = date(2015, 1, 1)
    articles = [Article("a", "", "", "x", date=first.isoformat()),
                Article("b", "", "", "y", date=(first + timedelta(days=days)).isoformat())]
    assert date_score(articles, settings)[0, 1] == pytest.approx(-settings.far_penalty * share)


# Headline tolls: (one headline, another, whether they give a different count of one kind).
TOLL_CASES = [
    ("2 dead, 7 wounded in shooting", "2 Killed, 2 Injured in Northwest Miami-Dade Shooting", True),
    ("Two Dead, Two Hurt In NW Dade Shooting", "2 Killed, 2 Injured in Northwest Miami-Dade Shooting", False),
    ("4 shot and wounded at party in East Flatbush", "Gunfire at Brooklyn playground injures five teens", False),
    ("4 Men Wounded in Shooting Outside Brooklyn House Party", "Shooting leaves five teens injured", True),
    ("4 Men Wounded in Shooting Outside Brooklyn House Party", "Four wounded at Brooklyn party", False),
    ("9 people hurt in early-morning Fort Wayne shooting", "Shooting results in 9 victims, 1 critical", False),
    ("1 dead, 7 injured in mass shooting", "Police: 2nd victim in club shooting dies", False),
    ("Man shot dead in Tulsa", "Woman shot dead in Tulsa", False),
]


@pytest.mark.parametrize(("one", "other", "conflict"), TOLL_CASES)
def test_headline_tolls(one: str, other: str, conflict: bool) -> None:
    settings = GroupSettings()
    score = toll_score([Article("a", "", one, ""), Article("b", "", other, "")], settings)
    assert score[0, 1] == score[1, 0] == pytest.approx(-settings.toll_penalty if conflict else 0.0)


# Places of the leads: (one article's headline and text, another's, whether their places conflict).
PLACE_CASES = [
    (("Toddler shot in motel", "Police in Seattle say a 2-year-old boy shot himself in a motel room."),
     ("Toddler shot in face", "A Marion County toddler was critically injured Monday, the sheriff said."), True),
    # A state is no place of its own: two towns of Texas are two places.
    (("Boy, 7, shoots self", "A 7-year-old boy shot himself in the hand in Alvin, Texas, deputies said."),
     ("Boy, 11, shoots himself", "HOUSTON, Texas - An 11-year-old boy shot himself at a home."), True),
    # The town one names is in the other's text, though its lead names the county.
    (("Toddler shot in face", "A Marion County toddler was critically injured Monday near Jefferson."),
     ("Toddler dies", "JEFFERSON - The 3-year-old shot on Monday has died, deputies said."), False),
    (("Man shot in Selma", "SELMA - A man was shot by police on Friday."),
     ("Officer shoots man", "A man was shot by an officer in Selma on Friday, police said."), False),
    # A lead without a place conflicts with none.
    (("Man shot in Selma", "SELMA - A man was shot by police on Friday."),
     ("Officer shoots man", "A man was shot by an officer on Friday, police said."), False),
]


@pytest.mark.parametrize(("one", "other", "conflict"), PLACE_CASES)
def test_lead_places(one: tuple[str, str], other: tuple[str, str], conflict: bool) -> None:
    settings = GroupSettings()
    score = place_score([Article("a", "", *one), Article("b", "", *other)], settings)
    assert score[0, 1] == score[1, 0] == pytest.approx(-settings.place_penalty if conflict else 0.0)
    assert score[0, 0] == score[1, 1] == 0.0


def test_lead_places_leave_out_states_and_countries() -> None:
    assert lead_places(["A man was shot in Dayton, Ohio, the U.S. Marshals said.", "No place here."]) == [
        frozenset({"dayton"}), frozenset()]


# Streets: (one text, another, what the streets add to the pair's score: "bonus", "penalty" or None).
STREET_CASES = [
    ("He was shot on Bragg Street.", "The shooting at 2111 Bragg St. killed him.", "bonus"),
    ("Shots near 14th Street and Broadway.", "He was shot in the 1400 block of W. 14th St., police said.", "bonus"),
    ("Shots on West First Avenue.", "The girl shot on 1st Ave. died.", "bonus"),
    ("He was shot on Bragg Street.", "He was shot on Harrison Street.", "penalty"),
    # A court, a saint and a doctor are no street: each text names one street at most.
    ("He was shot on Bragg Street.", "He appeared in Pulaski County Circuit Court.", None),
    ("He was shot on Bragg Street.", "St. Vincent hospital treated him, Dr. Smith said.", None),
    ("He was shot on Bragg Street.", "He was shot downtown.", None),
    # "St." after a street's name and before a lower-case word or a stop is the street type.
    ("He was shot on Tenny St. in the evening.", "A man was found on Tenny Street.", "bonus"),
]


@pytest.mark.parametrize(("one", "other", "adds"), STREET_CASES)
def test_streets(one: str, other: str, adds: str | None) -> None:
    settings = GroupSettings()
    score = street_score([Article("a", "", "Man shot", one), Article("b", "", "Man shot", other)], settings)
    expected = {"bonus": settings.street_bonus, "penalty": -settings.street_penalty, None: 0.0}[adds]
    assert score[0, 1] == score[1, 0] == pytest.approx(expected)


# Headline ages: (one headline, another, whether they give ages and share none).
AGE_CASES = [
    ("9-Year-Old Little Rock Boy Killed In Accidental Shooting", "3-year-old shooting victim identified", True),
    ("Boy, 15, dies in overnight shooting", "Teen shot in southeast Wichita has died", False),
    ("Boy, 15, dies in overnight shooting", "15-year-old boy dies after shooting", False),
    ("Toddler, 2, shot by brother, 4", "4-year-old shoots 2-year-old brother", False),
    ("Girl, 2, shot in argument", "Three charged in shooting of 3-year-old girl", True),
    # A figure after a comma that counts the dead or hurt is no age.
    ("Shooting leaves 1 dead, 3 injured", "3-year-old shot at party", False),
    ("9-month-old shot in Baltimore", "Baby, 9, shot", True),
    ("Two-year-old dies", "2-year-old dies after shooting", False),
]


@pytest.mark.parametrize(("one", "other", "conflict"), AGE_CASES)
def test_headline_ages(one: str, other: str, conflict: bool) -> None:
    settings = GroupSettings()
    score = age_score([Article("a", "", one, ""), Article("b", "", other, "")], settings)
    assert score[0, 1] == score[1, 0] == pytest.approx(-settings.age_penalty if conflict else 0.0)


# Lines of a page: (the line, whether it is a video playlist's entry, left out of the grouping).
PLAYLIST_CASES = [
    ("0:27 Father of man killed during robbery at Tacoma motel talks about sentences Pause", True),
    ("1:58 Human remains found at Gig Harbor construction site", True),
    ("12:05 Raw video: Neighbor heard shots", True),
    ("2:30 p.m. Police arrived and found the victim.", False),
    ("11:15 PM: The suspect was arrested.", False),
    ("A man was shot at 0:27 into the video.", False),
]


@pytest.mark.parametrize(("line", "dropped"), PLAYLIST_CASES)
def test_video_playlists_are_left_out(line: str, dropped: bool) -> None:
    text = f"Man shot in Auburn\n{line}\nA man was shot on Friday."
    assert without_playlists(text) == (text.replace(f"{line}\n", "") if dropped else text)
