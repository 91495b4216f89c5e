"""Kiosk configuration (contracts section 6): one YAML file, validated with ``FILE:LINE`` errors."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from marrowbot import yamlio
from marrowbot.errors import ConfigError
from marrowbot.messages import CONFIG_PLACEHOLDERS, Emergency, number_problem, template_problem
from marrowbot.yamlio import node_line

__all__ = ["KioskConfig", "load_kiosk_config", "hash_passphrase", "passphrase_matches"]

DEFAULT_IDLE_SECONDS = 120.0
DEFAULT_WARN_SECONDS = 20.0
MAX_SUGGESTIONS = 9  # picked by a single digit on the welcome screen
MAX_TEXT_CHARS = 4000  # a welcome text longer than this would not fit any screen
MAX_FILE_BYTES = 256 * 1024  # a configuration is a few lines

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


@dataclass(frozen=True)
class KioskConfig:
    """What a kiosk deployment can change; every field has a safe default."""

    idle_seconds: float = DEFAULT_IDLE_SECONDS
    warn_seconds: float = DEFAULT_WARN_SECONDS
    exit_passphrase_sha256: str | None = None
    emergency_call: str = Emergency.call  # the defaults are Emergency's
    crisis_line: str = Emergency.crisis_line
    welcome: str | None = None
    suggestions: tuple[str, ...] = field(default_factory=tuple)
    library: str = "linked"  # "none": the two seed documents alone
    path: str | None = None  # the file it came from, for messages; None for the defaults
    notes: tuple[str, ...] = ()  # ``FILE:LINE: ...`` about a setting changed to fit (shown before starting)

    def __post_init__(self) -> None:
        if not self.idle_seconds > 0:
            raise ValueError("idle_seconds must be more than 0")
        if self.warn_seconds < 0:
            raise ValueError("warn_seconds must not be negative")
        # The warning must leave the person time to notice it before the wipe, and never come at once.
        object.__setattr__(self, "warn_seconds", min(float(self.warn_seconds), self.idle_seconds / 2))
        object.__setattr__(self, "idle_seconds", float(self.idle_seconds))
        if self.exit_passphrase_sha256 is not None:
            object.__setattr__(self, "exit_passphrase_sha256", self.exit_passphrase_sha256.lower())
        object.__setattr__(self, "suggestions", tuple(self.suggestions))


def hash_passphrase(passphrase: str) -> str:
    """The value to put in ``exit_passphrase_sha256``: SHA-256 of the phrase without surrounding spaces.

    Same as ``printf '%s' 'the phrase' | sha256sum``.
    """
    return hashlib.sha256(passphrase.strip().encode("utf-8")).hexdigest()


def passphrase_matches(config: KioskConfig, typed: str) -> bool:
    """True when ``typed`` is the staff exit passphrase (compared in constant time)."""
    import hmac

    if config.exit_passphrase_sha256 is None or not typed.strip():
        return False
    try:
        typed_hash = hash_passphrase(typed)
    except UnicodeEncodeError:  # bytes that are not UTF-8 (a terminal's stand-ins for them): never the phrase
        return False
    return hmac.compare_digest(typed_hash, config.exit_passphrase_sha256)


# --- loading -------------------------------------------------------------------------------------------


def load_kiosk_config(path: str | Path | None) -> KioskConfig:
    """Read and validate a kiosk configuration file; ``None`` gives the defaults.

    Raises ``ConfigError`` (``str(e) == "FILE:LINE: what is wrong"``) for anything malformed.
    """
    if path is None:
        return KioskConfig()
    path = Path(path)
    name = str(path)
    text = yamlio.read_text(path, ConfigError, max_bytes=MAX_FILE_BYTES, what="YAML file")
    return parse_kiosk_config(text, name)


def parse_kiosk_config(text: str, name: str = "<config>") -> KioskConfig:
    """Validate configuration given as YAML text; ``name`` is used in error messages."""
    root = yamlio.compose(text, name, ConfigError, bad="invalid YAML")
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG):
        return KioskConfig(path=name)  # an empty file: all defaults
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(name, node_line(root), "expected a mapping of settings (key: value)")

    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    seen: set[str] = set()
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR_TAG:
            raise ConfigError(name, node_line(key_node), "setting names must be plain words")
        key = str(key_node.value)
        if key in seen:
            raise ConfigError(name, node_line(key_node), f"'{key}' is given twice")
        seen.add(key)
        reader = _READERS.get(key)
        if reader is None:
            known = ", ".join(sorted(_READERS))
            raise ConfigError(name, node_line(key_node), f"unknown setting '{key}' (known: {known})")
        values.update(reader(name, key, value_node))
        lines[key] = node_line(key_node)

    idle = values.get("idle_seconds", DEFAULT_IDLE_SECONDS)
    warn = values.get("warn_seconds", min(DEFAULT_WARN_SECONDS, idle / 2))
    notes = []
    if warn > idle / 2:  # contracts §6: capped, so the warning comes after a quiet while and leaves time to answer
        where = "warn_seconds" if "idle_seconds" not in lines else max(("warn_seconds", "idle_seconds"),
                                                                           key=lambda k: lines.get(k, 0))
        notes.append(f"{name}:{lines[where]}: 'warn_seconds' ({warn:g}) is more than half of 'idle_seconds' "
                     f"({idle:g}{'' if 'idle_seconds' in lines else ', the default'}); the warning comes "
                     f"{idle / 2:g} s before the wipe")
        warn = idle / 2
    return KioskConfig(
        idle_seconds=idle,
        warn_seconds=warn,
        exit_passphrase_sha256=values.get("exit_passphrase_sha256"),
        emergency_call=values.get("emergency_call", KioskConfig.emergency_call),
        crisis_line=values.get("crisis_line", KioskConfig.crisis_line),
        welcome=values.get("welcome"),
        suggestions=tuple(values.get("suggestions", ())),
        library=values.get("library", "linked"),
        path=name,
        notes=tuple(notes),
    )


def _number(name: str, key: str, node: yaml.Node, *, minimum: float, inclusive: bool) -> float:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (_INT_TAG, _FLOAT_TAG):
        raise ConfigError(name, node_line(node), f"'{key}' must be a number of seconds, e.g. {key}: 120")
    loader = yaml.SafeLoader("")
    try:
        raw = loader.construct_yaml_int(node) if node.tag == _INT_TAG else loader.construct_yaml_float(node)
    finally:
        loader.dispose()
    try:
        value = float(raw)
    except OverflowError:
        value = float("inf")
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(name, node_line(node), f"'{key}' must be a finite number of seconds")
    if value < minimum or (not inclusive and value == minimum):
        bound = "at least" if inclusive else "more than"
        raise ConfigError(name, node_line(node), f"'{key}' must be {bound} {minimum:g} (seconds), got {value:g}")
    return value


def _string(name: str, key: str, node: yaml.Node, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _STR_TAG:
        hint = ' (put it in quotes, e.g. "112")' if isinstance(node, yaml.ScalarNode) else ""
        raise ConfigError(name, node_line(node), f"'{key}' must be text{hint}")
    value = str(node.value).strip()
    if not value:
        raise ConfigError(name, node_line(node), f"'{key}' must not be empty")
    if len(value) > max_chars:
        raise ConfigError(name, node_line(node), f"'{key}' is too long ({len(value)} characters, at most {max_chars})")
    return value


def _read_idle(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    return {key: _number(name, key, node, minimum=1, inclusive=True)}


def _read_warn(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    return {key: _number(name, key, node, minimum=0, inclusive=True)}


def _read_hash(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    value = _string(name, key, node, max_chars=200)
    if not _SHA256.fullmatch(value):
        raise ConfigError(
            name,
            node_line(node),
            f"'{key}' must be 64 hexadecimal characters "
            "(make it with: python -m marrowbot.frontends.kiosk hash-passphrase)",
        )
    return {key: value.lower()}


def _read_emergency(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(name, node_line(node), f"'{key}' must be a mapping with 'call' and/or 'crisis_line'")
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        sub = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
        if sub not in ("call", "crisis_line"):
            raise ConfigError(
                name, node_line(key_node), f"unknown setting '{key}.{sub}' (known: call, crisis_line)"
            )
        field_name = "emergency_call" if sub == "call" else "crisis_line"
        if field_name in out:
            raise ConfigError(name, node_line(key_node), f"'{key}.{sub}' is given twice")
        value = _string(name, f"{key}.{sub}", value_node, max_chars=40)
        problem = number_problem(value)
        if problem:
            raise ConfigError(name, node_line(value_node), f"'{key}.{sub}' {problem}")
        out[field_name] = value
    return out


def _read_welcome(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    value = _string(name, key, node)
    problem = template_problem(value, CONFIG_PLACEHOLDERS)
    if problem:
        raise ConfigError(name, node_line(node), f"'{key}': {problem}")
    return {key: value}


def _read_suggestions(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    if not isinstance(node, yaml.SequenceNode):
        raise ConfigError(name, node_line(node), f"'{key}' must be a list of questions")
    if len(node.value) > MAX_SUGGESTIONS:
        raise ConfigError(
            name, node_line(node.value[MAX_SUGGESTIONS]), f"'{key}' has more than {MAX_SUGGESTIONS} questions"
        )
    items = [_string(name, f"{key} item", item, max_chars=200) for item in node.value]
    return {key: tuple(items)}


def _read_library(name: str, key: str, node: yaml.Node) -> dict[str, Any]:
    value = _string(name, key, node, max_chars=20)
    if value not in ("linked", "none"):
        raise ConfigError(name, node_line(node), f"'{key}' must be linked or none, not {value!r}")
    return {key: value}


_READERS: dict[str, Callable[[str, str, yaml.Node], dict[str, Any]]] = {
    "idle_seconds": _read_idle,
    "warn_seconds": _read_warn,
    "exit_passphrase_sha256": _read_hash,
    "emergency": _read_emergency,
    "welcome": _read_welcome,
    "suggestions": _read_suggestions,
    "library": _read_library,
}
