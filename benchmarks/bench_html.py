"""The HTML report at scale, in headless Chromium: its size, how soon after navigation its filters work, and how
long each filter, sort or search change takes, for a synthetic corpus of 10,000 articles. The peer is the HTML
report of an earlier claimcheck (`--peer`, a git commit: the last one before the report carried its data as one
JSON block), run on the same corpus in the same run.

    .venv/bin/pip install -e ".[test]"        # playwright drives Debian's chromium
    PYTHONPATH=benchmarks .venv/bin/python benchmarks/bench_html.py [--articles 10000] [--runs 5] [--peer-cache DIR]

The peer never changes, so `--peer-cache DIR` keeps its report and timings in DIR, under its commit and the
digest of the corpus and rules, and a later run with the same corpus reuses them instead of building them again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_run import RULES
from synthetic import generate

ROOT = Path(__file__).resolve().parent.parent
PEER = "a3dc7c3"  # main before the report's data travelled as one JSON block
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# Until the page has drawn what was asked: the frame after the change, and for a view whose cards (or search
# texts) are still being inflated, until they are drawn (the page is marked busy meanwhile; the old report
# never is).
DRAWN = """async () => {
  await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
  while (document.documentElement.hasAttribute("data-busy")) {
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}"""
# Runs in the page: one control set to a value, its event sent, and the time until it is drawn.
CHANGE = f"""async ([id, value, event]) => {{
  const control = document.getElementById(id);
  const start = performance.now();
  control.value = value;
  control.dispatchEvent(new Event(event, {{bubbles: true}}));
  await ({DRAWN})();
  return performance.now() - start;
}}"""
# The first change a reviewer can make: as soon as the page lets one be made (its controls enabled), a rule
# chosen; the time (from navigation) when its result is drawn.
FIRST_CHANGE = f"""async ([id, event]) => {{
  const control = document.getElementById(id);
  control.value = control.options[control.options.length - 1].value;
  control.dispatchEvent(new Event(event, {{bubbles: true}}));
  await ({DRAWN})();
  return performance.now();
}}"""
# A card of a large group draws a spread of its claims; "Show all N sources" draws every one. The card of
# the largest group on the first page sorted by gap, timed from the press to the frame after it.
SHOW_ALL = f"""async () => {{
  const control = document.getElementById("f-sort");
  control.value = "gap";
  control.dispatchEvent(new Event("change", {{bubbles: true}}));
  await ({DRAWN})();
  const count = b => Number(b.textContent.replace(/[^0-9]/g, ""));
  const buttons = [...document.querySelectorAll("#cards .show-all")].sort((a, b) => count(b) - count(a));
  if (!buttons.length) {{ return null; }}
  const start = performance.now();
  buttons[0].click();
  await ({DRAWN})();
  return [count(buttons[0]), performance.now() - start];
}}"""
PAGE_FACTS = """() => ({
  elements: document.getElementsByTagName("*").length,
  height: document.documentElement.scrollHeight,
  ready: (performance.getEntriesByName("claimcheck-ready")[0] || {}).startTime || null,
})"""


def run_claimcheck(python_path: str | None, args: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if python_path:
        env["PYTHONPATH"] = python_path
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def peer_source(commit: str, folder: Path) -> Path:
    """The peer's source tree (src/claimcheck at `commit`), unpacked from git."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def changes(page: Any, new: bool) -> list[tuple[str, float]]:
    """Every filter, sort and search change a reviewer makes, each timed to the frame after it."""
    made: list[tuple[str, float]] = []
    severity = "f-sev" if new else "f-severity"
    plan: list[tuple[str, str, str]] = [
        (severity, v, "input" if not new else "change") for v in ("warning", "info", "")
    ]
    for control in ("f-rule", "f-outlet", "f-status"):
        values = page.eval_on_selector_all(f"#{control} option", "os => os.map(o => o.value)")
        picks = [v for v in values if v][:6] + [""]
        plan += [(control, v, "input" if not new else "change") for v in picks]
    if new:
        plan += [("f-sort", v, "change") for v in ("gap", "rule", "outlet", "severity")]
    word = "people"
    plan += [("f-text", word[: n + 1], "input") for n in range(len(word))]
    plan += [("f-text", "", "input")]
    for control, value, event in plan:
        made.append((f"{control}={value}", page.evaluate(CHANGE, [control, value, event])))
    return made


def measure(path: Path, new: bool, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    usable, ready, timed, facts, shown_all = [], [], [], {}, []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.set_default_timeout(120_000)
            page.goto(path.as_uri(), wait_until="commit")
            if new:
                page.wait_for_selector("#f-rule:not([disabled])", state="attached", timeout=120_000)
                usable.append(page.evaluate(FIRST_CHANGE, ["f-rule", "change"]))
                page.wait_for_selector("html[data-ready]", state="attached", timeout=120_000)
            else:
                page.wait_for_selector("#shown:not(:empty)", state="attached", timeout=120_000)
                usable.append(page.evaluate(FIRST_CHANGE, ["f-rule", "input"]))
            facts = page.evaluate(PAGE_FACTS)
            if facts["ready"]:
                ready.append(facts["ready"])
            timed += changes(page, new)
            if new:
                shown_all.append(page.evaluate(SHOW_ALL))
            context.close()
        browser.close()
    times = [t for _, t in timed]
    return {
        "usable_ms": usable,
        "ready_ms": ready,
        "change_median_ms": statistics.median(times),
        "change_p95_ms": sorted(times)[int(0.95 * (len(times) - 1))],
        "change_max_ms": max(times),
        "slowest": max(timed, key=lambda t: t[1]),
        "changes": len(times),
        "elements": facts["elements"],
        "height_px": facts["height"],
        "show_all": [s for s in shown_all if s],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer", default=PEER)
    parser.add_argument("--peer-cache", type=Path, help="Keep (and reuse) the peer's report and timings here.")
    parser.add_argument("--peer-only", action="store_true", help="Only fill --peer-cache, measure nothing.")
    args = parser.parse_args()
    if CHROMIUM is None:
        sys.exit("bench_html needs Chromium (apt-get install chromium)")
    print(f"# {dt.date.today()} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    print("# load average (1, 5, 15 min) at the start: " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "full").mkdir()
        (work / "full" / "news.txt").write_text(
            generate(0, articles=args.articles, paragraphs=(8, 14)), encoding="utf-8"
        )
        (work / "rules.yaml").write_text(RULES, encoding="utf-8")
        # As the full run of bench_run.py: HTML and JSON, then again after one article changes a word.
        common = ["full", "--rules", "rules.yaml", "--format", "html,json", "-q", "--exit-zero"]
        digest = hashlib.sha256((work / "full" / "news.txt").read_bytes() + RULES.encode()).hexdigest()[:16]
        cached = args.peer_cache / f"{args.peer}-{digest}" if args.peer_cache else None
        if args.peer_only and not cached:
            sys.exit("--peer-only needs --peer-cache")
        ours = (
            0.0
            if args.peer_only
            else run_claimcheck(None, ["report", *common, "-o", "new/report", "--store", "new.sqlite"], work)
        )
        if cached and (cached / "times.json").exists():
            theirs, theirs_again = json.loads((cached / "times.json").read_text(encoding="utf-8"))
        else:
            peer = str(peer_source(args.peer, work / "peer"))
            theirs = run_claimcheck(peer, ["report", *common, "-o", "peer/report", "--store", "peer.sqlite"], work)
        text = (work / "full" / "news.txt").read_text(encoding="utf-8")
        at = text.index("were killed")
        (work / "full" / "news.txt").write_text(text[:at] + "were reported killed" + text[at + 11 :], encoding="utf-8")
        again = (
            0.0
            if args.peer_only
            else run_claimcheck(None, ["report", *common, "-o", "new/report", "--store", "new.sqlite"], work)
        )
        new, old = work / "new" / "report.html", work / "peer" / "report.html"
        if cached and (cached / "times.json").exists():
            old = cached / "report.html"
        else:
            theirs_again = run_claimcheck(
                peer, ["report", *common, "-o", "peer/report", "--store", "peer.sqlite"], work
            )
            if cached:
                cached.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(old, cached / "report.html")
                (cached / "times.json").write_text(json.dumps([theirs, theirs_again]), encoding="utf-8")
        if args.peer_only:
            print(f"# the peer's report and timings are in {cached}")
            return
        results = {
            "articles": args.articles,
            "corpus_mb": (work / "full" / "news.txt").stat().st_size / 1e6,
            "new_bytes": new.stat().st_size,
            "peer_bytes": old.stat().st_size,
            "new_report_s": ours,
            "new_rerun_s": again,
            "peer_report_s": theirs,
            "peer_rerun_s": theirs_again,
            "new": measure(new, True, args.runs),
            "peer": measure(old, False, max(1, args.runs // 2)),
        }
    print("# load average (1, 5, 15 min) at the end: " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
    print(json.dumps(results, indent=2))
    n, p = results["new"], results["peer"]
    rows = [
        (
            "HTML size",
            f"{results['new_bytes'] / 1e6:.2f} MB",
            f"{results['peer_bytes'] / 1e6:.2f} MB",
            f"{results['new_bytes'] / results['peer_bytes']:.1%} of the peer",
        ),
        (
            "filters usable after navigation (first change drawn), median / max of runs",
            f"{statistics.median(n['usable_ms']):,.0f} / {max(n['usable_ms']):,.0f} ms",
            f"{statistics.median(p['usable_ms']):,.0f} / {max(p['usable_ms']):,.0f} ms",
            "",
        ),
        (
            f"filter, sort or search change ({n['changes']} changes): median / p95 / max",
            f"{n['change_median_ms']:.0f} / {n['change_p95_ms']:.0f} / {n['change_max_ms']:.0f} ms",
            f"{p['change_median_ms']:.0f} / {p['change_p95_ms']:.0f} / {p['change_max_ms']:.0f} ms",
            "",
        ),
        (
            '"Show all N sources" on the largest card of the first page by gap: sources, median / max ms',
            (
                f"{n['show_all'][0][0]:,} sources: {statistics.median(t for _, t in n['show_all']):.0f} / "
                f"{max(t for _, t in n['show_all']):.0f} ms"
                if n["show_all"]
                else "no card with more than 12 sources"
            ),
            "(every source always drawn)",
            "",
        ),
        (
            "elements in the page / page height",
            f"{n['elements']:,} / {n['height_px']:,} px",
            f"{p['elements']:,} / {p['height_px']:,} px",
            "",
        ),
        (
            "`claimcheck report --format html,json`: empty store / after one changed article",
            f"{ours:.1f} s / {again:.1f} s ({again / ours:.1%})",
            f"{theirs:.1f} s / {theirs_again:.1f} s ({theirs_again / theirs:.1%})",
            "",
        ),
    ]
    print("\n| what | this report | peer | |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
