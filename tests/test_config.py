"""Configuration found from the current folder upwards (claimcheck.yaml or [tool.claimcheck]), the same
result from any subfolder, flags over the file, one-line errors with the line, `claimcheck init`, a store
that ignores itself, and the folder walk's --exclude and .gitignore."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .test_cli import run
from .test_gate import CONTRADICTING, FIRST, RULES, SECOND

CONFIG = """# the project's settings
paths: [corpus/]
rules: [checks/]
fail-on: warning
exclude: ["drafts/"]
store: .claimcheck
"""
DRAFT = CONTRADICTING.replace("Evening Post", "Draft Desk").replace("90 homes", "300 homes")


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "newsroom"
    (root / "corpus" / "drafts").mkdir(parents=True)
    (root / "corpus" / "a.txt").write_text(FIRST, encoding="utf-8")
    (root / "corpus" / "b.txt").write_text(SECOND, encoding="utf-8")
    (root / "corpus" / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    (root / "corpus" / "drafts" / "d.txt").write_text(DRAFT, encoding="utf-8")
    (root / "checks").mkdir()
    (root / "checks" / "homes.yaml").write_text(RULES, encoding="utf-8")
    (root / "claimcheck.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "desk" / "monday").mkdir(parents=True)
    return root


def findings(result) -> list[tuple[str, str]]:
    return [(f["rule"], f["id"]) for f in json.loads(result.stdout)["findings"]]


def test_the_same_result_from_any_subfolder(project):
    at_root = run("report", "--format", "json", "--exit-zero", cwd=project)
    assert at_root.returncode == 0, at_root.stderr
    assert len(findings(at_root)) == 1  # c.txt against a.txt and b.txt; the draft is excluded
    for folder in (project / "desk" / "monday", project / "corpus", project / "checks"):
        here = run("report", "--format", "json", "--exit-zero", cwd=folder)
        assert findings(here) == findings(at_root), here.stderr
        assert "warning:" not in here.stderr
    sarif = {run("report", "--format", "sarif", cwd=f).stdout for f in (project, project / "desk" / "monday")}
    assert len(sarif) == 1  # SARIF paths are relative to the configuration's root: the same bytes
    gate = run("check", cwd=project / "desk" / "monday")
    assert gate.returncode == 1 and gate.stdout.startswith("../../corpus/c.txt:6:21: error homes-destroyed")
    assert "(vs ../../corpus/a.txt:6)" in gate.stdout  # paths clickable from where the command runs; c.txt departs


def test_pyproject_tool_table_and_the_nearest_configuration(project):
    (project / "claimcheck.yaml").unlink()
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck]\npaths = ["corpus/"]\nrules = ["checks/"]\n"fail-on" = "warning"\n'
        'exclude = ["drafts/"]\nstore = ".claimcheck"\n',
        encoding="utf-8",
    )
    assert len(findings(run("report", "--format", "json", "--exit-zero", cwd=project / "desk"))) == 1
    (project / "desk" / "claimcheck.yaml").write_text("paths: [../corpus/a.txt, ../corpus/b.txt]\n", encoding="utf-8")
    nearer = run("report", "--format", "json", "--exit-zero", cwd=project / "desk" / "monday")
    assert findings(nearer) == [] and "no rule files found" in nearer.stderr


def test_flags_override_the_configuration(project):
    assert run("check", cwd=project).returncode == 1
    assert run("check", "--fail-on", "error", cwd=project / "desk").returncode == 1  # the rule's severity is error
    (project / "checks" / "homes.yaml").write_text(RULES.replace("severity: error", "severity: warning"))
    assert run("check", "--fail-on", "error", cwd=project / "desk").returncode == 0
    with_draft = run("report", "--format", "json", "--exit-zero", "--exclude", "nothing-matches", cwd=project)
    assert len(findings(with_draft)) == 2  # --exclude replaces the configured patterns
    only_a_b = run("report", "corpus/a.txt", "corpus/b.txt", "--format", "json", "--exit-zero", cwd=project)
    assert findings(only_a_b) == []
    ignored = run("--no-config", "report", "corpus/", "--format", "json", "--no-store", cwd=project)
    assert "no rule files found" in ignored.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paths: [corpus/]\nfailon: error\n", "claimcheck.yaml:2: unknown key 'failon' (did you mean 'fail-on'?)"),
        (
            "paths: [corpus/]\nfail-on: fatal\n",
            "claimcheck.yaml:2: fail-on: Input should be 'info', 'warning' or 'error'",
        ),
        ("paths: [corpus/]\nstore: [a, b]\n", "claimcheck.yaml:2: store: Input should be a valid string"),
        (
            "paths: [corpus/\n",
            "claimcheck.yaml:2: configuration is not valid YAML: expected ',' or ']', but got '<stream end>'",
        ),
        ("- a\n- b\n", "claimcheck.yaml:1: a configuration is a mapping of keys (paths, rules, fail-on, ...)"),
    ],
)
def test_configuration_errors_are_one_line_with_the_line(project, text, expected):
    (project / "claimcheck.yaml").write_text(text, encoding="utf-8")
    result = run("check", cwd=project / "desk")
    assert result.returncode == 2
    assert result.stderr == f"claimcheck: {project / expected}\n"


def test_pyproject_errors_name_the_line(project):
    (project / "claimcheck.yaml").unlink()
    (project / "pyproject.toml").write_text('[tool.claimcheck]\npaths = ["corpus/"]\nformats = "html"\n')
    result = run("report", cwd=project)
    assert (
        result.stderr == f"claimcheck: {project / 'pyproject.toml'}:3: unknown key 'formats' (did you mean 'format'?)\n"
    )


def test_no_rule_files_found_names_the_folders_searched(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    result = run("check", "a.txt", "--no-store", cwd=tmp_path)
    assert result.returncode == 0
    assert (
        f"claimcheck: warning: no rule files found (looked for {tmp_path / 'rules'}); only the built-in rules run"
        in (result.stderr)
    )
    (tmp_path / "claimcheck.yaml").write_text("paths: [a.txt]\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    nested = run("check", cwd=tmp_path / "sub", env=None)
    assert f"looked for {tmp_path / 'sub' / 'rules'} and {tmp_path / 'rules'}" in nested.stderr
    (tmp_path / "rules").mkdir()
    empty = run("check", cwd=tmp_path / "sub")
    assert "warning: no rule files in ../rules; only the built-in rules run" in empty.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_init_writes_a_working_starter_and_the_store_ignores_itself(tmp_path):
    git(tmp_path, "init", "-q")
    result = run("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "claimcheck.yaml").read_text(encoding="utf-8").startswith("# claimcheck configuration.")
    assert "store: .claimcheck" in (tmp_path / "claimcheck.yaml").read_text(encoding="utf-8")
    assert run("rules", "check", cwd=tmp_path).stdout == "1 rule(s) in 1 file(s): ok\n"
    again = run("init", cwd=tmp_path)
    assert (
        again.returncode == 2 and again.stderr == "claimcheck: claimcheck.yaml exists (use --force to overwrite it)\n"
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text(SECOND, encoding="utf-8")
    checked = run("check", cwd=tmp_path / "corpus")
    assert checked.returncode == 0, checked.stderr
    assert (tmp_path / ".claimcheck" / "claims.sqlite").is_file()
    assert (tmp_path / ".claimcheck" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    status = git(tmp_path, "status", "--porcelain", "--untracked-files=all")
    assert ".claimcheck" not in status and "corpus/a.txt" in status
    info = run("store", "info", cwd=tmp_path / "corpus")
    assert info.stdout == f"{Path('..') / '.claimcheck' / 'claims.sqlite'}: 2 document(s) of claims\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_gitignore_and_exclude_when_walking_folders(project):
    git(project, "init", "-q")
    (project / "corpus" / "wire").mkdir()
    (project / "corpus" / "wire" / "e.txt").write_text(DRAFT.replace("Draft Desk", "Wire"), encoding="utf-8")
    (project / "corpus" / "wire" / "keep.txt").write_text(SECOND.replace("Valley Times", "Keep"), encoding="utf-8")
    (project / ".gitignore").write_text("corpus/wire/*\n", encoding="utf-8")
    (project / "corpus" / "wire" / ".gitignore").write_text("!keep.txt\n", encoding="utf-8")

    def read(*args: str) -> list[str]:
        result = run("--no-config", "corpus", "corpus", "--format", "json", *args, cwd=project)
        return sorted(Path(d["path"]).relative_to("corpus").as_posix() for d in json.loads(result.stdout))

    assert read() == ["a.txt", "b.txt", "c.txt", "drafts/d.txt", "wire/keep.txt"]
    assert read("--no-respect-gitignore") == ["a.txt", "b.txt", "c.txt", "drafts/d.txt", "wire/e.txt", "wire/keep.txt"]
    assert read("--exclude", "drafts/", "--exclude", "c.txt") == ["a.txt", "b.txt", "wire/keep.txt"]
    assert read("--exclude", "/corpus/a.txt") == ["b.txt", "c.txt", "drafts/d.txt", "wire/keep.txt"]
    named = run("--no-config", "corpus", "corpus/wire/e.txt", "--format", "json", cwd=project)
    assert len(json.loads(named.stdout)) == 1  # a path named on the command line is always read
    walked = run("--no-config", "corpus", "corpus/wire", "--format", "json", cwd=project)
    assert [Path(d["path"]).name for d in json.loads(walked.stdout)] == ["keep.txt"]
    (project / ".gitignore").write_text("corpus/drafts/\n*.old.txt\n", encoding="utf-8")
    (project / "corpus" / "drafts" / "x.old.txt").write_text(FIRST, encoding="utf-8")
    assert "drafts/d.txt" not in read()  # an ignored folder is left out of a walk above it
    named_folder = run("--no-config", "corpus", "corpus/drafts", "--format", "json", cwd=project)
    names = sorted(Path(d["path"]).name for d in json.loads(named_folder.stdout))
    assert names == ["d.txt"]  # but read when named; the file's other patterns still apply


def test_no_paths_and_no_configuration_says_how_to_give_them(tmp_path):
    result = run("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"claimcheck: no paths given and no `paths:` configured (no claimcheck.yaml in {tmp_path} or above); "
        "give PATHS or run `claimcheck init`\n"
    )
