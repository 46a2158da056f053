"""The packaged word data: one meaning per key. YAML lets a key stand twice in a mapping and keeps the last, so a
list or a fact written twice would silently drop the first; this reads the files as written and finds none."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml


def _duplicate_keys(node: yaml.Node, path: str = "") -> list[str]:
    found = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                found.append(f"{path}/{name} (line {key.start_mark.line + 1})")
            seen.add(name)
            found += _duplicate_keys(value, f"{path}/{name}")
    elif isinstance(node, yaml.SequenceNode):
        for n, item in enumerate(node.value):
            found += _duplicate_keys(item, f"{path}[{n}]")
    return found


@pytest.mark.parametrize("name", ["data/lexicon.yaml", "data/unit_factors.yaml"])
def test_no_key_of_the_packaged_data_stands_twice(name):
    text = resources.files("claimcheck.extract").joinpath(name).read_text(encoding="utf-8")
    assert _duplicate_keys(yaml.compose(text, Loader=yaml.SafeLoader)) == []


def test_a_key_written_twice_is_found():
    assert _duplicate_keys(yaml.compose("a: 1\nb: {c: 1, c: 2}\na: 3\n", Loader=yaml.SafeLoader)) == [
        "/b/c (line 2)",
        "/a (line 3)",
    ]
