"""The HTML report in a real browser: Debian's Chromium driven by Playwright, axe-core from the npm registry.

Three reports are opened (the seed with its rules, a discovery run, a 400-article synthetic corpus),
each made by the `claimcheck` command as a user would, and a hostile one. `python -m tests.test_browser
docs/report.png` takes the README's screenshot with the same tooling.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from claimcheck.models import Report

from .conftest import ROOT, read_page
from .test_cli import run as claimcheck

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NPM = shutil.which("npm")
AXE_VERSION = "4.10.3"
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


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core, installed from the npm registry once into the user's cache folder."""
    if NPM is None:
        pytest.skip("no npm on this machine (apt-get install npm): axe-core comes from the npm registry")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimcheck-tests"
    target = cache / f"axe-core-{AXE_VERSION}"
    script = target / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=cache, prefix=".axe-"))
        install = [NPM, "install", "--prefix", str(staging), f"axe-core@{AXE_VERSION}", "--no-audit", "--no-fund"]
        result = subprocess.run(install, capture_output=True, text=True)
        assert result.returncode == 0, f"npm could not install axe-core: {result.stderr[-500:]}"
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return script.read_text(encoding="utf-8")


# Figures in two units for one fact, on two subjects: the discovery report's cards with a measured line.
MEASURES = [
    (
        "Oil slick reaches the coast",
        "August 12 2025",
        ["Gulf Ledger", "Harbour Signal", "Bayside Monitor"],
        ["12 km", "19 miles", "11 kilometres"],
        "An oil slick from the damaged tanker Mirela stretched {} along the coast south of Port Calder, the coastguard"
        " said on Tuesday.",
    ),
    (
        "Wildfire line grows",
        "July 3 2025",
        ["Ridge Daily", "Valley Dispatch", "Foothill Post"],
        ["42 km", "18 miles", "41 kilometres"],
        "The Cedar Gap wildfire has burned along a front of {} in the hills east of Marlow, officials said on Thursday.",
    ),
]


def measures_digest() -> str:
    return "\n".join(
        f"{title}\n\n{outlet}\n{date}\n\n{sentence.format(figure)} Crews worked through the night.\n"
        for title, date, outlets, figures, sentence in MEASURES
        for outlet, figure in zip(outlets, figures, strict=True)
    )


# Real news corpora of six kinds of event (floods, a quake, a march, a plane crash, a crush, a mine, an eruption,
# a shooting, a landslide), and the loose test articles beside them.
DISCOVERED = [
    "tests/corpora/discrepancies-news/corpus.txt",
    "tests/corpora/discrepancies-news-3/corpus.txt",
    "tests/corpora/discrepancies-news-5/corpus.txt",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "corpora").glob("*.txt")),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory, synthetic_run):
    """name -> (HTML file, the JSON report of the same run, the command's exit code)."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "measures").mkdir()
    (folder / "measures" / "measures.txt").write_text(measures_digest(), encoding="utf-8")
    made = {}
    for name, args in {
        "seed": ["report", "seeds", "--rules", "rules"],
        "discovery": ["discover", "seeds", *DISCOVERED, str(folder / "measures"), "--fail-on", "info"],
    }.items():
        result = claimcheck(*args, "--format", "html,json", "-o", str(folder / name / "report"), "--no-store")
        assert result.returncode in (0, 1), result.stderr
        made[name] = (folder / name / "report.html", _json(folder / name / "report.json"), result.returncode)
    synthetic, result = synthetic_run
    made["synthetic"] = (synthetic / "out" / "report.html", _json(synthetic / "out" / "report.json"), result.returncode)
    return made


def _json(path: Path) -> Report:
    return Report.model_validate_json(path.read_text(encoding="utf-8"))


REPORTS = ["seed", "discovery", "synthetic"]
PAGE = 10  # findings (and documents) a page shows (report.js)


class Opened:
    """A report open in a page, with what it asked of the network and the errors it raised."""

    def __init__(
        self, browser, path: Path, width: int = 1000, scheme: str = "light", axe: bool = False, fragment: str = ""
    ) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=axe
        )
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_selector("html[data-ready]", state="attached")

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert all(url.startswith("file://") for url in self.requests), self.requests
        self.context.close()

    def open_everything(self) -> None:
        """Every list the page renders when asked: the verdict lists and the first document's claims."""
        # the verdict lists are drawn when the page is first idle: opened before that, they would be drawn again closed
        self.page.wait_for_selector("#verdicts-discrepancy", state="attached")
        for summary in self.page.locator("#verdicts details > summary").all():
            summary.click()
        self.page.locator(".document > summary").first.click()
        self.page.wait_for_selector(".document table.claims, .document .claims-box p.meta:not(:empty)")
        self.page.wait_for_selector("#verdicts-discrepancy ol.verdicts, #verdicts-discrepancy .verdict-rows")

    def pages_of_findings(self):
        """Each page of findings in turn (the page number kept in the fragment)."""
        count = int(self.page.evaluate("Math.max(1, Math.ceil(document.querySelectorAll('#cards').length))"))
        number = 1
        while True:
            yield number
            following = self.page.locator("#pager-bottom button", has_text="Next")
            if following.count() == 0 or following.is_disabled():
                break
            # pressed where it is, not at a place on screen: cards below the fold take their height only when
            # drawn (content-visibility), so the button may move while a mouse is sent to it
            following.evaluate("button => button.click()")
            number += 1
            self.page.wait_for_function(
                "n => (document.querySelector('#pager-bottom .page-of') || {}).textContent?.startsWith(`Page ${n} `)",
                arg=number,
            )
        assert number >= count


def settled(page) -> None:
    """Wait until the page draws what its controls say: a search waits, marked busy, until every finding's
    search text is built, and a page of cards until they are inflated."""
    page.wait_for_function("() => !document.documentElement.hasAttribute('data-busy')")


@pytest.fixture
def opened(browser):
    pages: list[Opened] = []

    def open_(*args, **kwargs) -> Opened:
        pages.append(Opened(browser, *args, **kwargs))
        return pages[-1]

    yield open_
    for page in pages:
        page.close()


def show_card(page, finding: str) -> None:
    """Follow the link to a finding's card and wait until the page has drawn it and marked it as the target."""
    page.evaluate("id => { location.hash = '#finding-' + id; }", finding)
    page.wait_for_function(
        "id => document.getElementById('finding-' + id)?.classList.contains('targeted') === true", arg=finding
    )


@pytest.mark.parametrize("name", REPORTS)
def test_no_discrepancy_verdict_without_a_card(reports, opened, name):
    path, report, _ = reports[name]
    page = opened(path).page
    groups = [v for v in report.verdicts if v.verdict == "discrepancy"]
    assert groups and report.findings
    page.eval_on_selector("#verdicts-discrepancy", "details => { details.open = true; }")
    rows: list[list[str]] = []
    while True:
        page.wait_for_selector("#verdicts-discrepancy ol.verdicts")
        rows += page.eval_on_selector_all(
            "#verdicts-discrepancy li.verdict",
            "items => items.map(li => [...li.querySelectorAll('a.finding-link')].map(a => a.textContent.slice(8)))",
        )
        following = page.locator("#verdicts-discrepancy .pager button", has_text="Next")
        if following.count() == 0 or following.is_disabled():
            break
        following.click()
    assert len(rows) == len(groups)
    assert [r for r in rows if not r] == [], "a discrepancy group without a card"
    linked = {finding for row in rows for finding in row}
    assert linked == {f.id for f in report.findings}
    ordered = sorted(linked)
    for finding in ordered[:: max(1, len(ordered) // 40)]:  # links spread over the whole list
        show_card(page, finding)
    summary = page.locator("#verdicts-body > p").first.inner_text()
    assert f"{len(groups):,} group" in summary


@pytest.mark.parametrize("name", REPORTS)
def test_the_gate_line_matches_the_exit_code(reports, opened, name):
    path, _, code = reports[name]
    line = opened(path).page.locator("#gate-line").inner_text()
    assert f"exit code {code}." in line
    assert line.startswith("passed" if code == 0 else "failed")


CARD_LINES = """cards => cards.map(card => {
  // where a mark stands: its lowest finite end (an open end runs to the edge of the line)
  const anchor = mark => {
    if (!mark) { return null; }
    const left = parseFloat(mark.style.left), right = left + parseFloat(mark.style.width);
    return mark.classList.contains("open-left") ? right : left;
  };
  const figure = card.querySelector("figure.numberline");
  const sources = [...card.querySelectorAll("li.source")];
  const message = card.querySelector(".msg").textContent;
  if (!figure) { return {id: card.id, line: false, sources: sources.length, message}; }
  const rows = [...figure.querySelectorAll(".nl-row:not(.nl-axis)")];
  return {
    id: card.id, line: true, sources: sources.length, message, unit: figure.dataset.unit, kind: figure.dataset.kind,
    axis: figure.querySelector(".nl-axis .nl-unit").textContent,
    spoken: [...figure.querySelectorAll(".sr-only li")].map(li => li.textContent),
    ticks: [...figure.querySelectorAll(".tick")].map(t => t.textContent),
    rows: rows.map((row, n) => ({
      label: row.querySelector(".nl-label").textContent,
      outlet: sources[n].querySelector(".who strong").textContent,
      value: sources[n].querySelector(".who").textContent.split(" = ")[1] || "",
      left: row.querySelector(".nl-mark") ? parseFloat(row.querySelector(".nl-mark").style.left) : null,
      at: anchor(row.querySelector(".nl-mark")),
      top: row.querySelector(".nl-label").getBoundingClientRect().top,
      bottom: row.querySelector(".nl-label").getBoundingClientRect().bottom,
    })),
  };
})"""


@pytest.mark.parametrize("name", REPORTS)
def test_every_claim_of_a_card_is_on_its_number_line_with_its_unit(reports, opened, name):
    path, report, _ = reports[name]
    view = opened(path)
    cards = []
    for _ in view.pages_of_findings():
        view.page.eval_on_selector_all("#cards .show-all", "buttons => buttons.forEach(b => b.click())")
        cards += view.page.eval_on_selector_all(".finding", CARD_LINES)
    assert len(cards) == len(report.findings)
    messages = {f"finding-{f.id}": f.message for f in report.findings}
    assert [c["message"] for c in cards] == [messages[c["id"]] for c in cards]  # each written as the check wrote it
    lines = [c for c in cards if c["line"]]
    assert lines, "the report has figures to plot"
    kinds = {f.id: {c.kind for c in f.claims} for f in report.findings}
    for card in cards:
        if not card["line"]:
            assert kinds[card["id"].removeprefix("finding-")] <= {"quote", "name"}
            continue
        assert len(card["rows"]) == card["sources"] >= 2
        assert card["unit"] and card["axis"] == card["unit"]
        assert not [t for t in card["ticks"] if "e+" in t or t.startswith("-")]
        assert card["spoken"][: len(card["rows"])] == [row["label"] for row in card["rows"]]  # read out in full
        for row in card["rows"]:
            assert row["label"].startswith(row["outlet"] + ": ") and row["value"].startswith(
                row["label"].split(": ", 1)[1]
            )
            assert row["left"] is not None and 0 <= row["left"] <= 100
            if "measured" in card["kind"]:
                assert card["unit"] in row["label"], row
        places = [row["at"] for row in card["rows"]]
        assert places == sorted(places), card  # in order of value: 190 km/h left of 165 mph (266 km/h)
        labels = card["rows"]
        assert all(a["bottom"] <= b["top"] + 0.5 for a, b in zip(labels, labels[1:], strict=False)), card
    if name == "discovery":  # figures in two units: the line reads in one, each label shows it
        measured = [c for c in lines if "measured" in c["kind"]]
        assert len(measured) >= 2 and all(
            " (" in r["label"] for c in measured for r in c["rows"] if "miles" in r["label"]
        )


@pytest.mark.parametrize("name", REPORTS)
def test_no_horizontal_overflow_at_390_px(reports, opened, name):
    view = opened(reports[name][0], width=390)
    view.open_everything()
    assert view.page.evaluate("document.documentElement.scrollWidth") <= 390
    view.page.select_option("#f-sort", "gap")
    assert view.page.evaluate("document.documentElement.scrollWidth") <= 390


AXE = """() => axe.run(document, {resultTypes: ["violations"]}).then(result => result.violations
  .filter(v => v.impact === "serious" || v.impact === "critical")
  .map(v => v.id + ": " + v.help + " at " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join("; ")))"""


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize(("scheme", "width"), [("light", 1000), ("dark", 390)])
def test_axe_finds_nothing_serious(reports, opened, axe_source, name, scheme, width):
    view = opened(reports[name][0], width=width, scheme=scheme, axe=True)
    view.open_everything()
    view.page.add_script_tag(content=axe_source)
    assert view.page.evaluate(AXE) == []


@pytest.mark.parametrize("name", REPORTS)
def test_a_permalink_restores_the_filtered_view(reports, opened, browser, name):
    path, report, _ = reports[name]
    view = opened(path)
    page = view.page
    rule = sorted({f.rule for f in report.findings}, key=lambda r: -sum(f.rule == r for f in report.findings))[0]
    page.select_option("#f-rule", rule)
    page.select_option("#f-sort", "gap")
    first = report.findings[[f.rule for f in report.findings].index(rule)]
    word = first.claims[0].doc.outlet or first.claims[0].text
    page.fill("#f-text", word)
    settled(page)
    shown = page.locator("#shown").inner_text()
    card = page.locator(".finding").last
    target = card.get_attribute("id")
    href = card.locator("a.permalink").get_attribute("href")
    assert href.startswith(f"#{target}&") and "rule=" in href and "sort=gap" in href
    again = opened(path, fragment=href).page  # the link opened in a new tab, as a reader follows it
    again.wait_for_selector(f"#{target}.targeted")
    assert again.input_value("#f-rule") == rule and again.input_value("#f-sort") == "gap"
    assert again.input_value("#f-text") == word
    assert again.locator("#shown").inner_text() == shown
    assert again.evaluate(f"document.getElementById('{target}').contains(document.activeElement)")
    page.wait_for_function("() => location.hash.includes('sort=gap')")
    page.reload()
    page.wait_for_selector("html[data-ready]", state="attached")
    assert page.input_value("#f-rule") == rule and page.locator("#shown").inner_text() == shown


def test_filters_sort_search_and_announce(reports, opened):
    path, report, _ = reports["synthetic"]
    page = opened(path).page
    assert page.get_attribute("#shown", "aria-live") == "polite"
    total = len(report.findings)
    assert f"of {total:,} findings" in page.locator("#shown").inner_text()
    assert page.locator(".finding").count() == PAGE
    page.select_option("#f-rule", "quote-wording")
    expected = sum(f.rule == "quote-wording" for f in report.findings)
    assert f"of {expected:,} findings ({total:,} in all)" in page.locator("#shown").inner_text()
    assert page.eval_on_selector_all(".finding .tags .tag:first-child", "t => t.map(x => x.textContent)") == [
        "quote-wording"
    ] * min(PAGE, expected)
    page.click("nav.sections a[href='#verdicts']")  # a section's anchor keeps the view
    assert page.input_value("#f-rule") == "quote-wording" and page.locator(".finding").count() == min(PAGE, expected)
    page.select_option("#f-rule", "")
    page.select_option("#f-sort", "gap")
    gaps = page.eval_on_selector_all(".finding", "cards => cards.map(c => c.querySelector('.tags').textContent)")
    shares = [float(t.split("gap ")[1].split("%")[0]) for t in gaps if "gap " in t and "%" in t]
    assert len(shares) == PAGE and shares == sorted(shares, reverse=True)
    page.fill("#f-text", "within one document")
    settled(page)
    assert page.locator(".finding .tag.within").count() == page.locator(".finding").count() > 0
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => Number(h.tagName[1]))")
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))


def test_every_document_lists_every_claim_when_opened(reports, opened):
    path, report, _ = reports["synthetic"]
    page = opened(path).page
    data = read_page(path.read_text(encoding="utf-8"))["main"]
    last = len(data["documents"]) - 1
    page.fill("#doc-text", data["documents"][last][4])  # its title
    page.locator(f"#document-{last} > summary").click()
    page.wait_for_selector(f"#document-{last} table.claims")
    rows = page.locator(f"#document-{last} table.claims tbody tr").count()
    assert rows == data["documents"][last][6] > 0
    assert page.locator("#doc-shown").inner_text() == "Showing 1–1 of 1 document"
    page.fill("#doc-text", "")
    assert page.locator("#doc-shown").inner_text() == f"Showing 1–{PAGE} of {len(data['documents']):,} documents"
    assert sum(d[6] for d in data["documents"]) == report.claim_count > 5_000


def test_print_shows_badges_highlights_whole_lines_and_urls(reports, opened):
    view = opened(reports["seed"][0])
    page = view.page
    page.emulate_media(media="print")
    styles = page.evaluate(
        """() => {
      const badge = getComputedStyle(document.querySelector(".finding .badge"));
      const mark = getComputedStyle(document.querySelector(".finding mark"));
      const link = document.querySelector(".finding .where a[href^='http']");
      const lines = [...document.querySelectorAll("figure.numberline")];
      return {
        badge: [badge.display, badge.backgroundColor, badge.printColorAdjust || badge.webkitPrintColorAdjust],
        mark: [mark.display, mark.backgroundColor, mark.outlineStyle],
        url: link ? getComputedStyle(link, "::after").content : "",
        href: link ? link.getAttribute("href") : "",
        clipped: lines.filter(f => f.scrollWidth > f.clientWidth + 1 || f.getBoundingClientRect().width < 200).length,
        rows: lines.map(f => [...f.querySelectorAll(".nl-row:not(.nl-axis)")].filter(r => r.offsetParent).length),
        filters: getComputedStyle(document.querySelector("form.filters")).display,
      };
    }"""
    )
    assert styles["badge"][0] != "none" and styles["badge"][1] != "rgba(0, 0, 0, 0)" and styles["badge"][2] == "exact"
    assert styles["mark"][0] != "none" and styles["mark"][2] == "solid"
    assert styles["href"].startswith("http") and styles["href"] in styles["url"]
    assert styles["clipped"] == 0 and all(styles["rows"]) and styles["filters"] == "none"
    assert len(page.pdf()) > 10_000


def test_dark_mode_follows_the_system(reports, opened):
    light = opened(reports["seed"][0]).page.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = opened(reports["seed"][0], scheme="dark").page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert light != dark and dark == "rgb(22, 22, 24)"


def test_the_gate_shows_what_the_baseline_accepted_and_what_it_no_longer_finds(tmp_path, opened):
    from .test_gate import CONTRADICTING, RULES, setup

    corpus = setup(tmp_path)
    (corpus / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    assert claimcheck("baseline", "corpus", "--rules", "rules.yaml", cwd=tmp_path).returncode == 0
    baseline = (tmp_path / "baseline.yaml").read_text(encoding="utf-8")
    baseline = baseline.replace("reason: ''", "reason: Evening Post counted outbuildings as homes")
    baseline += "- id: 0123456789abcdef\n  rule: homes-destroyed\n  title: Old\n  message: a retracted figure\n"
    baseline += "  reason: retracted by the paper\n"
    (tmp_path / "baseline.yaml").write_text(baseline, encoding="utf-8")
    (corpus / "d.txt").write_text(CONTRADICTING.replace("90", "150").replace("Evening Post", "Night Wire"))
    result = claimcheck(
        "report", "corpus", "--rules", "rules.yaml", "-o", "r.html", "--fail-on", "warning", "--strict", cwd=tmp_path
    )
    assert result.returncode == 1 and RULES
    page = opened(tmp_path / "r.html").page
    gate = page.locator("#gate").inner_text()
    assert "failed" in gate and "exit code 1." in gate and "(--fail-on warning)" in gate
    assert "1 baselined" in gate and "1 resolved baseline entry" in gate
    page.click("#gate details.resolved > summary")
    resolved = page.locator("#gate details.resolved").inner_text()
    assert "0123456789abcdef" in resolved and "retracted by the paper" in resolved
    accepted = page.locator(".finding.baselined")
    assert accepted.count() == 1 and "Evening Post counted outbuildings as homes" in accepted.inner_text()
    assert page.locator(".finding:not(.baselined) .status-new").count() >= 1
    run = page.locator("#run").inner_text()
    assert "rules.yaml" in run and "1 of 4 documents extracted afresh, 3 taken from the store" in run
    assert "1 of 1 check task run afresh, 0 taken from the store" in run


OUTLETS = ["Nord|Süd Zeitung", 'L\'Écho "du" Port', "Plain Daily"]


def test_the_outlet_filter_works_for_any_outlet_name(tmp_path, opened):
    records = [
        {
            "title": f"Ferry report {n}",
            "outlet": outlet,
            "date": "2024-06-03",
            "text": f"{figure} passengers were rescued from the ferry on Sunday.",
        }
        for n, (outlet, figure) in enumerate(
            zip(OUTLETS * 2, ["About 760", "About 760", "About 760", "2,200", "760", "760"], strict=True)
        )
    ]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - {id: rescued, title: Passengers rescued, kind: quantity,"
        " select: {counted: [passengers], predicate: [rescued]}, compare: {tolerance: 10%, report: pairs}}\n"
    )
    result = claimcheck("report", "news.jsonl", "--rules", "rules.yaml", "-o", "r.html", "--no-store", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = opened(tmp_path / "r.html").page
    options = page.eval_on_selector_all("#f-outlet option", "os => os.map(o => [o.value, o.textContent])")
    for outlet in OUTLETS:
        value = next(v for v, text in options if text.startswith(outlet + " ("))
        page.select_option("#f-outlet", value)
        cards = page.eval_on_selector_all(
            ".finding",
            "cs => cs.map(c => [...c.querySelectorAll('li.source.named .who strong')].map(s => s.textContent))",
        )
        assert cards and all(outlet in names for names in cards), (outlet, cards)
        page.wait_for_function("value => location.hash.endsWith('outlet=' + value)", arg=value)
        page.reload()
        page.wait_for_selector("html[data-ready]", state="attached")
        assert page.input_value("#f-outlet") == value  # the fragment restores it


BOUNDED = [
    ("Delta Herald", "Nearly 2 million people were displaced by the floods on Monday."),
    ("Coast Times", "More than 2.3 million people were displaced by the floods on Monday."),
    ("Plains Wire", "About 2.5 million people were displaced by the floods on Monday."),
    ("Delta Herald", "Nearly 40 miles of levee were breached by the storm on Tuesday."),
    ("Coast Times", "More than 90 km of levee were breached by the storm on Tuesday."),
    ("Plains Wire", "65 km of levee were breached by the storm on Tuesday."),
]
BOUNDED_RULES = """rules:
  - {id: displaced, title: People displaced, kind: quantity, select: {counted: [people], predicate: [displaced]},
     compare: {tolerance: written, report: pairs}}
  - {id: levee, title: Levee breached, kind: quantity, select: {predicate: [breached]},
     compare: {tolerance: written, report: pairs}}
"""
MARKS = """cards => cards.map(card => ({
  caption: card.querySelector("figcaption").textContent,
  spoken: card.querySelector("figure .sr-only").textContent,
  band: [...card.querySelectorAll(".nl-row:not(.nl-axis)")].map(row => {
    const band = row.querySelector(".nl-band");
    return band ? [parseFloat(band.style.left), parseFloat(band.style.left) + parseFloat(band.style.width)] : null;
  })[0],
  rows: [...card.querySelectorAll(".nl-row:not(.nl-axis)")].map(row => {
    const mark = row.querySelector(".nl-mark");
    const left = parseFloat(mark.style.left);
    return {label: row.querySelector(".nl-label").textContent, classes: [...mark.classList], left: left,
            right: left + parseFloat(mark.style.width), ring: getComputedStyle(mark, "::after").borderTopStyle};
  }),
}))"""


LARGE_GROUP = """cards => cards.map(card => ({
  heading: card.querySelector("h4").textContent,
  labels: [...card.querySelectorAll(".nl-row:not(.nl-axis) .nl-label")].map(label => label.textContent),
  named: [...card.querySelectorAll(".nl-row.named .nl-label")].map(label => label.textContent),
  sources: card.querySelectorAll("li.source").length,
  spoken: [...card.querySelectorAll("figure .sr-only li")].filter(li => !li.textContent.startsWith("agreement")).length,
  caption: card.querySelector("figcaption").textContent,
  button: (card.querySelector(".show-all") || {}).textContent || null,
}))"""


def test_a_card_of_a_large_group_draws_a_spread_of_its_claims_until_asked_for_all(tmp_path, opened):
    towns = [
        "Arlen",
        "Brisk",
        "Calder",
        "Dunmore",
        "Eskby",
        "Fallow",
        "Garth",
        "Hollin",
        "Ivel",
        "Jessup",
        "Kerrow",
        "Lindel",
        "Morrow",
        "Nettle",
        "Orrin",
        "Pellam",
        "Quarry",
        "Rusk",
        "Selby",
        "Tarn",
    ]
    records = [
        {
            "title": f"Dam {n}",
            "outlet": f"{town} Courier",
            "date": "2025-03-04",
            "text": f"Officials said {1000 + 40 * n:,} people were evacuated below the dam on Monday.",
        }
        for n, town in enumerate(towns)
    ]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - {id: evacuated, title: People evacuated, kind: quantity,"
        " select: {predicate: [evacuated]}, compare: {tolerance: 5%}}\n",
        encoding="utf-8",
    )
    result = claimcheck("report", "news.jsonl", "--rules", "rules.yaml", "-o", "r.html", "--no-store", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = opened(tmp_path / "r.html").page
    cards = page.eval_on_selector_all(".finding", LARGE_GROUP)
    assert cards
    for card in cards:
        assert card["heading"] == "Sources (20)" and card["button"] == "Show all 20 sources"
        assert 12 <= len(card["labels"]) == card["sources"] == card["spoken"] < 20
        assert set(card["named"]) <= set(card["labels"]) and len(card["named"]) == 2
        assert card["labels"][0] == "Arlen Courier: 1,000" and card["labels"][-1] == "Tarn Courier: 1,760"
        assert "of the 20 sources drawn" in card["caption"]
    page.locator(".finding .show-all").first.click()
    whole = page.eval_on_selector_all(".finding", LARGE_GROUP)[0]
    assert len(whole["labels"]) == whole["sources"] == whole["spoken"] == 20 and whole["button"] is None
    assert page.evaluate("document.activeElement.textContent") == "Sources (20)"
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # what printing does
    printed = page.eval_on_selector_all(".finding", LARGE_GROUP)
    assert all(len(card["labels"]) == 20 and card["button"] is None for card in printed)


def test_ends_a_wording_excludes_and_the_written_tolerance_on_the_line(tmp_path, opened):
    records = [
        {"title": f"Report {n}", "outlet": outlet, "date": "2024-06-04", "text": text}
        for n, (outlet, text) in enumerate(BOUNDED)
    ]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(BOUNDED_RULES, encoding="utf-8")
    result = claimcheck("report", "news.jsonl", "--rules", "rules.yaml", "-o", "r.html", "--no-store", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    cards = opened(tmp_path / "r.html").page.eval_on_selector_all(".finding", MARKS)
    assert len(cards) >= 4
    for card in cards:
        assert "(tolerance: as each figure is written)" in card["caption"] and "a ring:" in card["caption"]
        for row in card["rows"]:
            outlet, label = row["label"].split(": ", 1)
            assert label in card["spoken"]
            strict = {"strict-left", "strict-right"} & set(row["classes"])
            if outlet == "Delta Herald":  # "nearly": below the figure, the figure itself excluded
                assert label.startswith("< ") and strict == {"strict-right"} and row["ring"] == "solid"
            elif outlet == "Coast Times":  # "more than": above it, open to the right
                assert label.startswith("> ") and strict == {"strict-left"} and "open-right" in row["classes"]
            else:
                assert not strict and not label.startswith(("<", ">")) and row["ring"] != "solid"
        nearly = card["rows"][0]
        if "wording of Delta Herald" in card["caption"]:  # the band stops at the end the wording excludes
            assert card["band"][1] == pytest.approx(nearly["right"], abs=0.01) and card["band"][0] < nearly["left"]
    levee = [c for c in cards if "km" in c["rows"][0]["label"]]
    assert levee and all(c["rows"][0]["label"] == "Delta Herald: < 64.37 km (< 40 miles)" for c in levee)
    assert any("wording of Delta Herald" in c["caption"] for c in cards)


QUOTES = """Harvest festival opens

Valley Gazette
September 7 2024

"The orchards gave more than ever this year. We had to borrow ladders from the next village," said mayor Inez Calder on Saturday.

Festival begins in the valley

Hill Courier
September 7 2024

"The orchards gave more than we ever hoped this season. We had to borrow ladders from three villages," said mayor Inez Calder on Saturday.
"""


def test_a_quote_over_several_sentences_is_highlighted_whole(tmp_path, opened):
    (tmp_path / "news.txt").write_text(QUOTES, encoding="utf-8")
    result = claimcheck("report", "news.txt", "-o", "r.html", "--format", "html,json", "--no-store", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = _json(tmp_path / "r.json")
    wording = [f for f in report.findings if f.rule == "quote-wording"]
    assert wording, [f.rule for f in report.findings]
    page = opened(tmp_path / "r.html").page
    marks = page.eval_on_selector_all(f"#finding-{wording[0].id} mark", "ms => ms.map(m => m.textContent)")
    assert sorted(marks) == sorted(c.text for c in wording[0].claims)
    assert all(". We had to borrow ladders" in m for m in marks)


HOSTILE_RECORDS = [
    {
        "title": "\"Quoted\" 'title' <script>alert('title')</script>",
        "outlet": "O'Brien \"News\" <b onmouseover=alert('outlet')>x</b>",
        "date": "2024-03-05",
        "url": "javascript:alert('url')",
        "author": "<img src=x onerror=alert('author')>",
        "text": "Twelve people died in the flood on Tuesday, \"<script>alert('body')</script>\" officials said. "
        "[click](javascript:alert('md')) <a href=\"javascript:alert('a')\">here</a>",
    },
    {
        "title": "Toll <iframe src=javascript:alert('frame')></iframe>",
        "outlet": "Wire 'Service' \"&amp;\" </script><script>alert('end')</script>",
        "date": "2024-03-05",
        "url": "https://example.org/flood?x=\"><script>alert('q')</script>",
        "text": "Forty people died in the flood on Tuesday. ![x](https://tracker.example/p.png) <svg onload=alert(1)>",
    },
]


def test_a_hostile_article_stays_inert(tmp_path, opened):
    from .test_report import HOSTILE, HOSTILE_RULES

    (tmp_path / "digest.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in HOSTILE_RECORDS), encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(HOSTILE_RULES, encoding="utf-8")
    result = claimcheck(
        "report",
        "digest.txt",
        "news.jsonl",
        "--rules",
        "rules.yaml",
        "-o",
        "r.html",
        "--no-store",
        "--source-url",
        "https://example.org/src/{path}#L{line}",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    view = opened(tmp_path / "r.html")
    page = view.page
    view.open_everything()
    page.fill("#f-text", "flood")
    page.select_option("#f-sort", "outlet")
    page.wait_for_timeout(200)
    assert view.dialogs == []
    assert page.locator("iframe, img, svg, b, [onerror], [onmouseover], [onload]").count() == 0
    assert page.locator("script").count() == 2
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if h.lower().lstrip().startswith(("javascript", "data", "vbscript"))]
    text = page.locator("body").inner_text()
    assert "<script>alert('body')</script>" in text and 'O\'Brien "News"' in text
    external = page.eval_on_selector_all("a[target=_blank]", "links => links.map(a => a.rel)")
    assert external and set(external) == {"noopener noreferrer"}


def screenshot(target: Path) -> None:
    """The README's picture of the report: the seed's report, its first screens, made like the tests make it."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.html"
        result = claimcheck("report", "seeds", "--rules", "rules", "-o", str(out), "--no-store")
        assert result.returncode == 0, result.stderr
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 1500}, device_scale_factor=1)
            page.goto(out.as_uri())
            page.wait_for_selector("html[data-ready]", state="attached")
            page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": 1100, "height": 1500})
            browser.close()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "report.png")
