"""Inputs: what is read from the articles — the articles themselves, their sentences, quantities,
quotations and facts. Offsets are character offsets into ``Article.text`` (Python string indices, end
exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Article", "Copy", "Fact", "Quantity", "Quote", "Sentence"]


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
            ``condition`` of a wounded person, or ``condition of N`` of a number of them; the ``fate`` of a
            person (``killed``, ``wounded``), or ``several killed`` (``several hit``) of the event when a
            sentence tells of more than one death (more than one person hit); the ``wound`` of a person (the
            body part hit, ``leg``); ``tally <noun>`` of the event, how many of a thing it counts (``tally
            handgun``).
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
