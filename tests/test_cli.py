from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, read_page


def run(*args, cwd=ROOT, env=None, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "PYTHONHASHSEED": "0", **(env or {})},
    )


def test_version_and_help():
    assert run("--version").stdout.startswith("claimcheck, version")
    for command in ("corpus", "extract", "report", "discover", "rules", "schema"):
        result = run(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout


def test_corpus_json_lists_the_seed():
    result = run("corpus", "seeds/", "--format", "json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 10


def test_extract_jsonl_fields():
    result = run("extract", "seeds/", "--kind", "quantity")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["kind"] == "quantity" for r in rows)
    assert {
        "kind",
        "doc",
        "text",
        "sentence",
        "path",
        "line",
        "column",
        "value",
        "qualifier",
        "unit",
        "canonical",
        "source",
        "counted",
        "predicate",
        "time",
        "confidence",
    } <= set(rows[0])


def test_report_json_to_stdout_and_file(tmp_path):
    result = run("report", "seeds/", "--rules", "rules/", "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1" and len(data["findings"]) >= 4
    out = tmp_path / "r.json"
    assert run("report", "seeds/", "--rules", "rules/", "--format", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["findings"] == data["findings"]


def test_report_with_no_arguments_writes_the_html(tmp_path):
    """With this repository's configuration, from a subfolder: the configured corpus, rules and output."""
    for name in ("seeds", "rules", "claimcheck.yaml"):
        (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / "notes").mkdir()
    result = run("report", "--exit-zero", cwd=tmp_path / "notes")
    assert result.returncode == 0, result.stderr
    page = read_page((tmp_path / "reports" / "report.html").read_text(encoding="utf-8"))
    assert "Shakhramanyan" in json.dumps(page["main"]["findings"], ensure_ascii=False)
    assert any("line" in f for f in page["main"]["findings"])  # a number line


def test_fail_on_gives_exit_1():
    assert run("report", "seeds/", "--rules", "rules/", "--format", "json", "--fail-on", "warning").returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ("corpus", "nope/"),
        ("extract", "seeds/", "--kind", "bogus"),
        ("report", "seeds/", "--format", "pdf"),
        ("report", "seeds/", "--rules", "nope.yaml"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_bad_input_writes_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("report", str(bad), "--rules", "rules/", "--format", "json", "-o", str(out))
    assert result.returncode == 2 and f"{bad}:1:" in result.stderr
    assert not out.exists()


def test_schemas_are_json():
    for record in ("report", "claim", "document", "rules"):
        assert json.loads(run("schema", record).stdout)
    assert json.loads(run("rules", "schema").stdout)["properties"]["rules"]


def test_identical_output_whatever_the_input_order(tmp_path):
    for index, name in enumerate(["b.md", "a.md"]):
        (tmp_path / name).write_text(
            f"---\ntitle: T{index}\noutlet: O{index}\ndate: 2024-01-0{index + 1}\n---\n"
            f"At least {10 + index * 40} people died in the flood.\n",
            encoding="utf-8",
        )
    one = run("discover", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--format", "json").stdout
    two = run("discover", str(tmp_path / "b.md"), str(tmp_path / "a.md"), "--format", "json").stdout
    assert one == two and json.loads(one)["claim_count"] == 2


def test_module_entry_point_exists():
    assert (Path(ROOT) / "src" / "claimcheck" / "__main__.py").exists()
