"""Extraction throughput on a synthetic corpus (default 10 MB), in KB/s, on one core.

python benchmarks/bench_extract.py [--megabytes 10]
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

from synthetic import generate

from claimcheck.corpus import load_corpus
from claimcheck.extract import extract_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text(generate(args.megabytes), encoding="utf-8")
        size = path.stat().st_size
        start = time.perf_counter()
        documents = load_corpus([path])
        loaded = time.perf_counter()
        claims = 0
        for document in documents:
            claims += len(extract_document(document))
        done = time.perf_counter()
    seconds = done - loaded
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"corpus: {size / 1e6:.1f} MB, {len(documents)} documents, loaded in {loaded - start:.2f} s")
    print(f"extraction: {claims} claims in {seconds:.1f} s = {size / 1000 / seconds:.0f} KB/s on one core")


if __name__ == "__main__":
    main()
