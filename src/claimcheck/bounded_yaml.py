"""YAML read with bounds, for everything claimcheck reads (front matter, rule files, baselines, gold files,
rule tests): safe types only, no aliases (so no "billion laughs"), nesting at most `MAX_DEPTH` levels and
numbers at most `MAX_NUMBER_CHARS` characters. Work is linear in the text: the nesting limit is enforced
while scanning, before PyYAML's per-level bookkeeping could grow with the depth.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 50
MAX_NUMBER_CHARS = 1000


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that claimcheck does not read: aliases, nesting too deep, numbers too long."""


def _too_deep(mark: yaml.Mark | None) -> Refused:
    return Refused(problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=mark)


class BoundedLoader(yaml.SafeLoader):
    """`yaml.SafeLoader` with the bounds of this module."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    # Scanning: flow collections ([ {) and block indentation each count a level.
    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 (PyYAML's name)
        if self.flow_level >= MAX_DEPTH:
            raise _too_deep(self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def add_indent(self, column: int) -> bool:
        added = bool(super().add_indent(column))
        if len(self.indents) > MAX_DEPTH:
            raise _too_deep(self.get_mark())
        return added

    def _next_mark(self) -> yaml.Mark | None:
        """Where the event about to be composed starts (`peek_event`, which the PyYAML stubs leave unannotated;
        this pure-Python parser's marks are `yaml.Mark`)."""
        self.check_event()  # parses the next event into `current_event` when it is not there yet
        mark: yaml.Mark | None = self.current_event.start_mark
        return mark

    # Composing: no aliases, and a depth check on the tree itself.
    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise Refused(problem="aliases (*name) are not allowed", problem_mark=self._next_mark())
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _too_deep(self._next_mark())
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    # Constructing: a timestamp that is not a real date stays text (the reader says what is wrong with it);
    # a number is bounded in length (Python refuses ints over 4,300 digits with an error naming no file).
    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        _check_number(node)
        return super().construct_yaml_int(node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> Any:
        _check_number(node)
        return super().construct_yaml_float(node)


def _check_number(node: yaml.ScalarNode) -> None:
    if len(node.value) > MAX_NUMBER_CHARS:
        raise Refused(
            problem=f"a number of {len(node.value):,} characters is over the limit of {MAX_NUMBER_CHARS:,}",
            problem_mark=node.start_mark,
        )


BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", BoundedLoader.construct_yaml_timestamp)
BoundedLoader.add_constructor("tag:yaml.org,2002:int", BoundedLoader.construct_yaml_int)
BoundedLoader.add_constructor("tag:yaml.org,2002:float", BoundedLoader.construct_yaml_float)


def compose(text: str) -> yaml.Node | None:
    """The node tree of a one-document YAML text (marks give each value's line)."""
    loader = BoundedLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct(node: yaml.Node | None) -> Any:
    """The Python data of a node tree from `compose`."""
    if node is None:
        return None
    loader = BoundedLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def load(text: str) -> Any:
    """The Python data of a one-document YAML text."""
    return construct(compose(text))


def problem_of(error: yaml.YAMLError, what: str) -> tuple[str, int | None]:
    """(one line saying what is wrong, its 1-based line or None) for a YAML error in `what` ("front
    matter", "rule file", ...)."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or "cannot be read"
    message = f"{what}: {problem}" if isinstance(error, Refused) else f"{what} is not valid YAML: {problem}"
    return message, (mark.line + 1 if mark is not None else None)


__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "BoundedLoader", "Refused", "compose", "construct", "load", "problem_of"]


def load_packaged(text: str) -> Any:
    """The Python data of YAML that ships inside claimcheck (the lexicon, the unit table): trusted and
    unbounded, read with libyaml's C parser where PyYAML has it (ten times faster than the pure-Python one,
    which matters at every start)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)
