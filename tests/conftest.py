from __future__ import annotations

import atexit
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

# Every run of the suite, and every claimcheck it starts, keeps its default claim stores in a cache folder of
# its own (never the user's), and runs outside CI mode unless a test asks for it.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="claimcheck-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
os.environ.pop("CI", None)

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_documents():
    from claimcheck.corpus import load_corpus

    return load_corpus([SEEDS])


@pytest.fixture(scope="session")
def seed_claims(seed_documents):
    from claimcheck.extract import extract

    return extract(seed_documents)
