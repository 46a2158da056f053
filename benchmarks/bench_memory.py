"""Peak memory of `claimcheck extract` and `claimcheck report` as the corpus grows: the high-water mark
(`VmHWM` in /proc) of the main process and of the largest extraction worker, on synthetic corpora written
as folders of digests (`ARTICLES_PER_FILE` articles each), optionally against another source tree in the
same run (`--peer`, put on PYTHONPATH). Linux only.

    PYTHONPATH=benchmarks .venv/bin/python benchmarks/bench_memory.py --sizes 10 100 1000
    PYTHONPATH=benchmarks .venv/bin/python benchmarks/bench_memory.py --sizes 10 --peer ec0fda2=/tmp/peer/src
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_run import PEAK, RULES  # PEAK: runs claimcheck, then writes its own VmHWM
from synthetic import article

ARTICLES_PER_FILE = 500
POLL = 0.05  # seconds between looks at the workers' high-water marks


def write_corpus(megabytes: float, folder: Path, seed: int = 1) -> tuple[int, int]:
    """`synthetic.article_texts(megabytes)` written a file at a time, never held whole; (files, articles)."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    size = number = files = 0
    while size < megabytes * 1_000_000:
        texts = []
        for _ in range(ARTICLES_PER_FILE):
            if size >= megabytes * 1_000_000:
                break
            texts.append(article(rng, number))
            size += len(texts[-1].encode("utf-8")) + 1
            number += 1
        (folder / f"digest-{files:05d}.txt").write_text("\n".join(texts), encoding="utf-8")
        files += 1
    return files, number


def high_water(pid: int) -> int:
    """VmHWM of a process in kB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


@dataclass
class Peak:
    seconds: float
    main_mb: float
    worker_mb: float


def measured(args: list[str], source: Path, cwd: Path) -> Peak:
    """One claimcheck command run with `source` on PYTHONPATH: its time, its own peak RSS and the largest
    peak RSS among its child processes (sampled every `POLL` seconds; a high-water mark only grows)."""
    peak_file = cwd / "peak.kb"
    peak_file.unlink(missing_ok=True)
    env = os.environ | {"PYTHONPATH": str(source), "SOURCE_DATE_EPOCH": "1700000000"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", PEAK, str(peak_file), *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL
    )
    workers: dict[int, int] = {}
    while process.poll() is None:
        for child in children(process.pid):
            workers[child] = max(workers.get(child, 0), high_water(child))
        time.sleep(POLL)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"claimcheck {' '.join(args)} exited {process.returncode}")
    return Peak(seconds, int(peak_file.read_text()) / 1024, max(workers.values(), default=0) / 1024)


def commands(corpus: Path, work: Path, jobs: int) -> dict[str, list[str]]:
    rules = work / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    common = ["--no-cache", "-q", "--jobs", str(jobs)]
    return {
        "extract": ["extract", str(corpus), *common, "--format", "jsonl", "-o", str(work / "claims.jsonl")],
        "report": [
            "report", str(corpus), *common, "--rules", str(rules), "--format", "json,html",
            "-o", str(work / "report"), "--exit-zero",
        ],
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--commands", nargs="*", default=["extract", "report"])
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent / "src")
    parser.add_argument(
        "--peer", action="append", default=[], metavar="NAME=SRC", help="another source tree, measured beside this one"
    )
    parser.add_argument("--peer-sizes", type=float, nargs="*", default=[10], help="the sizes the peers run at")
    parser.add_argument("--peer-commands", nargs="*", help="the commands the peers run (default: all)")
    parser.add_argument("--report-sizes", type=float, nargs="*", help="the sizes `report` runs at (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    sources = {"this code": args.source.resolve()}
    sources |= {name: Path(path).resolve() for name, path in (peer.split("=", 1) for peer in args.peer)}
    print("| corpus | command | code | seconds | main process peak | largest worker peak |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        work = Path(folder)
        for size in args.sizes:
            corpus = work / f"corpus-{size:g}"
            files, articles = write_corpus(size, corpus)
            for command in args.commands:
                if command == "report" and args.report_sizes is not None and size not in args.report_sizes:
                    continue
                for name, source in sources.items():
                    peer = name != "this code"
                    if peer and (size not in args.peer_sizes or command not in (args.peer_commands or [command])):
                        continue
                    peak = measured(commands(corpus, work, args.jobs)[command], source, work)
                    print(
                        f"| {size:g} MB ({files} files, {articles:,} articles) | `{command}` | {name} | "
                        f"{peak.seconds:.1f} | {peak.main_mb:.0f} MB | {peak.worker_mb:.0f} MB |",
                        flush=True,
                    )
            for item in corpus.iterdir():
                item.unlink()
            corpus.rmdir()


if __name__ == "__main__":
    main()
