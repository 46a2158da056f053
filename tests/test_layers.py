"""Layers import downwards only: models ← corpus ← extract ← rules/checks ← discover/engine ← report ← cli."""

from __future__ import annotations

import ast

from .conftest import ROOT

PACKAGE = ROOT / "src" / "claimcheck"
LAYERS = {
    "errors": 0,
    "bounded_yaml": 0,
    "temporary": 0,
    "code_digest": 0,
    "models": 0,
    "corpus": 1,
    "extract": 2,
    "rules": 3,
    "checks": 3,
    "reference": 3,
    "discover": 4,
    "engine": 4,
    "gate": 5,
    "report": 5,
    "baseline": 5,
    "config": 5,
    "scope": 5,
    "starter": 0,
    "evaluate": 5,
    "rule_tests": 5,
    "cli": 6,
    "__main__": 6,
    "__init__": 6,
}


def layer_of(module: str) -> int:
    return LAYERS[module.split(".")[0]]


def test_no_module_imports_a_higher_layer():
    offences = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("").parts
        own = layer_of(relative[0])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimcheck."):
                names = [node.module.removeprefix("claimcheck.")]
            elif isinstance(node, ast.Import):
                names = [a.name.removeprefix("claimcheck.") for a in node.names if a.name.startswith("claimcheck.")]
            for name in names:
                if layer_of(name) > own:
                    offences.append(f"{'/'.join(relative)} imports claimcheck.{name}")
    assert not offences, offences
