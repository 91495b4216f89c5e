"""`marrowbot record FILE`: a normal chat, saved on exit as a fixture that expects what the bot answered."""

from __future__ import annotations

import argparse
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import yaml

from marrowbot.bot import Bot, Session
from marrowbot.frontends.checks import cited_docs, comparable
from marrowbot.frontends.progress import terminal_progress
from marrowbot.frontends.repl import run_chat
from marrowbot.model import Answer
from marrowbot.text import split_sentences

_PHRASE_WORDS = 5  # long enough to be distinctive, short enough to survive small rewordings around it
_EDGE_PUNCTUATION = " \t\n.,;:!?\"'()[]{}“”‘’«»-–—"


def _windows(text: str, size: int) -> list[str]:
    """Runs of ``size`` whole words (or the whole text, if shorter), trimmed of edge punctuation."""
    words = text.split()
    if not words:
        return []
    spans = [words[i : i + size] for i in range(max(1, len(words) - size + 1))]
    phrases = [" ".join(span).strip(_EDGE_PUNCTUATION) for span in spans]
    return [p for p in phrases if len(p.split()) >= min(size, 2) and any(c.isalnum() for c in p)]


def _candidates(answer: Answer) -> list[str]:
    """Phrases in order of preference: the quoted snippets first, then the bot's own words.

    Each phrase stays inside one sentence, so it reads as a quote and survives a change of the sentence order;
    none comes from the disclaimer, which every answer shares.
    """
    disclaimer = comparable(answer.disclaimer)
    found: list[str] = []
    for source in [*(s.text for s in answer.snippets), answer.lead, answer.text]:
        for sentence in split_sentences(source):
            found.extend(p for p in _windows(sentence, _PHRASE_WORDS) if comparable(p) not in disclaimer)
    return found


def distinctive_phrase(answer: Answer, others: Sequence[Answer]) -> str | None:
    """A few words of ``answer``'s text that no other answer shares; failing that, any few words of it."""
    text = comparable(answer.text)
    other_texts = [comparable(o.text) for o in others if o is not answer]
    shown = [p for p in _candidates(answer) if comparable(p) in text]
    for phrase in shown:
        if not any(comparable(phrase) in other for other in other_texts):
            return phrase
    return shown[0] if shown else None


def expectations(answer: Answer, others: Sequence[Answer]) -> dict[str, Any]:
    """What the bot actually answered, as an `expect` mapping of contracts §5."""
    expect: dict[str, Any] = {"intent": answer.intent, "topic": answer.topic}
    docs = cited_docs(answer)
    if docs:
        expect["cites"] = docs
    if answer.abstained:
        expect["abstained"] = True
    if answer.urgent:
        expect["urgent"] = True
    phrase = distinctive_phrase(answer, others)
    if phrase:
        expect["contains"] = [phrase]
    return expect


class _Dumper(yaml.SafeDumper):
    """Writes "I'm sorry" in double quotes rather than YAML's doubled single quotes ('I''m sorry')."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if "'" in value and '"' not in value and "\n" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def fixture_text(name: str, turns: Sequence[tuple[str, Answer]], today: date | None = None,
                 conversations: Sequence[Sequence[tuple[str, Answer]]] | None = None) -> str:
    """The YAML of a recorded conversation (or of several, each begun by /reset), with a header asking for
    review."""
    chats = [c for c in (conversations if conversations is not None else [turns]) if c]

    def conversation(n: int, chat: Sequence[tuple[str, Answer]]) -> dict[str, Any]:
        answers = [a for _, a in chat]
        return {"name": name if len(chats) == 1 else f"{name} ({n})",
                "turns": [{"user": user, "expect": expectations(answer, answers)} for user, answer in chat]}

    document: dict[str, Any] = (conversation(1, chats[0]) if len(chats) == 1
                                else {"conversations": [conversation(n, c) for n, c in enumerate(chats, 1)]})
    body = yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )
    day = (today or date.today()).isoformat()
    header = (
        f"# Recorded with `marrowbot record` on {day}: each turn expects what the bot answered then.\n"
        "# Review before committing: keep what matters, loosen what may change.\n"
    )
    return header + body


def output_problem(path: Path, force: bool) -> str | None:
    """Why the fixture cannot be written to ``path`` (checked before the chat, so no chat is lost), or None."""
    if path.is_symlink():
        return "is a symbolic link; give the path of a new file (links are never followed)"
    if path.is_dir():
        return f"is a folder; give the fixture file to write, e.g. {path / 'recorded.yml'}"
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):
            return "is not a regular file (a pipe, device or socket); give the path of a new file"
        if not force:
            return "already exists; choose another file or add --force to overwrite it"
        if not os.access(path, os.W_OK):
            return "cannot be written (permission denied)"
    folder = path.parent
    while not folder.exists():  # the folders will be made; the first existing one must be writable
        folder = folder.parent
    if not folder.is_dir():
        return f"cannot be created: {folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot be created: the folder {folder} is not writable"
    return None


def write_fixture(path: Path, text: str, force: bool) -> None:
    """Write whole or not at all: into a new file next to ``path``, flushed to disk, then put in place in one step
    (``os.link``, which never overwrites, unless ``force``; then ``os.replace``, which replaces a link itself and
    never writes through it). A full disk or an interruption leaves the old fixture as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            raise OSError(errno.EINVAL, "is not a regular file (a link, pipe or device)")
    except FileNotFoundError:
        pass
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            os.fchmod(fd, 0o600)  # owner-only, as the --history file: a conversation is private
            data = text.encode("utf-8")
            while data:
                data = data[os.write(fd, data):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if force:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # FileExistsError if one appeared during the chat
    finally:
        if os.path.lexists(temporary):  # still there after a link, or after a failure
            os.unlink(temporary)


def command(args: argparse.Namespace, *, err: TextIO | None = None) -> int:
    """`marrowbot record [--force] FILE`. Exit 2 if FILE exists (without --force) or cannot be written."""
    err = err or sys.stderr
    path = Path(args.file)
    force = bool(getattr(args, "force", False))
    problem = output_problem(path, force)
    if problem:
        err.write(f"{path}: {problem}\n")
        return 2
    bot = Bot.load(corpus_dir=getattr(args, "corpus", None), intents_dir=getattr(args, "intents", None),
                   library=getattr(args, "library", None), progress=terminal_progress(err))
    conversations: list[list[tuple[str, Answer]]] = [[]]  # /reset starts another one, as replay will
    code = run_chat(bot, Session(), on_turn=lambda user, answer: conversations[-1].append((user, answer)),
                    on_reset=lambda: conversations.append([]))
    turns = [turn for chat in conversations for turn in chat]
    if not turns:
        err.write(f"nothing was asked, so {path} was not written\n")
        return 1
    text = fixture_text(path.stem, turns, conversations=conversations)
    try:
        write_fixture(path, text, force)
    except FileExistsError:
        err.write(f"{path}: was created during the chat; not overwritten (add --force to overwrite)\n")
        return 2
    except OSError as error:
        err.write(f"{path}: cannot write the fixture: {error.strerror or error}\n")
        return 2
    count = f"{len(turns)} turn" if len(turns) == 1 else f"{len(turns)} turns"
    err.write(f"wrote {path} ({count}); review it, then run: marrowbot replay {path}\n")
    return code
