"""Sentences: split an article into claim-bearing sentences with offsets, dropping page furniture.

Segmentation uses nupunkt (Punkt with a trained abbreviation list, pure Python, no native code), taught
the titles of :mod:`factcheck.text.lexicon` so "Navy Cmdr. John Smith said" stays one sentence: on the table of
title and place abbreviations (tests/cases/segmentation.json) it splits 16 of 21 paragraphs right, against
10 for nupunkt's own model and 14 for spaCy's en_core_web_sm, which is also over 100x slower (pysbd gets 18
but is 40x slower and leaves a lone closing quote as a sentence on the seeds); on the seeds it
keeps "Mr", "U.S." and closing quote marks with their sentence (benchmarks/segmenters.py prints the counts).
A "no verb" furniture test by spaCy's tags was measured and not adopted: on giveme5w1h it would drop
headlines with figures that the tagger misreads ("10 Americans among 12 dead in Costa Rica plane crash").
Furniture (live-blog bylines with timestamps, photo credits, "Watch | ..." promos, map and chart labels)
is dropped per line, before segmentation, because it is laid out as its own line in every source we have
seen. Wire furniture is recognised by its shape, not its words: an update stamp is a stamp word and then
only dates, times and zones; a byline is "By" and a capitalised name with no sentence after it; a URL line
is a web address with a few words of lead-in; a dateline ("KANSAS CITY, Mo. --") is cut from the front of
its paragraph and the sentence after it kept, so its place and date are never read as claims. Paragraphs
that scraping ran together with no space ("shot to death.Family members said") are cut apart again.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from typing import Any

from ..records import Article, Sentence
from ..settings import Settings
from .lexicon import MONTH_NAMES, TITLE_ABBREVIATIONS

__all__ = ["dateline_end", "furniture_reason", "segment_spans", "split_sentences"]

_MONTHS = "|".join(m.title() for m in MONTH_NAMES)
_AGENCIES = r"EPA|Reuters|AFP|Getty(?: Images)?|Alamy|AP|PA(?: Media| Wire)?|Shutterstock|Bloomberg|Rex|Sky News"

_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Jabed Ahmed2 March 2025 17:34", "David Maddox 2 March 2025 17:25": a live-blog byline.
    ("byline", re.compile(
        rf"^\s*(?:[A-Z][\w'’.-]+\s?){{1,4}}\s?\d{{1,2}}\s(?:{_MONTHS})\s\d{{4}}(?:,?\s\d{{1,2}}[:.]\d{{2}})?\s*$")),
    ("timestamp", re.compile(
        rf"^\s*(?:\d{{1,2}}\s(?:{_MONTHS})\s\d{{4}},?\s*)?\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|ET)?\s*$")),
    ("caption", re.compile(r"\[/?caption[^\]]*\]", re.I)),
    # A caption whose credit is glued to its last word ("...Zelensky’s UkraineEPA").
    ("photo credit", re.compile(rf"[a-z’'\)](?:{_AGENCIES})\s*$")),
    ("photo credit", re.compile(r"^\s*(?:Photograph|Photo|Image|Picture)s?\s*(?::|by|credit)", re.I)),
    ("promo", re.compile(r"^\s*(?:Watch|Video|Listen|Live|Gallery|Podcast|Advertisement|Sponsored)\s*(?:\||:|$)", re.I)),
    ("promo", re.compile(r"^\s*(?:More on|Read more|Related|Sign up|Follow (?:us|our|live)|Share this)\b", re.I)),
    ("promo", re.compile(r"^\s*Scroll down for (?:video|more)\b", re.I)),
)
# Page furniture recognised by its shape rather than its words.
# A dateline opening a story's first paragraph: a place in capitals ("KANSAS CITY, Mo.", "OFER PRISON, West
# Bank"), or any place followed by an agency in brackets ("West Palm Beach, Florida (CNN)"), with an optional
# date and agency, then a dash. The sentence after it is kept; the place and date are not claims.
_PLACE_QUALIFIER = r"(?:,\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){0,2}"
_DATELINE_DATE = rf"(?:,\s(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{{1,2}})?"
_AGENCY = r"\s*\((?:[A-Z][\w.&-]+)(?:\s[A-Z][\w.&-]*){0,3}\)"
_DASH = r"\s*(?:--|—|–|-)(?:\s+|$)"
_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){{0,3}}{_PLACE_QUALIFIER}{_DATELINE_DATE}(?:{_AGENCY})?{_DASH}"
    rf"|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}{_PLACE_QUALIFIER}{_DATELINE_DATE}{_AGENCY}(?:{_DASH}|\s+))"
    r"(?=[A-Z0-9“\"‘'(]|$)"
)
# An update or posting stamp: an optional stamp word, then only dates, times and time zones.
_STAMP_WORD = re.compile(r"^\s*(?:(?:last\s+|first\s+)?(?:updated|posted|published|modified)|date|time)\b\s*(?:on|at)?\s*:?", re.I)
_DATE_TIME_TOKEN = re.compile(
    rf"\d{{1,4}}(?:[:/.-]\d{{1,4}})*(?:[ap]\.?m\.?)?|[ap]\.m\.|[AaPp][Mm]|(?:{_MONTHS})|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|"
    r"[A-Z]{2,4}(?:[+-]\d{1,2})?|on|at|of"
)
# A byline: "By" and a name in capitals, then at most an outlet or a role; no sentence after it.
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+(?=\s*(?:,|\||/|and\b|$|\s+[A-Z]))")
# A tweet or post embedded in the page ends with its address and its author's handle and date.
_POST_SIGNATURE = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+\s*(?:—|–|-)\s*[^()\n]{1,60}\(@\w+\)[^()\n]{0,30}$")
_FULL_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# An agency photo caption: "FILE - ...", "In this Nov. 2, 2017 file photo, ...", "This Dec. 28, 2017 photo made
# available by SpaceX shows ..." (the date in it would be read as figures).
_CAPTION_LEAD = re.compile(r"^\s*(?:FILE(?:\s+PHOTO)?\s*[-—–:]\s*)?(?:In\s+this|This)\b.{0,60}?\b(?:photo|image|picture)\b"
                           r"(?:,|\s+(?:made|provided|released|taken|shows|by)\b)|^\s*FILE(?:\s+PHOTO)?\s*[-—–:]")
_COPYRIGHT = re.compile(r"^\s*(?:Copyright\b|©|\(c\)\s)")
# Web addresses and handles, and the times and prices an events listing puts beside them.
_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|edu|gov|uk|io|ly|gl|info|co)\b(?:/\S*)?|@\w+", re.I)
_LISTING_BITS = re.compile(r"\$?\d+(?:[:.]\d+)?(?:\s?[ap]\.m\.)?|\b(?:Twitter|Map|Web|Website|Tickets?|Info)\b:?", re.I)
# A label before a live-blog headline ("Analysis | US sidelined..."): the label goes, the headline stays.
_LABEL = re.compile(r"^\s*(?:Analysis|Explainer|Comment|Opinion|Breaking|Update|Latest)\s*\|\s*", re.I)
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’.-]*[A-Z]")


def _graphic_text(line: str, settings: Settings) -> bool:
    """Labels of a map or chart scraped with the page ("FESTIVAL GROUNDS 200 FEET CROWD MAIN STAGE"): many
    words in capitals. Prose has a few acronyms at most, so ``graphic_caps`` capitalised words that make up
    ``graphic_caps_share`` of the words (figures aside), or ``graphic_caps_run`` in a row, are read as a
    graphic, whatever prose is glued to them."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    caps = [bool(_CAPS_WORD.fullmatch(w.rstrip("."))) for w in words]
    if sum(caps) < settings.graphic_caps:
        return False
    run = longest = 0
    for c in caps:
        run = run + 1 if c else 0
        longest = max(longest, run)
    return sum(caps) >= settings.graphic_caps_share * len(words) or longest >= settings.graphic_caps_run


def _listing(text: str, settings: Settings) -> bool:
    """An events listing's detail line ("8 p.m. Astro.umd.edu.", "Twitter: @AnalemmaSociety Map: goo.gl/x"):
    a web address or handle with fewer than ``listing_words`` words left once addresses, times and prices go."""
    if not _ADDRESS.search(text):
        return False
    return len(_WORD.findall(_LISTING_BITS.sub(" ", _ADDRESS.sub(" ", text)))) < settings.listing_words


def _stamp(line: str) -> bool:
    """An update or posting stamp ("Updated 3/14/2019 9:41 AM", "POSTED: 0930 GMT (1730 HKT)", "Published
    10:02 AM EST Jan 5, 2018"): once a stamp word goes, nothing but dates, times and zones, with a figure."""
    word = _STAMP_WORD.match(line)
    rest = line[word.end():] if word else line
    tokens = re.findall(r"[^\s,;()|]+", rest)
    tokens = [t for t in tokens if t.strip("–—-.")]
    return bool(tokens) and any(ch.isdigit() for ch in rest) and bool(word or len(tokens) >= 2) \
        and all(_DATE_TIME_TOKEN.fullmatch(t.rstrip(".") if not t.endswith("m.") else t) for t in tokens)


def _byline(line: str, settings: Settings) -> bool:
    """ "By Jane Doe, Staff Writer", "By JANE DOE Associated Press": a name after "By", at most
    ``byline_words`` words, and no sentence."""
    return bool(_BYLINE.match(line)) and len(_WORD.findall(line)) <= settings.byline_words \
        and not line.rstrip().endswith((".", "!", "?", ":"))


def _url_line(line: str, settings: Settings) -> bool:
    """A web address standing as its own line ("Read or Share this story: https://usat.ly/2Cc6gQo",
    "Information from: Erie Times-News, http://www.goerie.com") or an embedded post signed with a handle."""
    if _POST_SIGNATURE.search(line):
        return True
    if not _FULL_URL.search(line):
        return False
    rest = _FULL_URL.sub(" ", line).strip(" .,;")
    return len(_WORD.findall(rest)) <= settings.url_line_words and not re.search(r"[.!?][”\"’']?$", rest)


def dateline_end(line: str) -> int:
    """Where the text starts after a dateline ("KANSAS CITY, Mo. -- A ..."), or 0 when there is none.

    >>> line = "LONDON, March 3 (Reuters) - Talks resumed."
    >>> line[dateline_end(line):]
    'Talks resumed.'
    >>> dateline_end("NATO said it would act.")
    0
    """
    m = _DATELINE.match(line)
    return m.end() if m else 0


def furniture_reason(line: str, settings: Settings | None = None) -> str | None:
    """Why ``line`` is page furniture rather than text, or ``None`` when it is text (``settings.graphic_*``
    say when capitals make a line a graphic's labels).

    >>> furniture_reason("Jabed Ahmed2 March 2025 17:34")
    'byline'
    >>> furniture_reason("Watch | Starmer announces £1.6bn deal for Ukraine")
    'promo'
    >>> furniture_reason("Starmer announced a £1.6bn deal.") is None
    True
    """
    settings = settings or Settings()
    for reason, pattern in _FURNITURE:
        if pattern.search(line):
            return reason
    if _stamp(line):
        return "stamp"
    for reason, test in (("byline", _byline), ("url", _url_line)):
        if test(line, settings):
            return reason
    if _CAPTION_LEAD.search(line):
        return "photo caption"
    if _COPYRIGHT.search(line):
        return "copyright"
    if dateline_end(line) == len(line):
        return "dateline"
    if _graphic_text(line, settings):
        return "graphic text"
    return "listing" if _listing(line, settings) else None


@functools.cache
def _segmenter() -> Any:
    """nupunkt's default model, taught the lexicon's titles: each is an abbreviation, and a title before a
    capitalised word never ends a sentence ("Navy Cmdr. John Smith", "said Supt. Ann Lee"). nupunkt keeps
    that rule's titles in ``_TITLE_ABBREVS``, which it documents as overridable per instance; its own list
    lacks "cmdr", "spc", "supt" and others (benchmarks/segmenters.py measures the difference)."""
    import nupunkt

    # A copy: nupunkt.load caches one shared model, which other callers of nupunkt should get unchanged.
    tokenizer = copy.deepcopy(nupunkt.load("default"))
    for abbreviation in TITLE_ABBREVIATIONS:
        tokenizer._params.add_abbreviation(abbreviation)
    tokenizer._params.freeze_sets()
    tokenizer._TITLE_ABBREVS = frozenset(tokenizer._TITLE_ABBREVS) | TITLE_ABBREVIATIONS
    return tokenizer


def segment_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, whitespace trimmed, as ``(start, end)`` offsets.

    >>> t = "Mr. Trump met U.S. officials. Sir Keir said “No.” Then he left. Navy Cmdr. John Smith agreed."
    >>> [t[a:b] for a, b in segment_spans(t)]
    ['Mr. Trump met U.S. officials.', 'Sir Keir said “No.”', 'Then he left.', 'Navy Cmdr. John Smith agreed.']
    """
    spans = []
    for _, (start, end) in _segmenter().tokenize_with_spans(text):
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        begin = start + lead
        for a, b in _unglue(stripped):
            spans.append((begin + a, begin + b))
    return spans


#: Where scraped paragraphs were run together with no space ("shot to death.Family members said"): a
#: full stop after two lower-case letters or digits, or after a closing quote, then a capitalised word,
#: an acronym, "A" or "I", or an opening curly quote. A one-letter abbreviation ("a.m.", "St.Louis", "U.S.") is
#: never cut; a title ("Gov.Smith"), a web or mail address ("www.Example.com") is checked apart.
_GLUED = re.compile(r"(?<=[a-z0-9][a-z0-9][.!?])(?=[A-Z][a-z]|[A-Z]{2,}\b|[AI]\s|“)"
                    r"|(?<=[a-z][.!?][”\"’])(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"(\w+)[.!?][”\"’]?$")
_NOT_A_CUT = frozenset({"vs", "ste", "mt", "ft", "no", "www"})


def _unglue(text: str) -> list[tuple[int, int]]:
    """One segment's spans, cut where sentences were glued together.

    >>> t = "The man was also shot to death.Family members identified him."
    >>> [t[a:b] for a, b in _unglue(t)]
    ['The man was also shot to death.', 'Family members identified him.']
    >>> cases = ("He left at 9 a.m.Police came.", "Cardinals of St.Louis won.", "Visit Amazon.com today.",
    ...          "Ask Gov.Smith now.", "See www.Example.com now.", "Write to jane.Doe@city.gov now.")
    >>> [len(_unglue(t)) for t in cases]
    [1, 1, 1, 1, 1, 1]
    """
    cuts = [0]
    for m in _GLUED.finditer(text):
        before = _WORD_BEFORE.search(text[:m.start()])
        word = before.group(1).lower() if before else ""
        following = text[m.start():].split(maxsplit=1)[0] if text[m.start():].strip() else ""
        if word in TITLE_ABBREVIATIONS or word in _NOT_A_CUT or _ADDRESS.fullmatch(f"{word}.{following}".rstrip(".,;")) \
                or "@" in following:
            continue
        cuts.append(m.start())
    cuts.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def _asks(text: str) -> bool:
    """A question in the writer's own voice ("Is a blue moon actually blue?"): an explainer's subheading or
    a rhetorical turn states nothing to check. A quoted question is someone's words and stays."""
    return text.endswith("?") and not any(mark in text for mark in "“”\"‘")  # ’ is also an apostrophe


def split_sentences(article: Article, settings: Settings | None = None) -> tuple[Sentence, ...]:
    """Split an article into sentences that may carry claims.

    Args:
        article: The article to split.
        settings: ``min_words`` decides what is too short to be a claim; ``graphic_*`` what is a
            graphic's labels.

    Returns:
        Sentences in article order, with offsets into ``article.text``; furniture lines (and furniture
        glued into a paragraph: graphic labels, listing details), sentences under ``min_words`` and
        questions in the writer's own voice are dropped.
    """
    settings = settings or Settings()
    sentences: list[Sentence] = []
    offset = 0
    for line in article.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip() or furniture_reason(line, settings):
            continue
        label = _LABEL.match(line)
        skip = label.end() if label else dateline_end(line)
        for start, end in segment_spans(line[skip:]):
            text = line[skip + start: skip + end]
            if len(_WORD.findall(text)) < settings.min_words or _graphic_text(text, settings) or _listing(text, settings) \
                    or _asks(text):
                # Graphic labels and listing details also come glued inside a paragraph, so they are
                # checked per sentence too.
                continue
            begin = line_start + skip + start
            sentences.append(Sentence(article.source, len(sentences), text, begin, begin + len(text)))
    return tuple(sentences)
