from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"
DEV = ROOT.parent / "shared" / "corpora" / "dev"
REAL_A = ROOT.parent / "shared" / "corpora" / "real-a"
SCORER = ROOT.parent / "shared" / "tools" / "score"

# Every run of the suite, and every claimcheck it starts, keeps its default claim stores in a cache folder of
# its own (never the user's), and runs outside CI mode unless a test asks for it.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="claimcheck-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
os.environ.pop("CI", None)

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def warnings_logged(caplog: pytest.LogCaptureFixture) -> str:
    """The warnings the library logged on the `claimcheck` logger (which the CLI shows on stderr), one a line."""
    return "\n".join(
        r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name.split(".")[0] == "claimcheck"
    )


def read_page(html: str) -> dict:
    """The data block of an HTML report, its packed parts unpacked."""
    import json
    import re

    from claimcheck.report.page_data import read_block

    found = re.search(r'<script type="application/json" id="claimcheck-data">(.*?)</script>', html, re.S)
    assert found, "the page has its data block"
    return read_block(json.loads(found.group(1)))


@pytest.fixture(scope="session")
def seed_documents():
    from claimcheck.corpus import load_corpus

    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seed_claims(seed_documents):
    from claimcheck.extract import extract

    return extract(seed_documents)


@pytest.fixture(scope="session")
def synthetic_run(tmp_path_factory):
    """`claimcheck report` on a 400-article synthetic corpus (benchmarks/synthetic.py) with one rule per
    event and place, failing on warnings: (folder, completed process); the reports are `out/report.*`."""
    import subprocess
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_run import RULES as SYNTHETIC_RULES
    from synthetic import generate

    folder = tmp_path_factory.mktemp("synthetic")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "news.txt").write_text(generate(0, articles=400, paragraphs=(8, 14)), encoding="utf-8")
    (folder / "rules.yaml").write_text(SYNTHETIC_RULES, encoding="utf-8")
    args = ["report", "corpus", "--rules", "rules.yaml", "--format", "html,json", "-o", "out/report"]
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args, "--fail-on", "warning", "--quiet", "--no-store"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return folder, result
