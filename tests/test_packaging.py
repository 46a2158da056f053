"""The install a user gets: the sdist and wheel are built (the wheel from the sdist, so the sdist must be
complete), the wheel is installed in a fresh virtual environment, and `claimcheck --version` and the seed
report run from it; the package is typed (py.typed) and the sdist carries the tests and their fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from .conftest import ROOT, read_page

pytest.importorskip("build")
NAME, VERSION = "claimcheck-news", "0.2.0"


def sh(args: list[str | Path], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """sdist, then the wheel built from it (python -m build), from a copy of the tree (no build files left here)."""
    out = tmp_path_factory.mktemp("dist")
    tree = tmp_path_factory.mktemp("tree") / "claimcheck"
    skip = {
        ".git",
        ".venv",
        "node_modules",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
        ".mypy_cache",
        ".claimcheck",
    }
    shutil.copytree(ROOT, tree, ignore=lambda _, names: [n for n in names if n in skip or n.endswith(".egg-info")])
    sh([sys.executable, "-m", "build", "--outdir", out, tree], tree)
    return out


def test_the_sdist_carries_the_tests_and_their_fixtures(built):
    (sdist,) = built.glob("*.tar.gz")
    assert sdist.name == "claimcheck_news-0.2.0.tar.gz"
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "CHANGELOG.md",
        "README.md",
        ".pre-commit-hooks.yaml",
        "claimcheck.yaml",
        "src/claimcheck/py.typed",
        "seeds/000_16909572bccc9cd7.txt",
        "rules/nagorno-karabakh.yaml",
        "tests/conftest.py",
        "tests/extract_cases.yaml",
        "tests/corpora/earthquake.txt",
        "tests/formats/rules.yaml",
        "tests/formats/html/glen-herald.mhtml",
        "tests/schemas/junit-10.xsd",
        "tests/schemas/gitlab-codequality.json",
        "docs/bad-input.md",
        ".ci/run",
    ):
        assert needed in names, needed
    assert not any("__pycache__" in name or "node_modules" in name for name in names)


def test_the_wheel_is_typed_and_says_what_it_is(built):
    (wheel,) = built.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = Parser().parsestr(archive.read(f"claimcheck_news-{VERSION}.dist-info/METADATA").decode())
    for needed in (
        "claimcheck/py.typed",
        "claimcheck/starter/claimcheck.yaml",
        "claimcheck/starter/rules.yaml",
        "claimcheck/extract/data/lexicon.yaml",
        "claimcheck/report/templates/report.html.j2",
    ):
        assert needed in names, needed
    assert any(n.endswith("licenses/LICENSE") for n in names)
    assert metadata["Name"] == NAME and metadata["Version"] == VERSION
    assert metadata["License-Expression"] == "MIT"
    assert "Typing :: Typed" in metadata.get_all("Classifier")
    assert any(url.startswith("Source, https://") for url in metadata.get_all("Project-URL"))


def test_the_wheel_installs_and_runs_in_a_fresh_environment(built, tmp_path):
    (wheel,) = built.glob("*.whl")
    venv = tmp_path / "venv"
    sh([sys.executable, "-m", "venv", venv], tmp_path)
    sh([venv / "bin" / "python", "-m", "pip", "install", "-q", wheel], tmp_path, timeout=900)
    assert sh([venv / "bin" / "claimcheck", "--version"], tmp_path).stdout == f"claimcheck, version {VERSION}\n"
    work = tmp_path / "work"
    work.mkdir()
    for name in ("seeds", "rules", "claimcheck.yaml"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, work / name)
    sh([venv / "bin" / "claimcheck", "report", "--exit-zero"], work)
    html = (work / "reports" / "report.html").read_text(encoding="utf-8")
    findings = read_page(html)["main"]["findings"]
    assert "exodus-count" in {f["rule"] for f in findings} and "Shakhramanyan" in str(findings)
    found = sh([venv / "bin" / "claimcheck", "report", "--format", "json", "--exit-zero"], work).stdout
    assert found.count('"rule": "exodus-count"') >= 1
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    if mypy:  # the installed package is typed: mypy reads it, with no "missing py.typed" complaint
        (tmp_path / "use.py").write_text("import claimcheck\n\nreveal_type(claimcheck.load_corpus)\n")
        result = subprocess.run(
            [mypy, "--python-executable", str(venv / "bin" / "python"), "--no-incremental", "use.py"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert "def (paths: typing.Iterable[" in result.stdout and "py.typed" not in result.stdout, result.stdout
