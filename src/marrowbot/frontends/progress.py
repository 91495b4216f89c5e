"""What a start shows while ``Bot.load`` works: one progress line on a terminal, log lines for ``serve``."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from marrowbot.bot import Progress

__all__ = ["terminal_progress", "log_progress"]


def terminal_progress(stream: TextIO | None = None) -> Progress | None:
    """A callback that keeps one line up to date on a terminal ("building the search index (3/5)..."),
    then says "ready"; ``None`` (quiet) when ``stream`` (standard error by default) is not a terminal."""
    out = stream if stream is not None else sys.stderr
    try:
        if not out.isatty():
            return None
    except (AttributeError, ValueError, OSError):
        return None
    started = time.monotonic()

    def show(what: str, step: int, steps: int) -> None:
        if what == "ready":
            line = f"marrowbot: ready ({time.monotonic() - started:.1f} s)\n"
        else:
            line = f"marrowbot: {what} ({step}/{steps})\u2026"
        # \r and "erase to end of line" redraw the same line; nothing here comes from a user or a file.
        out.write("\r\x1b[K" + line)
        out.flush()

    return show


def log_progress(stream: TextIO | None = None) -> Progress:
    """A callback that writes one log line a step (for ``serve``, whose output is a log, terminal or not)."""
    out = stream if stream is not None else sys.stderr
    started = time.monotonic()

    def log(what: str, step: int, steps: int) -> None:
        if what == "ready":
            out.write(f"marrowbot: ready ({time.monotonic() - started:.1f} s)\n")
        else:
            out.write(f"marrowbot: {what} ({step}/{steps})\n")
        out.flush()

    return log
