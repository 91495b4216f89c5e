"""The interactive REPL for patients (``marrowbot`` / ``marrowbot chat``), and its plain piped mode."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document as PTDocument
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style
from rapidfuzz import fuzz

from marrowbot.errors import LocatedError
from marrowbot.frontends import terminal as term
from marrowbot.model import Answer
from marrowbot.text import COMMAND_TYPO_SCORE, COMPLETION_TYPO_SCORE, did_you_mean

if TYPE_CHECKING:
    from marrowbot.bot import Bot
    from marrowbot.session import Session

__all__ = ["run_chat", "command", "TopicCompleter", "COMMANDS"]

#: The slash commands and what each does (shown by /help).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("/help", "how to use marrowbot"),
    ("/topics", "what I can talk about"),
    ("/sources", "every document I quote, with its address and date"),
    ("/why", "why I gave the last answer"),
    ("/reset", "forget this conversation and start again"),
    ("/quit", "leave (Ctrl-D works too)"),
)
_QUIT = frozenset({"/quit", "/exit", "/q"})
#: A bare word a person types to leave a terminal program: it leaves too, rather than being asked as a question.
_QUIT_WORDS = frozenset({"quit", "exit"})
_MAX_WIDTH = 100  # long lines are hard to read, even on a wide terminal


class HistoryFileError(LocatedError):
    """The ``--history`` file cannot be opened for writing."""


# --- completion ---------------------------------------------------------------------------------------------


class TopicCompleter(Completer):
    """Completes slash commands and topic names as you type, tolerating misspellings.

    Topic names have several words, so the end of the line is tried from its last four words down to its
    last one; the longest tail that starts a name (exactly, or within a few typos) is what gets replaced.
    """

    def __init__(self, names: Iterable[str], commands: Sequence[str]) -> None:
        seen: dict[str, str] = {}
        for name in names:
            name = " ".join(str(name).split())
            if name and name.lower() not in seen:
                seen[name.lower()] = name
        self._names = sorted(seen.values(), key=str.lower)
        self._commands = tuple(commands)

    def get_completions(self, document: PTDocument, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        stripped = text.lstrip()
        if stripped.startswith("/") and " " not in stripped:
            yield from self._complete_command(stripped)
            return
        if not text or text[-1].isspace() and not complete_event.completion_requested:
            return
        words = text.split(" ")
        best: dict[str, tuple[float, int]] = {}  # name -> (score, length of the tail it replaces)
        for k in range(min(4, len(words)), 0, -1):
            tail = " ".join(words[-k:])
            if len(tail.strip()) < 3 and not (complete_event.completion_requested and tail.strip()):
                continue
            for name, quality in self._match(tail):
                # How much of what was typed the name accounts for: a near match of "bone marow nec"
                # beats an exact match of "nec" alone.
                score = quality / 100 * len(tail.strip()) - len(name) / 1000
                if name not in best or score > best[name][0]:
                    best[name] = (score, len(tail))
        ranked = sorted(best.items(), key=lambda item: -item[1][0])[:12]
        for name, (_score, length) in ranked:
            yield Completion(name, start_position=-length, display_meta="topic")

    def _complete_command(self, typed: str) -> Iterable[Completion]:
        scored = []
        for command in self._commands:
            if command.startswith(typed):
                scored.append((200.0, command))
            elif len(typed) >= 3:
                score = fuzz.ratio(typed, command[: len(typed) + 1])
                if score >= COMMAND_TYPO_SCORE:
                    scored.append((score, command))
        for _score, command in sorted(scored, key=lambda pair: -pair[0]):
            yield Completion(command, start_position=-len(typed), display_meta="command")

    def _match(self, tail: str) -> list[tuple[str, float]]:
        wanted = tail.strip().lower()
        found: list[tuple[str, float]] = []
        for name in self._names:
            lower = name.lower()
            if lower == wanted:
                continue  # already complete
            if lower.startswith(wanted):
                found.append((name, 100.0))
            elif len(wanted) >= 4 and wanted[0] == lower[0]:
                # A misspelt beginning (people rarely get the first letter wrong): compare with the
                # name's start of about the same length.
                score = fuzz.ratio(wanted, lower[: len(wanted) + 1])
                if score >= COMPLETION_TYPO_SCORE:
                    found.append((name, score))
        return found


def completion_words(bot: Bot) -> list[str]:
    """Topic titles, their other names and the conditions they mention, for completion."""
    words: list[str] = []
    for topic in bot.topics():
        words.append(topic.title)
        words.extend(topic.aliases)
        words.extend(topic.conditions)
    # Names of things people ask about, not titles of articles and pages linked from the documents.
    return [w for w in words if w and ":" not in w and len(w.split()) <= 5 and "..." not in w]


# --- the loop -------------------------------------------------------------------------------------------------


@dataclass
class _Reply:
    blocks: list[term.Block]
    leave: bool = False
    answer: Answer | None = None


class _Chat:
    """One REPL conversation: handles a line (a command or a question) and returns what to show."""

    def __init__(self, bot: Bot, session: Session, on_turn: Callable[[str, Answer], None] | None,
                 on_reset: Callable[[], None] | None = None) -> None:
        self.bot = bot
        self.session = session
        self.on_turn = on_turn
        self.on_reset = on_reset
        self.last: Answer | None = None

    def handle(self, line: str) -> _Reply:
        """What to show for one line (a command or a question)."""
        text = line.strip()
        if not text:
            return _Reply([])
        if text.startswith("/") and " " not in text:
            blocks, leave = self._command(text.lower())
            return _Reply(blocks, leave)
        if text.lower().rstrip(".!") in _QUIT_WORDS:
            return _Reply([], True)
        picked = term.choice_number(text, len(self.last.follow_ups)) if self.last is not None else None
        if picked is not None and self.last is not None:
            line = self.last.follow_ups[picked - 1]  # one of the numbered questions offered after an answer
        answer = self.bot.ask(line, self.session)
        self.last = answer
        if self.on_turn is not None:
            self.on_turn(line, answer)
        return _Reply(term.answer_blocks(answer, self.bot.messages_for(answer.lang)), answer=answer)

    def _command(self, name: str) -> tuple[list[term.Block], bool]:
        messages = self.bot.messages
        if name in _QUIT:
            return [], True
        if name == "/help":
            blocks = term.text_blocks(messages.help)
            blocks.append(term.Block((term.Frag("heading", "Commands"),), gap_before=True))
            for command, what in COMMANDS:
                blocks.append(term.Block((term.Frag("text", what),), prefix=(term.Frag("cite", f"{command:<10}"),)))
            return blocks, False
        if name == "/topics":
            return term.topics_blocks(self.bot.topics(), intro=messages.topics_intro), False
        if name == "/sources":
            return term.sources_blocks(self.bot.sources()), False
        if name == "/why":
            return term.why_blocks(self.last), False
        if name == "/reset":
            self.session.reset()
            self.last = None
            if self.on_reset is not None:
                self.on_reset()
            return [term.Block((term.Frag("notice", "The conversation was forgotten. You can start again."),))], False
        known = [c for c, _ in COMMANDS]
        close = did_you_mean(name, known)
        hint = f" Did you mean {close}?" if close else ""
        message = f"There is no command {term.sanitize(name)}.{hint} Type /help to see the commands."
        return [term.Block((term.Frag("notice", message),))], False


def welcome_blocks(bot: Bot) -> list[term.Block]:
    """The opening screen: what it is, the disclaimer, what to ask, how to get help."""
    blocks = term.text_blocks(bot.messages.welcome)
    blocks.append(
        term.Block(
            (term.Frag("disclaimer", "Commands: /help /topics /sources /why /reset /quit — Tab completes, "
                                     "Ctrl-D leaves."),),
            gap_before=True,
        )
    )
    return blocks


def run_chat(
    bot: Bot,
    session: Session | None = None,
    *,
    input: Input | TextIO | None = None,
    output: Output | TextIO | None = None,
    history_path: str | Path | None = None,
    color: bool | None = None,
    on_turn: Callable[[str, Answer], None] | None = None,
    on_reset: Callable[[], None] | None = None,
) -> int:
    """Chat with ``bot`` until the user leaves; returns the exit status.

    ``input``/``output`` are prompt-toolkit ``Input``/``Output`` objects for the interactive REPL (tests pass
    ``create_pipe_input()`` and a captured output), or text streams for the plain mode. With neither, the
    REPL runs on the terminal when standard input and output are one, and the plain mode otherwise: one
    question a line in, plain answers out, no prompt decoration. ``color`` None means: when the output is a
    terminal and ``NO_COLOR`` is not set. ``history_path`` keeps the user's inputs in that file; without it
    they are kept in memory for this chat only. ``on_turn(text, answer)`` is called after each answer,
    ``on_reset()`` when /reset starts the conversation again.
    """
    from marrowbot.session import Session as _Session

    chat = _Chat(bot, session if session is not None else _Session(), on_turn, on_reset)
    interactive = isinstance(input, Input) or isinstance(output, Output)
    if input is None and output is None:
        interactive = _isatty(sys.stdin) and _isatty(sys.stdout)
    if interactive:
        pt_input = input if isinstance(input, Input) else None
        pt_output = output if isinstance(output, Output) else None
        return _run_interactive(chat, pt_input, pt_output, history_path, color)
    in_stream = input if input is not None and not isinstance(input, Input) else None
    out_stream = output if output is not None and not isinstance(output, Output) else None
    return _run_plain(chat, in_stream, out_stream)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _run_plain(chat: _Chat, in_stream: TextIO | None, out_stream: TextIO | None) -> int:
    out = out_stream if out_stream is not None else sys.stdout
    try:
        for line in term.input_lines(in_stream):
            if not line.strip():
                continue
            reply = chat.handle(line)
            if reply.leave:
                break
            if reply.answer is not None:
                # The same plain text as ``marrowbot ask``, so scripts see one format.
                text = term.plain_answer(reply.answer)
            elif reply.blocks:
                text = term.render(reply.blocks, width=None)
            else:
                continue
            term.stream_write(out, text + "\n")
            out.flush()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 0


def _open_history(path: str | Path | None) -> History:
    if path is None:
        return InMemoryHistory()
    path = Path(path)
    try:
        # Only the operator asked for this file, and it holds what a patient typed: owner-only access.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
    except OSError as err:
        raise HistoryFileError(path, None, f"cannot write the history file ({err.strerror or err})") from err
    return _QuietFileHistory(str(path))


class _QuietFileHistory(FileHistory):
    """A history file that never stops the chat: a full disk loses history, not the conversation."""

    def store_string(self, string: str) -> None:
        try:
            super().store_string(string)
        except OSError:
            pass


_PT_STYLE = Style.from_dict({"prompt": "bold #5fd75f", **term.PT_STYLE})


def _run_interactive(
    chat: _Chat,
    pt_input: Input | None,
    pt_output: Output | None,
    history_path: str | Path | None,
    color: bool | None,
) -> int:
    from prompt_toolkit.output.defaults import create_output

    out = pt_output if pt_output is not None else create_output()
    if color is None:
        color = term.color_wanted(_FilenoStream(out))
    links = term.hyperlinks_wanted(color)
    prompt: PromptSession[str] = PromptSession(
        message=[("class:prompt", "you> ")],
        input=pt_input,
        output=out,
        history=_open_history(history_path),
        completer=TopicCompleter(completion_words(chat.bot), [c for c, _ in COMMANDS]),
        complete_while_typing=True,
        style=_PT_STYLE,
        color_depth=None if color else ColorDepth.MONOCHROME,
        include_default_pygments_style=False,
        key_bindings=term.inert_input_bindings(),
    )

    def show(blocks: list[term.Block]) -> None:
        if not blocks:
            return
        width = min(max(out.get_size().columns - 1, 20), _MAX_WIDTH)
        out.write_raw(term.render(blocks, width=width, color=color, hyperlinks=links) + "\n")
        out.flush()

    show(welcome_blocks(chat.bot))
    while True:
        try:
            line = prompt.prompt()
        except KeyboardInterrupt:
            continue  # Ctrl-C clears the line, as in a shell
        except EOFError:
            break  # Ctrl-D leaves
        try:
            reply = chat.handle(line)
        except KeyboardInterrupt:
            continue
        if reply.leave:
            break
        show(reply.blocks)
    return 0


class _FilenoStream:
    """Lets ``color_wanted`` ask a prompt-toolkit Output whether it is a terminal."""

    def __init__(self, out: Output) -> None:
        self._out = out

    def isatty(self) -> bool:
        try:
            return os.isatty(self._out.fileno())
        except Exception:  # DummyOutput and captured outputs have no file descriptor
            return False


def command(args: Any) -> int:
    """``marrowbot chat``: load the bot and chat on the terminal (or in plain mode when piped)."""
    from marrowbot.bot import Bot
    from marrowbot.frontends.progress import terminal_progress

    bot = Bot.load(getattr(args, "corpus", None), getattr(args, "intents", None),
                   library=getattr(args, "library", None), progress=terminal_progress())
    color = False if getattr(args, "no_color", False) else None
    return run_chat(bot, history_path=getattr(args, "history", None), color=color)
