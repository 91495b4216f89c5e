"""The kiosk as the public and staff meet it: the real application driven through prompt-toolkit's pipe
input, and the real ``marrowbot kiosk`` on a pseudo-terminal with its screen read by a terminal emulator."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from marrowbot import Bot, Session
from marrowbot.frontends.config import KioskConfig, hash_passphrase
from marrowbot.frontends.kiosk import MAX_INPUT_CHARS, Kiosk

PASSPHRASE = "staff exit 2024"
CTRL_C, CTRL_D, CTRL_Z, CTRL_BACKSLASH = "\x03", "\x04", "\x1a", "\x1c"
EXIT_KEYS = CTRL_C + CTRL_D + CTRL_Z + CTRL_BACKSLASH
PASTE = "\x1b[200~{}\x1b[201~"  # a bracketed paste, as terminals send it
MARKER, BACKSPACE = "zq", "\x7f"


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class Running:
    """A kiosk application running in a thread, fed through a pipe."""

    def __init__(self, kiosk: Kiosk, pipe: PipeInput) -> None:
        self.kiosk, self.pipe = kiosk, pipe
        self.status: list[int] = []
        self.thread = threading.Thread(target=lambda: self.status.append(kiosk.run()), daemon=True)

    def type(self, text: str, settle: Callable[[], bool] | None = None) -> None:
        before = self.kiosk.screen_text()
        self.pipe.send_text(text)
        # Wait until the keys are processed: the screen changes (or the given condition holds).
        wait_until(settle or (lambda: self.kiosk.screen_text() != before or not self.thread.is_alive()))

    def drain(self) -> None:
        """Wait until every key sent so far is handled: keys are handled in order, so once a marker typed after
        them is on the input line, they are done. The marker is then erased."""
        buffer = self.kiosk.input.buffer
        self.pipe.send_text(MARKER)
        wait_until(lambda: buffer.text.endswith(MARKER) or not self.thread.is_alive())
        before = buffer.text[: -len(MARKER)]
        self.pipe.send_text(BACKSPACE * len(MARKER))
        wait_until(lambda: buffer.text == before or not self.thread.is_alive())

    @property
    def screen(self) -> str:
        return self.kiosk.screen_text()


@contextmanager
def running(bot: Any, config: KioskConfig, clock: Callable[[], float] = time.monotonic) -> Iterator[Running]:
    with create_pipe_input() as pipe:
        kiosk = Kiosk(bot, config, input=pipe, output=DummyOutput(), clock=clock)
        run = Running(kiosk, pipe)
        run.thread.start()
        wait_until(lambda: kiosk.app.is_running)
        try:
            yield run
        finally:
            if run.thread.is_alive():
                kiosk.app.loop.call_soon_threadsafe(lambda: kiosk.app.exit(result=0))  # type: ignore[union-attr]
                run.thread.join(5)


CONFIG = KioskConfig(exit_passphrase_sha256=hash_passphrase(PASSPHRASE))


def first_line(text: str) -> str:
    return text.strip().splitlines()[0]


def test_welcome_suggestions_by_number_and_an_answer(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        screen = run.screen
        assert first_line(bot.messages.welcome) in screen
        assert "not medical advice" in screen
        suggestions = bot.messages.suggestions
        for n, question in enumerate(suggestions, 1):
            assert f"{n}. {question}" in screen
        expected = bot.ask(suggestions[1], Session())
        run.type("2\r")
        screen = run.screen
        assert f"You asked: {suggestions[1]}" in screen
        assert first_line(bot.messages.welcome) not in screen
        assert f"[{expected.snippets[0].n}]" in screen
        assert "Sources" in screen and expected.sources[0].url in screen
        assert "not medical advice" in screen  # the disclaimer under every answer


def test_after_an_answer_a_number_asks_one_of_the_questions_offered_next(bot: Bot) -> None:
    expected = bot.ask(bot.messages.suggestions[0], Session())
    assert len(expected.follow_ups) >= 2
    with running(bot, CONFIG) as run:
        run.type("1\r")
        assert "You could also ask:" in run.screen or "1-" in run.screen  # the list, or the short hint
        run.type("2\r")
        assert f"You asked: {expected.follow_ups[1]}" in run.screen


def test_urgent_advice_comes_first(bot: Bot) -> None:
    message = "I have crushing chest pain and can't breathe"
    expected = bot.ask(message, Session())
    assert expected.urgent
    with running(bot, CONFIG) as run:
        run.type(message + "\r")
        first = run.screen.strip().splitlines()[0]
        assert first.startswith("!! ")
        assert "You asked" not in run.screen
        assert " ".join(first[3:].split()) in " ".join(expected.lead.split())


def test_configured_welcome_and_suggestions_replace_the_defaults(bot: Bot) -> None:
    config = KioskConfig(welcome="Welcome to the Riverside clinic. Call {call} in an emergency.",
                         suggestions=("What is aplastic anemia?",), emergency_call="112")
    with running(bot, config) as run:
        screen = run.screen
        assert "Welcome to the Riverside clinic. Call 112 in an emergency." in screen
        assert bot.messages.disclaimer.split(".")[0] in screen  # the disclaimer is always there
        assert "1. What is aplastic anemia?" in screen and "2. " not in screen
        assert "Emergency? Call 112" in "".join(t for _, t, *_ in run.kiosk.view.header_text())


def test_no_key_and_no_command_leaves(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        welcome = run.screen
        run.pipe.send_text(EXIT_KEYS + "/quit\r" + "exit\r" + "/exit\r" + "quit\r")
        run.drain()
        assert run.thread.is_alive() and run.screen == welcome
        run.type("not the passphrase\r")
        assert run.thread.is_alive()
        run.type(PASSPHRASE + "\r")
        run.thread.join(5)
        assert run.status == [0]  # staff left with the passphrase


def test_the_passphrase_is_the_only_way_out_when_one_is_configured(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        # Near misses, the exit keys and commands leave nothing; the phrase itself does.
        run.pipe.send_text(PASSPHRASE.upper() + "\r" + PASSPHRASE[:-1] + "\r" + PASSPHRASE + "x\r" + EXIT_KEYS
                           + "/quit\r")
        run.drain()
        assert run.thread.is_alive()
        run.pipe.send_text("  " + PASSPHRASE + " \r")  # surrounding spaces do not count
        run.thread.join(10)
        assert run.status == [0]
    with running(bot, KioskConfig()) as run:  # no passphrase: only a signal stops it
        run.pipe.send_text(PASSPHRASE + "\r" + EXIT_KEYS)
        run.drain()
        assert run.thread.is_alive()


def test_im_done_wipes_the_conversation(bot: Bot) -> None:
    follow_up = "and how is it treated?"
    with running(bot, CONFIG) as run:
        run.type("What is myelofibrosis?\r")  # a word the welcome lacks: it must be gone from the whole screen
        assert "You asked: What is myelofibrosis?" in run.screen
        run.type("I'm done\r")
        screen = run.screen
        assert "myelofibrosis" not in screen.lower()
        assert bot.messages.wiped in " ".join(screen.split())
        assert first_line(bot.messages.welcome) in screen
        run.type(follow_up + "\r")  # the next person starts afresh
        fresh = bot.ask(follow_up, Session())
        assert run.kiosk.session is not None
        shown = " ".join(run.screen.split())
        first = fresh.snippets[0].text if fresh.snippets else fresh.lead
        assert " ".join(first.split())[:60] in shown


def test_idle_time_warns_then_wipes(bot: Bot) -> None:
    config = KioskConfig(idle_seconds=1.2, warn_seconds=0.6, exit_passphrase_sha256=CONFIG.exit_passphrase_sha256)
    with running(bot, config) as run:
        run.type("What is myelofibrosis?\r")
        wait_until(lambda: first_line(bot.messages.idle_warning)[:30] in run.screen, timeout=5)
        assert "You asked" in run.screen  # warned, not yet wiped
        wait_until(lambda: "You asked" not in run.screen, timeout=5)
        screen = " ".join(run.screen.split())
        assert bot.messages.wiped in screen and first_line(bot.messages.welcome) in screen
        assert "myelofibrosis" not in screen.lower()  # nowhere on the screen (the welcome lacks the word)
        run.pipe.send_text("half a question")  # typing but never sending is wiped too
        wait_until(lambda: run.kiosk.input.buffer.text == "half a question")
        wait_until(lambda: run.kiosk.input.buffer.text == "", timeout=5)


def test_after_a_spanish_answer_the_warning_and_countdown_are_in_spanish(bot: Bot) -> None:
    spanish = bot.messages_for("es")
    config = KioskConfig(idle_seconds=2.0, warn_seconds=1.0)
    with running(bot, config) as run:
        run.type("¿Qué es la necrosis de la médula ósea?\r")
        assert spanish.quotes_note[:30] in " ".join(run.screen.split())
        shown = " ".join(run.screen.split())
        assert spanish.kiosk_ask in shown and spanish.kiosk_clear in shown  # the keys, said in Spanish
        assert spanish.kiosk_asked + " ¿Qué es la necrosis" in shown
        top = "".join(t for _, t, *_ in run.kiosk.view.header_text())
        assert "¿Emergencia? Llame al 911" in top  # the number, said in the reader's language
        assert bot.messages.kiosk_ask not in shown
        wait_until(lambda: spanish.idle_warning[:20] in run.screen, timeout=5)
        assert "Se borrará en" in " ".join(run.screen.split())
        wait_until(lambda: spanish.wiped[:30] in " ".join(run.screen.split()), timeout=5)  # cleared, in Spanish
        assert bot.messages.kiosk_ask in " ".join(run.screen.split())  # the next person: the welcome's language


def test_the_spanish_word_for_done_clears_the_chat(bot: Bot) -> None:
    spanish = bot.messages_for("es")
    with running(bot, CONFIG) as run:
        run.type("¿Qué es la necrosis de la médula ósea?\r")
        assert "terminé" in spanish.kiosk_clear and "terminé" in " ".join(run.screen.split())
        run.type("terminé\r")
        shown = " ".join(run.screen.split())
        assert spanish.wiped in shown and spanish.kiosk_asked not in shown
        assert run.kiosk.conversations == 1


def test_a_key_press_keeps_the_conversation(bot: Bot) -> None:
    now = [0.0]  # the kiosk's clock, moved by the test: no waiting on real time
    config = KioskConfig(idle_seconds=1.0, warn_seconds=0.5)
    with running(bot, config, clock=lambda: now[0]) as run:
        run.type("What is bone marrow necrosis?\r")
        for _ in range(4):  # 1.6 s in all, longer than the idle time, but never idle for long
            now[0] += 0.4
            run.pipe.send_text(" ")
            wait_until(lambda: run.kiosk.last_activity == now[0])  # the key press was seen
            run.kiosk.app.loop.call_soon_threadsafe(run.kiosk.check_idle)  # type: ignore[union-attr]
            run.drain()  # ... and the idle check after it has run
            assert "You asked" in run.screen and not run.kiosk.warning
        now[0] += 1.0  # then nobody: the same clock wipes the conversation
        wait_until(lambda: "You asked" not in run.screen)


def test_escape_sequences_typed_or_pasted_are_shown_inert(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        run.type(PASTE.format("what is \x1b[31mRED\x1b[0m\x1b]0;owned\x07 marrow") + "\r")
        screen = run.screen
        assert "You asked: what is ␛[31mRED␛[0m␛]0;owned␇ marrow" in screen
        assert "\x1b" not in screen and "\x07" not in screen


def test_input_is_capped_and_one_line(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        run.type(PASTE.format("why\nis " + "x" * 5000), settle=lambda: bool(run.kiosk.input.buffer.text))
        text = run.kiosk.input.buffer.text
        assert len(text) == MAX_INPUT_CHARS and text.startswith("why is x")
        run.type("\r")
        assert run.thread.is_alive()


def test_nothing_typed_survives_in_history_or_clipboard(bot: Bot) -> None:
    with running(bot, CONFIG) as run:
        run.type("my private question\r")
        run.type("secret draft", settle=lambda: run.kiosk.input.buffer.text == "secret draft")
        run.type("\x15", settle=lambda: run.kiosk.input.buffer.text == "")  # Ctrl-U: cut the line
        run.pipe.send_text("\x19\x1b[A\x10\x0e")  # Ctrl-Y paste, Up, Ctrl-P, Ctrl-N: recall nothing
        run.drain()
        assert run.kiosk.input.buffer.text == ""
        assert list(run.kiosk.input.buffer.history.load_history_strings()) == []


class FailingBot:
    """The real bot, except that answering fails the way a bug would."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot
        self.messages = bot.messages

    def ask(self, text: str, session: Session) -> Any:
        raise RuntimeError(f"boom on {text!r}")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._bot, name)


def test_a_failure_inside_shows_a_calm_message_and_the_welcome(bot: Bot) -> None:
    with running(FailingBot(bot), CONFIG) as run:
        run.type("What is bone marrow necrosis?\r")
        screen = run.screen
        assert run.thread.is_alive()
        assert bot.messages.error in " ".join(screen.split())
        assert first_line(bot.messages.welcome) in screen
        assert "boom" not in screen and "Traceback" not in screen


# --- a real terminal ------------------------------------------------------------------------------------


class Terminal:
    """``marrowbot kiosk`` on a pseudo-terminal, its output read through a terminal emulator."""

    def __init__(self, args: list[str], rows: int = 40, columns: int = 100) -> None:
        import pexpect
        import pyte

        exe = shutil.which("marrowbot")
        command = [exe] if exe else [sys.executable, "-m", "marrowbot"]
        self.child = pexpect.spawn(command[0], command[1:] + args, dimensions=(rows, columns),
                                   env={**os.environ, "TERM": "xterm-256color", "NO_COLOR": ""}, timeout=30)
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self._pexpect = pexpect

    def read(self) -> None:
        while True:
            try:
                data = self.child.read_nonblocking(65536, timeout=0.05)
            except (self._pexpect.TIMEOUT, self._pexpect.EOF):
                return
            self.stream.feed(data)

    def text(self) -> str:
        self.read()
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, words: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.text()
            if words in " ".join(text.split()):
                return text
            assert time.monotonic() < deadline, f"{words!r} never appeared on:\n{text}"

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def drain(self) -> None:
        """Wait until every key sent so far is handled (a marker typed after them shows), then erase it."""
        self.send(MARKER)
        self.wait_for(MARKER)
        self.send(BACKSPACE * len(MARKER))
        deadline = time.monotonic() + 20
        while MARKER in self.text():
            assert time.monotonic() < deadline, "the marker was never erased"


def test_real_terminal_keys_escape_idle_and_passphrase(tmp_path: Path) -> None:
    pytest.importorskip("pexpect")
    pytest.importorskip("pyte")
    config = tmp_path / "kiosk.yml"
    config.write_text(f'idle_seconds: 2\nwarn_seconds: 1\nexit_passphrase_sha256: "{hash_passphrase(PASSPHRASE)}"\n'
                      'emergency:\n  call: "112"\n', encoding="utf-8")
    term = Terminal(["kiosk", "--config", str(config)])
    try:
        term.wait_for("Type a number to ask one of these")
        assert "Emergency? Call 112" in term.text()
        term.send(EXIT_KEYS)  # Ctrl-C, Ctrl-D, Ctrl-Z, Ctrl-\ : nothing happens
        term.send("/quit\r")
        term.drain()
        assert term.child.isalive()
        term.send("\x1b[31mred\x1b[0m what is bone marrow necrosis\r")  # typed escape sequence
        screen = term.wait_for("You asked:")
        line = next(row for row in screen.splitlines() if "You asked:" in row)
        assert "[31mred" in line  # shown as text, not obeyed
        row = screen.splitlines().index(line)
        assert all(term.screen.buffer[row][x].fg == "default" for x in range(line.index("[31m"), len(line)))
        term.wait_for("still there", timeout=5)  # the idle warning, then the wipe
        term.wait_for("This chat was cleared", timeout=5)
        assert "You asked" not in term.text()
        term.send(PASSPHRASE + "\r")
        term.child.expect(term._pexpect.EOF, timeout=10)
    finally:
        term.child.close(force=True)
    assert term.child.exitstatus == 0


def test_real_terminal_stops_on_a_signal() -> None:
    pytest.importorskip("pexpect")
    pytest.importorskip("pyte")
    term = Terminal(["kiosk"])
    try:
        term.wait_for("Type a number to ask one of these")
        term.child.kill(signal.SIGINT)  # as Ctrl-C would in a cooked terminal: ignored
        term.drain()  # still answering keys after the signal
        assert term.child.isalive()
        term.child.kill(signal.SIGTERM)  # staff stopping the service
        term.child.expect(term._pexpect.EOF, timeout=10)
    finally:
        term.child.close(force=True)
    assert term.child.exitstatus == 128 + signal.SIGTERM


def test_a_wipe_leaves_nothing_typed_in_the_engines_memos(bot: Bot) -> None:
    from marrowbot import memory

    marker = "zqxwellington"  # a name a patient might type
    with running(bot, CONFIG) as run:
        run.type(f"my name is {marker} and my bones hurt, is it necrosis?\r")
        assert any(marker in key for memo in memory._MEMOS.values() for key in memo)  # it was remembered...
        run.type("I'm done\r")
        assert all(f.cache_info().currsize == 0 for f in memory._FUNCTIONS)  # ... and forgotten with the chat
        assert not any(marker in key for memo in memory._MEMOS.values() for key in memo)
