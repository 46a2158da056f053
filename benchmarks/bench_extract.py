"""Extraction throughput on a synthetic corpus (default 10 MB), in KB/s, on one core, and against
quantulum3 on the same 300 paragraphs in the same run (when it is installed).

python benchmarks/bench_extract.py [--megabytes 10] [--cpu]

`--cpu` times with the CPU time of the process (`time.process_time`) instead of the wall clock: on a machine
other work shares, the figure that compares runs.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

from bench_run import claimcheck_parse, quantulum_rate, rate_on, sample_paragraphs
from synthetic import generate

from claimcheck.corpus import load_corpus
from claimcheck.extract import extract_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--cpu", action="store_true", help="time with CPU time, not the wall clock")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        text = generate(args.megabytes)
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        start = clock()
        documents = load_corpus([path])
        loaded = clock()
        claims = 0
        for document in documents:
            claims += len(extract_document(document))
        done = clock()
    seconds = done - loaded
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"corpus: {size / 1e6:.1f} MB, {len(documents)} documents, loaded in {loaded - start:.2f} s")
    print(
        f"extraction: {claims} claims in {seconds:.1f} s = {size / 1000 / seconds:.0f} KB/s on one core"
        + (" (CPU time)" if args.cpu else "")
    )
    paragraphs = sample_paragraphs(text)
    theirs = quantulum_rate(paragraphs, clock)
    if theirs:
        ours = rate_on(paragraphs, claimcheck_parse, clock)
        print(f"same 300 paragraphs: quantulum3 {theirs:,.1f} KB/s, claimcheck {ours:,.0f} KB/s: {ours / theirs:,.1f}×")


if __name__ == "__main__":
    main()
