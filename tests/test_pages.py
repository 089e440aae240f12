"""Saved news pages: the story, title, author, outlet and date come out; the page furniture does not.

Each seed article is wrapped in one of three page layouts modelled on real news sites (a JSON-LD and
Open Graph page with a cookie banner; a page marked up with data attributes and an inline subscription
offer; a WordPress theme with widgets). The furniture holds figures and headlines about the same event,
which is what made it dangerous: 14 furniture sentences became claims, 10 of them "agrees".
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from factcheck import check_articles
from factcheck.ingest import read_articles, read_file
from factcheck.ingest.text import normalise_text

SITES = [("The Daily Ledger", "Jane Smith"), ("Northern Courier", "Sam Patel"), ("Westminster Post", "Alex Brown"),
         ("The Daily Ledger", "Chris Green"), ("Northern Courier", "Dana White")]

#: Every piece of furniture a page carries; none may reach the article text.
FURNITURE = [
    "We use cookies to improve your experience",
    "Accept all cookies",
    "Subscribe today: unlimited access for just £1 a week",
    "Cancel anytime",
    "Win £5,000 in our spring prize draw",
    "Share on Facebook",
    "Copy link",
    "By {author}",
    "Zelensky says 5,000 missiles will arrive within weeks",
    "Starmer hosts 18 leaders at Lancaster House",
    "Ten things we learned from the London summit",
    "Sign up to our morning briefing",
    "© 2025",
]


def _paragraphs(seed: Path) -> tuple[str, list[str]]:
    lines = [line.strip() for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[0], lines[1:]


def _page(layout: int, title: str, body: list[str], site: str, author: str) -> str:
    e = html.escape
    paras = [f"<p>{e(p)}</p>" for p in body]
    promo = {
        0: '<aside class="subscribe-promo"><p>Subscribe today: unlimited access for just £1 a week for 6 months. '
           "Cancel anytime.</p></aside>",
        1: '<div data-component="subscription-offer"><p>Subscribe today: unlimited access for just £1 a week. '
           "Cancel anytime.</p></div>",
        2: '<div class="widget newsletter-signup"><p>Sign up to our morning briefing: the news in 5 minutes.</p></div>'
           '<div class="subscribe-box"><p>Subscribe today: unlimited access for just £1 a week. Cancel anytime.</p></div>',
    }[layout]
    advert = ('<div class="advert ad-slot"><span>Advertisement</span><p>Win £5,000 in our spring prize draw: '
              "3 winners every week.</p></div>")
    paras.insert(min(3, len(paras)), promo)
    paras.insert(min(6, len(paras)), advert)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2025-03-02T17:45:00+00:00", "author": {"@type": "Person", "name": author},
                     "publisher": {"@type": "Organization", "name": site}})
    related = ("<li><a href='/a'>Zelensky says 5,000 missiles will arrive within weeks</a></li>"
               "<li><a href='/b'>Starmer hosts 18 leaders at Lancaster House</a></li>")
    share = "<a href='#'>Share on Facebook</a><a href='#'>Share on X</a><a href='#'>Copy link</a>"
    cookie = ("<p>We use cookies to improve your experience and to show you relevant adverts.</p>"
              "<button>Accept all cookies</button><button>Manage settings</button>")
    head = (f"<head><meta charset='utf-8'><title>{e(title)} | {e(site)}</title>"
            f"<meta property='og:site_name' content='{e(site)}'><meta property='og:title' content='{e(title)}'>"
            f"<meta name='author' content='{e(author)}'>"
            "<meta property='article:published_time' content='2025-03-02T17:45:00+00:00'>"
            "<meta property='og:url' content='https://news.example/2025/03/02/summit'>"
            f"<script type='application/ld+json'>{ld}</script></head>")
    if layout == 0:
        body_html = (f"<div id='cookie-banner' class='cookie-consent'>{cookie}</div>"
                     "<header><nav><a href='/'>Home</a><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
                     f"<main><article><h1>{e(title)}</h1><div class='byline'>By {e(author)} "
                     "<time datetime='2025-03-02T17:45:00Z'>2 March 2025</time></div>"
                     f"<div class='share-tools'>{share}</div><div class='article-body'>{''.join(paras)}</div></article>"
                     f"<section class='related-stories'><h2>Related</h2><ul>{related}</ul></section>"
                     "<aside class='most-read'><h2>Most read</h2><ol><li><a href='/c'>Ten things we learned from "
                     "the London summit</a></li></ol></aside></main><footer><p>© 2025 The Daily Ledger</p></footer>")
    elif layout == 1:
        body_html = (f"<div data-component='consent-banner' role='dialog'>{cookie}</div>"
                     f"<div data-gu-name='headline'><h1>{e(title)}</h1></div>"
                     f"<address data-component='meta-byline'>By <a rel='author' href='/p'>{e(author)}</a></address>"
                     f"<div data-component='share-buttons'>{share}</div>"
                     f"<div id='maincontent'><div class='article-body-commercial-selector'>{''.join(paras)}</div></div>"
                     f"<div data-component='onward-related'><h2>More on this story</h2><ul>{related}</ul></div>"
                     "<div data-component='most-popular'><h2>Most viewed</h2><ol><li><a href='/c'>Ten things we "
                     "learned from the London summit</a></li></ol></div><footer>© 2025 Northern Courier</footer>")
    else:
        body_html = (f"<div class='cmplz-cookiebanner'>{cookie}</div>"
                     "<div id='page' class='site'><div id='content' class='site-content'><div id='primary'>"
                     f"<article class='post type-post hentry'><header class='entry-header'><h1 class='entry-title'>"
                     f"{e(title)}</h1><div class='entry-meta'><span class='author vcard'>By {e(author)}</span>"
                     "<span class='posted-on'>March 2, 2025</span></div></header>"
                     f"<div class='sharedaddy sd-sharing-enabled'>{share}</div>"
                     f"<div class='entry-content'>{''.join(paras)}</div></article></div>"
                     f"<div id='secondary' class='widget-area'><section class='widget widget_recent_entries'>"
                     f"<h2>Recent posts</h2><ul>{related}<li><a href='/c'>Ten things we learned from the London "
                     "summit</a></li></ul></section></div></div><footer class='site-footer'>© 2025 Westminster Post"
                     "</footer></div>")
    return f"<!doctype html><html lang='en'>{head}<body>{body_html}</body></html>"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for i, seed in enumerate(sorted(seeds.glob("*.txt"))):
        title, body = _paragraphs(seed)
        site, author = SITES[i]
        (folder / f"{seed.stem}.html").write_text(_page(i % 3, title, body, site, author), encoding="utf-8")
    return folder


def _leaks(text: str, author: str) -> list[str]:
    return [f for f in (f.format(author=author) for f in FURNITURE) if f in text]


@pytest.mark.parametrize("index", range(5))
def test_page_gives_story_and_metadata(pages: Path, seeds: Path, index: int) -> None:
    seed = sorted(seeds.glob("*.txt"))[index]
    title, body = _paragraphs(seed)
    site, author = SITES[index]
    (article,) = read_file(pages / f"{seed.stem}.html").articles
    assert _leaks(article.text, author) == []
    missing = [p for p in body if normalise_text(p) not in article.text]
    assert missing == []
    assert (article.title, article.outlet, article.author, article.date) == (normalise_text(title), site, author, "2025-03-02")
    assert article.url == "https://news.example/2025/03/02/summit"


def test_no_furniture_becomes_a_claim(pages: Path, fake_embedder: object) -> None:
    report = check_articles(read_articles(pages).articles, embedder=fake_embedder)  # type: ignore[arg-type]
    texts = " ".join(m.text for c in report.claims for m in c.mentions)
    assert [leak for _site, author in SITES for leak in _leaks(texts, author)] == []
    assert {a.outlet for a in report.sources} == {site for site, _author in SITES}
