"""The locked-down full-screen kiosk terminal for clinics (``marrowbot kiosk``).

One ``Kiosk`` is one screen: a welcome with suggested questions, the last question and its answer, an input
line. Nobody leaves it with a key (Ctrl-C, Ctrl-D, Ctrl-Z, Ctrl-\\ and the exit commands do nothing); staff
leave with the configured passphrase or a signal. After ``idle_seconds`` without a key, or on "I'm done",
the conversation and the screen are wiped. Nothing typed is kept: no history, no clipboard, no log.
"""

from __future__ import annotations

import asyncio
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
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.history import DummyHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyBindingsBase, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl, UIContent
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style
from prompt_toolkit.widgets import TextArea

from marrowbot.errors import MarrowbotError
from marrowbot.frontends import terminal as term
from marrowbot.frontends.config import KioskConfig, hash_passphrase, load_kiosk_config, passphrase_matches
from marrowbot.messages import render as fill_placeholders

if TYPE_CHECKING:
    from marrowbot.bot import Bot

__all__ = ["Kiosk", "run_kiosk", "command", "MAX_INPUT_CHARS"]

MAX_INPUT_CHARS = 300  # longer questions are cut: nobody types more at a kiosk, and a paste can't flood it
_MAX_WIDTH = 76  # a comfortable reading width, whatever the screen
_DONE = frozenset({"i'm done", "im done", "i am done", "i’m done", "done", "/done", "/reset"})
_EXIT_COMMANDS = frozenset({"/quit", "/exit", "/q", "exit", "quit", "logout"})
# The exit and suspend keys, and the editing commands that open prompts, search or paste old text.
_IGNORED_KEYS = (Keys.ControlC, Keys.ControlD, Keys.ControlZ, Keys.ControlBackslash, Keys.SIGINT,
                 Keys.ControlQ, Keys.ControlS, Keys.ControlX, Keys.ControlUnderscore, Keys.ControlAt,
                 Keys.ControlY, Keys.ControlR, Keys.ControlG, Keys.ControlV)

_STYLE = Style.from_dict(
    {
        "header": "bg:#00305f #ffffff bold",
        "header.emergency": "bg:#b00000 #ffffff bold",
        "footer": "bg:#303030 #ffffff",
        "input": "bold",
        "input.prompt": "bold #5fd75f",
        "rule": "#5f5f5f",
        **term.PT_STYLE,
    }
)


class _FreshTextControl(FormattedTextControl):
    """A text control that builds its content anew for every render.

    prompt-toolkit keeps a control's ``UIContent`` while its text is unchanged, and every render adds entries
    to that content's line-height memo (keyed by the render counter) that are never dropped. A screen that
    stays the same (the header, the welcome shown after every conversation) would grow without bound over
    weeks; a fresh content each render keeps memory flat, for the cost of re-measuring a few dozen lines.
    """

    def create_content(self, width: int, height: int | None) -> UIContent:
        self._content_cache.clear()
        return super().create_content(width, height)


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
        self.on_welcome = True
        self.conversations = 0  # wipes so far (for the soak benchmark)
        self._blocks: list[term.Block] = []
        self._offset = 0
        self._lines_cache: tuple[list[term.Block], int, list[term.Line]] | None = None
        self._suggestions = self.config.suggestions or tuple(bot.messages.suggestions)

        self.input = TextArea(
            multiline=False,
            wrap_lines=True,
            height=2,
            prompt=[("class:input.prompt", " Your question: ")],
            style="class:input",
            history=DummyHistory(),  # never keep one patient's questions for the next
            accept_handler=self._accept,
            focus_on_click=False,
        )
        self.input.buffer.on_text_changed += self._cap_input
        self._body = Window(_FreshTextControl(self._body_text), wrap_lines=True, always_hide_cursor=True)
        layout = Layout(
            HSplit(
                [
                    Window(_FreshTextControl(self._header_text), height=1, style="class:header"),
                    self._body,
                    Window(char="─", height=1, style="class:rule"),
                    self.input,
                    Window(_FreshTextControl(self._footer_text), height=2, style="class:footer"),
                ]
            ),
            focused_element=self.input,
        )
        self.app: Application[int] = Application(
            layout=layout,
            key_bindings=self._bindings(),
            style=_STYLE,
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
        self.wipe(())

    # --- what the screen shows ------------------------------------------------------------------------

    def welcome_blocks(self) -> list[term.Block]:
        messages = self.bot.messages
        if self.config.welcome:
            text = fill_placeholders(self.config.welcome, call=self.config.emergency_call,
                                     crisis_line=self.config.crisis_line)
            blocks = term.text_blocks(text)
            blocks.append(term.Block((term.Frag("disclaimer", term.sanitize(messages.disclaimer)),),
                                     gap_before=True))
        else:
            blocks = term.text_blocks(messages.welcome)
        if self._suggestions:
            blocks.append(term.Block((term.Frag("heading", "Type a number to ask one of these:"),),
                                     gap_before=True))
            for n, question in enumerate(self._suggestions, 1):
                blocks.append(term.Block((term.Frag("suggestion", term.sanitize(question, newlines=False)),),
                                         prefix=(term.Frag("cite", f"{n}. "),)))
        return blocks

    def _width(self) -> int:
        columns = self.app.output.get_size().columns
        return max(20, min(columns - 4, _MAX_WIDTH))

    def _height(self) -> int:
        info = self._body.render_info
        return info.window_height if info is not None else max(self.app.output.get_size().rows - 6, 5)

    def _lines(self) -> list[term.Line]:
        width = self._width()
        cache = self._lines_cache
        if cache is None or cache[0] is not self._blocks or cache[1] != width:
            cache = self._lines_cache = (self._blocks, width, term.wrap(self._blocks, width))
        return cache[2]

    def _body_text(self) -> StyleAndTextTuples:
        lines = self._lines()
        self._offset = max(0, min(self._offset, len(lines) - self._height()))
        shown = [[term.Frag("", "  "), *line] for line in lines[self._offset : self._offset + self._height()]]
        return term.to_formatted([[]] + shown)

    def _header_text(self) -> StyleAndTextTuples:
        title = " marrowbot · information about bone marrow diseases "
        emergency = f" Emergency? Call {term.sanitize(self.config.emergency_call)} "
        gap = max(1, self.app.output.get_size().columns - len(title) - len(emergency))
        return [("class:header", title + " " * gap), ("class:header.emergency", emergency)]

    def _footer_text(self) -> StyleAndTextTuples:
        if self.warning:
            return [("class:notice", " " + term.sanitize(self.bot.messages.idle_warning, newlines=False))]
        hints = " Type your question and press Enter."
        if self.on_welcome and self._suggestions:
            hints += f" Or type a number from 1 to {len(self._suggestions)}."
        more = len(self._lines()) > self._height()
        second = " Type \"I'm done\" to clear the chat." + ("  PgUp/PgDn or ↑/↓ to scroll." if more else "")
        return [("class:footer", hints + "\n" + second)]

    def screen_text(self) -> str:
        """What the body and footer show now, as plain text (for tests and the soak benchmark)."""
        body = "".join(text for _style, text, *_ in self._body_text())
        footer = "".join(text for _style, text, *_ in self._footer_text())
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
        self.input.buffer.reset()  # also empties its undo stack
        self.warning = False
        self.on_welcome = True
        self._offset = 0
        blocks = [term.Block((term.Frag("notice", term.sanitize(line)),)) for line in notice if line]
        welcome = self.welcome_blocks()
        if blocks and welcome:
            welcome[0] = _with_gap(welcome[0])
        self._blocks = blocks + welcome
        self._lines_cache = None
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
        if self.on_welcome and text.isdigit() and 1 <= int(text) <= len(self._suggestions):
            text = self._suggestions[int(text) - 1]
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
            blocks = term.answer_blocks(answer)
            if not answer.urgent:  # urgent advice comes before anything else, even the question
                if blocks:
                    blocks[0] = _with_gap(blocks[0])
                asked = term.Block((term.Frag("you", "You asked: "),
                                    term.Frag("text", term.sanitize(text, newlines=False))))
                blocks.insert(0, asked)
        except Exception:  # noqa: BLE001 - the kiosk must never die; nothing typed is logged
            self.wipe((messages.error,))
            return
        self.on_welcome = False
        self._blocks = blocks
        self._lines_cache = None
        self._offset = 0
        self.app.invalidate()

    def end_conversation(self, farewell: str | None = None) -> None:
        self.conversations += 1
        self.wipe((farewell or self.bot.messages.goodbye, self.bot.messages.wiped))

    def check_idle(self) -> None:
        """Warn, then wipe, when nobody has pressed a key for a while."""
        if self.on_welcome and not self.input.buffer.text and not self.warning:
            return  # nothing to wipe
        idle = self._clock() - self.last_activity
        if idle >= self.config.idle_seconds:
            self.conversations += 1
            self.wipe((self.bot.messages.wiped,))
        elif idle >= self.config.idle_seconds - self.config.warn_seconds and not self.warning:
            self.warning = True
            self.app.invalidate()

    async def _watch_idle(self) -> None:
        tick = min(0.5, self.config.idle_seconds / 20)
        while True:
            await asyncio.sleep(tick)
            try:
                self.check_idle()
            except Exception:  # noqa: BLE001 - keep watching; a failed wipe is retried next tick
                self.wipe((self.bot.messages.error,))

    def scroll(self, lines: int) -> None:
        self._offset = max(0, self._offset + lines)
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
            self.scroll(-(self._height() - 2))

        @kb.add("pagedown")
        def _page_down(event: KeyPressEvent) -> None:
            self.scroll(self._height() - 2)

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


def _with_gap(block: term.Block) -> term.Block:
    return term.Block(block.frags, block.prefix, True, block.preformatted)


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
        except Exception:  # noqa: BLE001 - a kiosk that dies leaves a shell; start again instead
            crashes.append(time.monotonic())
            if len(crashes) == crashes.maxlen and crashes[-1] - crashes[0] < 10:
                time.sleep(2)  # failing over and over: don't spin


# --- the command ------------------------------------------------------------------------------------------


class _Stopped(BaseException):
    """A stop signal arrived while no kiosk was on screen (BaseException: no restart loop catches it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def command(args: Any) -> int:
    """``marrowbot kiosk [--config FILE]``: the locked-down terminal. Exit status 0 after the staff
    passphrase, 128+N after signal N (SIGTERM, SIGHUP)."""
    config = load_kiosk_config(getattr(args, "config", None))
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise MarrowbotError("marrowbot kiosk needs a terminal (run it on the kiosk's console)")
    # Keys that send signals in a cooked terminal (while starting) must not stop or suspend the kiosk.
    for name in ("SIGINT", "SIGQUIT", "SIGTSTP"):
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    current: list[Kiosk] = []

    def stop(signum: int, _frame: Any) -> None:
        app = current[-1].app if current else None
        if app is not None and app.is_running and app.loop is not None:
            app.loop.call_soon_threadsafe(lambda: app.exit(result=128 + signum))
        else:
            raise _Stopped(signum)

    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), stop)
    from marrowbot.bot import Bot
    from marrowbot.messages import Emergency

    try:
        bot = Bot.load(getattr(args, "corpus", None), getattr(args, "intents", None),
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
