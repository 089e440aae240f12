"""Findings: what a check finds and reports — mentions, findings, disagreements, claims, the report, and
a batch index's line for an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .inputs import Article, Fact
from .levels import SEVERITIES, Kind, Severity, Status, severity_rank

__all__ = ["Claim", "Disagreement", "EventEntry", "Finding", "Mention", "Report"]


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
