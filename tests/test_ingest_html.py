"""ingest.html: a saved page's story and metadata, markup and scripts left out."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest.html import read_html, read_page

PAGE = """<!doctype html><html><head><title>Summit agrees fund | Example News</title>
<meta property="og:site_name" content="Example News"><script>var x = "not text";</script></head>
<body><nav>Home | World</nav><article><h1>Summit agrees fund</h1>
<p>Leaders meeting in London on Sunday agreed a fund of £1.6bn to buy missiles, officials said.</p>
<p>The prime minister said the coalition would act “with real urgency” in the coming weeks.</p>
<p>Further talks are planned in Paris next month, with defence ministers due to attend.</p>
</article></body></html>"""


def test_story_text_without_markup_or_script() -> None:
    page = read_html(PAGE)
    assert "£1.6bn" in page.text and "with real urgency" in page.text
    assert "not text" not in page.text and "<p>" not in page.text
    assert page.title.startswith("Summit agrees fund")


def test_a_page_without_visible_text_has_none() -> None:
    assert read_html("<html><head><script>x()</script></head><body></body></html>").text == ""


def test_read_page_is_one_article_with_its_outlet(tmp_path: Path) -> None:
    records = read_page(tmp_path / "story.html", PAGE)
    ((article, _),) = records.articles
    assert article.source == "story" and "£1.6bn" in article.text
    assert article.outlet == "Example News" and article.title == "Summit agrees fund"
