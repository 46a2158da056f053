"""The code stays as the README's development section says: ruff-clean and formatted, mypy-clean on src/ in strict mode."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", name, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("args", [["check", "src", "tests", "benchmarks"], ["format", "--check", "src", "tests"]])
def test_ruff(args):
    pytest.importorskip("ruff")
    result = tool("ruff", *args)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_src():
    pytest.importorskip("mypy")
    result = tool("mypy", "--strict", "--no-error-summary")
    assert result.returncode == 0, result.stdout + result.stderr
