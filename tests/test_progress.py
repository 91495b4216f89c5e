"""A start that talks: progress and "ready" on a terminal while the index builds, silence when piped."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import run_marrowbot, with_models
from hang_guard import HANG_GUARD

from marrowbot.frontends.progress import log_progress, terminal_progress


def _command() -> list[str]:
    exe = shutil.which("marrowbot")
    return [exe] if exe else [sys.executable, "-m", "marrowbot"]


def _chat_on_a_pty(cache: Path) -> tuple[str, list[str]]:
    """Start ``marrowbot chat`` on a pseudo-terminal with ``cache`` as its index cache; return everything it
    wrote before the prompt, and the screen's lines then (as a terminal emulator shows them)."""
    pexpect = pytest.importorskip("pexpect")
    pyte = pytest.importorskip("pyte")
    child = pexpect.spawn(_command()[0], _command()[1:] + ["chat"], dimensions=(30, 100), timeout=HANG_GUARD,
                          env={**os.environ, "TERM": "xterm", "MARROWBOT_CACHE_DIR": str(cache)}, encoding="utf-8")
    try:
        child.expect("you> ")
        raw = child.before + child.after
        child.sendeof()
        child.expect(pexpect.EOF)
    finally:
        child.close()
    screen = pyte.Screen(100, 200)
    screen.set_mode(pyte.modes.LNM)
    pyte.Stream(screen).feed(raw)
    return raw, [line.rstrip() for line in screen.display]


def test_first_start_on_a_terminal_says_what_it_does_then_ready(tmp_path: Path) -> None:
    raw, lines = _chat_on_a_pty(tmp_path / "cache")
    for step in ("reading the documents", "building the search index", "training the question model"):
        assert step in raw  # each step was shown while it ran, with how far it is
    assert "(3/5)" in raw
    # On screen the progress line was redrawn in place: one "ready" line is left, then the welcome.
    ready = [line for line in lines if line.startswith("marrowbot: ready")]
    assert len(ready) == 1
    assert not any("building the search index" in line for line in lines)
    assert lines.index(ready[0]) < next(i for i, line in enumerate(lines) if line.startswith("Hello"))

    raw, lines = _chat_on_a_pty(tmp_path / "cache")  # the second start finds the index built before
    assert "loading the index built before" in raw and "building the search index" not in raw
    assert any(line.startswith("marrowbot: ready") for line in lines)


def test_quiet_when_not_a_terminal(tmp_path: Path, trained_models: Path) -> None:
    cache = with_models(trained_models, tmp_path / "cache")  # the index is built (the models need no corpus)
    result = run_marrowbot("ask", "what is bone marrow necrosis", env={"MARROWBOT_CACHE_DIR": str(cache)})
    assert result.returncode == 0
    assert result.stderr == ""
    assert "ready" not in result.stdout and "index" not in result.stdout


def test_callbacks_write_only_where_they_should() -> None:
    assert terminal_progress(io.StringIO()) is None  # not a terminal: no callback at all
    log = io.StringIO()
    say = log_progress(log)
    say("building the search index", 3, 5)
    say("ready", 5, 5)
    lines = log.getvalue().splitlines()
    assert lines[0] == "marrowbot: building the search index (3/5)"
    assert lines[1].startswith("marrowbot: ready (")
