"""render.html: one self-contained page, article text inert, claims linked from what to check."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from factcheck.render.html import render_html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs.append((tag, dict(attrs)))
        if tag not in ("meta", "input", "br", "hr", "img", "link"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open[-3:])
        self.open.pop()


def test_a_well_formed_page_with_nothing_fetched(small_report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(small_report)
    tags = _Tags()
    tags.feed(page)
    assert tags.open == []
    fetched = [a.get("src") or a.get("href") for _, a in tags.attrs if a.get("src") or a.get("href")]
    assert all(not re.match(r"https?:|//", url or "") for url in fetched), fetched


def test_article_text_is_inert(small_report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(small_report)
    assert "<b>he</b>" not in page and "&lt;b&gt;he&lt;/b&gt;" in page


def test_each_line_to_check_links_to_its_claim(small_report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(small_report)
    targets = set(re.findall(r'href="#(c\d{3})"', page))
    anchors = set(re.findall(r'id="(c\d{3})"', page))
    assert "c001" in targets and targets <= anchors
