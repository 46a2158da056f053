"""Walking corpus folders: hidden folders, `--exclude` patterns and `.gitignore` files leave files out.

Patterns are gitignore patterns (pathspec). `--exclude` patterns are matched against paths relative to
the folder they are given for (the configuration's root, else the current folder); a `.gitignore` against
paths relative to its own folder, for the `.gitignore` files inside a walked folder and those above it up to
the repository's root (the folder holding `.git`), with `.git/info/exclude`. As with git, ruff and ripgrep,
the rules apply to what a walk finds, never to a path named on the command line: a folder named there is
read even when a `.gitignore` above it ignores that folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import CorpusError

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


@dataclass(frozen=True)
class Ignore:
    """Gitignore patterns and the folder they are relative to."""

    base: Path
    spec: GitIgnoreSpec
    spared: frozenset[int] = frozenset()  # patterns that ignore the walked folder itself, which was named

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True: ignored, False: kept by a `!` pattern, None: no pattern matches."""
        try:
            relative = path.relative_to(self.base).as_posix()
        except ValueError:
            return None
        result = self.spec.check_file(relative + "/" if is_dir else relative)
        if result.include is None or result.index in self.spared:
            return None
        return bool(result.include)

    def sparing(self, folder: Path) -> Ignore:
        """These rules for a walk of `folder`, which lies below their base: a pattern that ignores `folder` or
        a folder between does not hide its files, since `folder` was named on the command line."""
        parts = folder.relative_to(self.base).parts
        prefixes = ["/".join(parts[: n + 1]) + "/" for n in range(len(parts))]
        spared = {
            index
            for index, pattern in enumerate(self.spec.patterns)
            if pattern.include and any(pattern.match_file(prefix) is not None for prefix in prefixes)
        }
        return Ignore(self.base, self.spec, frozenset(spared))


def _spec(lines: Sequence[str]) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec  # imported when a folder is walked, not by every command

    return GitIgnoreSpec.from_lines(lines)


def exclusions(patterns: Sequence[str], base: Path) -> list[Ignore]:
    return [Ignore(base.absolute(), _spec(patterns))] if patterns else []


def _ignore_file(path: Path, base: Path) -> Ignore | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return Ignore(base, _spec(lines)) if lines else None


def gitignores_above(folder: Path) -> list[Ignore]:
    """The `.gitignore` rules of the folders above `folder` up to its repository's root, the root's first
    (deeper files take precedence); none when `folder` is in no repository."""
    folder = folder.absolute()
    above: list[Ignore] = []
    for parent in (folder, *folder.parents):
        if parent != folder and (found := _ignore_file(parent / ".gitignore", parent)) is not None:
            above.append(found.sparing(folder))
        if (parent / ".git").exists():
            if (info := _ignore_file(parent / ".git" / "info" / "exclude", parent)) is not None:
                above.append(info.sparing(folder))
            return above[::-1]
    return []


def walk(folder: Path, excluded: Sequence[Ignore], gitignore: bool) -> Iterator[Path | CorpusError]:
    """The files under `folder` (not in hidden folders, not excluded, not ignored; any type but folders: a
    FIFO is named, to be refused when read), in no particular order; a folder that cannot be listed is a
    `CorpusError` in the stream. Iterative, so that a folder nested thousands of levels deep is walked like
    any other."""
    root = folder.absolute()
    pending: list[tuple[Path, list[Ignore]]] = [(root, gitignores_above(root) if gitignore else [])]
    while pending:
        here, active = pending.pop()
        try:
            with os.scandir(here) as scanned:
                entries = sorted(scanned, key=lambda e: e.name)
        except OSError as exc:
            yield CorpusError(f"cannot list this folder: {exc.strerror or exc}", folder / here.relative_to(root))
            continue
        if gitignore and (own := _ignore_file(here / ".gitignore", here)) is not None:
            active = [*active, own]
        for entry in entries:
            path = here / entry.name
            if entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith(".") and not _left_out(path, True, excluded, active):
                    pending.append((path, active))
            elif not _left_out(path, False, excluded, active):
                yield folder / path.relative_to(root)


def _left_out(path: Path, is_dir: bool, excluded: Sequence[Ignore], ignored: Sequence[Ignore]) -> bool:
    """Excluded by a pattern, or ignored by git's rule: the last matching pattern decides, and a deeper
    `.gitignore` comes after the ones above it."""
    if any(rule.verdict(path, is_dir) for rule in excluded):
        return True
    verdict = False
    for rule in ignored:
        result = rule.verdict(path, is_dir)
        if result is not None:
            verdict = result
    return verdict
