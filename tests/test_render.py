"""Renderers: hostile article text stays inert; frames and CSV carry every finding."""

from __future__ import annotations

import csv
import io

from factcheck.pipeline import check_articles
from factcheck.records import Article
from factcheck.render import render
from factcheck.render.frames import report_to_frames

HOSTILE = "The fund | is *sharply* at `£5bn` <script>alert(1)</script> [link](http://x) # not a heading"


def _report(fake_embedder):  # type: ignore[no-untyped-def]
    a = Article("a", "a.txt", "A", f"A\n{HOSTILE} The fund had 5,000 staff.")
    b = Article("b", "b.txt", "B", f"B\n{HOSTILE} The fund had 3,000 staff.")
    return check_articles([a, b], embedder=fake_embedder, event="hostile")


def test_markdown_escapes_article_text(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    md = render(_report(fake_embedder), "md")
    assert "<script>" not in md and "&lt;script&gt;" in md
    for line in md.splitlines():
        if line.startswith("|") and "fund" in line:
            cells = line.replace("\\|", "").count("|")
            header = next(h for h in md.splitlines() if h.startswith("| #"))
            assert cells == header.count("|")
    assert "*sharply*" not in md.replace("\\*sharply\\*", "")


def test_conflict_found_and_csv_rows(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    report = _report(fake_embedder)
    conflicts = [f for c in report.claims for f in c.findings if f.label == "conflict"]
    assert conflicts and conflicts[0].severity == "medium"
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert any(r["label"] == "conflict" and r["outlets"] == "a;b" for r in rows)
    frames = report_to_frames(report)
    assert set(frames) == {"claims", "mentions", "findings"}
    assert len(frames["findings"]) == sum(len(c.findings) for c in report.claims)


def test_event_name_with_control_characters_stays_one_heading_line() -> None:
    from factcheck.records import Report
    from factcheck.render import render

    report = Report("evil\nname\x1b[2J", (), ())
    markdown = render(report, "md")
    assert "\x1b" not in markdown and markdown.splitlines()[0].startswith("# factcheck report: evil\\\\nname")
    assert "<h1>factcheck report: evil\\nname\\x1b[2J</h1>" in render(report, "html")


def test_every_module_of_the_package_is_loaded_so_a_new_format_registers_itself() -> None:
    """A format module registers itself when imported; importing factcheck.render (in a fresh process) imports them all."""
    import subprocess
    import sys

    code = ("import sys, pkgutil, factcheck.render as p; "
            "print([m.name for m in pkgutil.iter_modules(p.__path__) if 'factcheck.render.' + m.name not in sys.modules])")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
