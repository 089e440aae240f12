"""The HTML report as a person sees it: rendered in headless Chromium, read back from the page.

Needs Debian's ``chromium`` (``apt-get install chromium``) and the ``playwright`` package (its bundled
browsers are never downloaded: the system Chromium is launched). Skipped when Chromium is absent, unless
``FACTCHECK_REQUIRE_BROWSER=1`` (set by CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.render import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (FACTCHECK_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("chromium not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


def test_page_shows_findings_and_filters(browser, seed_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = replace(seed_report.claims[0].mentions[0], text="<img src=x onerror=alert(1)> | *x*")
    claim = replace(seed_report.claims[0], mentions=(hostile, *seed_report.claims[0].mentions[1:]))
    report = replace(seed_report, claims=(claim, *seed_report.claims[1:]))
    page_file = tmp_path / "report.html"
    page_file.write_text(render(report, "html"), encoding="utf-8")
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_file.as_uri())
    body = page.inner_text("body")
    assert "Check first" in body and "qualifier differs" in body
    assert "more than 5,000" in body
    assert "<img src=x onerror=alert(1)>" in body  # shown as text, not run
    assert dialogs == []
    assert all(u.startswith("file:") for u in requests), requests  # self-contained
    medium = page.locator('#c001 li[data-severity="medium"], ul li[data-severity="medium"]')
    assert medium.count() > 0 and medium.first.is_visible()
    page.uncheck('.filters input[value="medium"]')
    assert not page.locator('li[data-severity="medium"]').first.is_visible()
    assert page.locator('li[data-severity="low"]').first.is_visible()
    page.check('.filters input[value="medium"]')
    # What to check comes first, above the outlets and the claims; single-outlet claims start collapsed.
    assert body.index("Check first") < body.index("Outlets") < body.index("Claims")
    assert not page.locator("details").first.evaluate("d => d.open")
    # The outlet filter keeps only the lines and claims naming that outlet.
    lines = page.locator("ul.check li")
    total = lines.count()
    page.select_option("#outlet", index=1)
    visible = sum(1 for i in range(total) if lines.nth(i).is_visible())
    assert 0 < visible < total
    page.select_option("#outlet", index=0)
    # A line links to its claim, whose compared passages are highlighted.
    page.click("ul.check li a")
    target = page.evaluate("location.hash")
    assert page.locator(f"{target} mark").count() > 0
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    page.close()
