"""Rule tests, in the manner of `semgrep --test`: a small corpus beside a rule file, with the findings its
rules must give and must not give (by rule id and the figures quoted), so that rules are tested like code.

A test file is `NAME.test.yaml` beside `NAME.yaml`::

    corpus: ../seeds/digest.txt        # a path relative to the test file, or `text:` with an inline digest
    expect:                            # findings that must be given
      - {rule: exodus-count, figures: ["120,000 or so", "100,000"]}
    expect_not:                        # findings that must not be given
      - {rule: explosion-deaths, figures: ["At least 170", "229"]}

A finding matches an entry when its rule is the entry's rule and every figure is part of the text of one of
its claims. A finding of a rule under test that no `expect` entry matches is unexpected.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck import bounded_yaml
from claimcheck.errors import RuleError
from claimcheck.models import Finding
from claimcheck.rules.loader import load_rule_file

TEST_SUFFIX = ".test.yaml"


class Expectation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    figures: list[str] = Field(min_length=1)
    line: int = 0

    def matches(self, finding: Finding) -> bool:
        texts = [c.text for c in finding.claims]
        return finding.rule == self.rule and all(any(f in t for t in texts) for f in self.figures)


class RuleTest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: str | None = None
    corpus: str | None = None
    text: str | None = None
    expect: list[Expectation] = Field(default_factory=list)
    expect_not: list[Expectation] = Field(default_factory=list)


@dataclass
class Outcome:
    """What one test file gave: lines to print and whether it passed."""

    path: Path
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    wrongly_found: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not (self.missed or self.unexpected or self.wrongly_found)


def test_files(paths: list[str | Path]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found += sorted(path.rglob(f"*{TEST_SUFFIX}")) if path.is_dir() else [path]
    return sorted(set(found))


def _load_test(path: Path) -> RuleTest:
    text = path.read_text(encoding="utf-8")
    try:
        node = bounded_yaml.compose(text)
        data = bounded_yaml.construct(node) or {}
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, "rule test")
        raise RuleError(message, path, line) from None
    for key in ("expect", "expect_not"):  # keep each entry's line for the report
        entries = next((v for k, v in getattr(node, "value", []) if k.value == key), None)
        for item, entry_node in zip(data.get(key) or [], getattr(entries, "value", []), strict=False):
            if isinstance(item, dict):
                item["line"] = entry_node.start_mark.line + 1
    try:
        return RuleTest.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise RuleError(f"rule test {'.'.join(map(str, error['loc']))}: {error['msg']}", path) from None


def run_rule_test(path: Path) -> Outcome:
    """Run one test file: its rule file over its corpus, findings compared with the expectations."""
    from claimcheck.corpus import load_corpus
    from claimcheck.engine.pipeline import check
    from claimcheck.extract import extract
    from claimcheck.rules.model import RuleSet

    test = _load_test(path)
    rule_path = path.parent / (test.rules or path.name.removesuffix(TEST_SUFFIX) + ".yaml")
    parsed = load_rule_file(rule_path)
    rules = RuleSet(entities=parsed.entities, builtins=parsed.builtins, rules=parsed.rules, files=[str(rule_path)])
    with tempfile.TemporaryDirectory() as folder:
        if test.text is not None:
            corpus = Path(folder) / "corpus.txt"
            corpus.write_text(test.text, encoding="utf-8")
        elif test.corpus is not None:
            corpus = path.parent / test.corpus
        else:
            raise RuleError("a rule test needs `corpus:` (a path) or `text:` (an inline digest)", path)
        documents = load_corpus([corpus])
        report = check(documents, extract(documents), rules)
    under_test = {r.id for r in parsed.rules} | {e.rule for e in test.expect}
    findings = [f for f in report.findings if f.rule in under_test]
    outcome = Outcome(path)
    for entry in test.expect:
        where = f"{path}:{entry.line}: {entry.rule} {entry.figures}"
        (outcome.found if any(entry.matches(f) for f in findings) else outcome.missed).append(where)
    for entry in test.expect_not:
        if any(entry.matches(f) for f in findings):
            outcome.wrongly_found.append(f"{path}:{entry.line}: {entry.rule} {entry.figures}")
    for finding in findings:
        if not any(entry.matches(finding) for entry in test.expect):
            first = finding.claims[0]
            outcome.unexpected.append(f"{first.path}:{first.line}: {finding.rule}: {finding.message}")
    return outcome
