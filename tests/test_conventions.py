"""What users of command-line tools expect: an example per command in --help (each one parses), --verbose
stage timings and store use, --jobs from the CPUs this process may use, a baseline that keeps the
reviewer's comments and order when it is updated."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from claimcheck.baseline import Baseline, BaselineEntry, updated_baseline_text
from claimcheck.cli import main
from claimcheck.engine.cpus import available_cpus, cgroup_quota

from .test_cli import run
from .test_gate import CONTRADICTING, FIRST, RULES, SECOND


def commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        if command.hidden:
            continue
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*prefix, name))


def examples(command: click.Command) -> list[str]:
    epilog = command.epilog or ""
    lines = epilog.split("Examples:\n", 1)[-1].splitlines() if "Examples:" in epilog else []
    return [line.split("  #")[0].strip() for line in lines if line.strip()]


@pytest.mark.parametrize(
    ("path", "command"), list(commands(main)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else ""
)
def test_every_command_has_examples_that_parse(path, command):
    help_text = run(*path, "--help").stdout
    assert "Examples:" in help_text
    found = examples(command)
    assert found, path
    for example in found:
        words = shlex.split(example.split("|")[-1].split(">")[0])
        assert words[: 1 + len(path)] == ["claimcheck", *path], example
        command.make_context(" ".join(words[:-1]), words[1 + len(path) :])  # raises on an unknown option


def test_the_top_level_help_has_examples_too():
    assert "claimcheck init" in run("--help").stdout and examples(main)


def test_verbose_says_how_long_each_stage_took_and_what_the_store_held(tmp_path):
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", CONTRADICTING)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    args = ("--no-config", "report", ".", "--rules", "rules.yaml", "--store", "s.sqlite", "-v", "--format", "json,md")
    first = run(*args, "--exit-zero", cwd=tmp_path).stderr
    assert re.search(r"read 3 file\(s\), 3 document\(s\) in \d+\.\d\d s: 0 from the store, 3 extracted", first)
    assert re.search(
        r"checked 1 rule\(s\) and the built-ins in \d+\.\d\d s: 0 of \d+ result\(s\) from the store", first
    )
    assert re.search(r"wrote 2 report file\(s\) in \d+\.\d\d s", first)
    again = run(*args, "--exit-zero", cwd=tmp_path).stderr
    kept = re.search(r"checked .* (\d+) of (\d+) result\(s\) from the store", again)
    assert "3 from the store, 0 extracted" in again and kept and kept[1] == kept[2] != "0"
    quiet = run(*args[:-3], "--exit-zero", cwd=tmp_path)
    assert "from the store" not in quiet.stderr


def cgroup(tmp_path: Path, files: dict[str, str], own: str = "/") -> tuple[Path, Path]:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="ascii")
    proc = tmp_path / "proc-self-cgroup"
    proc.write_text(f"0::{own}\n", encoding="ascii")
    return tmp_path, proc


def test_jobs_follow_the_cpu_quota_of_a_container(tmp_path):
    import os

    allowed = len(os.sched_getaffinity(0))
    root, proc = cgroup(tmp_path / "v2", {"cpu.max": "150000 100000\n"})
    assert cgroup_quota(root, proc) == 1.5 and available_cpus(root, proc) == min(allowed, 2)
    root, proc = cgroup(tmp_path / "nested", {"cpu.max": "max 100000\n", "job/cpu.max": "50000 100000\n"}, "/job")
    assert cgroup_quota(root, proc) == 0.5 and available_cpus(root, proc) == 1
    root, proc = cgroup(tmp_path / "none", {"cpu.max": "max 100000\n"})
    assert cgroup_quota(root, proc) is None and available_cpus(root, proc) == allowed
    root, proc = cgroup(tmp_path / "v1", {"cpu/cpu.cfs_quota_us": "100000\n", "cpu/cpu.cfs_period_us": "100000\n"})
    assert cgroup_quota(root, proc) == 1.0 and available_cpus(root, proc) == 1


BASELINE = """# claimcheck baseline: accepted findings.
# Reviewed by the standards desk on 2024-05-02.
version: 1
findings:
# The mayor's figure was an early estimate; the later count stands.
- id: zzz999
  rule: homes-destroyed
  title: Homes destroyed by the storm
  message: old wording of the message
  reason: |
    Early estimate, corrected the next day.
    See the correction note.
- id: aaa111  # gone from the corpus
  rule: homes-destroyed
  title: Homes destroyed by the storm
  message: "no longer found"
  reason: ''
- id: mmm555
  rule: homes-destroyed
  title: Homes destroyed by the storm
  message: 'a kept message'
  reason: "Same figure, other rounding."   # checked with the desk
"""


def entry(identifier: str, message: str) -> BaselineEntry:
    return BaselineEntry(id=identifier, rule="homes-destroyed", title="Homes destroyed by the storm", message=message)


def test_an_updated_baseline_keeps_comments_order_and_reasons():
    current = Baseline(
        findings=[entry("bbb222", "a new finding"), entry("mmm555", "a kept message"), entry("zzz999", "new wording")]
    )
    text = updated_baseline_text(BASELINE, current)
    assert text.startswith(
        "# claimcheck baseline: accepted findings.\n# Reviewed by the standards desk on 2024-05-02.\n"
    )
    assert "# The mayor's figure was an early estimate; the later count stands.\n- id: zzz999" in text
    assert "aaa111" not in text and "no longer found" not in text
    assert text.index("zzz999") < text.index("mmm555") < text.index("bbb222")  # the file's order; new ones last
    assert "message: new wording" in text and "old wording" not in text
    assert "  reason: |\n    Early estimate, corrected the next day.\n    See the correction note.\n" in text
    assert 'reason: "Same figure, other rounding."   # checked with the desk' in text
    assert "message: 'a kept message'" in text
    import yaml

    reread = Baseline.model_validate(yaml.safe_load(text))
    assert [e.id for e in reread.findings] == ["zzz999", "mmm555", "bbb222"]
    assert updated_baseline_text(text, current) == text  # nothing changed: the same bytes


def test_the_baseline_command_updates_the_file_in_place(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", CONTRADICTING)):
        (corpus / name).write_text(text, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    args = ("--no-config", "baseline", "corpus", "--rules", "rules.yaml", "--no-store")
    assert run(*args, cwd=tmp_path).returncode == 0
    path = tmp_path / "baseline.yaml"
    edited = path.read_text(encoding="utf-8").replace("reason: ''", "reason: checked with the mayor  # by Ana")
    path.write_text("# kept on top\n" + edited, encoding="utf-8")
    assert run(*args, cwd=tmp_path).returncode == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# kept on top\n") and "reason: checked with the mayor  # by Ana" in text
