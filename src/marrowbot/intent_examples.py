"""Generated intent examples: ``examples.*.yml`` beside intents.yml (``examples.dev.yml`` is written by
``scripts/make_intent_examples.py`` from the development conversation sets). They train the intent matcher only,
weighed ``GENERATED_WEIGHT`` against a hand-written example; the safety detectors never read them."""

from __future__ import annotations

from pathlib import Path

from marrowbot.errors import IntentsError
from marrowbot.intents_reading import check_keys, read_top, text_list, text_value
from marrowbot.yamlio import node_line

#: The generated files of an intents folder, read in name order.
PATTERN = "examples.*.yml"


def generated_files(directory: Path) -> list[Path]:
    return sorted(p for p in Path(directory).glob(PATTERN) if p.is_file())


def load_generated(directory: Path, names: set[str]) -> tuple[tuple[str, str], ...]:
    """Every (example, intent name) of the folder's generated files; an unknown intent or a malformed entry is
    ``FILE:LINE: what is wrong``."""
    out: list[tuple[str, str]] = []
    for path in generated_files(directory):
        _, value, node = read_top(path, "intents")
        if not isinstance(value, list):
            raise IntentsError(path, node_line(node), "'intents' must be a list")
        for inode, raw in zip(node.value, value):
            items = check_keys(path, inode, {"name", "examples"}, {"name", "examples"}, "intent")
            name = text_value(path, items["name"][1], raw["name"], "name")
            if name not in names:
                raise IntentsError(path, node_line(items["name"][1]), f"{name!r} is not an intent of intents.yml")
            examples = text_list(path, items["examples"][1], raw["examples"], f"intent {name!r} examples")
            out.extend((ex, name) for ex in examples)
    return tuple(out)
