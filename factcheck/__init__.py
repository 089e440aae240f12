"""factcheck: check, claim by claim, whether news outlets agree about one event.

The public API: ``check_folder`` runs the whole pipeline and ``check_batch`` many events;
``parse_quantities`` reads numbers as intervals; ``Settings`` holds every option (``Settings.load``
reads the config file and applies overrides); ``Embedder`` is the one-method model interface;
``Report`` is what a check returns (``Report.fails`` is the ``--fail-on`` rule);
``factcheck.render.render``, ``write_reports``, ``report_to_dict`` and ``report_to_frames`` turn it into
text, files, the JSON shape or DataFrames; every error derives from ``FactcheckError``. (The function
``render`` is not re-exported here: it would hide the ``factcheck.render`` package.)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .batch import BatchOptions, check_batch
from .embedding import Embedder
from .errors import ConfigError, FactcheckError, InputError, ModelError, NotEnoughArticles, OutputError
from .pipeline import check_articles, check_folder
from .quantities.intervals import compare_quantities
from .quantities.parse import parse_quantities
from .records import (
    Article,
    Claim,
    Copy,
    Finding,
    Kind,
    Mention,
    Quantity,
    Quote,
    Report,
    Sentence,
    Severity,
    Status,
)
from .render import write_reports
from .render.frames import report_to_frames
from .render.json import report_to_dict
from .settings import Settings

__all__ = [
    "Article",
    "BatchOptions",
    "Claim",
    "ConfigError",
    "Copy",
    "Embedder",
    "FactcheckError",
    "Finding",
    "InputError",
    "Kind",
    "Mention",
    "ModelError",
    "NotEnoughArticles",
    "OutputError",
    "Quantity",
    "Quote",
    "Report",
    "Sentence",
    "Settings",
    "Severity",
    "Status",
    "check_articles",
    "check_batch",
    "check_folder",
    "compare_quantities",
    "parse_quantities",
    "report_to_dict",
    "report_to_frames",
    "write_reports",
]

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
