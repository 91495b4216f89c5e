"""Families of hostile files: each builds a bad corpus, intents folder, kiosk configuration or fixture in a folder.

Shared by the hostile-input tests and ``benchmarks/hostile_files.py`` (which prints each family's time and
memory). A family is a function ``make(root: Path, variant: int) -> Case``: ``variant`` picks one member of the
family (different values, places and sizes), so tests draw many and the listed cases are only examples.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
INTENTS = REPO / "intents"

GOOD_DOC = """---
id: hostile-doc
title: Hostile document
updated: 2020-01-02
---
## Overview
Some plain text about a condition. It has two sentences.
"""


@dataclass
class Case:
    """What to run: ``args`` for the command line (after ``marrowbot``), the file the error must name."""

    args: list[str]
    names: str  # the file (or folder) the error message must start with
    front_ends: tuple[str, ...] = ("ask", "chat", "replay", "serve", "kiosk")
    extra: dict[str, str] = field(default_factory=dict)


def _corpus(root: Path, front_matter: str = "", body: str = "## Overview\nText here.\n", *,
            raw: bytes | None = None, name: str = "bad.md") -> Path:
    folder = root / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.md").write_text(GOOD_DOC, encoding="utf-8")
    path = folder / name
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(f"---\nid: bad-doc\ntitle: Bad\n{front_matter}---\n{body}", encoding="utf-8")
    return path


def _intents(root: Path) -> Path:
    folder = root / "intents"
    if not folder.exists():
        shutil.copytree(INTENTS, folder)
    return folder


def _nest(depth: int, variant: int) -> str:
    if variant % 2:
        return "[" * depth + "1" + "]" * depth  # flow style
    return "\n".join("  " * i + "- " for i in range(1, depth + 1)) + "x"  # block style


def _bomb(levels: int, width: int) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


DIGITS = (41, 400, 5000, 20_000)
DATES = ("2020-13-45", "2021-02-30", "2019-00-10", "1999-12-32")


# --- corpus ---------------------------------------------------------------------------------------------------


def corpus_bad_date(root: Path, v: int) -> Case:
    path = _corpus(root, f"updated: {DATES[v % len(DATES)]}\n")
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_huge_int(root: Path, v: int) -> Case:
    path = _corpus(root, f"publisher: {'9' * DIGITS[v % len(DIGITS)]}\n")
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_deep(root: Path, v: int) -> Case:
    path = _corpus(root, "aliases: " + _nest(60 + 500 * (v % 3), v).replace("\n", "\n  ") + "\n")
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_duplicate_key(root: Path, v: int) -> Case:
    key = ("title", "source", "url", "publisher")[v % 4]
    path = _corpus(root, f"{key}: one\n{key}: two\n")
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_alias_bomb(root: Path, v: int) -> Case:
    path = _corpus(root, _bomb(6 + v % 3, 10))
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_not_utf8(root: Path, v: int) -> Case:
    bad = (b"\xff", b"\xc3\x28", b"\xe2\x82 ", b"\xfe")[v % 4]
    body = b"## Overview\nText " + bad + b" here.\n"
    path = _corpus(root, raw=b"---\nid: bad-doc\ntitle: Bad\n---\n" + body)
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_dangling_link(root: Path, v: int) -> Case:
    path = _corpus(root)
    path.unlink()
    os.symlink(root / f"nowhere-{v}.md", path)
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_fifo(root: Path, v: int) -> Case:
    path = _corpus(root)
    path.unlink()
    os.mkfifo(path)
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_too_big(root: Path, v: int) -> Case:
    path = _corpus(root)
    with path.open("r+b") as handle:
        handle.truncate(9 * 1024 * 1024 + v)  # sparse: no disk used
    return Case(["--corpus", str(path.parent)], str(path))


def corpus_bad_tag(root: Path, v: int) -> Case:
    tag = ("!!int abc", "!!float x", "!!binary ***", "!!timestamp 2020-99-99", "!!python/object:os.system x")[v % 5]
    path = _corpus(root, f"source: {tag}\n")
    return Case(["--corpus", str(path.parent)], str(path))


# --- intents --------------------------------------------------------------------------------------------------

TEMPLATES = ("Call {call:>400000000} now.", "Call {0} now.", "Call {call.__class__} now.", "Call {call[0]} now.",
             "Welcome {", "Call } now", "Call {phone} now.", "{{call}} now", "{call!r} now", "{ call } now")


def messages_bad_template(root: Path, v: int) -> Case:
    folder = _intents(root)
    path = folder / "messages.yml"
    text = path.read_text(encoding="utf-8")
    key = ("emergency", "crisis", "abstain", "not_in_documents")[v % 4]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(f"  {key}:"):
            lines[i] = f"  {key}: {TEMPLATES[v % len(TEMPLATES)]!r}".replace("'", '"')
            break
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Case(["--intents", str(folder)], str(path))


def intents_huge_int(root: Path, v: int) -> Case:
    folder = _intents(root)
    path = folder / "abbreviations.yml"
    path.write_text(path.read_text(encoding="utf-8") + f"  XYZ{v}: {'7' * DIGITS[v % len(DIGITS)]}\n",
                    encoding="utf-8")
    return Case(["--intents", str(folder)], str(path))


def intents_deep(root: Path, v: int) -> Case:
    folder = _intents(root)
    path = folder / "lay_terms.yml"
    path.write_text("lay_terms:\n  - term: x\n    says: " + _nest(60 + 300 * (v % 3), 1) + "\n", encoding="utf-8")
    return Case(["--intents", str(folder)], str(path))


def intents_duplicate_key(root: Path, v: int) -> Case:
    folder = _intents(root)
    path = folder / "abbreviations.yml"
    path.write_text("abbreviations:\n  PV: polycythemia vera\n  ET: essential thrombocythemia\n  PV: other\n",
                    encoding="utf-8")
    return Case(["--intents", str(folder)], str(path))


def intents_alias_bomb(root: Path, v: int) -> Case:
    folder = _intents(root)
    path = folder / "lay_terms.yml"
    path.write_text(_bomb(6 + v % 3, 10) + "lay_terms: []\n", encoding="utf-8")
    return Case(["--intents", str(folder)], str(path))


def intents_not_a_file(root: Path, v: int) -> Case:
    folder = _intents(root)
    name = ("messages.yml", "red_flags.yml", "intents.yml")[v % 3]
    path = folder / name
    path.unlink()
    if v % 2:
        os.mkfifo(path)
    else:
        path.mkdir()
    return Case(["--intents", str(folder)], str(path))


# --- kiosk configuration ----------------------------------------------------------------------------------------

CONFIGS = (
    'emergency: {call: "1{2"}\n',
    'welcome: "Welcome {"\n',
    'welcome: "Hi {call:>400000000}"\n',
    'welcome: "Hi {topic}"\n',
    "idle_seconds: " + "9" * 400 + "\n",
    "idle_seconds: " + "9" * 5000 + "\n",
    "warn_seconds: 1e400\n",
    "welcome: a\nwelcome: b\n",
    "suggestions: " + "[" * 300 + "]" * 300 + "\n",
    'emergency: {call: "\u202e911"}\n',
    "idle_seconds: 2020-13-45\n",
)


def config_bad(root: Path, v: int) -> Case:
    path = root / "kiosk.yml"
    path.write_text(CONFIGS[v % len(CONFIGS)], encoding="utf-8")
    return Case(["--config", str(path)], str(path), front_ends=("serve", "kiosk"))


# --- fixtures ---------------------------------------------------------------------------------------------------


def fixture_alias_bomb(root: Path, v: int) -> Case:
    """27 KB that would expand to a million turns."""
    path = root / "bomb.yml"
    lines = ["t0: &t0 [" + ", ".join(["{user: hi}"] * 10) + "]"]
    for i in range(1, 6 + v % 2):
        lines.append(f"t{i}: &t{i} [" + ", ".join([f"*t{i - 1}"] * 10) + "]")
    path.write_text("\n".join(lines) + f"\nturns: *t{5 + v % 2}\n", encoding="utf-8")
    return Case([str(path)], str(path), front_ends=("replay",))


def fixture_huge_int(root: Path, v: int) -> Case:
    path = root / "int.yml"
    path.write_text(f"turns:\n  - user: hi\n    expect:\n      min_snippets: {'1' * DIGITS[v % len(DIGITS)]}\n",
                    encoding="utf-8")
    return Case([str(path)], str(path), front_ends=("replay",))


def fixture_deep(root: Path, v: int) -> Case:
    path = root / "deep.yml"
    path.write_text("turns:\n  - user: " + _nest(60 + 400 * (v % 3), 1) + "\n", encoding="utf-8")
    return Case([str(path)], str(path), front_ends=("replay",))


def fixture_bad_date(root: Path, v: int) -> Case:
    path = root / "date.yml"
    path.write_text(f"turns:\n  - user: {DATES[v % len(DATES)]}\n", encoding="utf-8")
    return Case([str(path)], str(path), front_ends=("replay",))


def fixture_fifo(root: Path, v: int) -> Case:
    path = root / "pipe.yml"
    os.mkfifo(path)
    return Case([str(path)], str(path), front_ends=("replay",))


def fixture_dangling_in_folder(root: Path, v: int) -> Case:
    folder = root / "fixtures"
    folder.mkdir()
    (folder / "ok.yml").write_text("turns:\n  - user: hi\n", encoding="utf-8")
    os.symlink(root / "missing.yml", folder / "gone.yml")
    return Case([str(folder)], str(folder / "gone.yml"), front_ends=("replay",))


FAMILIES: dict[str, Callable[[Path, int], Case]] = {
    name: fn for name, fn in globals().items()
    if callable(fn) and name.startswith(("corpus_", "messages_", "intents_", "config_", "fixture_"))
    and fn.__module__ == __name__
}
