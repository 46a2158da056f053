"""Loading rule files: YAML marks become error lines; unknown keys get a "did you mean"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from rapidfuzz import process

from claimcheck import bounded_yaml
from claimcheck.errors import ClaimcheckError, RuleError
from claimcheck.rules.model import Compare, Rule, RuleFile, RuleSet, Select

# Rule files are written by people: a megabyte is far beyond any real one.
MAX_RULE_FILE = 1_000_000
_KNOWN_KEYS = (
    set(RuleFile.model_fields) | set(Rule.model_fields) | set(Select.model_fields) | {"not"} | set(Compare.model_fields)
)


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += [
                p
                for p in path.rglob("*")
                if p.suffix in (".yaml", ".yml")
                and p.is_file()
                and not p.name.endswith((".test.yaml", ".test.yml"))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError("no such rule file or directory", path)
    return sorted(set(files), key=lambda p: p.as_posix())


def compose_yaml(
    text: str, path: Path, error: type[ClaimcheckError] = RuleError, what: str = "rule file"
) -> yaml.Node | None:
    """The YAML node tree of a file people write (its marks give error lines), read within the bounds of
    `bounded_yaml` (no aliases, bounded nesting and numbers); `what` names the file in the error."""
    try:
        return bounded_yaml.compose(text)
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, what)
        raise error(message, path, line) from None


def _check_duplicates(node: yaml.Node | None, path: Path) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                raise RuleError(f"duplicate key '{key.value}'", path, key.start_mark.line + 1)
            seen.add(key.value)
            _check_duplicates(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicates(item, path)


def _node_at(node: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if k.value == part]
            if not match:
                return node
            node = match[0][1] if part != loc[-1] else match[0][0]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


_KEY_PATH = re.compile(r"([a-z_]+(?:\.[a-z_]+)+): ")


def _key_named(error: Mapping[str, Any]) -> tuple[str, ...]:
    """The key a rule-wide check names at the start of its message ("compare.tolerance: …"), so that the
    error's line is that key's rather than the rule's first."""
    match = _KEY_PATH.match(str(error["msg"]).removeprefix("Value error, "))
    return tuple(match.group(1).split(".")) if match else ()


def _explain(error: Mapping[str, Any]) -> tuple[str, str | None]:
    loc = [str(p) for p in error["loc"]]
    key = loc[-1] if loc else ""
    if error["type"] == "extra_forbidden":
        best = process.extractOne(key, sorted(_KNOWN_KEYS), score_cutoff=70)
        return f"unknown key '{key}'", (f"did you mean '{best[0]}'?" if best else None)
    where = ".".join(loc)
    return f"{where}: {str(error['msg']).removeprefix('Value error, ')}", None


def load_rule_file(path: Path) -> RuleFile:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RuleError("rule file is not UTF-8", path) from None
    if len(text) > MAX_RULE_FILE:
        raise RuleError(f"rule file of {len(text):,} characters is over the limit of {MAX_RULE_FILE:,}", path)
    return _parse_rule_file(text, path)


def _parse_rule_file(text: str, path: Path) -> RuleFile:
    root = compose_yaml(text, path)
    _check_duplicates(root, path)
    try:
        data = bounded_yaml.construct(root) or {}
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, "rule file")
        raise RuleError(message, path, line) from None
    if not isinstance(data, dict):
        raise RuleError("a rule file is a mapping with 'rules:' (and optional 'entities:')", path, 1)
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        node = _node_at(root, tuple(first["loc"]) + _key_named(first))
        message, hint = _explain(first)
        raise RuleError(message, path, node.start_mark.line + 1 if node else None, hint=hint) from None
    rules = []
    for index, rule in enumerate(parsed.rules):
        node = _node_at(root, ("rules", index))
        rules.append(rule.model_copy(update={"source": f"{path}:{node.start_mark.line + 1 if node else 1}"}))
    return parsed.model_copy(update={"rules": rules})


def load_rules(paths: Iterable[str | Path]) -> RuleSet:
    """Every rule in the given files and folders; rule ids must be unique, entity ids must exist."""
    files = rule_files(paths)
    entities: dict[str, list[str]] = {}
    builtins: dict[str, bool] = {}
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        parsed = load_rule_file(path)
        entities.update(parsed.entities)
        builtins.update(parsed.builtins)
        for rule in parsed.rules:
            if rule.id in seen:
                file, _, line = (rule.source or "").rpartition(":")
                raise RuleError(f"rule id '{rule.id}' is already used at {seen[rule.id]}", file, int(line))
            seen[rule.id] = rule.source or str(path)
            rules.append(rule)
    return RuleSet(
        entities=entities,
        builtins=builtins,
        rules=sorted(rules, key=lambda r: r.id),
        files=[str(p) for p in files],
    )
