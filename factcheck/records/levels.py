"""Levels: the kinds of finding, how much a finding matters and what a claim amounts to, each a ``StrEnum``
whose members' order is the one order reports sort by.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["SEVERITIES", "STATUSES", "Kind", "Severity", "Status", "severity_rank", "status_rank"]


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
