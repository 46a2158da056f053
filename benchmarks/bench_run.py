"""The whole benchmark table of claimcheck: extraction throughput (1, 10, 100 MB), the check step
(10^4-10^6 claims), a full run on a 10,000-article corpus with peak RSS, the re-run after one changed
article, and quantulum3 and a plain digit regex on the same text for comparison.

    .venv/bin/pip install quantulum3        # only for the comparison
    PYTHONPATH=benchmarks .venv/bin/python benchmarks/bench_run.py [--sizes 1 10 100] [--skip-quantulum]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench_check import rules as check_rules
from bench_check import synthetic_claims
from synthetic import EVENTS, article_texts, generate

from claimcheck.cli import GC_THRESHOLD
from claimcheck.corpus import load_corpus
from claimcheck.engine.extraction import stored_form
from claimcheck.engine.pipeline import run_rules
from claimcheck.extract import extract_document
from claimcheck.models import Document


def rule_file() -> str:
    """One rule per event in each place of the synthetic corpus, as a research group would write them."""
    lines = ["rules:"]
    for kind, _, counted, predicate, _, places in EVENTS:
        for place in places:
            lines.append(
                f"  - {{id: {kind}-{place.lower()}, title: {counted} {predicate} ({kind} in {place}), kind: quantity, "
                f"select: {{counted: [{counted}], predicate: [{predicate}], mentions: [{place}]}}, "
                "compare: {tolerance: 10%}}"
            )
    return "\n".join(lines) + "\n"


RULES = rule_file()


def throughput(path: Path, jobs: int) -> tuple[float, int]:
    """(seconds, claims) to extract every document of `path` with `jobs` processes, results streamed away."""
    documents = load_corpus([path])
    start = time.perf_counter()
    count = 0
    if jobs == 1:
        for document in documents:
            count += len(stored_form(document)[0])
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for payloads, _ in pool.map(stored_form, documents, chunksize=32):
                count += len(payloads)
    return time.perf_counter() - start, count


def sample_paragraphs(text: str) -> list[str]:
    """The text both extractors are timed on: its first 300 body paragraphs."""
    return [p for p in text.split("\n\n") if len(p) > 80][:300]


def rate_on(
    paragraphs: list[str], parse: Callable[[str], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """KB/s of `parse` over the paragraphs, one call each, after one call to warm up (`clock`: wall time, or
    `time.process_time` for the CPU time of this process)."""
    parse(paragraphs[0])
    start = clock()
    for paragraph in paragraphs:
        parse(paragraph)
    return sum(len(p.encode()) for p in paragraphs) / 1000 / (clock() - start)


def claimcheck_parse(paragraph: str) -> object:
    document = Document(id="p", title="", path="p.txt", format="text", text=paragraph)
    return extract_document(document)


def quantulum_rate(paragraphs: list[str], clock: Callable[[], float] = time.perf_counter) -> float | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    return rate_on(paragraphs, parser.parse, clock)


def regex_rate(text: str) -> float:
    digits = re.compile(r"\d[\d,.]*")
    start = time.perf_counter()
    for _ in range(5):
        digits.findall(text)
    return len(text.encode()) * 5 / 1000 / (time.perf_counter() - start)


# Runs claimcheck and writes the peak RSS of its own process (VmHWM) to the file named first. Not
# ru_maxrss: on Linux that keeps the high-water mark of the forked benchmark process across exec.
PEAK = """
import atexit, runpy, sys
target = sys.argv[1]
def peak():
    with open("/proc/self/status") as status, open(target, "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(peak)
sys.argv = ["claimcheck", *sys.argv[2:]]
runpy.run_module("claimcheck", run_name="__main__")
"""


def timed_run(args: list[str], cwd: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the claimcheck process) of one claimcheck command (Linux)."""
    peak = cwd / "peak.kb"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", PEAK, str(peak), *args], cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, int(peak.read_text()) / 1024


RERUNS = 5
ARTICLES_PER_FILE = 100


def find_nth(text: str, word: str, nth: int) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(word, at + 1)
    return at


def split_corpus(megabytes: float, folder: Path, per_file: int) -> int:
    """The corpus of `generate(megabytes)` as a folder of digests of `per_file` articles each; the file count."""
    folder.mkdir()
    articles = article_texts(megabytes)
    for start in range(0, len(articles), per_file):
        (folder / f"digest-{start // per_file:05d}.txt").write_text("\n".join(articles[start : start + per_file]))
    return -(-len(articles) // per_file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="*", default=[1, 10, 100])
    parser.add_argument("--claims", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--skip-quantulum", action="store_true")
    args = parser.parse_args()
    gc.set_threshold(GC_THRESHOLD, 50, 100)  # extraction measured in the setting the claimcheck command runs in
    rows: list[tuple[str, str]] = []
    cores = os.cpu_count() or 1
    print(f"# {dt.date.today()} · {platform.machine()} · {cores} cores · Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for size in args.sizes:
            path = work / f"corpus-{size:g}.txt"
            path.write_text(generate(size), encoding="utf-8")
            kb = path.stat().st_size / 1000
            one, claims = throughput(path, 1) if size <= 10 else (None, 0)
            many, claims = throughput(path, cores)
            per_core = f"{kb / one:,.0f} KB/s per core, " if one else ""
            rows.append(
                (f"extraction, {size:g} MB", f"{claims:,} claims; {per_core}{kb / many:,.0f} KB/s on {cores} cores")
            )
            print(rows[-1])
            (work / "rules.yaml").write_text(RULES, encoding="utf-8")
            seconds, rss = timed_run(
                [
                    "report",
                    path.name,
                    "--rules",
                    "rules.yaml",
                    "--format",
                    "html,json",
                    "-o",
                    f"out-{size:g}/report",
                    "-q",
                    "--exit-zero",
                    "--store",
                    f"store-{size:g}.sqlite",
                ],
                work,
            )
            rows.append((f"`claimcheck report`, {size:g} MB, empty store", f"{seconds:.1f} s, peak RSS {rss:,.0f} MB"))
            print(rows[-1])
        if args.sizes:  # `--sizes` with no size: the check step and the re-run alone
            size = max(args.sizes)
            files = split_corpus(size, work / "split", ARTICLES_PER_FILE)
            seconds, rss = timed_run(
                [
                    "report",
                    "split",
                    "--rules",
                    "rules.yaml",
                    "--format",
                    "html,json",
                    "-o",
                    "out-split/report",
                    "-q",
                    "--exit-zero",
                    "--store",
                    "store-split.sqlite",
                ],
                work,
            )
            rows.append(
                (
                    f"`claimcheck report`, {size:g} MB as {files:,} files of {ARTICLES_PER_FILE} articles, empty store",
                    f"{seconds:.1f} s, peak RSS {rss:,.0f} MB",
                )
            )
            print(rows[-1])
            text = (work / f"corpus-{args.sizes[0]:g}.txt").read_text(encoding="utf-8")
            rows.append(("plain digit regex (the floor)", f"{regex_rate(text):,.0f} KB/s"))
            paragraphs = sample_paragraphs(text)
            rate = None if args.skip_quantulum else quantulum_rate(paragraphs)
            if rate:
                ours = rate_on(paragraphs, claimcheck_parse)
                rows.append(
                    (
                        "quantulum3 and claimcheck on the same 300 paragraphs, one core",
                        f"quantulum3 {rate:,.1f} KB/s, claimcheck {ours:,.0f} KB/s: {ours / rate:,.1f}× faster",
                    )
                )
            print(*rows[-2:], sep="\n")
        rule_set = check_rules()
        for count in args.claims:
            claims = synthetic_claims(count)
            start = time.perf_counter()
            run_rules(rule_set, claims)
            rows.append((f"check step, {count:,} claims", f"{time.perf_counter() - start:.2f} s"))
            print(rows[-1])
            del claims
        corpus = work / "full"
        corpus.mkdir()
        (corpus / "news.txt").write_text(generate(0, articles=args.articles, paragraphs=(8, 14)), encoding="utf-8")
        (work / "rules.yaml").write_text(RULES, encoding="utf-8")
        size_mb = (corpus / "news.txt").stat().st_size / 1e6
        report = [
            "report",
            "full",
            "--rules",
            "rules.yaml",
            "--format",
            "html,json",
            "-o",
            "out/report",
            "-q",
            "--exit-zero",
            "--store",
            "store.sqlite",
        ]
        full, rss = timed_run(report, work)
        reruns = []
        for nth in range(1, RERUNS + 1):  # each time another article changes one figure's wording
            text = (corpus / "news.txt").read_text(encoding="utf-8")
            at = find_nth(text, "were killed", nth)
            (corpus / "news.txt").write_text(text[:at] + "were reported killed" + text[at + 11 :], encoding="utf-8")
            reruns.append(timed_run(report, work))
        again = statistics.median(seconds for seconds, _ in reruns)
        low, high = min(s for s, _ in reruns), max(s for s, _ in reruns)
        rows.append(
            (
                f"full run: {args.articles:,} articles, {size_mb:.0f} MB (extract + check + HTML + JSON)",
                f"{full:.1f} s, peak RSS {rss:,.0f} MB",
            )
        )
        rows.append(
            (
                f"re-run after one changed article (claim store), median of {RERUNS}",
                f"{again:.2f} s = {again / full:.1%} of the full run ({low / full:.1%}–{high / full:.1%}), "
                f"peak RSS {max(r for _, r in reruns):,.0f} MB",
            )
        )
        print(*rows[-2:], sep="\n")
    print("\n| what | result |\n|---|---|")
    for what, result in rows:
        print(f"| {what} | {result} |")


if __name__ == "__main__":
    main()
