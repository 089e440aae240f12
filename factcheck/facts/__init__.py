"""Facts: what each article says about a person or the event, read and compared whatever sentence it sits in.

``read_facts`` reads one article into :class:`~factcheck.records.Fact` records (a person's name, age,
title or partner, where they died; the event's counts, weekday, clock time and street) with the linguistic model;
``compare_facts`` resolves people across outlets and turns facts that cannot all hold into findings, each
in a claim of its own; ``related_figures`` compares figures in related sentences that were not grouped as
one claim; ``spelling_claims`` finds proper nouns outlets spell one letter apart; ``aligned_details`` finds
the detail two outlets' versions of one sentence give differently.
"""

from __future__ import annotations

from .compare import compare_facts
from .details import aligned_details
from .extract import read_facts
from .figures import related_figures
from .mentions import name_words
from .spelling import spelling_claims

__all__ = ["aligned_details", "compare_facts", "name_words", "read_facts", "related_figures", "spelling_claims"]
