"""What the kiosk screen shows, for any size from 40 columns by 12 rows up: the top bar (the emergency number
always whole), the welcome with as many numbered suggestions as fit, and the footer (hints, or the idle warning
whole with its countdown). Pure functions of the size and the state: ``kiosk`` wires them to prompt-toolkit."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from prompt_toolkit.data_structures import Size
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout import Window
from prompt_toolkit.layout.controls import FormattedTextControl, UIContent
from prompt_toolkit.styles import Style
from wcwidth import wcswidth

from marrowbot.frontends import terminal as term
from marrowbot.frontends.config import KioskConfig
from marrowbot.messages import KIOSK_HINTS, Messages
from marrowbot.messages import render as fill

if TYPE_CHECKING:
    from marrowbot.bot import Bot

__all__ = ["STYLE", "FreshTextControl", "KioskScreen", "header", "footer_lines", "welcome", "MIN_COLUMNS",
           "MIN_ROWS"]

MIN_COLUMNS, MIN_ROWS = 40, 12
MAX_WIDTH = 76  # a comfortable reading width, whatever the screen

STYLE = Style.from_dict(
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

_TITLES = (" marrowbot · information about bone marrow diseases ", " marrowbot · bone marrow diseases ",
           " marrowbot ", "")


class FreshTextControl(FormattedTextControl):
    """A text control that builds its content anew for every render.

    prompt-toolkit keeps a control's ``UIContent`` while its text is unchanged, and every render adds entries
    to that content's line-height memo (keyed by the render counter) that are never dropped. A screen that
    stays the same (the header, the welcome shown after every conversation) would grow without bound over
    weeks; a fresh content each render keeps memory flat, for the cost of re-measuring a few dozen lines.
    """

    def create_content(self, width: int, height: int | None) -> UIContent:
        self._content_cache.clear()
        return super().create_content(width, height)


def _cols(text: str) -> int:
    width = wcswidth(text)
    return width if width >= 0 else len(text)


def header(columns: int, call: str, messages: Messages) -> StyleAndTextTuples:
    """The top bar: the emergency number always whole, the longest title that fits beside it."""
    call = term.sanitize(call, newlines=False)
    said = []
    for key in ("kiosk_call", "kiosk_call_short"):  # filled with the bot's number, or else the kiosk's own
        text = getattr(messages, key)
        said.append(text if call in text else fill(KIOSK_HINTS[key], call=call))
    for emergency in (*(f" {term.sanitize(s, newlines=False)} " for s in said), f" {call} "):
        for title in _TITLES:
            gap = columns - _cols(title) - _cols(emergency)
            if gap >= 0:
                return [("class:header", title + " " * gap), ("class:header.emergency", emergency)]
    return [("class:header.emergency", f" {call} ")]  # narrower than any screen we support


def _wrapped(sentences: Sequence[str], width: int) -> list[str]:
    return textwrap.wrap(" ".join(s for s in sentences if s), width=max(width - 2, 10), break_long_words=True)


def footer_lines(columns: int, messages: Messages, *, warning: bool, seconds_left: float, choices: int,
                 more_below: bool) -> list[str]:
    """The footer's lines: the idle warning whole, with how long is left; else what can be typed."""
    if warning:
        left = max(0, math.ceil(seconds_left))
        text = term.sanitize(messages.idle_warning, newlines=False)
        countdown = fill(messages.countdown, seconds=str(left))
        return [" " + line for line in _wrapped((text, term.sanitize(countdown, newlines=False)), columns)]
    numbers = "1" if choices == 1 else f"1-{choices}"

    def said(template: str) -> str:  # a clinic's text, on one line
        return term.sanitize(fill(template, choices=numbers), newlines=False)

    first = said(messages.kiosk_ask) + (" " + said(messages.kiosk_pick) if choices else "")
    second = said(messages.kiosk_clear) + (" " + said(messages.kiosk_scroll) if more_below else "")
    lines = _wrapped((first,), columns) + _wrapped((second,), columns)
    if len(lines) > 3:  # a narrow screen: the short forms
        lines = _wrapped((said(messages.kiosk_short), said(messages.kiosk_short_pick) if choices else ""), columns)
    return [" " + line for line in lines]


def welcome(messages: Messages, suggestions: Sequence[str], width: int, height: int,
            text: str | None = None) -> tuple[list[term.Block], int]:
    """The welcome and the numbered suggestions, and how many suggestions it shows.

    The whole welcome when it fits ``height`` lines with every suggestion; else the whole welcome with the
    suggestions that fit (two at least: what to do when very sick matters more than more examples); else the
    one-line disclaimer and the suggestions that fit (two at least), else the suggestions alone (on the smallest
    screens: the disclaimer comes with every answer, the emergency number stays in the top bar). Every number
    offered is on screen.
    """
    full = term.text_blocks(text) if text else term.text_blocks(messages.welcome)
    disclaimer = [term.Block((term.Frag("disclaimer", term.sanitize(messages.disclaimer)),))]
    if text:
        full.append(with_gap(disclaimer[0]))
    if not suggestions or _height(full + _suggestions(suggestions), width) <= height:
        return full + _suggestions(suggestions), len(suggestions)
    for head, least in ((full, 2), (disclaimer, 2), ([], 1)):
        for count in range(len(suggestions), least - 1, -1):
            blocks = head + _suggestions(suggestions[:count])
            if _height(blocks, width) <= height:
                return blocks, count
    return disclaimer, 0


def with_gap(block: term.Block) -> term.Block:
    """The block with an empty line before it."""
    return term.Block(block.frags, block.prefix, True, block.preformatted)


def _suggestions(suggestions: Sequence[str]) -> list[term.Block]:
    if not suggestions:
        return []
    return term.numbered_blocks("Type a number to ask one of these:", suggestions)


def _height(blocks: list[term.Block], width: int) -> int:
    return len(term.wrap(blocks, width))


class KioskScreen:
    """The kiosk's body (welcome or the last answer, scrolled), top bar and footer, for the screen's ``size()``.

    ``idle()`` tells it whether the idle warning is on and how many seconds are left before the wipe."""

    def __init__(self, bot: Bot, config: KioskConfig, size: Callable[[], Size],
                 idle: Callable[[], tuple[bool, float]]) -> None:
        self.bot, self.config, self._size, self._idle = bot, config, size, idle
        self.suggestions = tuple(config.suggestions or bot.messages.suggestions)
        self.body = Window(FreshTextControl(self.body_text), wrap_lines=True, always_hide_cursor=True)
        self.reset(())

    def reset(self, notice: Sequence[str]) -> None:
        """Show the welcome again, with ``notice`` lines on top."""
        self.on_welcome = True
        self.lang = "en"  # the language of the last answer: the footer speaks it
        self.choices: tuple[str, ...] = ()  # the questions on screen that a number picks
        self.offset = 0
        self._notice = [term.Block((term.Frag("notice", term.sanitize(line)),)) for line in notice if line]
        self._welcome: tuple[tuple[int, int], list[term.Block], int] | None = None  # per (width, height)
        self._blocks: list[term.Block] = []
        self._lines_cache: tuple[list[term.Block], int, list[term.Line]] | None = None

    def show(self, blocks: list[term.Block], lang: str, choices: tuple[str, ...]) -> None:
        """Show an answer (its blocks), in ``lang``, offering ``choices`` by number."""
        self.on_welcome = False
        self.lang, self.choices, self._blocks = lang, choices, blocks
        self._lines_cache = None
        self.offset = 0

    def welcome_blocks(self) -> list[term.Block]:
        """The notices, the welcome and the suggestions that fit the screen now (``choices``: those shown)."""
        width = self.width()
        notice_lines = len(term.wrap(self._notice, width)) + (1 if self._notice else 0)
        height = max(1, self.chrome_free() - len(self.footer(choices=len(self.suggestions))) - notice_lines
                     - self.top_gap())
        if self._welcome is None or self._welcome[0] != (width, height):
            text = None
            if self.config.welcome:
                text = fill(self.config.welcome, call=self.config.emergency_call, crisis_line=self.config.crisis_line)
            blocks, shown = welcome(self.bot.messages, self.suggestions, width, height, text)
            if self._notice and blocks:
                blocks[0] = with_gap(blocks[0])
            self._welcome = ((width, height), self._notice + blocks, shown)
        self.choices = self.suggestions[: self._welcome[2]]
        return self._welcome[1]

    def width(self) -> int:
        return max(20, min(self._size().columns - 4, MAX_WIDTH))

    def height(self) -> int:
        info = self.body.render_info
        if info is not None:
            return info.window_height
        return max(self.chrome_free() - len(self.footer()), 1)

    def input_height(self) -> int:
        """The input line's rows: one on a short screen, two (a long question stays in view) otherwise."""
        return 1 if self._size().rows < 16 else 2

    def chrome_free(self) -> int:
        """Rows left for the body and the footer, below the top bar and above the rule and the input."""
        return self._size().rows - 2 - self.input_height()

    def top_gap(self) -> int:
        """An empty first line of the body, where there is room for it."""
        return 1 if self._size().rows >= 16 else 0

    def lines(self) -> list[term.Line]:
        blocks = self.welcome_blocks() if self.on_welcome else self._blocks
        width = self.width()
        cache = self._lines_cache
        if cache is None or cache[0] is not blocks or cache[1] != width:
            cache = self._lines_cache = (blocks, width, term.wrap(blocks, width))
        return cache[2]

    def body_text(self) -> StyleAndTextTuples:
        lines = self.lines()
        room = self.height() - self.top_gap()
        self.offset = max(0, min(self.offset, len(lines) - room))
        shown = [[term.Frag("", "  "), *line] for line in lines[self.offset : self.offset + room]]
        return term.to_formatted([[]] * self.top_gap() + shown)

    def header_text(self) -> StyleAndTextTuples:
        return header(self._size().columns, self.config.emergency_call, self.bot.messages_for(self.lang))

    def footer(self, choices: int | None = None) -> list[str]:
        warning, seconds_left = self._idle()
        more = False
        if not warning and choices is None:
            info = self.body.render_info
            more = info is not None and len(self.lines()) > info.window_height - self.top_gap()
        return footer_lines(self._size().columns, self.bot.messages_for(self.lang), warning=warning,
                            seconds_left=seconds_left, more_below=more,
                            choices=len(self.choices) if choices is None else choices)

    def footer_text(self) -> StyleAndTextTuples:
        return [("class:notice" if self._idle()[0] else "class:footer", "\n".join(self.footer()))]

    def scroll(self, lines: int) -> None:
        self.offset = max(0, self.offset + lines)
