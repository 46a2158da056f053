from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.corpus import ReadOptions, iter_documents, load_corpus
from claimcheck.engine import extraction
from claimcheck.engine.extraction import ExtractionStats, extract_corpus, extract_into, stored_corpus
from claimcheck.engine.options import RunOptions
from claimcheck.engine.store import ClaimStore, StoreRefused, default_location, kind_of
from claimcheck.errors import CorpusError
from claimcheck.extract import extract

from .conftest import ROOT, SEEDS, warnings_logged
from .test_cli import run

ARTICLE = """---
title: {title}
outlet: {outlet}
date: 2024-05-0{day}
---

At least {toll} people died when the bridge collapsed on Tuesday, officials said.
"""


def corpus(tmp_path, count=4):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"a{n}.md").write_text(
            ARTICLE.format(title=f"T{n}", outlet=f"O{n}", day=n + 1, toll=10 + n), encoding="utf-8"
        )
    return folder


def test_a_run_takes_its_options_as_one_record(tmp_path):
    folder = corpus(tmp_path)
    (folder / "skip.md").write_text("At least 3 people died.", encoding="utf-8")
    (folder / "bad.md").write_bytes(b"\xff\xfe\x00 not text")
    store = tmp_path / "s.sqlite"
    options = RunOptions(read=ReadOptions(exclude=("skip.md",), root=folder), store=store, jobs=1)
    stats = ExtractionStats()
    with stored_corpus([folder], options, stats=stats) as (stored, skipped):
        assert stored.store.path == store and len(stored.documents) == 4 and stats.files == 5 and stats.jobs == 1
        assert [error.path for error in skipped] == [str(folder / "bad.md")]
        claims = list(stored.claims())
    assert len(claims) == 8 and kind_of(store) == "ours"  # a toll and a date each
    with pytest.raises(CorpusError, match="bad.md"), stored_corpus([folder], RunOptions(options.read, strict=True)):
        pass
    with stored_corpus([folder], RunOptions(options.read, store=store, temporary_store=True)) as (fresh, _):
        assert fresh.store.path != store and list(fresh.claims()) == claims


def test_only_new_or_changed_documents_are_extracted(tmp_path):
    folder = corpus(tmp_path)
    store = tmp_path / "store.sqlite"
    first = ExtractionStats()
    claims = extract_corpus(load_corpus([folder]), 1, store, stats=first)
    assert (first.cached, first.extracted) == (0, 4)
    (folder / "a2.md").write_text(ARTICLE.format(title="T2", outlet="O2", day=3, toll=99), encoding="utf-8")
    second = ExtractionStats()
    again = extract_corpus(load_corpus([folder]), 1, store, stats=second)
    assert (second.cached, second.extracted) == (3, 1)
    assert [c.text for c in again if c.kind == "quantity"] == [
        "At least 10",
        "At least 11",
        "At least 99",
        "At least 13",
    ]
    assert len(again) == len(claims)
    with ClaimStore(store) as opened:
        assert opened.count() == 5  # the old version of a2 stays until the store is cleared


def test_store_gives_the_same_claims_as_a_fresh_extraction(tmp_path):
    documents = load_corpus([SEEDS])
    fresh = extract_corpus(documents, 1, None)
    store = tmp_path / "s.sqlite"
    extract_corpus(documents, 1, store)
    assert extract_corpus(documents, 1, store) == fresh


def test_a_corrupt_store_of_ours_is_reported_and_rebuilt(tmp_path, caplog):
    folder = corpus(tmp_path)
    store = tmp_path / "store.sqlite"
    extract_corpus(load_corpus([folder]), 1, store)
    with store.open("r+b") as opened:  # the header (ours) stays; the pages after it do not
        opened.seek(100)
        opened.write(b"this is not a database" * 300)
    claims = extract_corpus(load_corpus([folder]), 1, store)
    assert "rebuilding" in warnings_logged(caplog)
    assert claims and ClaimStore(store).__enter__().count() == 4


def test_garbage_in_the_default_location_is_rebuilt(tmp_path, caplog):
    folder = corpus(tmp_path)
    store = default_location([folder])
    store.parent.mkdir(parents=True)
    store.write_bytes(b"this is not a database" * 100)
    with ClaimStore(store, owned=True) as opened:
        extract_into(opened, iter_documents([folder]), 1)
        assert opened.count() == 4
    assert "rebuilding" in warnings_logged(caplog)


def test_a_foreign_database_is_refused_and_left_as_it_was(tmp_path):
    folder = corpus(tmp_path)
    store = tmp_path / "store.sqlite"
    with sqlite3.connect(store) as foreign:
        foreign.execute("CREATE TABLE claims (key TEXT PRIMARY KEY, document TEXT, payload BLOB)")
        foreign.execute("INSERT INTO claims VALUES ('x', 'y', x'00')")
    foreign.close()
    before = store.read_bytes()
    with pytest.raises(StoreRefused, match="not a claimcheck store"):
        extract_corpus(load_corpus([folder]), 1, store)
    assert store.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "store.sqlite"]


def test_a_store_of_an_earlier_version_is_made_anew(tmp_path):
    folder = corpus(tmp_path)
    store = tmp_path / "store.sqlite"
    with sqlite3.connect(store) as older:  # what claimcheck-claims/2 looked like: no application_id
        older.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        older.execute("INSERT INTO meta VALUES ('schema', 'claimcheck-claims/2')")
        older.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, claims INTEGER)")
    older.close()
    stats = ExtractionStats()
    assert extract_corpus(load_corpus([folder]), 1, store, stats=stats) and stats.extracted == 4
    assert kind_of(store) == "ours"


def test_a_read_only_corpus_is_left_untouched(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    folder.chmod(0o555)
    try:
        result = run("extract", str(folder), "--kind", "quantity")
        again = run("extract", str(folder), "--kind", "quantity")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0 and result.stdout.count("\n") == 4 and again.stdout == result.stdout
    assert not (folder / ".claimcheck").exists()
    assert list((tmp_path / "user-cache" / "claimcheck").rglob("claims.sqlite"))


def test_a_store_that_cannot_be_written_is_skipped(tmp_path, caplog):
    folder = corpus(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    claims = extract_corpus(load_corpus([folder]), 1, blocker / "store.sqlite")
    assert claims and "using a temporary one for this run" in warnings_logged(caplog)


def test_two_runs_at_once_both_finish_with_the_same_result(tmp_path):
    folder = corpus(tmp_path, count=30)
    command = [sys.executable, "-m", "claimcheck", "extract", str(folder), "--format", "jsonl", "--jobs", "2"]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert outputs[0][0] == outputs[1][0] and outputs[0][0].count("\n") >= 30
    assert run("extract", str(folder), "--format", "jsonl", "--no-store").stdout == outputs[0][0]


def test_streamed_extraction_is_the_same_whatever_the_jobs(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    # Small tasks and one task in flight per worker, so that a small corpus goes through every path.
    monkeypatch.setattr(extraction, "CHUNK", 4)
    monkeypatch.setattr(extraction, "WINDOW", 1)
    (tmp_path / "digest.txt").write_text(generate(0, articles=40), encoding="utf-8")
    (tmp_path / "again.txt").write_text(generate(0, articles=3), encoding="utf-8")  # three articles twice
    expected = [c.model_dump_json() for c in extract(load_corpus([tmp_path]))]
    for jobs in (1, 2):
        stats = ExtractionStats()
        with ClaimStore(tmp_path / f"{jobs}.sqlite") as store:
            stored = extract_into(store, iter_documents([tmp_path]), jobs, stats=stats)
            assert [c.model_dump_json() for c in stored.claims()] == expected
        assert (stats.extracted, stats.cached) == (40, 3)


def test_jobs_do_not_change_the_report(tmp_path):
    one = run("report", "seeds/", "--rules", "rules/", "--format", "json", "--jobs", "1", "--no-store").stdout
    two = run("report", "seeds/", "--rules", "rules/", "--format", "json", "--jobs", "2", "--no-store").stdout
    cached = run(
        "report", "seeds/", "--rules", "rules/", "--format", "json", "--store", str(tmp_path / "c.sqlite")
    ).stdout
    assert one == two == cached and one


def test_store_commands(tmp_path):
    folder = corpus(tmp_path)
    run("extract", str(folder))
    info = run("store", "info", str(folder))
    assert "4 document(s)" in info.stdout and info.stdout.startswith(str(default_location([folder])))
    assert "removed" in run("store", "clear", str(folder)).stderr
    assert not default_location([folder]).exists() and not (folder / ".claimcheck").exists()


def test_the_old_store_names_still_work(tmp_path):
    folder = corpus(tmp_path)
    target = tmp_path / "old.sqlite"
    assert (
        run("extract", str(folder), "--cache", str(target)).stdout == run("extract", str(folder), "--no-cache").stdout
    )
    assert "4 document(s)" in run("cache", "info", "--cache", str(target), str(folder)).stdout


def test_stored_claims_are_moved_to_where_the_document_now_stands(tmp_path):
    from claimcheck.extract import extract

    digest = tmp_path / "digest.txt"
    first = "Quake hits coast\n\nWire One\nMay 1 2024\n\nAt least 12 people died.\n\n"
    second = "Quake toll rises\n\nWire Two\nMay 2 2024\n\nThe toll rose to 40 people on Thursday.\n"
    digest.write_text(first + second, encoding="utf-8")
    store = tmp_path / "s.sqlite"
    extract_corpus(load_corpus([digest]), 1, store)
    digest.write_text(first.replace("At least 12", "Extra line.\n\nAt least 14") + second, encoding="utf-8")
    documents = load_corpus([digest])
    stats = ExtractionStats()
    claims = extract_corpus(documents, 1, store, stats=stats)
    assert (stats.cached, stats.extracted) == (1, 1)
    assert claims == extract(documents)
    source = digest.read_text(encoding="utf-8")
    for claim in claims:
        assert source[claim.start : claim.end] == claim.text
        assert source.split("\n")[claim.line - 1][claim.column - 1 :].startswith(claim.text)


def test_a_store_locked_by_another_run_is_waited_for_then_left_alone(tmp_path, monkeypatch, caplog):
    from claimcheck.engine import store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.05)
    monkeypatch.setattr(store_module, "LOCK_RETRIES", 2)
    folder = corpus(tmp_path)
    store = tmp_path / "store.sqlite"
    expected = extract_corpus(load_corpus([folder]), 1, store)
    other_run = sqlite3.connect(store, isolation_level=None)
    other_run.execute("BEGIN EXCLUSIVE")
    try:
        assert extract_corpus(load_corpus([folder]), 1, store) == expected
    finally:
        other_run.execute("ROLLBACK")
        other_run.close()
    assert "stays locked by another run; using a temporary one" in warnings_logged(caplog)
    stats = ExtractionStats()
    extract_corpus(load_corpus([folder]), 1, store, stats=stats)
    assert stats.extracted == 0  # the locked store was not rebuilt


def test_a_damaged_page_is_found_by_the_integrity_check_and_the_store_rebuilt(tmp_path, caplog):
    folder = corpus(tmp_path, count=9)
    store = tmp_path / "store.sqlite"
    expected = extract_corpus(load_corpus([folder]), 1, store)
    with store.open("r+b") as opened:  # the schema and the tables opening reads stay whole; the last page not
        opened.seek(store.stat().st_size - 4096)
        opened.write(b"\xa5" * 4096)
    stats = ExtractionStats()
    assert extract_corpus(load_corpus([folder]), 1, store, stats=stats) == expected
    assert "integrity check failed); rebuilding it" in warnings_logged(caplog)
    assert stats.extracted == 9


def package_copy(tmp_path: Path) -> Path:
    """A copy of the claimcheck package to edit, and the way to run it: `run_copy(tmp_path, *args)`."""
    import shutil

    package = tmp_path / "src" / "claimcheck"
    shutil.copytree(ROOT / "src" / "claimcheck", package, ignore=shutil.ignore_patterns("__pycache__"))
    return package


def run_copy(tmp_path: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        check=True,
    )
    return result.stdout


def test_a_lexicon_edit_is_never_served_from_an_older_store(tmp_path):
    """The store is keyed by a digest of the extraction code and data: edit the lexicon of a copy of the
    package, run again on the same store, and the claims follow the edit."""
    package = package_copy(tmp_path)
    article = tmp_path / "corpus" / "a.md"
    article.parent.mkdir()
    article.write_text(
        "---\ntitle: Ferry delayed\noutlet: Coast Post\ndate: 2024-05-02\n---\n"
        "The ferry carried a score of tourists and 40 crew.\n",
        encoding="utf-8",
    )
    store = tmp_path / "claims.sqlite"

    def figures() -> list[str]:
        found = run_copy(tmp_path, "extract", str(article), "--kind", "quantity", "--store", str(store))
        return [json.loads(line)["text"] for line in found.splitlines()]

    assert figures() == ["40"]
    lexicon = package / "extract" / "data" / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    lexicon.write_text(text.replace("word_amounts:\n", "word_amounts:\n  a score of: 20\n", 1), encoding="utf-8")
    assert figures() == ["a score", "40"]


def test_an_edit_of_the_checks_is_never_served_from_an_older_store(tmp_path):
    """A check's results are kept under a digest of the checking code too: change how far apart two stories
    stand in a copy of the package, run again on the same store, and the verdict follows the edit."""
    package = package_copy(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, day, figure in (("a", "2024-05-02", "40"), ("b", "2024-05-08", "55")):
        (corpus / f"{name}.md").write_text(
            f"---\ntitle: Bridge works\noutlet: Outlet {name}\ndate: {day}\n---\n"
            f"The repairs of the bridge will cost {figure} million euros, the council said.\n",
            encoding="utf-8",
        )
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - id: bridge-cost\n    title: Cost of the bridge repairs\n    kind: quantity\n    select: {sentence: [bridge], unit: EUR}\n"
        "    compare: {tolerance: 5%, time: any}\n",
        encoding="utf-8",
    )
    store = tmp_path / "claims.sqlite"

    def verdicts() -> list[str]:
        args = ["--no-config", "report", str(corpus), "--rules", str(rules), "--format", "json", "--store", str(store)]
        return [v["verdict"] for v in json.loads(run_copy(tmp_path, *args, "--exit-zero"))["verdicts"]]

    assert verdicts() == ["not-comparable"]
    frames = package / "checks" / "frames.py"
    text = frames.read_text(encoding="utf-8")
    frames.write_text(text.replace("STORY_DAYS = 3\n", "STORY_DAYS = 10\n", 1), encoding="utf-8")
    assert verdicts() == ["discrepancy"]
