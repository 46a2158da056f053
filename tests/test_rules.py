from __future__ import annotations

import pytest

from claimcheck.errors import RuleError
from claimcheck.rules import load_rules
from claimcheck.rules.select import has_term

from .conftest import RULES


def write(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_rules_are_valid():
    rules = load_rules([RULES])
    assert {r.id for r in rules.rules} >= {"exodus-count", "population-before-exodus", "offensive-start"}


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (
            "rules:\n  - id: a\n    title: A\n    kind: quantity\n    selct: {counted: [x]}\n",
            "unknown key 'selct'",
            5,
        ),
        (
            "rules:\n  - id: a\n    title: A\n    kind: quantity\n    compare: {tolerance: lots}\n",
            "tolerance",
            5,
        ),
        (
            "rules:\n  - id: a\n    title: A\n    kind: date\n    compare:\n      time: same\n      tolerance: 10%\n",
            "a date rule's tolerance is a number of days, not '10%'",
            7,
        ),
        ("rules:\n  - id: a\n    title: A\n    kind: number\n", "rules.0.kind", 4),
        ("rules:\n  - id: a\n    title: A\n    title: B\n    kind: date\n", "duplicate key 'title'", 4),
        ("base: &b {kind: date}\nrules:\n  - *b\n", "aliases", 3),
        ("rules: [\n", "not valid YAML", 2),
    ],
)
def test_invalid_rule_files_name_file_line_and_key(tmp_path, text, message, line):
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert message in str(info.value)
    assert f"{path}:{line}" in str(info.value)


def test_unknown_key_suggests_the_closest(tmp_path):
    path = write(tmp_path, "rules:\n  - id: a\n    title: A\n    kind: quantity\n    selct: {}\n")
    with pytest.raises(RuleError, match="did you mean 'select'"):
        load_rules([path])


@pytest.mark.parametrize(("written", "meant"), [("acers", "acres"), ("precent", "percent"), ("kilometres", None)])
def test_an_unknown_unit_suggests_the_closest_unit(tmp_path, written, meant):
    rule = f"rules:\n  - id: a\n    title: A\n    kind: quantity\n    select: {{unit: {written}}}\n"
    path = write(tmp_path, rule)
    if meant is None:
        assert load_rules([path]).rules
        return
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert f"unknown unit '{written}' (did you mean '{meant}'?)" in str(info.value)
    assert f"{path}:5" in str(info.value)


def test_duplicate_rule_ids_across_files(tmp_path):
    write(tmp_path, "rules:\n  - {id: a, title: A, kind: date}\n", "one.yaml")
    write(tmp_path, "rules:\n  - {id: a, title: B, kind: date}\n", "two.yaml")
    with pytest.raises(RuleError, match="rule id 'a' is already used"):
        load_rules([tmp_path])


@pytest.mark.parametrize(
    ("text", "term", "fuzzy", "expected"),
    [
        ("ethnic Armenians", "armenian", 100, True),
        ("the casualties", "casualty", 100, True),
        ("Nagorno Karabakh", "Nagorno-Karabakh", 100, True),
        ("Stepanakert-Khankendi", "Stepanakert", 100, True),
        ("Shakhramanyan", "Shahramanyan", 90, True),
        ("Shakhramanyan", "Shahramanyan", 100, False),
        ("the residents", "president", 100, False),
    ],
)
def test_tolerant_matching(text, term, fuzzy, expected):
    assert has_term(text, term, fuzzy) is expected


def test_rule_reference_in_docs_is_current():
    from claimcheck.reference import rules_reference

    from .conftest import ROOT

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_reference(), (
        "docs/rules.md is stale: run `claimcheck rules docs > docs/rules.md`"
    )
