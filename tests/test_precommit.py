"""The pre-commit hook in a user's repository, run by the real `pre-commit` (installed from the package
index with the test extras) with this repository, tagged v0.2.0, as the hook's source: a commit of agreeing
articles passes, a commit adding a contradicting one is refused, and the claim store it leaves behind is
ignored by git."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_gate import CONTRADICTING, FIRST, RULES, SECOND

pytest.importorskip("pre_commit")
if shutil.which("git") is None:
    pytest.skip("needs git", allow_module_level=True)

LEFT_OUT = {
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    ".hypothesis",
    ".claimcheck",
    "build",
    "dist",
    "reports",
}
USER_CONFIG = """paths: [corpus/]
rules: [rules/]
store: .claimcheck
"""


def git_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"),
        "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
    }


def sh(args: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    return result


def hook_source(folder: Path, env: dict[str, str]) -> Path:
    """This repository as it stands, committed and tagged as a release would be."""
    source = folder / "claimcheck-src"
    shutil.copytree(
        ROOT, source, ignore=lambda _, names: [n for n in names if n in LEFT_OUT or n.endswith(".egg-info")]
    )
    sh(["git", "init", "-q", "-b", "main"], source, env)
    sh(["git", "add", "-A"], source, env)
    sh(["git", "commit", "-q", "-m", "release"], source, env)
    sh(["git", "tag", "v0.2.0"], source, env)
    return source


def test_the_hook_passes_agreeing_articles_and_refuses_a_contradicting_one(tmp_path):
    env = git_env(tmp_path)
    (tmp_path / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    source = hook_source(tmp_path, env)
    user = tmp_path / "newsroom"
    (user / "corpus").mkdir(parents=True)
    (user / "rules").mkdir()
    (user / "claimcheck.yaml").write_text(USER_CONFIG, encoding="utf-8")
    (user / "rules" / "storm.yaml").write_text(RULES, encoding="utf-8")
    (user / "corpus" / "a.txt").write_text(FIRST, encoding="utf-8")
    (user / "corpus" / "b.txt").write_text(SECOND, encoding="utf-8")
    (user / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: v0.2.0\n    hooks:\n      - id: claimcheck\n", encoding="utf-8"
    )
    sh(["git", "init", "-q"], user, env)
    sh([sys.executable, "-m", "pre_commit", "install"], user, env)
    sh(["git", "add", "-A"], user, env)
    first = sh(["git", "commit", "-m", "two agreeing articles"], user, env, check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "claimcheck" in first.stdout + first.stderr and "Passed" in first.stdout + first.stderr

    (user / "corpus" / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    sh(["git", "add", "corpus/c.txt"], user, env)
    refused = sh(["git", "commit", "-m", "a contradicting article"], user, env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "Failed" in output
    assert "corpus/c.txt:6:21: error homes-destroyed" in output and "Evening Post" in output  # the new article departs
    assert sh(["git", "rev-list", "--count", "HEAD"], user, env).stdout.strip() == "1"

    assert (user / ".claimcheck" / "claims.sqlite").is_file()
    status = sh(["git", "status", "--porcelain", "--untracked-files=all"], user, env).stdout
    assert status.splitlines() == ["A  corpus/c.txt"]  # the store ignores itself; nothing else is left behind

    (user / "notes.md").write_text("Unrelated notes about the desk rota.\n", encoding="utf-8")
    sh(["git", "reset", "-q", "corpus/c.txt"], user, env)
    (user / "corpus" / "c.txt").unlink()
    sh(["git", "add", "notes.md"], user, env)
    unrelated = sh(["git", "commit", "-m", "notes"], user, env, check=False)
    assert unrelated.returncode == 0, unrelated.stdout + unrelated.stderr
