"""Hostile and broken input, determinism, and nothing lost (each row of docs/bad-input.md is tested here)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.errors import CorpusError, RuleError
from claimcheck.extract import extract
from claimcheck.report import FORMATS, write_atomic
from claimcheck.rules import load_rules

from .conftest import ROOT, RULES, read_page
from .test_cli import run

HOSTILE_CHARS = st.sampled_from(
    [
        "\x00",
        "\x1b[31m",
        "\u202e",
        "\u200f",
        "\u0301",
        "🔥",
        "\ufeff",
        "\u00ad",
        "\u00a0",
        "“",
        "”",
        "—",
        "\r",
        "\t",
        "<script>",
        "](javascript:x)",
        "&amp;",
        "At least 12 people died",
        "Oct 3 2023",
        "---",
        "\n",
        "\n\n",
        "{",
        "}",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), HOSTILE_CHARS), max_size=40).map("".join)
RULE_SET = load_rules([RULES])


def _render_everything(report) -> None:
    outputs = {name: render(report) for name, render in FORMATS.items()}
    json.loads(outputs["json"])
    json.loads(outputs["sarif"])
    ET.fromstring(outputs["junit"].split("\n", 1)[1])
    assert "<script>alert" not in outputs["html"]


def _pipeline(path) -> None:
    try:
        documents = load_corpus([path])
    except CorpusError as error:
        assert "\n" not in str(error) and str(path) in str(error)
        return
    report = check(documents, extract(documents), RULE_SET)
    _render_everything(report)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=TEXT, headline=TEXT)
def test_fuzz_digests(tmp_path, body, headline):
    path = tmp_path / "digest.txt"
    text = f"{headline}\n\nSome Outlet\nOct 3 2023\n\n{body}\n"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _pipeline(path)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    meta=st.dictionaries(st.sampled_from(["title", "outlet", "date", "url", "author", "x"]), TEXT, max_size=5),
    body=TEXT,
)
def test_fuzz_front_matter(tmp_path, meta, body):
    path = tmp_path / "a.md"
    header = "\n".join(f"{k}: {json.dumps(v)}" for k, v in meta.items())
    path.write_bytes(f"---\n{header}\n---\n{body}\n".encode("utf-8", "surrogatepass"))
    _pipeline(path)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["title", "outlet", "date", "url", "text"]),
            st.one_of(TEXT, st.integers(), st.none()),
            max_size=5,
        ),
        max_size=4,
    )
)
def test_fuzz_json_lines(tmp_path, records):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    _pipeline(path)


def test_lone_surrogates_in_json_lines(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"title": "A\\ud800", "outlet": "W", "date": "2024-01-01", "text": "At least 12 \\udfff people died."}\n',
        encoding="utf-8",
    )
    [document] = load_corpus([path])
    assert "\ufffd" in document.text and "\ufffd" in document.title
    _render_everything(check([document], extract([document]), RULE_SET))


@pytest.mark.parametrize("shape", ["long line", "blank lines"])
def test_huge_lines_and_many_blank_lines(tmp_path, shape):
    path = tmp_path / "big.txt"
    if shape == "long line":
        # a single line of about 1 MB: one figure in every 40 sentences
        body = ("At least 5 people were hurt. " + "Crowds waited in the rain. " * 39) * 1_000
    else:
        body = "At least 5 people were hurt." + "\n" * 100_000 + "Two more died."
    path.write_text(f"Headline\n\nOutlet\nOct 3 2023\n\n{body}\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl", "--no-store", "--max-claims", "100000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"kind":"quantity"') == (1_000 if shape == "long line" else 2)


def test_cli_never_shows_a_traceback_on_hostile_files(tmp_path):
    cases = {
        "nul.txt": b"Head\n\nOut\nOct 3 2023\n\nA\x00B",
        "ctrl.md": b"---\ntitle: \x1b[2J\n---\nbody\n",
        "bad.jsonl": b'{"text": 5}\n',
        "latin.txt": "Caf\u00e9\nOct 3 2023\n".encode("latin-1"),
        "rtl.txt": "T\u202e\n\nO\nOct 3 2023\n\n\u202eAt least 3 people died.\n".encode(),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        result = run("report", str(tmp_path / name), "--format", "json", "--no-store", "--strict")
        assert result.returncode in (0, 2), (name, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2, result.stderr


def test_terminal_output_neutralises_control_characters(tmp_path):
    path = tmp_path / "t.md"
    path.write_text(
        "---\ntitle: T\noutlet: O\ndate: 2024-01-01\n---\nAt least 12 \x1b[31mpeople died.\n", encoding="utf-8"
    )
    result = run("extract", str(path), "--format", "table", "--no-store")
    assert "\x1b" not in result.stdout


# Rule files from people


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nrules: [*c]\n", "aliases"),
        ("rules:\n" + "  " + "[" * 5000 + "]" * 5000 + "\n", ""),
        ("rules:\n  - {id: a, title: A, kind: quantity, select: {pattern: '(a+)+$'}}\n", "unknown key 'pattern'"),
        ("rules:\n  - {id: a, title: A, kind: quantity, severity: fatal}\n", "severity"),
        ("rules:\n  - {id: 'Bad Id!', title: A, kind: quantity}\n", "rules.0.id"),
        ("rules: 5\n", "rules"),
        ("- just a list\n", "a rule file is a mapping"),
        ("!!python/object/apply:os.system ['echo hi']\n", "not valid YAML"),
    ],
)
def test_hostile_rule_files_are_rejected_quickly(tmp_path, text, message):
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert message in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


def test_rules_are_loaded_with_safe_loaders_only():
    source = (ROOT / "src" / "claimcheck" / "rules" / "loader.py").read_text(encoding="utf-8")
    assert "yaml.load(" not in source and "UnsafeLoader" not in source and "FullLoader" not in source


# Determinism


def test_byte_identical_json_and_sarif_whatever_order_jobs_cache_locale_and_hash_seed(tmp_path):
    seeds = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))
    dev = [str(p) for p in sorted((ROOT / "tests" / "corpora").glob("*.txt"))]
    paths = seeds + dev
    outputs = set()
    for run_, (seed, locale, order, jobs, cache) in enumerate(
        [
            ("0", "C", paths, "1", ["--no-store"]),
            ("1", "C.UTF-8", paths[::-1], "2", ["--store", str(tmp_path / "a.db")]),
            ("12345", "C.UTF-8", paths, "2", ["--store", str(tmp_path / "a.db")]),
        ]
    ):
        env = {**os.environ, "PYTHONHASHSEED": seed, "LC_ALL": locale, "LANG": locale}
        out = tmp_path / str(run_) / "report"
        args = ["report", *order, "--rules", "rules/", "--format", "json,sarif", "-o", str(out), "--jobs", jobs, *cache]
        result = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=ROOT, env=env, capture_output=True)
        assert result.returncode == 0, result.stderr
        outputs |= {(fmt, out.with_suffix(f".{fmt}").read_bytes()) for fmt in ("json", "sarif")}
    assert len(outputs) == 2


# Nothing lost


def test_a_crash_while_writing_leaves_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("previous", encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomic(target, "new report")
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_format_failing_midway_leaves_every_previous_file(tmp_path):
    from claimcheck.report import write_all_atomic

    json_file, html_file = tmp_path / "report.json", tmp_path / "report.html"
    json_file.write_text("previous json", encoding="utf-8")
    html_file.write_text("previous html", encoding="utf-8")

    def page():
        yield "<html>"
        raise RuntimeError("template error")

    with pytest.raises(RuntimeError):
        write_all_atomic([(json_file, ["new json"]), (html_file, page())])
    assert json_file.read_text(encoding="utf-8") == "previous json"
    assert html_file.read_text(encoding="utf-8") == "previous html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json"]
    write_all_atomic([(json_file, ["new json"]), (html_file, iter(["<html>", "</html>"]))])
    assert (json_file.read_text(encoding="utf-8"), html_file.read_text(encoding="utf-8")) == (
        "new json",
        "<html></html>",
    )


def test_an_interrupt_whose_exception_was_lost_still_keeps_the_previous_files(tmp_path):
    """Python drops an exception raised where it ignores them (a handler run when a worker is forked): the
    signal is remembered all the same, and no file is replaced after it."""
    from claimcheck import interrupts
    from claimcheck.report import write_all_atomic

    report = tmp_path / "report.json"
    report.write_text("previous", encoding="utf-8")
    try:
        with pytest.raises(KeyboardInterrupt):
            interrupts._stop(signal.SIGINT, None)  # the handler's own exception, as if lost
        with pytest.raises(KeyboardInterrupt):
            write_all_atomic([(report, ["new"])])
        assert report.read_text(encoding="utf-8") == "previous"
        assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    finally:
        interrupts.clear()
    write_all_atomic([(report, ["new"])])
    assert report.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_run_keeps_the_previous_report(tmp_path, tmp_path_factory, signum):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    (tmp_path / "big.txt").write_text(generate(6), encoding="utf-8")
    (tmp_path / "reports").mkdir()
    previous = tmp_path / "reports" / "report.html"
    previous.write_text("previous report", encoding="utf-8")
    store = tmp_path_factory.mktemp("store") / "claims.sqlite"  # outside the corpus: CI mode keeps it
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "report", "big.txt", "--jobs", "2", "-q", "--store", str(store)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a shell starts background jobs with Ctrl-C ignored, and the suite may be one.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    while process.poll() is None and not store.exists():
        time.sleep(0.05)  # signal once the run is under way (its store is open), however slow the machine
    time.sleep(0.5)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert previous.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["report.html"]


def test_an_unreadable_document_is_skipped_counted_and_strict_fails(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.md").write_text(
        "---\ntitle: G\noutlet: O\ndate: 2024-01-01\n---\nAt least 3 people died.\n", encoding="utf-8"
    )
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    result = run("report", str(corpus), "--format", "json", "--no-store")
    assert result.returncode == 0
    assert "broken.txt" in result.stderr and "skipped" in result.stderr
    data = json.loads(result.stdout)
    assert len(data["corpus"]["skipped"]) == 1 and data["corpus"]["documents"] == 1
    html = run("report", str(corpus), "--format", "html", "-o", str(tmp_path / "r.html"), "--no-store")
    page = read_page((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert html.returncode == 0 and [s for s in page["main"]["corpus"]["skipped"] if "broken.txt" in s]
    strict = run("report", str(corpus), "--format", "json", "--no-store", "--strict")
    assert strict.returncode == 2 and "broken.txt" in strict.stderr


def test_limits_are_settable_and_say_when_hit(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: A\noutlet: O\ndate: 2024-01-01\n---\n" + "At least 3 people died. " * 10 + "\n", encoding="utf-8"
    )
    few = run("extract", str(path), "--kind", "quantity", "--no-store", "--max-claims", "4")
    assert few.returncode == 0 and few.stdout.count("\n") == 4 and "--max-claims" in few.stderr
    assert (
        few.stderr
        == f"claimcheck: {path}:6: 10 claims in one document; kept the first 4 (raise it with --max-claims)\n"
    )
    small = run("extract", str(path), "--no-store", "--max-document-size", "50")
    assert small.returncode == 2 and "over the limit" in small.stderr


def test_safe_yaml_in_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nbody\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid YAML"):
        load_corpus([path])
