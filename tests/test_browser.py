"""The HTML report in a real browser (Debian's Chromium, driven by Playwright)."""

from __future__ import annotations

import shutil

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.report import render_html
from claimcheck.rules import load_rules

from .conftest import RULES, SEEDS
from .test_report import HOSTILE, HOSTILE_RULES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _page(browser, html, tmp_path, name):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    return page, requests, dialogs


def test_report_opens_from_disk_and_filters(browser, tmp_path):
    documents = load_corpus([SEEDS])
    report = check(documents, extract(documents), load_rules([RULES]))
    page, requests, _ = _page(browser, render_html(report), tmp_path, "report.html")
    cards = page.locator(".finding")
    assert cards.count() == len(report.findings) >= 4
    assert page.locator("#shown").inner_text() == f"{len(report.findings)} shown"
    page.select_option("#f-rule", "name-spelling")
    visible = [c for c in cards.all() if c.is_visible()]
    assert len(visible) == sum(f.rule == "name-spelling" for f in report.findings)
    assert "Shakhramanyan" in visible[0].inner_text()
    page.select_option("#f-rule", "")
    page.fill("#f-text", "Sept. 20")
    assert all("Sept. 20" in c.inner_text() for c in cards.all() if c.is_visible())
    assert page.locator("svg.numberline").count() >= 3
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests), requests


def test_hostile_article_runs_nothing(browser, tmp_path):
    (tmp_path / "corpus.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(HOSTILE_RULES, encoding="utf-8")
    documents = load_corpus([tmp_path / "corpus.txt"])
    report = check(documents, extract(documents), load_rules([tmp_path / "rules.yaml"]))
    page, requests, dialogs = _page(browser, render_html(report), tmp_path, "hostile.html")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("iframe, img, [onerror], [onmouseover]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert (
        "<script>alert('body')</script>" in page.locator("body").inner_text()
        or "alert('body')" in page.locator("body").inner_text()
    )
    assert all(url.startswith("file://") for url in requests), requests
