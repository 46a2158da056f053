"""A long fuzz run: the suite's adversarial corpora (`tests/hostile_corpora.py`) for as long as asked, each
folder read, extracted, checked and rendered, with what claimcheck promises asserted on every one. Stops at
the first failure, which hypothesis shrinks and prints.

    .venv/bin/python benchmarks/fuzz_corpus.py --minutes 10
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.rules import load_rules  # noqa: E402
from tests.hostile_corpora import CorpusFile, check_corpus_folder, corpora, write_corpus  # noqa: E402

RULES = load_rules([ROOT / "rules"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--batch", type=int, default=200, help="Examples per hypothesis run.")
    args = parser.parse_args()
    seen = {"corpora": 0, "files": 0, "unreadable": 0, "documents": 0}

    @settings(
        max_examples=args.batch,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(files=corpora())
    def one(files: list[CorpusFile]) -> None:
        with tempfile.TemporaryDirectory() as folder:
            write_corpus(Path(folder), files)
            documents = check_corpus_folder(Path(folder), files, RULES)
        seen["corpora"] += 1
        seen["files"] += len(files)
        seen["unreadable"] += sum(not f.readable for f in files)
        seen["documents"] += documents

    start = time.monotonic()
    while time.monotonic() - start < args.minutes * 60:
        one()
        print(f"{(time.monotonic() - start) / 60:5.1f} min: {seen}", flush=True)
    print(
        f"no failure in {seen['corpora']:,} corpora: {seen['files']:,} files ({seen['unreadable']:,} unreadable by "
        f"construction, each skipped and counted), {seen['documents']:,} documents extracted, checked and rendered"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
