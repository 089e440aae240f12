"""Grouping: a flat dump of articles about many events, grouped into events for a batch.

Two articles are one event when their headline and lead say the same thing (embedding cosine, measured
after removing what every article of the dump shares), their texts use the same rare words (TF-IDF cosine)
and they name the same people and places (shared capitalised words, rare ones counting most). Reports
published within days of each other count for; dates weeks apart count against, unless the later report
names the earlier one's day or month (a trial recalling the shooting); headlines giving different tolls
("1 dead, 7 injured", "1 dead, 3 hurt") count against, and so do leads naming places of which neither
report names any of the other's (a toddler shot in Seattle, another in Marion County). A street both
reports name counts for; streets they do not share, and headline ages they do not share, count against
(tolls, places, streets and ages are read in :mod:`factcheck.grouping_details`). A video playlist scraped with the page
("0:27 Father of man killed ...") is left out of every measure. Groups come from average-linkage
clustering of that score. The grouping is written to a JSON file an editor can correct; given that file
again, the batch uses it as it stands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import InputError
from .grouping_details import age_score, lead_places, lead_text, place_score, street_score, toll_score
from .ingest import read_articles
from .records import Article
from .render import atomic_write
from .text.lexicon import COMMON_CAPITALISED, MONTH_NAMES

if TYPE_CHECKING:
    from .batch import BatchOptions
    from .embedding import Embedder

__all__ = ["GroupSettings", "date_score", "group_articles", "grouped_events", "lead_places", "place_score",
           "read_groups", "toll_score", "without_playlists", "write_groups"]

# A capitalised word not opening a sentence or a quotation: a name or a place, word by word, so "Smith"
# in one report meets "John Smith" in another.
_NAME = re.compile(r"(?<![.!?\n\"“]\s)(?<!^)\b[A-Z][a-z]+\b")
_MONTH_NAMES = tuple(m.title() for m in MONTH_NAMES)
# A day named in a text ("June 13", "Sept. 2, 2015") and a month ("in June", "June 2015").
_NAMED_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                        r"(?:,?\s+(\d{4}))?")
_NAMED_MONTH = re.compile(rf"\b({'|'.join(_MONTH_NAMES)})(?:\s+of)?(?:,?\s+(\d{{4}}))?\b")
_MONTH = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}


@dataclass(frozen=True)
class GroupSettings:
    """How articles are grouped into events.

    The weights and threshold were chosen together on giveme5w1h and the first 200 GVA events (see
    benchmarks/results/batch.md), on the flat top of a sweep (threshold 0.15-0.2 all score within 0.04 ARI
    on both), so those two scores are not held out; benchmarks/results/batch.md says which slices are.

    Attributes:
        lead_chars: Characters of headline and lead embedded per article (600: the lead says what
            happened; later paragraphs drift into background that many events share).
        lead_weight: Share of the leads' cosine in the score (0.3). The cosine is taken after subtracting the
            dump's mean lead vector: in an archive of shootings every lead reads "a man was shot", and raw
            cosines sit so high that no one threshold suits both an archive of one kind of story and a mixed
            one.
        center_from: Fewest articles for which that mean is subtracted (10): in a smaller dump the mean is
            mostly the articles themselves, and raw cosine serves better.
        words_weight: Share of the TF-IDF cosine of the whole texts (0.35): rare words two reports share
            (a street, a weapon, a team) are evidence the lead may not carry.
        name_weight: Share of the name overlap (0.35): capitalised words weighted by rarity, so a victim's
            or a town's name ties two reports of one shooting that the embedding, seeing only "a man was
            shot", cannot tell apart.
        near_bonus: Added for two articles published at most ``near_days`` apart (0.06): the reports of one
            incident come out within a day or two of it, so two shootings in one city a month apart, which
            the texts alone barely tell apart, differ in this.
        near_days: Days apart that count as published together (2: the day of the incident and the next).
        far_penalty: Subtracted in full from two articles ``far_full`` days or more apart, in proportion from
            ``far_grace`` days on (0.1), unless the later one names the earlier one's day (give or take
            ``near_days``) or month: a trial months later recalls the day of its shooting ("shot on June
            13", "the slayings in June"); a second shooting in the same city does not.
        far_grace: Days apart at no cost (7: the first week's follow-ups).
        far_full: Days apart at which the penalty is whole (90).
        toll_penalty: Subtracted from two articles whose headlines give a different count of the same kind
            (dead, hurt, shot: "1 dead, 7 injured" and "1 dead, 3 hurt") (0.1): two shootings of one kind in
            one city read alike, but a headline's toll is the first thing it gets right. Chosen on
            giveme5w1h and gva-200 from 0.05 and 0.1, which scored alike there.
        place_penalty: Subtracted from two articles whose leads both name places (see :func:`lead_places`)
            when neither text names any place of the other's lead (0.1): two accidental shootings of
            toddlers, one in Seattle and one in Marion County, Texas, read alike and share no name the
            other lacks, so only a shared name could tie them, never a place that differs; a place is
            looked for in the other's whole text, so a report naming the county and another naming the
            town, which the first also mentions, do not conflict. Chosen on the five development slices
            from 0.05, 0.1 and 0.15, which scored alike (mean ARI 0.920, 0.923 and 0.924 at the default
            threshold, against 0.909 without; benchmarks/results/batch.md). 0 skips the entity recogniser.
        street_bonus: Added for two articles that name a street in common (0.1; see
            :func:`factcheck.grouping_details.street_score`): a street is the most specific place a report
            gives, and two reports of different incidents rarely share one.
        street_penalty: Subtracted from two articles that both name streets and share no word of them
            (0.1): two shootings in one city, weeks apart, read alike but happen on different streets.
            Outlets naming different corners of one block cost a true pair as much, hence no more.
        age_penalty: Subtracted from two articles whose headlines both give ages and share none (0.05): a
            headline gives the victim's age ("9-Year-Old Little Rock Boy Killed"), and another child's
            shooting in the same city gives another. Kept small, since outlets disagreeing on an age is
            what a fact-check looks for ("2-year-old" and "3-year-old" for one girl). The three were chosen
            together on all six development slices: over street bonus 0.1 and 0.15, street penalty 0.05,
            0.1 and 0.15, age penalty 0.05 and 0.1 (and place penalty 0.05 and 0.1), the mean ARI at the
            default threshold lies between 0.927 and 0.935 (0.912 without the three), and these values
            keep every slice at or above its score without them (benchmarks/results/batch.md). The
            threshold stays: giveme5w1h, which names few streets or ages, scores best at it.
        threshold: Average score two groups need to merge (0.175).
    """

    lead_chars: int = 600
    lead_weight: float = 0.3
    center_from: int = 10
    words_weight: float = 0.35
    name_weight: float = 0.35
    near_bonus: float = 0.06
    near_days: int = 2
    far_penalty: float = 0.1
    far_grace: int = 7
    far_full: int = 90
    toll_penalty: float = 0.1
    place_penalty: float = 0.1
    street_bonus: float = 0.1
    street_penalty: float = 0.1
    age_penalty: float = 0.05
    threshold: float = 0.175


def _names(text: str) -> frozenset[str]:
    return frozenset(n for n in _NAME.findall(text) if n not in COMMON_CAPITALISED)


def _name_overlap(names: list[frozenset[str]]) -> np.ndarray:
    """Pairwise overlap of the articles' names, each name weighted by its rarity in the dump (IDF), so a
    name most articles carry ("Trump", a state) ties two articles less than a victim's or a town's name."""
    vocabulary = {name: i for i, name in enumerate(sorted(set().union(*names)))}
    n = len(names)
    if not vocabulary:
        return np.zeros((n, n))
    present = np.zeros((n, len(vocabulary)))
    for row, found in enumerate(names):
        present[row, [vocabulary[x] for x in found]] = 1.0
    idf = np.log((1 + n) / (1 + present.sum(axis=0)))
    weighted = present * idf
    shared = weighted @ present.T
    total = weighted.sum(axis=1)
    union = total[:, None] + total[None, :] - shared
    overlap: np.ndarray = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
    return overlap


def _word_similarity(texts: list[str]) -> np.ndarray:
    """Pairwise TF-IDF cosine of ``texts`` (English stop words out, sublinear counts)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    except ValueError:  # no word left in any text
        return np.zeros((len(texts), len(texts)))
    return np.asarray((matrix @ matrix.T).toarray())


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat((value or "")[:10]).toordinal()
    except ValueError:
        return None


def _named_dates(text: str, published: date) -> tuple[set[int], set[int]]:
    """The days (ordinals) and months (``year * 12 + month - 1``) a text names, a date without a year taken
    as the last one on or before ``published``.

    >>> days, months = _named_dates("Jackson was shot on June 13 and charged in July 2014.", date(2015, 3, 1))
    >>> [date.fromordinal(d).isoformat() for d in days], sorted(divmod(m, 12) for m in months)
    (['2014-06-13'], [(2014, 5), (2014, 6)])
    """
    days: set[int] = set()
    for match in _NAMED_DAY.finditer(text):
        month, day = _MONTH[match.group(1)], int(match.group(2))
        for year in ([int(match.group(3))] if match.group(3) else [published.year, published.year - 1]):
            try:
                named = date(year, month, day)
            except ValueError:
                continue
            if match.group(3) or named <= published:
                days.add(named.toordinal())
                break
    months = set()
    for match in _NAMED_MONTH.finditer(text):
        month = _MONTH[match.group(1)[:3]]
        year = int(match.group(2)) if match.group(2) else published.year - (month > published.month)
        months.add(year * 12 + month - 1)
    return days, months


def _recalls(articles: Sequence[Article], days: np.ndarray, within: int) -> np.ndarray:
    """``recalls[i, j]``: of two articles, the later one names the earlier one's day (give or take
    ``within`` days) or its month. Symmetric; false where a date is unknown."""
    n = len(articles)
    recalls = np.zeros((n, n), dtype=bool)
    known = ~np.isnan(days)
    ordinals = np.nan_to_num(days).astype(int)
    month_of = np.array([d.year * 12 + d.month - 1 for d in map(date.fromordinal, np.maximum(ordinals, 1).tolist())])
    for j in map(int, np.flatnonzero(known)):
        named_days, named_months = _named_dates(articles[j].text, date.fromordinal(int(ordinals[j])))
        if not named_days and not named_months:
            continue
        earlier = known & (days < days[j])
        hit = np.isin(month_of, list(named_months))
        if named_days:
            hit |= np.min(np.abs(ordinals[:, None] - np.array(sorted(named_days))[None, :]), axis=1) <= within
        recalls[j] |= earlier & hit
    return recalls | recalls.T


def date_score(articles: Sequence[Article], settings: GroupSettings) -> np.ndarray:
    """What the publication dates add to each pair of articles' score.

    Args:
        articles: The articles; a missing or unreadable date adds nothing.
        settings: ``near_bonus`` within ``near_days``; minus up to ``far_penalty`` from ``far_grace`` days
            apart (whole at ``far_full``), unless the later article names the earlier one's day or month.

    Returns:
        A symmetric n x n matrix.

    >>> a = [Article("a", "", "", "A girl was shot.", date="2015-04-22"),
    ...      Article("b", "", "", "The teen who shot her on April 22 went on trial.", date="2015-11-08"),
    ...      Article("c", "", "", "Another girl was shot.", date="2015-11-09")]
    >>> date_score(a, GroupSettings()).round(2).tolist()
    [[0.06, 0.0, -0.1], [0.0, 0.06, 0.06], [-0.1, 0.06, 0.06]]
    """
    days = np.array([_day(a.date) if _day(a.date) is not None else np.nan for a in articles], dtype=float)
    apart = np.abs(days[:, None] - days[None, :])
    # An unknown date neither helps nor costs: nan comparisons are false.
    near = settings.near_bonus * (apart <= settings.near_days)
    ramp = np.clip((apart - settings.far_grace) / max(1, settings.far_full - settings.far_grace), 0.0, 1.0)
    far = (apart > settings.far_grace) & ~_recalls(articles, days, settings.near_days)
    adjust: np.ndarray = near - settings.far_penalty * np.where(far, ramp, 0.0)
    return adjust


# A video playlist scraped with the page: a running time, then the clip's title ("0:27 Father of man killed
# during robbery talks about sentences Pause"). A page carries several of them, about other stories, often
# before the story itself. A clock time opening a line ("2:30 p.m. Police arrived") is text.
_PLAYLIST = re.compile(r"^\s*\d{1,2}:\d{2}\s+(?![AaPp]\.?[Mm]\b)\S")


def without_playlists(text: str) -> str:
    r"""``text`` less its video playlist lines.

    >>> without_playlists("Man shot in Auburn\n0:27 Tacoma motel killing Pause\n1:58 Remains found\nA man was shot.")
    'Man shot in Auburn\nA man was shot.'
    """
    return "\n".join(line for line in text.split("\n") if not _PLAYLIST.match(line))


def group_articles(articles: Sequence[Article], embedder: Embedder, settings: GroupSettings | None = None
                   ) -> list[list[int]]:
    """Group ``articles`` into events; returns lists of indices, largest group first.

    The score matrix is dense (n x n), which suits dumps of up to some 20,000 articles.
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    settings = settings or GroupSettings()
    n = len(articles)
    if n < 2:
        return [[i] for i in range(n)]
    articles = [replace(a, text=without_playlists(a.text)) for a in articles]
    leads = [lead_text(a, settings.lead_chars) for a in articles]
    vectors = np.asarray(embedder.encode(leads), dtype=float)
    if n >= settings.center_from:
        vectors = vectors - vectors.mean(axis=0)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    score = settings.lead_weight * (vectors @ vectors.T)
    score += settings.words_weight * _word_similarity([f"{a.title}\n{a.text}" for a in articles])
    score += settings.name_weight * _name_overlap([_names(a.text) for a in articles])
    score += date_score(articles, settings)
    score += toll_score(articles, settings)
    if settings.place_penalty:
        score += place_score(articles, settings, lead_places(leads))
    score += street_score(articles, settings) + age_score(articles, settings)
    distance = np.clip(1.0 - score, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"),
                      t=1.0 - settings.threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _slug(text: str) -> str:
    """A short file-safe name from a headline.

    >>> _slug("Tourist ship strikes highway bridge in Germany; 27 hurt")
    'tourist-ship-strikes-highway-bridge-in'
    """
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:6]) or "event"


def write_groups(path: str | Path, groups: dict[str, list[Article]]) -> None:
    """Write a grouping for an editor: ``{"events": {name: [{"id", "title", "outlet", "date"}]}}``.

    Only the ids matter when it is read back; titles are there so a person can see what to move.
    """
    data = {"events": {name: [{"id": a.source, "title": a.title, "outlet": a.outlet, "date": a.date}
                              for a in members] for name, members in groups.items()}}
    atomic_write(Path(path), json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def read_groups(path: str | Path, articles: Sequence[Article]) -> dict[str, list[Article]]:
    """Read a grouping file (as :func:`write_groups` writes it; an id may also be a plain string).

    Raises:
        InputError: The file is not a grouping, or names an article the input does not have.
    """
    by_id = {a.source: a for a in articles}
    try:
        events = json.loads(Path(path).read_text(encoding="utf-8"))["events"]
        groups = {str(name): [by_id[str(m["id"] if isinstance(m, dict) else m)] for m in members]
                  for name, members in events.items()}
    except KeyError as exc:
        raise InputError(f"{path}: names no article {exc} of the input (or has no 'events')") from exc
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise InputError(InputError.BAD_JSON.format(path=path, reason=exc)) from exc
    return groups


def grouped_events(root: str | Path, options: BatchOptions, embedder: Embedder | None = None,
                   max_bytes: int | None = None) -> dict[str, list[Article]]:
    """The events of a flat dump: read from ``options.groups_file`` when it exists, else found and written
    there (when set). ``max_bytes`` is the size limit per article (see ``Settings.max_article_mb``)."""
    articles = read_articles(root, max_bytes, options.fields).articles
    if options.groups_file and Path(options.groups_file).exists():
        return read_groups(options.groups_file, articles)
    if embedder is None:
        from .embedding import load_embedder

        embedder = load_embedder()
    groups: dict[str, list[Article]] = {}
    for n, members in enumerate(group_articles(articles, embedder), start=1):
        groups[f"g{n:03d}-{_slug(articles[members[0]].title)}"] = [articles[i] for i in members]
    if options.groups_file:
        write_groups(options.groups_file, groups)
    return groups
