"""YAML read once into both values and line-numbered nodes (libyaml when available)."""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_with_nodes(text: str) -> tuple[yaml.Node | None, Any]:
    """Return (node tree, plain value). Nodes carry ``start_mark.line`` for error messages."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
        return node, value
    finally:
        loader.dispose()


def node_line(node: yaml.Node | None, offset: int = 1) -> int:
    """1-based line of a node (plus an offset for text that started later in its file)."""
    return (node.start_mark.line if node is not None else 0) + offset


def mapping_items(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key text -> (key node, value node) for a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def compose_yaml(text: str) -> yaml.Node | None:
    """The node tree alone, no values built: for validators that read each value with its line."""
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def scalar_value(node: yaml.ScalarNode) -> Any:
    """A scalar node's value as YAML spells it (``1_000``, ``0x10``, ``1e3``, ``.inf``), read by its tag."""
    loader = _Loader("")
    try:
        return loader.construct_object(node)
    finally:
        loader.dispose()


def error_line(err: yaml.YAMLError, offset: int = 1) -> int | None:
    """The 1-based line a YAML error points at (plus an offset for text that started later), if it says."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return mark.line + offset if mark is not None else None
