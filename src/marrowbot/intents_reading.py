"""The checks every intents-folder file is read with: a top key, known keys, texts and lists of texts, each
problem ``FILE:LINE: what is wrong``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from marrowbot.errors import IntentsError
from marrowbot.yamlio import load_file, mapping_items, node_line


def read_top(path: Path, top_key: str, optional: tuple[str, ...] = ()) -> tuple[yaml.Node, Any, yaml.Node]:
    node, value = load_file(path, IntentsError)
    return top(path, node, value, top_key, optional)


def top(path: Path, node: yaml.Node | None, value: Any, top_key: str,
        optional: tuple[str, ...] = ()) -> tuple[yaml.Node, Any, yaml.Node]:
    """A file's top mapping checked: ``top_key`` is there and no key but the ``optional`` ones beside it."""
    items = mapping_items(node)
    if node is None or not isinstance(value, dict) or top_key not in items:
        raise IntentsError(path, node_line(node), f"expected a mapping with the key {top_key!r}")
    for key, (knode, _) in items.items():
        if key != top_key and key not in optional:
            allowed = " and ".join(repr(k) for k in (top_key, *optional))
            raise IntentsError(path, node_line(knode), f"unknown key {key!r} (only {allowed} allowed here)")
    return node, value[top_key], items[top_key][1]


def check_keys(
    path: Path, node: yaml.Node, allowed: set[str], required: set[str], what: str
) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    items = mapping_items(node)
    if not isinstance(node, yaml.MappingNode):
        raise IntentsError(path, node_line(node), f"each {what} must be a mapping")
    for key, (knode, _) in items.items():
        if key not in allowed:
            raise IntentsError(path, node_line(knode),
                               f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})")
    for key in sorted(required):
        if key not in items:
            raise IntentsError(path, node_line(node), f"{what} is missing {key!r}")
    return items


def text_list(path: Path, node: yaml.Node, value: Any, what: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise IntentsError(path, node_line(node), f"{what} must be a list of texts")
    for item_node, item in zip(node.value, value):
        if not isinstance(item, str | int | float) or isinstance(item, bool) or not str(item).strip():
            raise IntentsError(path, node_line(item_node), f"{what}: each entry must be non-empty text")
    if not value and not allow_empty:
        raise IntentsError(path, node_line(node), f"{what} must not be empty")
    return tuple(str(v).strip() for v in value)


def text_value(path: Path, node: yaml.Node, value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IntentsError(path, node_line(node), f"{what} must be non-empty text")
    return value.strip()


