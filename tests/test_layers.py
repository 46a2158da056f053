"""Layers import downwards only: models ← corpus ← extract ← rules/checks ← discover/engine ← report ← cli.
Inside a layer, modules import one another in one direction only (no cycles), and only the CLI writes to the
terminal."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "claimcheck"
LAYERS = {
    "errors": 0,
    "bounded_yaml": 0,
    "temporary": 0,
    "interrupts": 0,
    "code_digest": 0,
    "version": 0,
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
    "__init__": 6,  # the package itself: `claimcheck` re-exports the Python API
}


def dotted(path: Path) -> str:
    """A source file's module name: claimcheck.engine.store; a package's __init__.py is the package."""
    parts = ("claimcheck", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {dotted(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1] if len(parts) > 1 else "__init__"]


def _type_checking_only(tree: ast.Module) -> set[ast.AST]:
    """The nodes under `if TYPE_CHECKING:`: imports for annotations, never run."""
    return {
        node
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and ast.unparse(block.test).endswith("TYPE_CHECKING")
        for statement in block.body
        for node in ast.walk(statement)
    }


def imports(module: str, runtime_only: bool = False) -> list[tuple[str, int]]:
    """The claimcheck modules `module` imports, with the line of each import."""
    path = MODULES[module]
    return imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py", runtime_only)


def imports_in(source: str, module: str, package: bool, runtime_only: bool = False) -> list[tuple[str, int]]:
    """The claimcheck modules the source of `module` imports: `import claimcheck.x`, `from claimcheck.x import
    y`, `from claimcheck import x` and relative imports (`from .x import y`, `from .. import x`) alike; `y` is
    the module claimcheck.x.y when there is one, else a name in claimcheck.x. Imports inside functions count
    (they run when called); with `runtime_only`, imports under `if TYPE_CHECKING:` do not."""
    home = module if package else module.rpartition(".")[0]
    tree = ast.parse(source)
    skipped = _type_checking_only(tree) if runtime_only else set()
    found = []
    for node in ast.walk(tree):
        if node in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.split(".")[0] == "claimcheck"]
        elif isinstance(node, ast.ImportFrom):
            base = home.split(".")[: len(home.split(".")) - node.level + 1] if node.level else []
            origin = ".".join([*base, *([node.module] if node.module else [])])
            if origin.split(".")[0] == "claimcheck":
                for alias in node.names:
                    submodule = f"{origin}.{alias.name}"
                    found.append((submodule if submodule in MODULES else origin, node.lineno))
    return found


FORMS = """
import claimcheck.models.claim
from claimcheck import bounded_yaml, check
from claimcheck.corpus import load_corpus
from . import tasks
from .store import ClaimStore
from ..models import Claim
from ..extract.units import factor
if TYPE_CHECKING:
    from claimcheck.report.html import HtmlInputs
def later():
    from claimcheck.rules import load_rules
"""


def test_every_form_of_import_is_resolved():
    runs = [
        "claimcheck.models.claim",
        "claimcheck.bounded_yaml",
        "claimcheck",  # `check`, a name the package itself exports: the top layer
        "claimcheck.corpus",
        "claimcheck.engine.tasks",
        "claimcheck.engine.store",
        "claimcheck.models",
        "claimcheck.extract.units",
        "claimcheck.rules",
    ]
    found = sorted(target for target, _ in imports_in(FORMS, "claimcheck.engine.pipeline", package=False))
    assert found == sorted([*runs, "claimcheck.report.html"])
    runtime = sorted(target for target, _ in imports_in(FORMS, "claimcheck.engine.pipeline", False, True))
    assert runtime == sorted(runs)
    assert [t for t, _ in imports_in("from .store import ClaimStore", "claimcheck.engine", package=True)] == [
        "claimcheck.engine.store"
    ]
    assert layer_of("claimcheck") == 6 and layer_of("claimcheck.engine.store") == 4
    assert all(target in MODULES for module in MODULES for target, _ in imports(module))


def test_no_module_imports_a_higher_layer():
    offences = [
        f"{module}:{line} imports {target}"
        for module in MODULES
        for target, line in imports(module)
        if layer_of(target) > layer_of(module)
    ]
    assert not offences, offences


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in `graph` (module → modules it imports), as the modules along it, or None."""
    state: dict[str, str] = {}  # "open" while on the path being walked, "done" after

    def walk(module: str, path: list[str]) -> list[str] | None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (found := walk(target, [*path, target])):
                return found
        state[module] = "done"
        return None

    return next((found for module in sorted(graph) if module not in state and (found := walk(module, [module]))), None)


def test_modules_import_each_other_in_one_direction_only():
    """No import cycles: a module and its siblings (or anything else) never import each other both ways, at
    the top or inside a function. An import for annotations only (under `if TYPE_CHECKING:`) may point back."""
    graph = {module: {target for target, _ in imports(module, runtime_only=True)} - {module} for module in MODULES}
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_only_the_cli_writes_to_the_terminal():
    """The library's warnings and notes go through the `claimcheck` logger; the CLI shows them. Writing a
    report to standard output (`-o -`) is output, not a warning, and stays allowed."""
    offences = []
    for module, path in MODULES.items():
        if module in ("claimcheck.cli", "claimcheck.__main__"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = node.func if isinstance(node, ast.Call) else None
            printing = isinstance(call, ast.Name) and call.id == "print"
            echoing = isinstance(call, ast.Attribute) and call.attr in ("echo", "secho", "progressbar")
            stderr = isinstance(node, ast.Attribute) and node.attr == "stderr"
            if printing or echoing or stderr:
                offences.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    assert not offences, offences
