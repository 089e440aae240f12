"""factcheck: check, claim by claim, whether news outlets agree about one event.

The public API: ``check_folder`` runs the whole pipeline; ``parse_quantities`` reads numbers as
intervals; ``Settings`` holds every option; ``Report`` is what a check returns.
"""

from __future__ import annotations

from .errors import FactcheckError
from .pipeline import check_articles, check_folder
from .quantities import compare_quantities, parse_quantities
from .records import Article, Claim, Copy, Finding, Mention, Quantity, Quote, Report, Sentence
from .settings import Settings

__all__ = [
    "Article",
    "Claim",
    "Copy",
    "FactcheckError",
    "Finding",
    "Mention",
    "Quantity",
    "Quote",
    "Report",
    "Sentence",
    "Settings",
    "check_articles",
    "check_folder",
    "compare_quantities",
    "parse_quantities",
]

__version__ = "0.2.0"
