"""Whether two source trees extract the same claims, byte for byte: `claimcheck extract --no-store -j 1 --format
jsonl` on each file with each tree, then the outputs compared. For a change meant to make extraction faster
without changing what it extracts.

python benchmarks/same_claims.py --base /tmp/base/src --new src CORPUS [CORPUS ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def extracted(source: Path, corpus: Path, out: Path) -> bytes:
    """The JSON Lines `source`'s code extracts from `corpus`."""
    env = {**os.environ, "PYTHONPATH": str(source.resolve())}
    command = [sys.executable, "-m", "claimcheck", "extract", "--no-store", "-j", "1", "--format", "jsonl"]
    subprocess.run(
        [*command, str(corpus.resolve()), "-o", str(out)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=out.parent,
    )
    return out.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, required=True, help="the src folder of the code before")
    parser.add_argument("--new", type=Path, required=True, help="the src folder of the code after")
    parser.add_argument("corpora", type=Path, nargs="+")
    args = parser.parse_args()
    differ = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "claims.jsonl"
        for corpus in args.corpora:
            if extracted(args.base, corpus, out) != extracted(args.new, corpus, out):
                differ.append(corpus)
                print(f"differ: {corpus}")
    print(f"{len(args.corpora)} corpora, {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
