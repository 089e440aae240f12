"""Saved HTML pages to article body and metadata: trafilatura for the body, title, author, site and date.

A saved news page carries furniture around the story (cookie banner, subscription offer, share bar, byline,
related and most-read headlines) that would otherwise become claims. trafilatura, the field's standard
extractor, finds the story and the page's metadata offline. Before it runs, blocks whose class, id or
component name marks them as furniture are removed: trafilatura keeps in-article promotions ("Subscribe
for £1 a week") that a page marks only that way. Pages too short for trafilatura to call anything a story (a snippet, a test
page) fall back to their visible paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from ..records import Article
from .fields import Fields
from .readers import Records, one_article, register
from .text import normalise_text

__all__ = ["Page", "read_html", "read_page"]

# Class/id words of furniture blocks, matched case-insensitively as parts of a class or id.
_FURNITURE = re.compile(
    r"subscri|paywall|promo|advert|\bads?\b|ad-slot|cookie|consent|gdpr|newsletter|share|social|related|"
    r"most-?read|most-?popular|trending|recommend|outbrain|taboola", re.I)


# Attributes that name what a block is: class and id, and the component names many news sites' front-end
# frameworks write instead (data-component="subscription-offer").
_MARKS = ("class", "id", "data-component", "data-testid", "aria-label")


@dataclass(frozen=True)
class Page:
    """What a saved page says about its article.

    Attributes:
        title: Headline (``""`` when the page has none).
        text: The story's paragraphs, one per line.
        author: Byline name(s) from the page's metadata, else ``None``.
        outlet: Site name (``og:site_name`` and the like), else ``None``.
        date: Publication date as ``YYYY-MM-DD``, else ``None``.
        url: The page's address (``og:url``, the canonical link), else ``None``.
    """

    title: str
    text: str
    author: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


def read_html(raw: str) -> Page:
    """The article in a saved page.

    Args:
        raw: The page's markup.

    Returns:
        Its title, story text and metadata; the text is ``""`` when the page holds no visible text.
    """
    doc = _trafilatura(raw)
    if doc is not None and doc.text and doc.text.strip():
        title = " ".join((doc.title or "").split())
        text = doc.text.strip()
        if title and not text.startswith(title):
            text = f"{title}\n{text}"
        return Page(title or text.split("\n", 1)[0][:200], text, doc.author or None, doc.sitename or None,
                    doc.date or None, doc.url or None)
    title, text = _visible_text(raw)
    return Page(title, text)


def _trafilatura(raw: str) -> Any:
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(raw)
    except (ParserError, ValueError):  # empty or markup-free documents
        return None
    for element in tree.xpath("//figcaption"):  # photo captions and credits ("Photo: AFP") are not the story
        element.drop_tree()
    for element in tree.xpath("//body//*[@class or @id or @data-component or @data-testid or @aria-label]"):
        marks = " ".join(element.get(name, "") for name in _MARKS)
        # A block holding the headline or several paragraphs is the story itself, whatever its class says.
        if (_FURNITURE.search(marks) and element.getparent() is not None and element.tag not in ("article", "main")
                and not element.xpath(".//h1") and len(element.xpath(".//p")) < 3):
            element.drop_tree()
    try:
        return trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                                          deduplicate=False)
    except (ValueError, TypeError, AttributeError):  # trafilatura gives up on some degenerate trees
        return None


class _VisibleText(HTMLParser):
    """Collects the visible block text of a page: headings, paragraphs, list items, quotes."""

    _BLOCKS: ClassVar[set[str]] = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "article", "section"}
    _HIDDEN: ClassVar[set[str]] = {"script", "style", "noscript", "template", "nav", "footer", "figcaption", "aside", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title = ""
        self._current: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self._current.append(data)

    def _flush(self) -> None:
        block = " ".join("".join(self._current).split())
        if block:
            self.blocks.append(block)
        self._current = []


def _visible_text(raw: str) -> tuple[str, str]:
    parser = _VisibleText()
    parser.feed(raw)
    parser.close()
    parser._flush()
    text = "\n".join(parser.blocks)
    title = " ".join(parser.title.split())
    if not title:
        title = next((line.strip()[:200] for line in text.splitlines() if line.strip()), "")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return title, text


# A saved page is mostly markup and scripts: the size limit applies to its story (checked once read), and
# the file only has to be small enough to parse (about 1 s per MB of page).
@register(".html", ".htm", file_factor=10)
def read_page(path: Path, raw: str, max_bytes: int | None = None, fields: Fields | None = None) -> Records:
    """The article in a saved page file, with the outlet, date and author the page gives (``fields`` is not
    used: a page has no record fields)."""
    page = read_html(raw)
    article = Article(path.stem, str(path), normalise_text(page.title, entities=False),
                      normalise_text(page.text, entities=False), page.outlet, page.date, page.author,
                      page.url)
    return one_article(path, article, max_bytes)
