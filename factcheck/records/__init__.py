"""The frozen records that cross stage boundaries: articles, sentences, quantities, quotes, claims, findings.

Every stage takes and returns these; no loose dicts travel between modules. Import them from here:
:mod:`.inputs` holds what is read from the articles, :mod:`.findings` what a check finds and reports,
:mod:`.levels` the ``StrEnum``s for kind, severity and status with the one severity order, :mod:`.stages`
what one stage hands the next inside a check. Nothing here imports a stage or a renderer.
"""

from __future__ import annotations

from .findings import Claim, Disagreement, EventEntry, Finding, Mention, Report
from .inputs import Article, Copy, Fact, Quantity, Quote, Sentence
from .levels import SEVERITIES, STATUSES, Kind, Severity, Status, severity_rank, status_rank
from .stages import Comparison, Contradiction, Fidelity, Group, MentionContext

__all__ = [
    "SEVERITIES",
    "STATUSES",
    "Article",
    "Claim",
    "Comparison",
    "Contradiction",
    "Copy",
    "Disagreement",
    "EventEntry",
    "Fact",
    "Fidelity",
    "Finding",
    "Group",
    "Kind",
    "Mention",
    "MentionContext",
    "Quantity",
    "Quote",
    "Report",
    "Sentence",
    "Severity",
    "Status",
    "severity_rank",
    "status_rank",
]
