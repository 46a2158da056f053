"""A digest of the code and data a stage runs on, so that a store never serves results older code made."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable


def code_digest(names: Iterable[str]) -> str:
    """A digest of the package's files `names` (paths relative to the package; a folder stands for every
    .py and .yaml file under it)."""
    package = resources.files("claimcheck")
    files: list[str] = []
    for name in names:
        entry = package.joinpath(name)
        files += [f"{name}/{inner}" for inner in _tree(entry)] if entry.is_dir() else [name]
    digest = hashlib.sha256()
    for name in sorted(files):
        data = package.joinpath(name).read_bytes()
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:20]


def _tree(folder: Traversable) -> Iterable[str]:
    """The .py and .yaml files under `folder`, as paths relative to it."""
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name != "__pycache__":
            yield from (f"{entry.name}/{name}" for name in _tree(entry))
        elif entry.is_file() and entry.name.endswith((".py", ".yaml")):
            yield entry.name
