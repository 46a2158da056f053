from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"
DEV = ROOT.parent / "shared" / "corpora" / "dev"
REAL_A = ROOT.parent / "shared" / "corpora" / "real-a"
SCORER = ROOT.parent / "shared" / "tools" / "score"

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
