"""Compiled patterns kept between runs: read back instead of compiled, and only ever as a compiled pattern."""

from __future__ import annotations

import os
import pickle
import stat
from collections import OrderedDict
from pathlib import Path

import pytest
import regex

from claimcheck.extract import pattern_cache

FIRE = r"(?P<plant>\p{Lu}\p{L}+)\s+(?i:factory|plant|\L<works>)\s+fire"
LISTS = {"works": ["refinery", "warehouse", "mill"]}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CI", raising=False)
    return pattern_cache.cache_folder()


def _no_compiling(*args: object, **kwargs: object) -> regex.Pattern[str]:
    raise AssertionError("compiled again")


def test_a_pattern_compiled_once_is_read_back_not_compiled(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pattern_cache.compiled(FIRE, 0, LISTS)
    assert len(list(folder.glob("*.pickle"))) == 1
    monkeypatch.setattr(pattern_cache.regex, "compile", _no_compiling)
    again = pattern_cache.compiled(FIRE, 0, LISTS)
    text = "Crews fought the Harlow Warehouse fire overnight; the Dunmore mill fire was out by noon."
    assert [m.group("plant") for m in again.finditer(text)] == ["Harlow", "Dunmore"]
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in first.finditer(text)]


def test_in_ci_or_from_a_file_others_can_write_nothing_is_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_cache.compiled(FIRE, 0, LISTS)
    (path,) = folder.glob("*.pickle")
    assert pattern_cache._read(path, FIRE) is not None
    path.chmod(0o666)
    assert pattern_cache._read(path, FIRE) is None
    path.chmod(0o600)
    monkeypatch.setenv("CI", "true")
    assert pattern_cache._read(path, FIRE) is None
    monkeypatch.setattr(pattern_cache.regex, "compile", _no_compiling)
    with pytest.raises(AssertionError, match="compiled again"):
        pattern_cache.compiled(FIRE, 0, LISTS)


def test_other_lists_or_flags_are_another_pattern(folder: Path) -> None:
    pattern_cache.compiled(FIRE, 0, LISTS)
    other = pattern_cache.compiled(FIRE, 0, {"works": ["depot"]})
    pattern_cache.compiled(FIRE, regex.REVERSE, LISTS)
    assert len(list(folder.glob("*.pickle"))) == 3
    assert other.search("the Leith depot fire") and not other.search("the Leith refinery fire")


def test_a_damaged_file_is_compiled_afresh_and_written_again(folder: Path) -> None:
    pattern_cache.compiled(FIRE, 0, LISTS)
    (path,) = folder.glob("*.pickle")
    path.write_bytes(b"not a pickle at all")
    assert pattern_cache.compiled(FIRE, 0, LISTS).search("the Ashby Mill fire")
    assert pickle.loads(path.read_bytes()).pattern == FIRE


def test_a_file_that_would_call_anything_else_is_refused(folder: Path) -> None:
    pattern_cache.compiled(FIRE, 0, LISTS)
    (path,) = folder.glob("*.pickle")
    path.write_bytes(pickle.dumps(OrderedDict(vote="recount")))
    with pytest.raises(pickle.UnpicklingError):
        pattern_cache._PatternUnpickler(path.open("rb")).load()
    assert isinstance(pattern_cache.compiled(FIRE, 0, LISTS), regex.Pattern)


def test_the_folder_is_the_users_own(folder: Path) -> None:
    pattern_cache.compiled(FIRE, 0, LISTS)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700


def test_the_oldest_files_go_past_the_limit(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "MAX_FILES", 2)
    for age, fee in enumerate(("transfer", "signing"), 1):
        pattern_cache.compiled(rf"\b{fee}\s+fee\b")
        (path,) = [p for p in folder.glob("*.pickle") if pickle.loads(p.read_bytes()).pattern.startswith(rf"\b{fee}")]
        os.utime(path, ns=(age * 10**9, age * 10**9))
    pattern_cache.compiled(r"\bloan\s+fee\b")
    kept = {pickle.loads(path.read_bytes()).pattern for path in folder.glob("*.pickle")}
    assert kept == {r"\bsigning\s+fee\b", r"\bloan\s+fee\b"}


def test_an_unwritable_folder_only_costs_the_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert pattern_cache.compiled(FIRE, 0, LISTS).search("the Tilbury Refinery fire")
