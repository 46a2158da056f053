"""Project configuration: `claimcheck.yaml`, or a `[tool.claimcheck]` table in `pyproject.toml`, found from
the current folder upwards (the nearest one wins, as ruff and pytest find theirs). Paths in it are relative
to the folder that holds it, its root, so a run from any subfolder reads the same corpus and rules; options
given on the command line override it."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import process

from claimcheck import bounded_yaml
from claimcheck.errors import ClaimcheckError
from claimcheck.models.finding import Severity
from claimcheck.rules.loader import compose_yaml

CONFIG_FILE = "claimcheck.yaml"
PYPROJECT = "pyproject.toml"
MAX_CONFIG_FILE = 1_000_000


class Config(BaseModel):
    """What `claimcheck.yaml` (or `[tool.claimcheck]`) may hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paths: list[str] = Field(default_factory=list, description="The corpus: files and folders.")
    rules: list[str] = Field(default_factory=list, description="Rule files and folders (default: rules/).")
    baseline: str | None = Field(default=None, description="Accepted findings (default: baseline.yaml).")
    fail_on: Severity | None = Field(default=None, alias="fail-on", description="Gate threshold.")
    format: list[str] = Field(default_factory=list, description="Formats `report` writes (default: html).")
    output: str | None = Field(default=None, description="Where `report` writes (default: reports/report).")
    exclude: list[str] = Field(default_factory=list, description="Gitignore patterns of files to leave out.")
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore", description="Honour .gitignore.")
    columns: dict[str, str] = Field(default_factory=dict, description="CSV columns: field → column name.")
    store: str | None = Field(default=None, description="Folder of the claim store (ignored by git).")

    @field_validator("paths", "rules", "exclude", "format", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        """A single string is a list of one (`format: html,sarif` of two)."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",")] if "," in value else [value]
        return value


@dataclass(frozen=True)
class Project:
    """A configuration and its root, the folder its paths are relative to."""

    root: Path
    source: Path | None
    config: Config

    def path(self, value: str) -> str:
        """A configured path as the current folder sees it (relative where it can be)."""
        target = self.root / value
        try:
            return os.path.relpath(target)
        except ValueError:  # another drive
            return str(target)


def folders_up(start: Path) -> Iterator[Path]:
    start = start.absolute()
    yield start
    yield from start.parents


def find_project(start: Path | None = None) -> Project | None:
    """The nearest configuration from `start` (default: the current folder) upwards, or None."""
    for folder in folders_up(start or Path.cwd()):
        if (folder / CONFIG_FILE).is_file():
            return load_project(folder / CONFIG_FILE)
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and (table := _tool_table(pyproject)) is not None:
            return Project(folder, pyproject, _validated(table, pyproject, _toml_line(pyproject)))
    return None


def load_project(path: Path) -> Project:
    """The configuration in `path` (a `claimcheck.yaml` or a `pyproject.toml`)."""
    path = path.absolute()
    if path.name == PYPROJECT:
        table = _tool_table(path)
        if table is None:
            raise ClaimcheckError("no [tool.claimcheck] table", path)
        return Project(path.parent, path, _validated(table, path, _toml_line(path)))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClaimcheckError("no such configuration file", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimcheckError(f"cannot read the configuration ({exc})", path) from None
    if len(text) > MAX_CONFIG_FILE:
        raise ClaimcheckError("configuration file is over a megabyte: not a configuration", path)
    node = compose_yaml(text, path, ClaimcheckError, "configuration")
    data = bounded_yaml.construct(node) or {}
    if not isinstance(data, dict):
        raise ClaimcheckError("a configuration is a mapping of keys (paths, rules, fail-on, ...)", path, 1)
    return Project(path.parent, path, _validated(data, path, _yaml_line(node)))


def _yaml_line(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 1 for key, _ in node.value}


def _tool_table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimcheckError(f"cannot read ({exc})", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ClaimcheckError(f"not valid TOML: {exc}", path) from None
    table = data.get("tool", {}).get("claimcheck")
    return table if isinstance(table, dict) else None


def _toml_line(path: Path) -> dict[str, int]:
    """The line of each key of `[tool.claimcheck]`."""
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") == "[tool.claimcheck]"
            if inside:
                lines.setdefault("", number)
        elif inside and "=" in stripped and not stripped.startswith("#"):
            lines.setdefault(stripped.split("=", 1)[0].strip().strip('"'), number)
    return lines


def _validated(data: dict[str, Any], path: Path, lines: dict[str, int]) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        line = lines.get(key, lines.get(""))
        if error["type"] == "extra_forbidden":
            known = [field.alias or name for name, field in Config.model_fields.items()]
            best = process.extractOne(key, known, score_cutoff=70)
            hint = f"did you mean '{best[0]}'?" if best else f"known keys: {', '.join(known)}"
            raise ClaimcheckError(f"unknown key '{key}'", path, line, hint=hint) from None
        where = ".".join(str(part) for part in error["loc"])
        raise ClaimcheckError(f"{where}: {error['msg']}", path, line) from None


STARTER_FILES = {CONFIG_FILE: "claimcheck.yaml", "rules/example.yaml": "rules.yaml"}


def starter_files() -> dict[str, str]:
    """What `claimcheck init` writes: a commented configuration and a first rule file."""
    folder = resources.files("claimcheck.starter")
    return {target: folder.joinpath(name).read_text(encoding="utf-8") for target, name in STARTER_FILES.items()}


STORE_FILE = "claims.sqlite"
_STORE_GITIGNORE = "# Created by claimcheck: the claim store is derived data, kept out of git.\n*\n"
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by claimcheck: backups may leave this folder out.\n"
)


def configured_store(project: Project) -> Path | None:
    """The claim store file a configuration's `store:` folder holds, the folder made ready: it ignores
    itself in git (a `.gitignore` of `*`) and is tagged as a cache, as pytest's cache folder is."""
    if project.config.store is None:
        return None
    folder = Path(project.path(project.config.store))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _STORE_GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            if not (folder / name).exists():
                (folder / name).write_text(text, encoding="utf-8")
    except OSError:
        pass  # the store itself then says it cannot be written, and a temporary one stands in
    return folder / STORE_FILE
