"""Transcript fixtures (contracts section 5): find, load and validate them. ``checks`` holds what a turn expects
of an answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from marrowbot import yamlio
from marrowbot.errors import FixtureError, ManyErrors
from marrowbot.intents import CONTRACT_INTENTS
from marrowbot.text import did_you_mean
from marrowbot.yamlio import node_line, scalar_value

FIXTURE_SUFFIXES = (".yml", ".yaml")

_FILE_KEYS = ("name", "turns", "conversations")
_CONVERSATION_KEYS = ("name", "turns")
_TURN_KEYS = ("user", "expect")
EXPECT_KEYS = (
    "intent",
    "topic",
    "cites",
    "not_cites",
    "contains",
    "contains_any",
    "not_contains",
    "abstained",
    "urgent",
    "min_snippets",
    "max_snippets",
)

_TAG = "tag:yaml.org,2002:"


@dataclass(frozen=True)
class Expect:
    """What one turn must satisfy. ``None`` / empty means "not checked"."""

    intent: tuple[str, ...] | None = None  # any of these
    topic: tuple[str | None, ...] | None = None  # any of these; None inside means "no topic"
    cites: tuple[str, ...] = ()
    not_cites: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    contains_any: tuple[str, ...] = ()
    not_contains: tuple[str, ...] = ()
    abstained: bool | None = None
    urgent: bool | None = None
    min_snippets: int | None = None
    max_snippets: int | None = None


@dataclass(frozen=True)
class Turn:
    user: str
    expect: Expect
    line: int  # where the turn starts in its file (1-based)


@dataclass(frozen=True)
class Conversation:
    name: str
    turns: tuple[Turn, ...]
    line: int


@dataclass(frozen=True)
class FixtureFile:
    path: Path
    name: str
    conversations: tuple[Conversation, ...]

    @property
    def turn_count(self) -> int:
        return sum(len(c.turns) for c in self.conversations)


# ---------------------------------------------------------------------------------------------- finding


def find_fixture_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (searched recursively for *.yml / *.yaml) into a sorted, de-duplicated list.

    Raises ManyErrors for a path that does not exist or a folder holding no fixture, since running nothing
    would let a CI job pass without testing anything.
    """
    found: list[Path] = []
    errors: list[FixtureError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(yamlio.files_under(path, FIXTURE_SUFFIXES, FixtureError, errors))
            if not inside:
                errors.append(FixtureError(path, None, "no *.yml or *.yaml fixture files in this folder"))
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            errors.append(FixtureError(path, None, "is not a regular file (a pipe, device or socket)"))
        elif path.is_symlink():
            errors.append(FixtureError(path, None, "a link to a file that does not exist"))
        else:
            errors.append(FixtureError(path, None, "no such file or folder"))
    if errors:
        raise ManyErrors(list(errors))
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p, None)
    return list(unique)


# ---------------------------------------------------------------------------------------------- loading


def load_fixture_files(
    paths: Sequence[Path],
    *,
    intent_names: Iterable[str] | None = None,
    doc_ids: Iterable[str] | None = None,
    reported_as: Mapping[str, str] | None = None,
    always_shown: Sequence[str] = (),
) -> list[FixtureFile]:
    """Load every file; raise ManyErrors with every problem of every file at once."""
    fixtures: list[FixtureFile] = []
    errors: list[FixtureError] = []
    for path in paths:
        try:
            fixtures.append(load_fixture(path, intent_names=intent_names, doc_ids=doc_ids, reported_as=reported_as,
                                         always_shown=always_shown))
        except ManyErrors as err:
            errors.extend(e for e in err.errors if isinstance(e, FixtureError))
    if errors:
        raise ManyErrors(list(errors))
    return fixtures


def load_fixture(
    path: str | Path,
    *,
    intent_names: Iterable[str] | None = None,
    doc_ids: Iterable[str] | None = None,
    reported_as: Mapping[str, str] | None = None,
    always_shown: Sequence[str] = (),
) -> FixtureFile:
    """Load and validate one fixture file. Raises ManyErrors listing all its problems."""
    path = Path(path)
    try:
        text = yamlio.read_text(path, FixtureError, what="fixture file")
    except FixtureError as err:
        raise ManyErrors([err]) from None
    return parse_fixture(text, path, intent_names=intent_names, doc_ids=doc_ids, reported_as=reported_as,
                         always_shown=always_shown)


def parse_fixture(
    text: str,
    path: str | Path,
    *,
    intent_names: Iterable[str] | None = None,
    doc_ids: Iterable[str] | None = None,
    reported_as: Mapping[str, str] | None = None,
    always_shown: Sequence[str] = (),
) -> FixtureFile:
    """Validate fixture text; ``always_shown``: text every answer carries (the disclaimers), which a phrase check
    cannot test; ``path`` is only used in messages. Raises ManyErrors."""
    path = Path(path)
    parser = _Parser(
        path,
        frozenset(intent_names) if intent_names is not None else frozenset(CONTRACT_INTENTS),
        frozenset(doc_ids) if doc_ids is not None else None,
        dict(reported_as or {}),
        tuple(always_shown),
    )
    try:
        root = yamlio.compose(text, path, FixtureError, bad="invalid YAML")
        result = parser.file(root)
    except FixtureError as err:
        raise ManyErrors([err]) from None
    if parser.errors:
        raise ManyErrors(sorted(parser.errors, key=lambda e: e.line or 0))
    assert result is not None
    return result


def _kind(node: yaml.Node) -> str:
    """How a wrong value is shown in a message: its kind, or the value itself when it is short."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _TAG + "null":
        return "empty (null)"
    value = str(node.value)
    return repr(value if len(value) <= 40 else value[:37] + "...")


def _comparable(text: str) -> str:
    """As ``checks.comparable`` compares phrases (case and spaces ignored)."""
    return " ".join(text.split()).casefold()


def _did_you_mean(value: str, known: Iterable[str]) -> str:
    close = did_you_mean(value, known)
    return f" (did you mean {close!r}?)" if close else ""


class _Parser:
    """Walks the composed YAML nodes, collecting every problem with its line instead of stopping at one."""

    def __init__(
        self,
        path: Path,
        intent_names: frozenset[str],
        doc_ids: frozenset[str] | None,
        reported_as: dict[str, str] | None = None,
        always_shown: tuple[str, ...] = (),
    ) -> None:
        self.path = path
        self.reported_as = reported_as or {}
        self.always_shown = tuple(_comparable(t) for t in always_shown if t.strip())
        self.intent_names = intent_names
        self.doc_ids = doc_ids
        self.errors: list[FixtureError] = []

    def error(self, node: yaml.Node | int | None, message: str) -> None:
        line = node if isinstance(node, int) or node is None else node_line(node)
        self.errors.append(FixtureError(self.path, line, message))

    # --- structure -----------------------------------------------------------------------------------

    def mapping(
        self, node: yaml.Node, what: str, allowed: Sequence[str]
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """Keys of a mapping node -> (key node, value node); reports wrong type, unknown, duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} must be a mapping (key: value lines), not {_kind(node)}")
            return None
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key not in allowed:
                shown = _kind(key_node)
                hint = _did_you_mean(key, allowed) if isinstance(key, str) else ""
                self.error(key_node, f"unknown key {shown} in {what}{hint}; allowed: {', '.join(allowed)}")
                continue
            if key in out:
                self.error(key_node, f"duplicate key {key!r} in {what}")
                continue
            out[key] = (key_node, value_node)
        return out

    def file(self, root: yaml.Node | None) -> FixtureFile | None:
        if root is None:
            self.error(1, "empty file: expected `name` and `turns`, or `conversations`")
            return None
        keys = self.mapping(root, "the fixture", _FILE_KEYS)
        if keys is None:
            return None
        name = self.text(keys["name"][1], "name") if "name" in keys else None
        default_name = self.path.stem
        conversations: list[Conversation] = []
        if "turns" in keys and "conversations" in keys:
            self.error(
                keys["conversations"][0],
                "a fixture has either `turns` (one conversation) or `conversations`, not both",
            )
        elif "turns" in keys:
            turns = self.turns(keys["turns"][1])
            conversations.append(Conversation(name or default_name, turns, node_line(root)))
        elif "conversations" in keys:
            conversations.extend(self.conversations(keys["conversations"][1], default_name))
        else:
            self.error(root, "missing `turns` (one conversation) or `conversations` (several)")
        return FixtureFile(self.path, name or default_name, tuple(conversations))

    def conversations(self, node: yaml.Node, default_name: str) -> list[Conversation]:
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"`conversations` must be a list, not {_kind(node)}")
            return []
        if not node.value:
            self.error(node, "`conversations` is empty")
        out: list[Conversation] = []
        for i, item in enumerate(node.value, start=1):
            keys = self.mapping(item, f"conversation {i}", _CONVERSATION_KEYS)
            if keys is None:
                continue
            name = self.text(keys["name"][1], "name") if "name" in keys else None
            if "turns" not in keys:
                self.error(item, f"conversation {i} has no `turns`")
                continue
            out.append(
                Conversation(name or f"{default_name} #{i}", self.turns(keys["turns"][1]), node_line(item))
            )
        return out

    def turns(self, node: yaml.Node) -> tuple[Turn, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"`turns` must be a list of turns, not {_kind(node)}")
            return ()
        if not node.value:
            self.error(node, "`turns` is empty: a conversation needs at least one turn")
        out: list[Turn] = []
        for i, item in enumerate(node.value, start=1):
            keys = self.mapping(item, f"turn {i}", _TURN_KEYS)
            if keys is None:
                continue
            if "user" not in keys:
                self.error(item, f"turn {i} has no `user` (the message to send)")
                continue
            user = self.text(keys["user"][1], "user")
            expect = self.expect(keys["expect"][1]) if "expect" in keys else Expect()
            if user is not None and expect is not None:
                out.append(Turn(user, expect, node_line(item)))
        return tuple(out)

    # --- values --------------------------------------------------------------------------------------

    def text(self, node: yaml.Node, key: str) -> str | None:
        """A text value. Plain numbers and words are taken as written (``user: 911`` is the text "911")."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == _TAG + "null":
            hint = ' (write "" for an empty message)' if isinstance(node, yaml.ScalarNode) else ""
            self.error(node, f"`{key}` must be text, not {_kind(node)}{hint}")
            return None
        return str(node.value)

    def texts(self, node: yaml.Node, key: str, *, allow_null: bool = False) -> list[str | None] | None:
        """Text or a list of texts."""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        if isinstance(node, yaml.SequenceNode) and not node.value:
            self.error(node, f"`{key}` is an empty list")
            return None
        out: list[str | None] = []
        ok = True
        for item in items:
            if allow_null and isinstance(item, yaml.ScalarNode) and item.tag == _TAG + "null":
                out.append(None)
                continue
            value = self.text(item, key)
            if value is None:
                ok = False
            elif not value.strip():
                self.error(item, f"`{key}` holds empty text, which would match anything")
                ok = False
            else:
                out.append(value)
        return out if ok else None

    def flag(self, node: yaml.Node, key: str) -> bool | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _TAG + "bool":
            self.error(node, f"`{key}` must be true or false, not {_kind(node)}")
            return None
        return node.value.lower() in ("true", "yes", "on")

    def count(self, node: yaml.Node, key: str) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _TAG + "int":
            self.error(node, f"`{key}` must be a whole number, not {_kind(node)}")
            return None
        value = int(scalar_value(node))  # as YAML spells numbers (1_000, 0x10)
        if value < 0:
            self.error(node, f"`{key}` must not be negative")
            return None
        return value

    def check_names(
        self, node: yaml.Node, key: str, values: Sequence[str | None], known: frozenset[str], what: str
    ) -> bool:
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        ok = True
        for item, value in zip(items, values, strict=False):
            if value is not None and value not in known:
                hint = _did_you_mean(value, known)
                self.error(
                    item, f"`{key}`: unknown {what} {value!r}{hint}; known: {', '.join(sorted(known))}"
                )
                ok = False
        return ok

    def check_values(self, node: yaml.Node, key: str, values: Sequence[str | None]) -> None:
        """Names the bot knows and can report; phrases a check can test."""
        if key == "intent":
            self.check_names(node, key, values, self.intent_names, "intent")
            self.check_reported(node, values)
        elif key in ("contains", "contains_any"):
            self.check_phrases(node, key, values)
        elif key in ("topic", "cites", "not_cites") and self.doc_ids is not None:
            self.check_names(node, key, values, self.doc_ids, "document id")

    def check_phrases(self, node: yaml.Node, key: str, values: Sequence[str | None]) -> None:
        """A phrase of the (English) disclaimer is in every English answer: expecting it tests nothing.
        (``not_contains`` may name one: the English disclaimer must not be in a Spanish answer.)"""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        for item, value in zip(items, values, strict=False):
            if value is not None and any(_comparable(value) in shown for shown in self.always_shown):
                self.error(item, f"`{key}`: {value!r} is part of the disclaimer every English answer "
                                 "carries, so this check can never fail; choose words of the answer itself")

    def check_reported(self, node: yaml.Node, values: Sequence[str | None]) -> None:
        """An intent that refines another is never the name an answer carries: expecting it can never pass."""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        for item, value in zip(items, values, strict=False):
            if value is not None and value in self.reported_as:
                shown = self.reported_as[value]
                self.error(item, f"`intent`: answers to {value!r} report the intent {shown!r} "
                                 f"(contracts section 2), so {value!r} never matches; expect {shown!r}")

    def expect(self, node: yaml.Node) -> Expect | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == _TAG + "null":
            return Expect()  # `expect:` left empty: only the disclaimer is checked
        keys = self.mapping(node, "`expect`", EXPECT_KEYS)
        if keys is None:
            return None
        before = len(self.errors)
        fields: dict[str, Any] = {}
        for key, (_key_node, value) in keys.items():
            if key in ("abstained", "urgent"):
                fields[key] = self.flag(value, key)
            elif key in ("min_snippets", "max_snippets"):
                fields[key] = self.count(value, key)
            else:
                values = self.texts(value, key, allow_null=(key == "topic"))
                if values is None:
                    continue
                self.check_values(value, key, values)
                fields[key] = tuple(values)
        low, high = fields.get("min_snippets"), fields.get("max_snippets")
        if low is not None and high is not None and low > high:
            self.error(keys["max_snippets"][1], "`max_snippets` is smaller than `min_snippets`")
        both = set(fields.get("cites", ())) & set(fields.get("not_cites", ()))
        if both:
            self.error(keys["not_cites"][1], f"{', '.join(sorted(both))} is in both `cites` and `not_cites`")
        if len(self.errors) > before:
            return None
        return Expect(**fields)
