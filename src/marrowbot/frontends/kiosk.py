"""The locked-down full-screen kiosk terminal for clinics (``marrowbot kiosk``).

One ``Kiosk`` is one screen: a welcome with suggested questions, the last question and its answer, an input
line. Nobody leaves it with a key (Ctrl-C, Ctrl-D, Ctrl-Z, Ctrl-\\ and the exit commands do nothing); staff
leave with the configured passphrase or a signal. After ``idle_seconds`` without a key, or on "I'm done",
the conversation and the screen are wiped. Nothing typed is kept: no history, no clipboard, no log.
"""

from __future__ import annotations

import asyncio
import errno
import getpass
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.clipboard import DummyClipboard
from prompt_toolkit.document import Document
from prompt_toolkit.history import DummyHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyBindingsBase, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.widgets import TextArea

from marrowbot.errors import MarrowbotError
from marrowbot.frontends import kiosk_screen as screen
from marrowbot.frontends import terminal as term
from marrowbot.frontends.config import KioskConfig, hash_passphrase, load_kiosk_config, passphrase_matches
from marrowbot.frontends.pastes import coalesce_pastes

if TYPE_CHECKING:
    from marrowbot.bot import Bot
    from marrowbot.messages import Messages

__all__ = ["Kiosk", "run_kiosk", "command", "MAX_INPUT_CHARS"]

MAX_INPUT_CHARS = 300  # longer questions are cut: nobody types more at a kiosk, and a paste can't flood it
_DONE = frozenset({"i'm done", "im done", "i am done", "i’m done", "done", "/done", "/reset",
                   "terminé", "termine", "ya terminé", "ya termine", "he terminado"})  # the Spanish hint's word
_EXIT_COMMANDS = frozenset({"/quit", "/exit", "/q", "exit", "quit", "logout"})
# The exit and suspend keys, and the editing commands that open prompts, search or paste old text.
_IGNORED_KEYS = (Keys.ControlC, Keys.ControlD, Keys.ControlZ, Keys.ControlBackslash, Keys.SIGINT,
                 Keys.ControlQ, Keys.ControlS, Keys.ControlX, Keys.ControlUnderscore, Keys.ControlAt,
                 Keys.ControlY, Keys.ControlR, Keys.ControlG, Keys.ControlV)

def _forget_documents(buffer: Buffer) -> None:
    """Empty the buffer's cache of the last few input lines (prompt-toolkit keeps them, keyed by their text, to
    build them once): after a wipe nothing typed may stay in the process."""
    cache = getattr(buffer, "_document_cache", None)
    if cache is not None:
        cache.clear()
        keys = getattr(cache, "_keys", None)
        if keys is not None:
            keys.clear()


class Kiosk:
    """The kiosk's state and its prompt-toolkit application; ``run()`` shows it until staff exit.

    ``bot`` should be loaded with the configuration's emergency numbers (``command`` does), so that urgent
    answers and the top bar name the same number.
    """

    def __init__(
        self,
        bot: Bot,
        config: KioskConfig | None = None,
        *,
        input: Input | None = None,
        output: Output | None = None,
        color: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from marrowbot.session import Session

        self.bot = bot
        self.config = config if config is not None else KioskConfig()
        self._new_session = Session
        self.session = Session()
        self._clock = clock
        self.last_activity = clock()
        self.warning = False
        self.conversations = 0  # wipes so far (for the soak benchmark)
        self.view = screen.KioskScreen(bot, self.config, lambda: self.app.output.get_size(),
                                       lambda: (self.warning, self._seconds_left()))

        self.input = TextArea(
            multiline=False,
            wrap_lines=True,
            height=lambda: self.view.input_height(),
            prompt=lambda: [("class:input.prompt", f" {self._speaking().kiosk_prompt} ")],
            style="class:input",
            history=DummyHistory(),  # never keep one patient's questions for the next
            accept_handler=self._accept,
            focus_on_click=False,
        )
        self.input.buffer.on_text_changed += self._cap_input
        layout = Layout(
            HSplit(
                [
                    Window(screen.FreshTextControl(self.view.header_text), height=1, style="class:header"),
                    self.view.body,
                    Window(char="─", height=1, style="class:rule"),
                    self.input,
                    Window(screen.FreshTextControl(self.view.footer_text), height=lambda: len(self.view.footer()),
                           style="class:footer"),
                ]
            ),
            focused_element=self.input,
        )
        self.app: Application[int] = Application(
            layout=layout,
            key_bindings=self._bindings(),
            style=screen.STYLE,
            full_screen=True,
            mouse_support=False,
            clipboard=DummyClipboard(),  # Ctrl-K / Ctrl-Y must not carry text to the next patient
            input=input,
            output=output,
            color_depth=ColorDepth.MONOCHROME if color is False else None,
            include_default_pygments_style=False,
            erase_when_done=True,
        )
        self.app.key_processor.before_key_press += lambda _sender: self.touch()
        coalesce_pastes(self.app.input, MAX_INPUT_CHARS)
        self.wipe(())

    # --- what the screen shows ------------------------------------------------------------------------

    @property
    def on_welcome(self) -> bool:
        return self.view.on_welcome

    def _seconds_left(self) -> float:
        return self.config.idle_seconds - (self._clock() - self.last_activity)

    def screen_text(self) -> str:
        """What the body and footer show now, as plain text (for tests and the soak benchmark)."""
        body = "".join(text for _style, text, *_ in self.view.body_text())
        footer = "".join(text for _style, text, *_ in self.view.footer_text())
        return body + "\n" + footer

    # --- what happens ------------------------------------------------------------------------------------

    def touch(self) -> None:
        """A key was pressed: someone is there."""
        self.last_activity = self._clock()
        if self.warning:
            self.warning = False
            self.app.invalidate()

    def wipe(self, notice: tuple[str, ...] = ()) -> None:
        """Forget the conversation and show the welcome again (with ``notice`` lines on top)."""
        self.session = self._new_session()
        self.bot.forget()  # nor is anything typed kept in the engine's memos
        self.input.buffer.reset()  # also empties its undo stack
        _forget_documents(self.input.buffer)
        self.warning = False
        self.view.reset(notice)
        self.last_activity = self._clock()
        if self.app.is_running:
            self.app.renderer.clear()  # repaint every cell, so nothing of the last chat lingers
            self.app.invalidate()

    def _cap_input(self, buffer: Buffer) -> None:
        text = buffer.text
        clean = text.replace("\r", " ").replace("\n", " ")[:MAX_INPUT_CHARS]
        if clean != text:
            buffer.set_document(Document(clean, min(buffer.cursor_position, len(clean))), bypass_readonly=True)

    def _accept(self, buffer: Buffer) -> bool:
        self.submit(buffer.text)
        return False  # empty the input line

    def submit(self, typed: str) -> None:
        """Handle one line the patient (or staff) entered."""
        self.touch()
        if passphrase_matches(self.config, typed):
            self.app.exit(result=0)
            return
        text = " ".join(typed.split())
        if not text:
            return
        lowered = text.lower()
        picked = term.choice_number(text, len(self.view.choices))
        if picked is not None:
            text = self.view.choices[picked - 1]  # a suggestion of the welcome, or a question offered next
        elif lowered in _DONE:
            self.end_conversation()
            return
        elif lowered in _EXIT_COMMANDS:
            return  # there is no way out for the public
        messages = self.bot.messages
        try:
            answer = self.bot.ask(text, self.session)
            if answer.intent == "goodbye":
                self.end_conversation(answer.lead or messages.goodbye)
                return
            blocks = term.answer_blocks(answer, self.bot.messages_for(answer.lang))
            if not answer.urgent:  # urgent advice comes before anything else, even the question
                if blocks:
                    blocks[0] = screen.with_gap(blocks[0])
                said = self.bot.messages_for(answer.lang).kiosk_asked
                asked = term.Block((term.Frag("you", term.sanitize(said, newlines=False) + " "),
                                    term.Frag("text", term.sanitize(text, newlines=False))))
                blocks.insert(0, asked)
        except Exception:  # noqa: BLE001 - the kiosk must never die; nothing typed is logged
            self.wipe((messages.error,))
            return
        self.view.show(blocks, answer.lang, answer.follow_ups)
        self.app.invalidate()

    def _speaking(self) -> Messages:
        """The messages in the language of the conversation's last answer (the welcome's before any)."""
        return self.bot.messages_for(self.view.lang)

    def end_conversation(self, farewell: str | None = None) -> None:
        self.conversations += 1
        messages = self._speaking()
        self.wipe((farewell or messages.goodbye, messages.wiped))

    def check_idle(self) -> None:
        """Warn, then wipe, when nobody has pressed a key for a while."""
        if self.on_welcome and not self.input.buffer.text and not self.warning:
            return  # nothing to wipe
        idle = self._clock() - self.last_activity
        if idle >= self.config.idle_seconds:
            self.conversations += 1
            self.wipe((self._speaking().wiped,))
        elif idle >= self.config.idle_seconds - self.config.warn_seconds:
            self.warning = True
            self.app.invalidate()  # also each tick while warning: the countdown

    async def _watch_idle(self) -> None:
        tick = min(0.5, self.config.idle_seconds / 20)
        while True:
            await asyncio.sleep(tick)
            try:
                self.check_idle()
            except Exception:  # noqa: BLE001 - keep watching, whatever failed
                try:
                    self.wipe((self.bot.messages.error,))
                except Exception:  # noqa: BLE001 - a failed wipe is tried again next tick
                    self.last_activity = float("-inf")  # so that the next tick wipes

    def scroll(self, lines: int) -> None:
        self.view.scroll(lines)
        self.app.invalidate()

    def _bindings(self) -> KeyBindingsBase:
        kb = KeyBindings()

        def ignore(event: KeyPressEvent) -> None:
            """Keys that would leave, suspend, or edit in surprising ways do nothing here."""

        for key in _IGNORED_KEYS:
            kb.add(key, eager=True)(ignore)
        kb.add("escape", eager=True)(ignore)  # no Meta-key editing commands either

        @kb.add("pageup")
        def _page_up(event: KeyPressEvent) -> None:
            self.scroll(-(self.view.height() - 2))

        @kb.add("pagedown")
        def _page_down(event: KeyPressEvent) -> None:
            self.scroll(self.view.height() - 2)

        @kb.add("up")
        def _up(event: KeyPressEvent) -> None:
            self.scroll(-1)

        @kb.add("down")
        def _down(event: KeyPressEvent) -> None:
            self.scroll(1)

        return merge_key_bindings([term.inert_input_bindings(), kb])

    def _start(self) -> None:
        # A failure in a key handler or a task reaches the event loop's handler: show the calm message and
        # the welcome, and print nothing (the default handler writes a traceback over the screen).
        asyncio.get_running_loop().set_exception_handler(self._loop_error)
        self.app.create_background_task(self._watch_idle())

    def _loop_error(self, _loop: asyncio.AbstractEventLoop, _context: dict[str, Any]) -> None:
        try:
            self.wipe((self.bot.messages.error,))
        except Exception:  # noqa: BLE001 - nothing more can be done, and the next key will redraw
            pass

    def run(self) -> int:
        """Show the kiosk until staff exit; returns the exit status."""
        result = self.app.run(pre_run=self._start, set_exception_handler=False, handle_sigint=False)
        return int(result or 0)


def run_kiosk(
    bot: Bot,
    config: KioskConfig | None = None,
    *,
    input: Input | None = None,
    output: Output | None = None,
    color: bool | None = None,
    on_start: Callable[[Kiosk], None] | None = None,
) -> int:
    """Run the kiosk until staff exit. A failure inside shows a fresh welcome instead of ending it.

    ``on_start`` is told each new ``Kiosk`` (the command uses it to stop the running one on a signal).
    """
    crashes: deque[float] = deque(maxlen=5)
    while True:
        kiosk = Kiosk(bot, config, input=input, output=output, color=color)
        if on_start is not None:
            on_start(kiosk)
        try:
            return kiosk.run()
        except (EOFError, OSError) as err:
            # The terminal is gone (its input ended, or reads and writes fail with EIO after a hangup):
            # nobody can use this kiosk any more, and restarting would leave an orphan spinning. Exit.
            if isinstance(err, EOFError) or err.errno in _DEAD_TERMINAL:
                return 128 + signal.SIGHUP
            crashes.append(time.monotonic())
        except Exception:  # noqa: BLE001 - a kiosk that dies leaves a shell; start again instead
            crashes.append(time.monotonic())
        if _stop_signal:  # a stop signal came while the kiosk was failing (e.g. writing to a closed terminal)
            return 128 + _stop_signal[-1]
        if len(crashes) == crashes.maxlen and crashes[-1] - crashes[0] < 10:
            time.sleep(2)  # failing over and over: don't spin


# --- the command ------------------------------------------------------------------------------------------

#: Errors of a terminal that has gone away (hangup): the kiosk exits instead of restarting.
_DEAD_TERMINAL = frozenset({errno.EIO, errno.EBADF, errno.ENXIO, errno.EPIPE, errno.ENOTTY})
#: Stop signals received (SIGTERM, SIGHUP): a kiosk that fails after one exits instead of restarting.
_stop_signal: list[int] = []


class _Stopped(BaseException):
    """A stop signal arrived while no kiosk was on screen (BaseException: no restart loop catches it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def command(args: Any) -> int:
    """``marrowbot kiosk [--config FILE]``: the locked-down terminal. Exit status 0 after the staff
    passphrase, 128+N after signal N (SIGTERM, SIGHUP)."""
    config = load_kiosk_config(getattr(args, "config", None))
    for note in config.notes:
        sys.stderr.write(f"marrowbot: {note}\n")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise MarrowbotError("marrowbot kiosk needs a terminal (run it on the kiosk's console)")
    # Keys that send signals in a cooked terminal (while starting) must not stop or suspend the kiosk.
    for name in ("SIGINT", "SIGQUIT", "SIGTSTP"):
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    current: list[Kiosk] = []

    def stop(signum: int, _frame: Any) -> None:
        _stop_signal.append(signum)
        app = current[-1].app if current else None
        if app is not None and app.is_running and app.loop is not None:
            app.loop.call_soon_threadsafe(lambda: app.exit(result=128 + signum))
        else:
            raise _Stopped(signum)

    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), stop)
    from marrowbot.bot import Bot
    from marrowbot.frontends.progress import terminal_progress
    from marrowbot.messages import Emergency

    try:
        bot = Bot.load(getattr(args, "corpus", None), getattr(args, "intents", None), progress=terminal_progress(),
                       library=getattr(args, "library", None) or config.library,
                       emergency=Emergency(call=config.emergency_call, crisis_line=config.crisis_line))
        color = False if getattr(args, "no_color", False) else None
        return run_kiosk(bot, config, color=color, on_start=lambda kiosk: current.__setitem__(slice(None), [kiosk]))
    except _Stopped as stopped:
        return 128 + stopped.signum


def _hash_main(argv: list[str]) -> int:
    """``python -m marrowbot.frontends.kiosk hash-passphrase``: print the config line for a staff exit passphrase."""
    if argv != ["hash-passphrase"]:
        print("usage: python -m marrowbot.frontends.kiosk hash-passphrase", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        phrase = getpass.getpass("Exit passphrase: ")
        if getpass.getpass("Again: ") != phrase:
            print("The two entries differ; nothing printed.", file=sys.stderr)
            return 1
    else:
        phrase = sys.stdin.readline()
    if not phrase.strip():
        print("An empty passphrase cannot be used.", file=sys.stderr)
        return 1
    print(f'exit_passphrase_sha256: "{hash_passphrase(phrase)}"')
    return 0


if __name__ == "__main__":
    sys.exit(_hash_main(sys.argv[1:]))
