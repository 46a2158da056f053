"""The scaling check: hostile input shapes at 1x, 4x and 16x their base size, each timed through what a run
does with it, and the growth of the cost per unit of input per doubling of the input. Linear work gives
1.0; quadratic work gives 2.0. The check fails (exit 1) when any shape grows faster than --limit (1.3)
per doubling, from 1x to 4x or from 1x to 16x.

    PYTHONPATH=benchmarks .venv/bin/python benchmarks/bench_scaling.py [--repeat 3] [--limit 1.3]

Each size is measured in a fresh process (so that no cache filled by an earlier run makes a size look
cheap), after a warm-up on a small, different input (the lexicon, pint, regular expressions); times are the
CPU seconds of that process (`time.process_time`), the best of --repeat processes, so that other work on a
shared machine moves them little.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.baseline import load_baseline
from claimcheck.cli import GC_THRESHOLD
from claimcheck.corpus import load_corpus
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extract
from claimcheck.rules import load_rules

SCALES = (1, 4, 16)
SUBJECTS = ["bridge", "ferry", "depot", "school", "clinic", "harbour", "market", "station"]


def long_line(scale: int) -> str:
    """One article whose body is a single line without a full stop, full of figures (base: 50 KB)."""
    parts, size, n = [], 0, 0
    while size < 50_000 * scale:
        part = f"crews counted {n * 7 % 900 + 3} sacks near the {SUBJECTS[n % 8]} and {n % 40 + 2} trucks while"
        parts.append(part)
        size += len(part) + 1
        n += 1
    return "Grain convoy report\n\nWire\nOct 3 2023\n\n" + " ".join(parts) + "\n"


def date_lines(scale: int) -> str:
    """A digest that is nothing but date lines, one after another (base: 2,000 lines)."""
    return "Oct 3 2023\n" * (2_000 * scale)


def long_document(scale: int) -> str:
    """One ordinary article, very long: sentences with figures, names and quotes (base: 100 KB)."""
    sentences, size, n = [], 0, 0
    while size < 100_000 * scale:
        name = ["Ana Costa", "Li Wei", "Omar Haddad", "Eva Novak"][n % 4]
        sentence = (
            f'"We counted {n + 10} families at the {SUBJECTS[n % 8]}," said {name}, adding that '
            f"{n % 90 + 5} more arrived on Tuesday."
        )
        sentences.append(sentence)
        size += len(sentence) + 1
        n += 1
    return "---\ntitle: Relief effort\noutlet: Wire\ndate: 2023-10-03\n---\n" + " ".join(sentences) + "\n"


DEPTH = 15_000  # levels of nesting at 1x (60 KB of brackets at 16x is 480 KB, under the rule-file limit)


def nested_rules(scale: int) -> str:
    return "rules:\n  - " + "[" * (DEPTH * scale) + "]" * (DEPTH * scale) + "\n"


def nested_front_matter(scale: int) -> str:
    return "---\ntitle: " + "[" * (DEPTH * scale) + "]" * (DEPTH * scale) + "\n---\nAt least 3 people died.\n"


def nested_json_lines(scale: int) -> str:
    return '{"text": "At least 3 people died.", "title": ' + "[" * (DEPTH * scale) + "]" * (DEPTH * scale) + "}\n"


def nested_baseline(scale: int) -> str:
    return "findings: " + "{a: " * (DEPTH * scale) + "}" * (DEPTH * scale) + "\n"


def _extract(path: Path) -> None:
    extract(load_corpus([path]))


def _refused(read: Callable[[Path], object]) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        try:
            read(path)
        except ClaimcheckError:
            return
        raise AssertionError(f"{path} was read, not refused")

    return run


SHAPES: list[tuple[str, str, Callable[[int], str], Callable[[Path], None]]] = [
    ("long line without a full stop", "digest.txt", long_line, _extract),
    ("consecutive date lines", "digest.txt", date_lines, _extract),
    ("one very long article", "article.md", long_document, _extract),
    ("rule file nested deeply", "rules.yaml", nested_rules, _refused(lambda p: load_rules([p]))),
    ("front matter nested deeply", "article.md", nested_front_matter, _refused(lambda p: load_corpus([p]))),
    ("JSON Lines nested deeply", "articles.jsonl", nested_json_lines, _refused(lambda p: load_corpus([p]))),
    ("baseline nested deeply", "baseline.yaml", nested_baseline, _refused(load_baseline)),
]


WARM_UP = "Storm hits coast\n\nWire\nOct 3 2023\n\nAt least 12 people died, officials said on Monday.\n"


def measure(index: int, scale: int) -> float:
    """CPU seconds of one run of shape `index` at `scale`, in this process, after a warm-up."""
    label, name, make, run = SHAPES[index]
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(WARM_UP, encoding="utf-8")
        _extract(warm)
        path = Path(folder) / name
        path.write_text(make(scale), encoding="utf-8")
        start = time.process_time()
        run(path)
        return time.process_time() - start


def best_time(index: int, scale: int, repeat: int) -> float:
    """The best of `repeat` fresh processes."""
    times = []
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, __file__, "--measure", str(index), str(scale)], capture_output=True, text=True, check=True
        )
        times.append(float(result.stdout))
    return min(times)


def growth(base: float, scaled: float, scale: int) -> float:
    """The growth of the cost per unit of input per doubling, from 1x to `scale`x."""
    per_unit = (scaled / scale) / max(base, 1e-9)
    return float(per_unit ** (1 / math.log2(scale)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=1.3)
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    parser.add_argument("--only", help="Run only the shapes whose name holds this text.")
    parser.add_argument("--scales", type=int, nargs="+", default=list(SCALES), help="Sizes, the first being 1.")
    parser.add_argument("--measure", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        gc.set_threshold(GC_THRESHOLD, 50, 100)  # as the command line runs
        print(measure(*args.measure))
        return 0
    rows = []
    failed = False
    for index, (label, _, make, _) in enumerate(SHAPES):
        if args.only and args.only not in label:
            continue
        sizes = [len(make(scale).encode()) for scale in args.scales]
        times = [best_time(index, scale, args.repeat) for scale in args.scales]
        grows = [growth(times[0], times[k], scale) for k, scale in enumerate(args.scales) if scale > 1]
        ok = max(grows) <= args.limit
        failed = failed or not ok
        rows.append({"shape": label, "bytes": sizes, "seconds": times, "growth_per_doubling": grows, "ok": ok})
        print(
            f"| {label} | {' / '.join(f'{s / 1000:,.0f} KB' for s in sizes)} | "
            f"{' / '.join(f'{t:.3f}' for t in times)} | {' / '.join(f'{g:.2f}' for g in grows)} | "
            f"{'ok' if ok else 'FAIL'} |",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
