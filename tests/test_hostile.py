"""Hostile corpora and careless commands: bounded input, no run lost to one bad file, writes that cannot
destroy, a store that cannot lie, no races. Each test names the failure it guards against."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from claimcheck.corpus import iter_documents, load_corpus
from claimcheck.errors import ClaimcheckError, CorpusError, RuleError
from claimcheck.extract import extract
from claimcheck.models import Document
from claimcheck.report import write_atomic
from claimcheck.rules import load_rules

from .conftest import ROOT, RULES, warnings_logged
from .hostile_corpora import CorpusFile, check_corpus_folder, corpora, write_corpus
from .test_cli import run

ARTICLE = "---\ntitle: {title}\noutlet: {outlet}\ndate: 2024-03-05\n---\n{body}\n"


def article(folder: Path, name: str, body: str, title: str = "A story", outlet: str = "Wire") -> Path:
    path = folder / name
    path.write_text(ARTICLE.format(title=title, outlet=outlet, body=body), encoding="utf-8")
    return path


def skipped_after_reading(paths) -> tuple[list[Document], list[CorpusError]]:
    skipped: list[CorpusError] = []
    return list(iter_documents(paths, skipped)), skipped


# 1. Every input has a bound, and every error names its file.

ALIAS_BOMB = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 6)}]\n" for n in range(1, 7))


def test_aliases_in_front_matter_are_refused(tmp_path):
    path = tmp_path / "bomb.md"
    path.write_text("---\nl0: &l0 [lol, lol, lol, lol, lol, lol]\n" + ALIAS_BOMB + "title: *l6\n---\nbody\n")
    with pytest.raises(CorpusError) as info:
        load_corpus([path])
    assert str(info.value).startswith(f"{path}:3: ") and "aliases" in str(info.value)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.md", "---\ntitle: " + "[" * 1000 + "]" * 1000 + "\n---\nbody\n"),
        ("deep-block.md", "---\ntitle:\n" + "".join(" " * n + "- \n" for n in range(1000)) + "---\nbody\n"),
        ("deep.jsonl", '{"text": "x", "title": ' + "[" * 1000 + "]" * 1000 + "}\n"),
    ],
)
def test_deep_nesting_in_an_article_is_refused_with_its_file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus([path])
    assert str(info.value).startswith(f"{path}:") and "nested more than" in str(info.value)


def test_a_deeply_nested_baseline_is_one_clear_error(tmp_path):
    from claimcheck.baseline import load_baseline

    path = tmp_path / "baseline.yaml"
    path.write_text("findings: " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError) as info:
        load_baseline(path)
    assert str(info.value).startswith(f"{path}:1: ") and "nested more than" in str(info.value)


def test_a_deeply_nested_rule_file_is_refused_at_its_line(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("rules:\n  - " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert str(info.value).startswith(f"{path}:2: ") and "nested more than" in str(info.value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sank on 2023-02-30, and 14 passengers were rescued.",
        "Voting closed on 2022-13-01 after 3,200 ballots were cast.",
        "The archive dates the charter to 0000-00-00 and lists 12 signatories.",
    ],
)
def test_an_impossible_date_in_the_text_is_not_a_claim(tmp_path, sentence):
    path = article(tmp_path, "a.md", sentence)
    claims = extract(load_corpus([path]))
    assert [c.kind for c in claims if c.kind == "quantity"] == ["quantity"]
    assert not [c for c in claims if c.kind == "date" and c.text[:4].isdigit() and "-" in c.text]


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-07", "9999-12-31", "9999-12-25"])
def test_date_arithmetic_near_the_ends_of_the_calendar_never_raises(tmp_path, published):
    body = (
        "The bridge closed yesterday and reopens tomorrow. Crews worked last week and will return next week. "
        "It rained on Monday, last Friday and next Sunday (3), on the 2nd and on Dec. 30, and last month."
    )
    path = tmp_path / "edge.md"
    path.write_text(f"---\ntitle: Edge\noutlet: Wire\ndate: {published}\n---\n{body}\n", encoding="utf-8")
    claims = extract(load_corpus([path]))
    for claim in claims:
        if claim.kind == "date" and claim.value.granularity == "day":
            assert dt.date.fromisoformat(claim.value.date)


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("date.md", "---\ntitle: T\noutlet: O\ndate: 2023-13-45\n---\nAt least 3 people died.\n", 4),
        ("int.jsonl", '{"text": "ok"}\n{"text": "At least 3 people died.", "title": ' + "9" * 5000 + "}\n", 2),
        ("float.jsonl", '{"text": "At least 3 people died.", "title": 1' + "0" * 5000 + ".5}\n", 1),
        ("int.md", "---\ntitle: " + "7" * 5000 + "\ndate: 2023-01-01\n---\nAt least 3 people died.\n", 2),
    ],
)
def test_bad_metadata_skips_only_its_own_file(tmp_path, name, text, line):
    good = article(tmp_path, "good.md", "At least 40 people died in the flood.")
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    documents, skipped = skipped_after_reading([tmp_path])
    assert [d.path for d in documents] == [str(good)]
    assert [str(e).split(": ")[0] for e in skipped] == [f"{bad}:{line}"]


@pytest.mark.parametrize("url", ["http://[::1", "https://exa mple.org:99999/x", "http://[v1.x]/", "https://%zz/"])
def test_a_malformed_url_is_kept_as_written(tmp_path, url):
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"text": "At least 3 people died.", "url": url, "title": "T"}) + "\n", encoding="utf-8")
    [document] = load_corpus([path])
    assert document.url == url
    digest = tmp_path / "u.txt"
    digest.write_text(f"Storm hits coast\n\nOct 3 2023\n\nAt least 3 people died.\n\n{url}\n", encoding="utf-8")
    load_corpus([digest])


def test_special_files_are_refused_by_type_before_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # data waiting: a reader would take it as a file
    os.write(writer, b"Storm\n\nOct 3 2023\n\nAt least 3 people died.\n")
    try:
        with pytest.raises(CorpusError, match="not a regular file"):
            load_corpus([fifo])
        with pytest.raises(CorpusError, match="not a regular file"):
            load_corpus(["/dev/null"])
        article(tmp_path, "good.md", "At least 40 people died in the flood.")
        documents, skipped = skipped_after_reading([tmp_path])
        assert len(documents) == 1 and [e.path for e in skipped] == [str(fifo)]
    finally:
        os.close(writer)


def test_the_document_size_limit_applies_per_article(tmp_path):
    long_body = "Crews cleared the road. " * 200
    digest = tmp_path / "d.txt"
    digest.write_text(
        "Quake hits coast\n\nWire One\nMay 1 2024\n\nAt least 12 people died.\n\n"
        f"Long report\n\nWire Two\nMay 2 2024\n\n{long_body}\n\n"
        "Quake toll rises\n\nWire Three\nMay 3 2024\n\nThe toll rose to 40 people.\n",
        encoding="utf-8",
    )
    skipped: list[CorpusError] = []
    documents = list(iter_documents([digest], skipped, max_chars=1000))
    assert [d.title for d in documents] == ["Quake hits coast", "Quake toll rises"]
    assert [str(e) for e in skipped] == [
        f"{digest}:13: document of {len(long_body):,} characters is over the limit of 1,000 "
        "(raise it with --max-document-size)"
    ]


def test_a_folder_nested_a_thousand_levels_deep_is_read(tmp_path):
    folder = deep = tmp_path / "corpus"
    for _ in range(1001):
        deep.mkdir()
        deep = deep / "d"
    deep = deep.parent
    article(deep, "a.md", "At least 40 people died in the flood.")
    article(folder, "b.md", "At least 41 people died in the flood.")
    try:
        assert len(load_corpus([folder])) == 2
    finally:  # removed level by level: a recursive removal (pytest's, shutil's) would itself overflow
        (deep / "a.md").unlink()
        while deep != folder:
            deep.rmdir()
            deep = deep.parent


def test_a_folder_that_cannot_be_listed_is_skipped_and_counted(tmp_path, monkeypatch):
    from claimcheck.corpus import reading

    article(tmp_path, "good.md", "At least 40 people died in the flood.")
    locked = tmp_path / "locked"
    locked.mkdir()
    article(locked, "hidden.md", "At least 41 people died in the flood.")
    listing = os.scandir

    def refusing(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(reading.os, "scandir", refusing)
    documents, skipped = skipped_after_reading([tmp_path])
    assert len(documents) == 1 and [str(e) for e in skipped] == [
        f"{locked}: cannot list this folder: Permission denied"
    ]
    with pytest.raises(CorpusError, match="cannot list this folder"):
        load_corpus([tmp_path])


def test_a_failure_of_ours_while_reading_one_file_skips_only_that_file(tmp_path, monkeypatch):
    from claimcheck import corpus

    def broken(text, path):
        raise ValueError("a reader defect\nover two lines")

    monkeypatch.setitem(corpus.LOADERS, "jsonl", broken)
    article(tmp_path, "good.md", "At least 40 people died in the flood.")
    (tmp_path / "b.jsonl").write_text('{"text": "At least 3 people died."}\n', encoding="utf-8")
    documents, skipped = skipped_after_reading([tmp_path])
    assert len(documents) == 1
    assert [str(e) for e in skipped] == [
        f"{tmp_path / 'b.jsonl'}: cannot be read (ValueError: a reader defect over two lines)"
    ]


def test_a_rule_file_over_a_megabyte_is_refused(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("rules: []\n" + "# padding\n" * 110_000, encoding="utf-8")
    with pytest.raises(RuleError, match="over the limit of 1,000,000"):
        load_rules([path])


# 2. Linear time (the speed itself is measured in benchmarks/bench_scaling.py, never in a test).


def test_a_long_line_without_a_full_stop_is_cut_into_bounded_windows():
    from claimcheck.extract.sentences import MAX_SENTENCE, split_sentences

    line = " ".join(f"crews counted {n} sacks of grain in the {n}th depot and then" for n in range(3000))
    sentences = split_sentences(line)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert "".join(s.text for s in sentences).replace(" ", "") == line.replace(" ", "")  # nothing lost


def test_claims_of_a_long_line_carry_bounded_sentences(tmp_path):
    from claimcheck.extract.sentences import MAX_SENTENCE

    body = " ".join(f"rescuers found {n} survivors near bridge {n} while" for n in range(2000))
    claims = extract(load_corpus([article(tmp_path, "a.md", body)]))
    assert len([c for c in claims if c.kind == "quantity"]) >= 1000
    assert max(len(c.sentence) for c in claims) <= MAX_SENTENCE


def _digest_read(monkeypatch, text: str, method: str) -> tuple[list[Document], int]:
    """A digest's documents, and how many times reading it called a method of its lines."""
    from claimcheck.corpus import digest

    calls = 0
    original = getattr(digest._Lines, method)

    def counting(self, *args):
        nonlocal calls
        calls += 1
        return original(self, *args)

    monkeypatch.setattr(digest._Lines, method, counting)
    documents = digest.parse_digest(text, Path("d.txt"))
    monkeypatch.setattr(digest._Lines, method, original)
    return documents, calls


def test_reading_consecutive_date_lines_is_linear(monkeypatch):
    small = _digest_read(monkeypatch, "Oct 3 2023\n" * 500, "text_of")[1]
    large = _digest_read(monkeypatch, "Oct 3 2023\n" * 2000, "text_of")[1]
    assert large <= 4.5 * small  # four times the lines, four times the reading (quadratic: sixteen)


def test_reading_an_article_after_many_blank_lines_skips_them_by_their_flags(monkeypatch):
    text = "Storm\n\nOct 3 2023\n" + "\n" * 20_000 + "At least 3 people died.\n"
    documents, records = _digest_read(monkeypatch, text, "__getitem__")
    assert documents[0].text == "At least 3 people died." and records < 1000  # not a record per blank line


# 3. Writes that cannot destroy.


def test_output_onto_a_symlink_writes_its_target_atomically(tmp_path):
    target = tmp_path / "real" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_output_onto_a_fifo_writes_through_it(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join()
    assert received == [b"through the pipe"] and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_output_onto_a_device_is_never_replaced(monkeypatch):
    def refuse(*args):
        raise AssertionError(f"a device was about to be replaced: {args}")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "rename", refuse)
    write_atomic(Path("/dev/null"), "nothing to keep")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_onto_a_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_output_dash_is_standard_output(tmp_path):
    result = run("report", "seeds/", "--rules", "rules/", "--format", "json", "-o", "-", "--no-store")
    assert result.returncode == 0 and json.loads(result.stdout)["findings"]
    assert not (ROOT / "-").exists()


def test_a_temporary_file_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    target = tmp_path / "report.json"
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from claimcheck.report import write_all_atomic\n"
        "def pieces():\n"
        "    yield 'half a report'\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"write_all_atomic([(Path({str(target)!r}), pieces())])\n"
    )
    killed = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert killed.returncode == -signal.SIGKILL
    assert [p for p in tmp_path.iterdir() if p.name != "report.json"]  # what kill -9 leaves behind
    write_atomic(target, "whole report")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def _foreign_files(tmp_path: Path) -> dict[str, bytes]:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"my notes, not a claim store\n" * 40)
    database = tmp_path / "app.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.execute("INSERT INTO people VALUES ('Ana')")
    connection.close()
    return {str(notes): notes.read_bytes(), str(database): database.read_bytes()}


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "{corpus}", "--store", "{file}"],
        ["report", "{corpus}", "--format", "json", "--cache", "{file}"],
        ["store", "info", "--store", "{file}"],
        ["cache", "info", "--cache", "{file}"],
        ["store", "clear", "--store", "{file}"],
    ],
)
def test_a_file_that_is_not_a_claim_store_is_refused_and_left_as_it_was(tmp_path, command):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article(corpus, "a.md", "At least 40 people died in the flood.")
    for name, content in _foreign_files(tmp_path).items():
        result = run(*[part.format(corpus=corpus, file=name) for part in command])
        assert result.returncode == 2, result.stderr
        assert (
            result.stderr.startswith(f"claimcheck: {name}: not a claimcheck store") and "\n" not in result.stderr[:-1]
        )
        assert Path(name).read_bytes() == content
        assert sorted(p.name for p in tmp_path.iterdir()) == ["app.sqlite", "corpus", "notes.txt"]


def test_a_fifo_named_as_the_store_is_refused(tmp_path):
    fifo = tmp_path / "store.fifo"
    os.mkfifo(fifo)
    result = run("store", "info", "--store", str(fifo))
    assert result.returncode == 2 and "not a claimcheck store (a FIFO)" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_store_info_creates_nothing(tmp_path):
    missing = tmp_path / "none.sqlite"
    result = run("store", "info", "--store", str(missing))
    assert result.returncode == 0 and "no store" in result.stdout + result.stderr
    assert not missing.exists()


# 4. A store that cannot lie.

PLANTED_RULES = """
rules:
  - id: flood-toll
    title: Deaths in the flood
    kind: quantity
    select: {counted: [people], predicate: [died]}
"""


def _gate_corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article(corpus, "a.md", "Officials said 40 people died in the flood.", outlet="Wire One")
    article(corpus, "b.md", "Officials said 90 people died in the flood.", outlet="Wire Two", title="Another")
    rules = tmp_path / "rules.yaml"
    rules.write_text(PLANTED_RULES, encoding="utf-8")
    return corpus, rules


def _plant(store: Path) -> None:
    """What a pull request could commit: a store whose every selection reads "selects nothing"."""
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE selections SET payload = ?", (b"{}\n",))
        connection.execute("DELETE FROM results")
    connection.close()


def test_a_store_planted_in_the_corpus_does_not_pass_the_gate(tmp_path):
    corpus, rules = _gate_corpus(tmp_path)
    planted = corpus / ".claimcheck" / "claims.sqlite"
    first = run("check", str(corpus), "--rules", str(rules), "--store", str(planted))
    assert first.returncode == 1, first.stderr
    _plant(planted)
    assert run("check", str(corpus), "--rules", str(rules)).returncode == 1  # the default store is elsewhere
    assert run("check", str(corpus), "--rules", str(rules), "--store", str(planted)).returncode == 1
    env_ci = {**os.environ, "CI": "true"}
    ci = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", str(corpus), "--rules", str(rules), "--store", str(planted)],
        capture_output=True,
        text=True,
        env=env_ci,
        cwd=tmp_path,
    )
    assert ci.returncode == 1 and "not trusted" in ci.stderr


def test_ci_mode_sets_aside_even_a_well_forged_store(tmp_path):
    from claimcheck.engine.store import sealed

    corpus, rules = _gate_corpus(tmp_path)
    forged = corpus / ".claimcheck" / "claims.sqlite"
    assert run("check", str(corpus), "--rules", str(rules), "--store", str(forged)).returncode == 1
    with sqlite3.connect(forged) as connection:  # seals made the way claimcheck makes them: they check out
        rows = connection.execute(
            "SELECT s.document, s.rules, d.key FROM selections s JOIN documents d ON d.id = s.document"
        ).fetchall()
        for document, rules_key, key in rows:
            connection.execute(
                "UPDATE selections SET payload = ? WHERE document = ? AND rules = ?",
                (sealed(b"{}\n", key, rules_key), document, rules_key),
            )
        connection.execute("DELETE FROM results")
    connection.close()
    ci = run("check", str(corpus), "--rules", str(rules), "--store", str(forged), "--ci")
    assert ci.returncode == 1 and "not trusted in CI mode" in ci.stderr and str(corpus) in ci.stderr
    assert f"claimcheck: {forged}: the claim store is not trusted in CI mode (" in ci.stderr  # one line, as ever


def test_verbose_says_which_dates_are_not_dates(tmp_path):
    path = article(tmp_path, "a.md", "Intro line.\nThe dam gave way on 2021-02-29 and 300 homes flooded.")
    quiet = run("extract", str(path), "--no-store")
    loud = run("extract", str(path), "--no-store", "--verbose")
    assert quiet.stdout == loud.stdout and "not a date" not in quiet.stderr
    assert f"claimcheck: {path}:7: '2021-02-29' is not a date (day is out of range for month)" in loud.stderr


def test_the_default_store_is_in_the_user_cache_keyed_by_the_corpus(tmp_path, monkeypatch):
    from claimcheck.engine.store import default_location

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    other = tmp_path / "other"
    corpus.mkdir()
    other.mkdir()
    here = default_location([corpus])
    assert here.is_relative_to(tmp_path / "cache" / "claimcheck")
    assert here != default_location([other]) and here == default_location([corpus / "." / ".." / "corpus"])
    article(corpus, "a.md", "At least 40 people died in the flood.")
    assert run("extract", str(corpus)).returncode == 0
    assert not (corpus / ".claimcheck").exists()


def test_the_default_store_is_the_users_own_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    """As SECURITY.md says: the default store's folders are readable by the user only, and a file there that
    is not a store of ours (claimcheck's own cache folder) is rebuilt, where one named with --store is refused."""
    from claimcheck.engine.store import default_location

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article(corpus, "a.md", "At least 40 people died in the flood.")
    expected = run("extract", str(corpus), "--no-store").stdout
    store = default_location([corpus])
    assert run("extract", str(corpus)).stdout == expected
    assert {stat.S_IMODE(folder.stat().st_mode) for folder in (store.parent, store.parent.parent)} == {0o700}
    store.write_bytes(b"this is not a database" * 100)
    rebuilt = run("extract", str(corpus))
    assert rebuilt.stdout == expected and rebuilt.stderr.startswith(f"claimcheck: {store}: not a usable claim store (")
    (tmp_path / "other.sqlite").write_bytes(b"this is not a database" * 100)
    refused = run("extract", str(corpus), "--store", str(tmp_path / "other.sqlite"))
    assert refused.returncode == 2 and "not a claimcheck store" in refused.stderr


def test_a_damaged_claim_row_is_found_and_worked_out_again(tmp_path):
    corpus, rules = _gate_corpus(tmp_path)
    store = tmp_path / "s.sqlite"
    expected = run("extract", str(corpus), "--no-store").stdout
    assert run("extract", str(corpus), "--store", str(store)).stdout == expected
    with sqlite3.connect(store) as connection:
        rows = connection.execute("SELECT document, idx, payload FROM claims").fetchall()
        (document, index, payload), last = rows[0], rows[-1]
        flipped = payload[:-3] + bytes([payload[-3] ^ 0x10]) + payload[-2:]  # one bit, deep in the row
        connection.execute("UPDATE claims SET payload = ? WHERE document = ? AND idx = ?", (flipped, document, index))
        connection.execute("UPDATE claims SET payload = x'00ff' WHERE document = ? AND idx = ?", last[:2])
        connection.execute("DELETE FROM claims WHERE document = ? AND idx = ?", rows[1][:2])
    connection.close()
    for _ in range(2):
        again = run("extract", str(corpus), "--store", str(store))
        assert again.returncode == 0 and again.stdout == expected, again.stderr


def test_rows_sealed_right_but_wrong_inside_are_worked_out_again(tmp_path):
    from claimcheck.engine.store import sealed
    from claimcheck.engine.tasks import RECORD

    corpus, rules = _gate_corpus(tmp_path)
    store = tmp_path / "s.sqlite"
    expected = run("report", str(corpus), "--rules", str(rules), "--format", "json", "--no-store").stdout
    run("report", str(corpus), "--rules", str(rules), "--format", "json", "--store", str(store))
    with sqlite3.connect(store) as connection:
        for document, index, key in connection.execute(
            "SELECT c.document, c.idx, d.key FROM claims c JOIN documents d ON d.id = c.document"
        ).fetchall():
            connection.execute(
                "UPDATE claims SET payload = ? WHERE document = ? AND idx = ?",
                (sealed(b'{"not": "a claim"}', key, index), document, index),
            )
        for document, rules_key, key in connection.execute(
            "SELECT s.document, s.rules, d.key FROM selections s JOIN documents d ON d.id = s.document"
        ).fetchall():
            connection.execute(  # a member far past the document's claims
                "UPDATE selections SET payload = ? WHERE document = ? AND rules = ?",
                (
                    sealed(b'{"flood-toll/*":1}\n' + RECORD.pack(999, b"x" * 8, b"y" * 16), key, rules_key),
                    document,
                    rules_key,
                ),
            )
        connection.execute("DELETE FROM results")
    connection.close()
    again = run("report", str(corpus), "--rules", str(rules), "--format", "json", "--store", str(store))
    assert again.returncode == 0 and again.stdout == expected, again.stderr


def test_an_altered_claim_count_does_not_change_the_report(tmp_path):
    corpus, rules = _gate_corpus(tmp_path)
    store = tmp_path / "s.sqlite"
    expected = json.loads(run("report", str(corpus), "--rules", str(rules), "--format", "json", "--no-store").stdout)
    run("report", str(corpus), "--rules", str(rules), "--format", "json", "--store", str(store))
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE documents SET claims = claims + 7")
    connection.close()
    again = run("report", str(corpus), "--rules", str(rules), "--format", "json", "--store", str(store))
    assert again.returncode in (0, 1), again.stderr
    assert json.loads(again.stdout)["claim_count"] == expected["claim_count"]


def test_a_full_disk_falls_back_to_a_temporary_store(tmp_path, monkeypatch, caplog):
    from claimcheck.engine import store as store_module
    from claimcheck.engine.extraction import extract_corpus

    corpus, _ = _gate_corpus(tmp_path)
    for n in range(30):
        article(corpus, f"more{n}.md", f"Officials said {n + 5} people died in the flood. " * 40, title=f"T{n}")
    documents = load_corpus([corpus])
    expected = extract_corpus(documents, 1, None)
    path = tmp_path / "s.sqlite"
    original = store_module.ClaimStore._connect

    def small_disk(self):
        connection = original(self)
        if self.path == path:
            connection.execute("PRAGMA max_page_count = 12")  # what SQLite meets on a full disk: SQLITE_FULL
        return connection

    monkeypatch.setattr(store_module.ClaimStore, "_connect", small_disk)
    assert extract_corpus(documents, 1, path) == expected
    assert "full" in warnings_logged(caplog)
    assert extract_corpus(documents, 1, path) == expected


# 5. No races.


def test_many_rules_and_two_jobs_never_race(tmp_path, monkeypatch):
    from claimcheck.engine import extraction
    from claimcheck.engine.extraction import extract_into
    from claimcheck.engine.store import ClaimStore

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    (tmp_path / "d.txt").write_text(generate(3, articles=24), encoding="utf-8")
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(
        "rules:\n"
        + "".join(
            f"  - {{id: r{n}, title: R{n}, kind: quantity, select: {{counted: [people{n}], predicate: [died]}}}}\n"
            for n in range(300)
        ),
        encoding="utf-8",
    )
    rules = load_rules([rules_file])
    documents = load_corpus([tmp_path / "d.txt"])
    # One document a task and a store write after each: the main thread works while the pool's feeder thread
    # sends tasks, which is when a rule set still being filled in was copied.
    monkeypatch.setattr(extraction, "CHUNK", 1)
    monkeypatch.setattr(extraction, "BATCH", 1)
    for attempt in range(12):
        with ClaimStore(None) as store:
            corpus = extract_into(store, documents, 2, rules)
            assert len(corpus.documents) == len(documents), attempt


# 7. Other failures.


@pytest.mark.parametrize("tolerance", ["5", "0", "2.5"])
def test_a_tolerance_written_as_a_yaml_number_is_accepted(tmp_path, tolerance):
    path = tmp_path / "r.yaml"
    path.write_text(
        f"rules:\n  - {{id: a, title: A, kind: quantity, compare: {{tolerance: {tolerance}}}}}\n", encoding="utf-8"
    )
    [rule] = load_rules([path]).rules
    assert float(rule.compare.tolerance) == float(tolerance)


@pytest.mark.parametrize(
    ("select", "message"),
    [
        ("{after: yesterday}", "after"),
        ("{before: '2024-02-30'}", "before"),
        ("{after: '2024-13'}", "after"),
        ("{after: '2024-05-01', before: '2024-01-01'}", "before"),
        ("{counted: [people, '']}", "counted"),
        ("{sentence: ['!!']}", "sentence"),
        ("{predicate: ['']}", "predicate"),
        ("{mentions: ['--']}", "mentions"),
    ],
)
def test_rule_values_that_could_never_match_are_errors(tmp_path, select, message):
    path = tmp_path / "r.yaml"
    path.write_text(f"rules:\n  - {{id: a, title: A, kind: quantity, select: {select}}}\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert str(info.value).startswith(f"{path}:2: ") and message in str(info.value)


def test_an_entity_without_aliases_is_an_error(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("entities:\n  karabakh: []\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleError, match="karabakh"):
        load_rules([path])


@pytest.mark.parametrize("after", ["2024", "2024-05", "2024-05-01"])
def test_valid_after_and_before_dates_still_load(tmp_path, after):
    path = tmp_path / "r.yaml"
    path.write_text(
        f"rules:\n  - {{id: a, title: A, kind: quantity, select: {{after: {after}, before: '2030-01-01'}}}}\n",
        encoding="utf-8",
    )
    [rule] = load_rules([path]).rules
    assert rule.select.after == after


def test_file_paths_reach_the_terminal_escaped(tmp_path):
    bad = tmp_path / "evil\x1b[2J\x07.txt"
    bad.write_bytes(b"\x00binary")
    result = run("report", str(bad), "--format", "json", "--no-store")
    assert result.returncode == 2 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b[2J\\x07.txt" in result.stderr
    article(tmp_path, "good.md", "At least 40 people died in the flood.")
    skipped = run("report", str(tmp_path), "--format", "json", "--no-store")
    assert skipped.returncode == 0 and "\x1b" not in skipped.stderr and "evil\\x1b" in skipped.stderr


# 6. Fuzzing: adversarial corpora (`hostile_corpora.py`; a longer run: benchmarks/fuzz_corpus.py).


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None)
@given(files=corpora())
def test_fuzz_hostile_corpora(files: list[CorpusFile]):
    """Nothing but `CorpusError` for what cannot be read, exactly the unreadable files skipped, everything
    else extracted, checked and rendered."""
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), files)
        check_corpus_folder(Path(folder), files, FUZZ_RULES)


FUZZ_RULES = load_rules([RULES])
