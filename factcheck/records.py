"""The frozen records that cross stage boundaries: articles, sentences, quantities, quotes, claims, findings.

Every stage takes and returns these; no loose dicts travel between modules. Offsets are character
offsets into ``Article.text`` (Python string indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

__all__ = [
    "SEVERITIES",
    "STATUSES",
    "Article",
    "Claim",
    "Copy",
    "Disagreement",
    "EventEntry",
    "Fact",
    "Finding",
    "Kind",
    "Mention",
    "Quantity",
    "Quote",
    "Report",
    "Sentence",
    "Severity",
    "Status",
    "severity_rank",
    "status_rank",
]


class Severity(StrEnum):
    """How much a finding matters, most serious first (the members' order is the one severity order).

    A member is a ``str``, so ``Severity.HIGH == "high"`` and it prints, sorts and serialises as its value.
    ``info`` marks a difference that is not a discrepancy (the same value written differently), shown for
    transparency but never counted against outlets.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


class Status(StrEnum):
    """What a claim's mentions amount to, in the order a report ranks claims by.

    ``conflict``: a high finding; ``differs``: a medium or low one; ``single-source``: one outlet carries
    it; ``agrees``: several outlets and no discrepancy.
    """

    CONFLICT = "conflict"
    DIFFERS = "differs"
    SINGLE_SOURCE = "single-source"
    AGREES = "agrees"


class Kind(StrEnum):
    """What a finding compares (see :class:`Finding`)."""

    NUMERIC = "numeric"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    CONTRADICTION = "contradiction"
    FACT = "fact"
    COVERAGE = "coverage"


#: Severities from most to least serious: ``("high", "medium", "low", "info")``.
SEVERITIES: tuple[Severity, ...] = tuple(Severity)
#: Claim statuses in ranking order: ``("conflict", "differs", "single-source", "agrees")``.
STATUSES: tuple[Status, ...] = tuple(Status)
_SEVERITY_RANK = {s.value: i for i, s in enumerate(SEVERITIES)}
_STATUS_RANK = {s.value: i for i, s in enumerate(STATUSES)}


def severity_rank(severity: str) -> int:
    """Sort key: 0 for "high" up to 3 for "info" (unknown names sort last).

    >>> sorted(["low", "high", "info"], key=severity_rank)
    ['high', 'low', 'info']
    """
    return _SEVERITY_RANK.get(severity, len(SEVERITIES))


def status_rank(status: str) -> int:
    """Sort key: 0 for "conflict" up to 3 for "agrees" (unknown names sort last).

    >>> sorted(["agrees", "conflict", "single-source"], key=status_rank)
    ['conflict', 'single-source', 'agrees']
    """
    return _STATUS_RANK.get(status, len(STATUSES))


@dataclass(frozen=True)
class Article:
    """One outlet's article about the event.

    Attributes:
        source: Stable id of the article (file stem, or the ``id`` of a JSON record).
        path: Where it was read from (a file; ``file.jsonl:N`` for line N of a JSONL file,
            ``file.json#N`` for the N-th record of a JSON list).
        title: Headline (first line of a text file, ``title`` of a JSON record, ``<title>`` of HTML).
        text: The full article body, headline included for text files; all offsets point into it.
        outlet: Publisher name or domain when the input says so, else ``None``.
        date: Publication date as written in the input (``YYYY-MM-DD`` from a saved page), else ``None``.
        url: The article's web address when the input gives one, else ``None``.
        author: Byline as the input gives it, else ``None``.
        copies: Articles dropped as copies of this one (the same text, or syndicated wire copy nearly the
            same); the outlets they name carried this article's text, so it counts as one voice.
    """

    source: str
    path: str
    title: str
    text: str
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    copies: tuple[Copy, ...] = ()


@dataclass(frozen=True)
class Copy:
    """An article found to carry another's text, kept in the report but not compared as another voice.

    Attributes:
        source: Its ``Article.source``.
        path: Where it was read from.
        outlet: Its publisher, when the input says so.
        similarity: Jaccard similarity of the two texts' word 5-grams (1.0 for the same text).
        own_lines: Lines of the copy that the kept article does not carry (most of their 5-grams are its
            own): a changed headline, an added paragraph, or an edited figure. They are not compared as a
            further outlet, so they are listed for the editor to read.
    """

    source: str
    path: str
    outlet: str | None
    similarity: float
    own_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article that may carry a claim (page furniture already removed).

    Attributes:
        source: ``Article.source`` it belongs to.
        index: Position among the article's kept sentences (0-based).
        text: The sentence as written.
        start: Offset of its first character in the article text.
        end: Offset just past its last character.
    """

    source: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    """A number as a sub-editor reads it: stated value, the interval its wording allows, unit, hedge.

    Attributes:
        text: Surface span, e.g. "more than 5,000".
        start: Offset of the span in the parsed text.
        end: Offset just past the span.
        value: Stated number, scale applied (``£1.6bn`` -> 1.6e9). For a range, its lower end.
        low: Lowest value the wording allows, ``None`` when open ("up to 20" -> ``None``... 20).
        high: Highest value the wording allows, ``None`` when open ("more than 5,000").
        unit: ISO currency code (``GBP``), ``%``, ``pp`` (percentage points), a canonical unit name
            (``hour``, ``km``) or ``None`` for a bare count.
        qualifier: Hedge word as normalised ("more than", "about", "up to", "between", ...) or ``None``.
        counted: Head noun of what is counted ("missile"), singular, lower case; ``None`` if unknown.
        precision: Resolution the wording states the number to: 1e8 for "£1.6bn", 1000 for "5,000",
            0.01 for "2.35"; rounding is judged against it.
    """

    text: str
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str | None = None
    qualifier: str | None = None
    counted: str | None = None
    precision: float = 1.0


@dataclass(frozen=True)
class Quote:
    """A quotation in an article and who the article says said it.

    Attributes:
        text: The quoted words without the quote marks (pieces split by attribution joined by " ").
        start: Offset of the opening quote mark in the article text.
        end: Offset just past the closing quote mark (or the paragraph end if never closed).
        speaker: Canonical speaker name when the text supports one, else ``None`` (never guessed).
        speaker_text: The words that named the speaker ("he", "the PM", "Starmer"), else ``None``.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None


@dataclass(frozen=True)
class Fact:
    """One thing an article states about a person or about the event, wherever the sentence sits.

    Facts are compared across outlets by ``(subject, attribute)``, not by sentence: "Smith, 45, was shot"
    and "the 46-year-old victim, John Smith" disagree even though no sentence of one resembles the other.

    Attributes:
        source: ``Article.source`` of the outlet.
        sentence: ``Sentence.index`` of the sentence it sits in.
        subject: Who or what it is about: a person's name as resolved across the event ("John Smith"), or
            ``event`` for the event itself.
        attribute: What is stated: ``name``, ``age``, ``title``, ``residence`` of a person (a partner as ``partner:
            husband``); of the event, a count by what it counts (``killed``, ``injured``, ``arrested``...;
            a part with its noun, ``killed (woman)``), ``weekday``, ``date`` and ``time`` of the ``event``,
            the ``call`` to police or the ``arrest`` (``weekday event``, ``date arrest``), ``street``; the
            ``condition`` of a wounded person, or ``condition of N`` of a number of them.
        value: The value, normalised ("45", "lieutenant", "saturday", "2016-07-17", "17"); a name as written.
        text: The value as written in the article ("45-year-old", "Lt.", "17 people").
        start: Offset of ``text`` in the article text.
        end: Offset just past it.
        quantity: For counts, the number as an interval (hedges kept), else ``None``.
        scope: A word that makes a count one part, a running total or a rate ("so far", "another",
            "each"), else ``None``; counts of different scope are not one fact.
        quoted: True when the value sits inside a quotation: a witness's words, not the outlet's own.
    """

    source: str
    sentence: int
    subject: str
    attribute: str
    value: str
    text: str
    start: int
    end: int
    quantity: Quantity | None = None
    scope: str | None = None
    quoted: bool = False


@dataclass(frozen=True)
class Mention:
    """One outlet's version of a claim: a sentence placed in the claim.

    Attributes:
        source: ``Article.source`` of the outlet.
        sentence: ``Sentence.index`` within that article.
        text: The sentence text.
        start: Offset in the article text.
        end: Offset just past the sentence.
        repeat: True when an earlier mention of the same claim comes from the same outlet (live blogs
            repeat themselves); a repeat is not extra agreement.
    """

    source: str
    sentence: int
    text: str
    start: int
    end: int
    repeat: bool = False


@dataclass(frozen=True)
class Finding:
    """One difference (or noteworthy agreement) between mentions of a claim.

    Attributes:
        kind: A :class:`Kind`: ``numeric``, ``quote``, ``attribution``, ``contradiction``, ``fact`` (a
            person's or the event's facts compared whatever sentence they sit in) or ``coverage``. A plain
            string naming one is turned into the member; any other raises ``ValueError``.
        severity: A :class:`Severity` (a plain string naming one is turned into the member).
        detail: One human sentence saying what differs.
        mentions: Indices into the claim's ``mentions`` that the finding compares.
        label: Machine-readable class, e.g. ``qualifier differs``, ``conflict``, ``altered``.
        within_source: True when both mentions come from the same outlet (it disagrees with itself).
        diff: Word-level diff for quotes (``[-old-]{+new+}`` marks), else ``None``.
        values: Surface forms compared (e.g. ``("5,000", "more than 5,000")``).
        spans: For a finding between facts, where each value compared sits: ``(source, start, end)`` with
            offsets in that article's text; empty for findings between whole sentences.
    """

    kind: str
    severity: str
    detail: str
    mentions: tuple[int, ...]
    label: str
    within_source: bool = False
    diff: str | None = None
    values: tuple[str, ...] = ()
    spans: tuple[tuple[str, int, int], ...] = ()

    def __post_init__(self) -> None:
        # Producers may pass plain strings; the members compare equal to them, and a typo fails here.
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "severity", Severity(self.severity))


@dataclass(frozen=True)
class Disagreement:
    """One line an editor reads: what differs, the values as the outlets write them, and who writes which.

    The pairwise findings of a claim that differ in the same thing are one disagreement ("5,000" against
    "more than 5,000", however many pairs of outlets show it); so is one difference reported both by a
    sentence rule and by a fact finding (a numeric conflict and a "count differs"), or by one person's
    facts in several claims (one misspelt name).

    Attributes:
        claims: Ids of the claims whose findings it gathers, first the one to read.
        severity: The worst severity among those findings.
        kind: ``Finding.kind`` of the worst finding.
        label: ``Finding.label`` of the worst finding.
        text: The line in plain words, values quoted in their original case, outlets by name.
        sides: Each value as written, with the outlets (``Article.source``) that give it.
        findings: ``(claim id, index into that claim's findings)`` of every finding it gathers.
    """

    claims: tuple[str, ...]
    severity: str
    kind: str
    label: str
    text: str
    sides: tuple[tuple[str, tuple[str, ...]], ...]
    findings: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Claim:
    """A statement gathered across outlets, with what its versions disagree on.

    Attributes:
        id: Stable id within the report (``c001``...), in order of severity then first appearance.
        mentions: Each outlet's version(s), ordered by source then position.
        findings: Differences found between the mentions, most severe first.
        status: A :class:`Status`: ``conflict`` (a high finding), ``differs`` (medium or low), ``agrees``
            (several outlets, no discrepancy) or ``single-source``; a plain string naming one is turned
            into the member.
        severity: :class:`Severity` of the worst finding, or ``info`` when there is none.
        cohesion: Average pair score of the mentions (embedding similarity and word overlap, raised by
            shared figures and quotations; see ``Settings``): how firmly they were grouped. 1.0 for one
            mention.
        evidence: What besides the pair score tied the mentions of different outlets together ("same
            figure: £1.6bn", "same words: “boots on the ground”").
    """

    id: str
    mentions: tuple[Mention, ...]
    findings: tuple[Finding, ...]
    status: str
    severity: str
    cohesion: float = 1.0
    evidence: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        object.__setattr__(self, "severity", Severity(self.severity))

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct outlets carrying the claim, in mention order."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True)
class Report:
    """The result of one check: the articles read and the claims found, ranked by severity.

    Attributes:
        event: Name of the event (the input folder or file name).
        sources: The articles compared.
        claims: Claims ranked most severe first.
        settings: The settings used, as a dict, so the run can be reproduced.
        model: Name of the embedding model used.
        skipped: Files that could not be read, each "path: reason".
        generated_at: When the report was made (ISO 8601, UTC, to the second).
        facts: Every fact read from the articles (see :class:`Fact`), in source then text order.
    """

    event: str
    sources: tuple[Article, ...]
    claims: tuple[Claim, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    model: str = ""
    skipped: tuple[str, ...] = ()
    generated_at: str = ""
    facts: tuple[Fact, ...] = ()

    def filtered(self, min_severity: str) -> Report:
        """A copy without findings less severe than ``min_severity`` (claims themselves all stay); its
        settings record the minimum, so every format says what it left out."""
        limit = severity_rank(min_severity)
        claims = tuple(
            replace(c, findings=tuple(f for f in c.findings if severity_rank(f.severity) <= limit))
            for c in self.claims
        )
        return replace(self, claims=claims, settings={**self.settings, "min_severity": min_severity})

    def worst(self) -> str | None:
        """Severity of the worst discrepancy in the report (coverage notes aside), or ``None``."""
        ranks = [severity_rank(f.severity) for c in self.claims for f in c.findings
                 if f.kind != "coverage" and f.severity != "info"]
        return SEVERITIES[min(ranks)] if ranks else None

    def fails(self, level: str) -> bool:
        """Whether the report reaches ``level``, the rule behind the CLI's ``--fail-on``.

        Args:
            level: ``conflict`` (some claim's status is conflict), or a severity: the worst discrepancy
                (see :meth:`worst`) is at least that severe.

        Returns:
            True when the report reaches it.

        Raises:
            ValueError: For a level that is neither ``conflict`` nor a severity.

        >>> Report("e", (), ()).fails("low")
        False
        """
        if level == Status.CONFLICT:
            return any(c.status == Status.CONFLICT for c in self.claims)
        worst = self.worst()
        return worst is not None and severity_rank(worst) <= severity_rank(Severity(level))


@dataclass(frozen=True)
class EventEntry:
    """One event's line in a batch index.

    Attributes:
        event: The event's name.
        status: ``checked`` (this run), ``up to date`` (reused), ``skipped`` (too few readable articles)
            or ``failed`` (an error).
        reason: Why it was skipped or failed; notes such as unreadable files otherwise ("" when none).
        outlets: The outlets compared (outlet names where the input gives them, else article ids).
        claims: Number of claims.
        findings: Findings by severity, coverage notes left out, e.g. ``(("high", 1), ("low", 4))``.
        worst: Severity of the worst discrepancy, or ``None``.
        worst_line: That finding as the report's line to check ("c001 Figures conflict: CNN says “27”; AP
            says “25”"), or "".
        reports: File names of the event's reports, first the one an index links to.
    """

    event: str
    status: str
    reason: str = ""
    outlets: tuple[str, ...] = ()
    claims: int = 0
    findings: tuple[tuple[str, int], ...] = ()
    worst: str | None = None
    worst_line: str = ""
    reports: tuple[str, ...] = ()

    def sort_key(self) -> tuple[int, int, tuple[int, ...], str]:
        """Most severe first (then most high, medium, low findings); failed and skipped events last."""
        counts = dict(self.findings)
        done = self.status in ("checked", "up to date")
        return (0 if done else 1, severity_rank(self.worst) if self.worst else len(SEVERITIES),
                tuple(-counts.get(s, 0) for s in SEVERITIES), self.event)
