"""Text on a terminal: sanitising, styled fragments and paragraphs (``Block``), wrapping to a width, and
writing lines as ANSI text or as prompt-toolkit formatted text. Knows nothing of answers (see ``terminal``)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TextIO

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from wcwidth import wcswidth, wcwidth

# --- sanitising ------------------------------------------------------------------------------------------

# C0 controls except newline and tab, DEL, C1 controls (0x9b is a one-byte CSI on some terminals), the
# bidirectional overrides and isolates that can make text display in a different order than it is stored,
# and lone surrogates (undecodable input bytes) that would break writing to a UTF-8 stream.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _inert(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ESC shows as ␛, CR as ␍
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"<U+{code:04X}>"


def sanitize(text: str, *, newlines: bool = True) -> str:
    """Text safe to put on a terminal: no control character or escape sequence reaches it raw.

    Each unsafe character is replaced by a visible stand-in (ESC becomes ``␛``), so an escape sequence in a
    question or a corpus file shows as inert text. Tabs become spaces; with ``newlines=False`` line breaks
    become spaces too (for one-line echoes of what someone typed).
    """
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    if not newlines:
        text = text.replace("\n", " ")
    return _UNSAFE.sub(_inert, text)


# --- deciding on colour and links ------------------------------------------------------------------------


def color_wanted(stream: Any, no_color: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only for a terminal, and never with ``--no-color``, ``NO_COLOR`` set, or ``TERM=dumb``."""
    env = os.environ if environ is None else environ
    if no_color or env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def hyperlinks_wanted(color: bool, environ: Mapping[str, str] | None = None) -> bool:
    """OSC-8 links where terminals accept them; the URL is always shown as text as well.

    Terminals that do not know OSC 8 ignore it, but the Linux console and ``dumb`` ones may not, and
    ``MARROWBOT_NO_LINKS`` turns them off for any other terminal that misbehaves.
    """
    env = os.environ if environ is None else environ
    if not color or env.get("MARROWBOT_NO_LINKS"):
        return False
    return env.get("TERM", "") not in ("", "dumb", "linux")


# --- fragments and paragraphs ------------------------------------------------------------------------


class Frag(NamedTuple):
    """A run of text in one style; ``url`` makes it a hyperlink."""

    style: str
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph: wrapped as one, its first line led by ``prefix``, its others indented to match."""

    frags: tuple[Frag, ...]
    prefix: tuple[Frag, ...] = ()
    gap_before: bool = False  # an empty line before it
    preformatted: bool = False  # keep its line breaks (each is still wrapped when too long)


# --- wrapping ----------------------------------------------------------------------------------------------

Line = list[Frag]


def _width(text: str) -> int:
    w = wcswidth(text)
    return w if w >= 0 else len(text)


def _split_to_width(text: str, room: int) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``room`` columns (at least one character), and the rest."""
    used = 0
    for i, char in enumerate(text):
        w = max(wcwidth(char), 0)
        if used + w > room and i > 0:
            return text[:i], text[i:]
        used += w
    return text, ""


def _wrap_block(block: Block, width: int | None) -> list[Line]:
    prefix = list(block.prefix)
    indent = sum(_width(f.text) for f in prefix)
    # Each line of a preformatted block is a paragraph of its own (same prefix and indent).
    paragraphs: list[list[Frag]] = [[]]
    for frag in block.frags:
        pieces = frag.text.split("\n") if block.preformatted else [frag.text.replace("\n", " ")]
        for j, piece in enumerate(pieces):
            if j > 0:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Frag(frag.style, piece, frag.url))
    lines: list[Line] = []
    for p_index, para in enumerate(paragraphs):
        lead = prefix if p_index == 0 else [Frag("", " " * indent)] if indent else []
        if width is None:
            lines.append(lead + para)
            continue
        room = max(width - indent, 10)
        line: Line = list(lead)
        used = 0
        for frag in para:
            for token in re.findall(r"\s+|\S+", frag.text):
                if token.isspace():
                    if used and used < room:
                        line.append(Frag(frag.style, " ", None))
                        used += 1
                    continue
                tw = _width(token)
                if used and used + tw > room:
                    _rstrip(line)
                    lines.append(line)
                    line, used = [Frag("", " " * indent)] if indent else [], 0
                # A word wider than the line is broken, but a URL is kept whole on its own line so that
                # it can still be copied (the terminal folds it for display).
                while tw > room and frag.style != "url":
                    head, token = _split_to_width(token, room - used)
                    line.append(Frag(frag.style, head, frag.url))
                    lines.append(line)
                    line, used = [Frag("", " " * indent)] if indent else [], 0
                    tw = _width(token)
                if token:
                    line.append(Frag(frag.style, token, frag.url))
                    used += tw
        _rstrip(line)
        lines.append(line)
    return lines


def _rstrip(line: Line) -> None:
    while line and line[-1].text == " " and line[-1].url is None:
        line.pop()


def _merge(line: Line) -> Line:
    """Neighbouring fragments of one style and link joined, so each run is styled once."""
    merged: Line = []
    for frag in line:
        if merged and merged[-1].style == frag.style and merged[-1].url == frag.url:
            merged[-1] = Frag(frag.style, merged[-1].text + frag.text, frag.url)
        elif frag.text:
            merged.append(frag)
    return merged


def wrap(blocks: Sequence[Block], width: int | None = 80) -> list[Line]:
    """Blocks broken into lines no wider than ``width`` columns (``None``: never wrapped)."""
    if width is not None:
        width = max(int(width), 20)
    lines: list[Line] = []
    for block in blocks:
        if block.gap_before and lines:
            lines.append([])
        lines.extend(_merge(line) for line in _wrap_block(block, width))
    return lines


# --- output ---------------------------------------------------------------------------------------------------

# Styles: SGR parameters for plain terminals, and the same looks for prompt-toolkit (the kiosk).
_SGR: dict[str, str] = {
    "urgent": "1;97;41",
    "urgent.mark": "1;97;41",
    "lead": "",
    "text": "",
    "quote": "",
    "cite": "1;36",
    "bullet": "36",
    "suggestion": "1",
    "heading": "1",
    "source.title": "1",
    "source": "",
    "source.date": "2",
    "url": "4;34",
    "disclaimer": "2;3",
    "you": "1;32",
    "notice": "1;33",
    "error": "1;31",
}

PT_STYLE: dict[str, str] = {
    "urgent": "bold #ffffff bg:#b00000",
    "urgent.mark": "bold #ffffff bg:#b00000",
    "cite": "bold #00afaf",
    "bullet": "#00afaf",
    "suggestion": "bold",
    "heading": "bold",
    "source.title": "bold",
    "source.date": "#a0a0a0",
    "url": "underline #5f87ff",
    "disclaimer": "italic #b0b0b0",
    "you": "bold #5fd75f",
    "notice": "bold #ffd75f",
    "error": "bold #ff5f5f",
}


def _osc8(url: str | None) -> str:
    # The URL goes inside an escape sequence: only printable ASCII, never ESC or BEL, may appear there.
    if url is None:
        return "\x1b]8;;\x1b\\"
    safe = "".join(c for c in url if 0x21 <= ord(c) < 0x7F)
    return f"\x1b]8;;{safe}\x1b\\"


def to_ansi(lines: Sequence[Line], *, color: bool = False, hyperlinks: bool = False) -> str:
    """Lines as terminal text: SGR styles when ``color``, OSC-8 links when ``hyperlinks``; ends with a
    newline. Without colour the text is exactly what a person reads, and nothing else."""
    out: list[str] = []
    for line in lines:
        for frag in line:
            sgr = _SGR.get(frag.style, "") if color else ""
            link = hyperlinks and frag.url is not None
            if link:
                out.append(_osc8(frag.url))
            out.append(f"\x1b[{sgr}m{frag.text}\x1b[0m" if sgr else frag.text)
            if link:
                out.append(_osc8(None))
        out.append("\n")
    return "".join(out)


def to_formatted(lines: Sequence[Line]) -> StyleAndTextTuples:
    """Lines as prompt-toolkit formatted text (style classes from ``PT_STYLE``)."""
    out: StyleAndTextTuples = []
    for line in lines:
        for frag in line:
            out.append((f"class:{frag.style}" if frag.style else "", frag.text))
        out.append(("", "\n"))
    return out


def render(blocks: Sequence[Block], *, width: int | None = 80, color: bool = False,
           hyperlinks: bool = False) -> str:
    return to_ansi(wrap(blocks, width), color=color, hyperlinks=hyperlinks)


def inert_input_bindings() -> KeyBindings:
    """Key bindings that show escape sequences typed at a prompt as inert text.

    With mouse reporting off, a terminal never sends mouse reports, so a sequence that looks like one
    (``ESC [ 3 1 m`` typed by hand) is text from a person: prompt-toolkit's own mouse handler would fail on
    it with a traceback on the screen. It is put in the input line instead, with ESC shown as ``␛``.
    """
    kb = KeyBindings()

    @kb.add(Keys.Vt100MouseEvent, eager=True)
    def _typed_sequence(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text(sanitize(event.data, newlines=False))

    return kb


def stream_write(stream: TextIO, text: str) -> None:
    """Write to a text stream that may not be UTF-8, never failing on a character it cannot encode."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding, "replace"))
