"""Answers, topics, sources and /why as text for a terminal: wrapped, styled, every piece sanitised.

Rendering works in two steps. ``*_blocks`` functions turn values into ``Block``s (paragraphs of styled
fragments, the way a person should read them); ``wrap`` breaks blocks into lines for a width; ``to_ansi``
writes lines as text with SGR colours and OSC-8 hyperlinks, and ``to_formatted`` gives prompt-toolkit
formatted text for the full-screen kiosk. Nothing here prints or reads a terminal except the small
``color_wanted``/``hyperlinks_wanted`` checks on a stream the caller passes in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TextIO

from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from wcwidth import wcswidth, wcwidth

from marrowbot.bot import SourceEntry, TopicEntry
from marrowbot.model import Answer

__all__ = [
    "Block",
    "Frag",
    "sanitize",
    "color_wanted",
    "hyperlinks_wanted",
    "answer_blocks",
    "topics_blocks",
    "sources_blocks",
    "why_blocks",
    "text_blocks",
    "wrap",
    "to_ansi",
    "to_formatted",
    "render",
    "render_answer",
    "PT_STYLE",
    "inert_input_bindings",
]

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


# --- blocks ------------------------------------------------------------------------------------------------


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


def _frags(style: str, text: str, url: str | None = None) -> tuple[Frag, ...]:
    return (Frag(style, sanitize(text), url),)


def text_blocks(text: str, style: str = "text", *, gap_before: bool = False) -> list[Block]:
    """Plain-language text (a welcome, help): paragraphs split on empty lines, line breaks kept."""
    blocks: list[Block] = []
    paragraphs = re.split(r"\n\s*\n", sanitize(text).strip())
    for i, para in enumerate(p for p in paragraphs if p.strip()):
        blocks.append(Block((Frag(style, para),), gap_before=gap_before or i > 0, preformatted=True))
    return blocks


def _source_line(title: str, who: Iterable[str], updated: str | None) -> tuple[Frag, ...]:
    parts = [Frag("source.title", sanitize(title))]
    names = [name for name in who if name and name != title]
    if names:
        parts.append(Frag("source", " — " + sanitize(", ".join(names))))
    if updated:
        parts.append(Frag("source.date", f", last updated {sanitize(updated)}"))
    return tuple(parts)


def answer_blocks(answer: Answer) -> list[Block]:
    """An answer as a person should read it: urgent advice first, quotes with citation numbers, the
    numbered sources with their URLs, then the one-line disclaimer."""
    blocks: list[Block] = []
    lead = answer.lead.strip()
    if lead and answer.urgent:
        for i, para in enumerate(p for p in re.split(r"\n\s*\n", lead) if p.strip()):
            blocks.append(Block(_frags("urgent", para.strip()), prefix=(Frag("urgent.mark", "!! "),),
                                gap_before=i > 0))
    elif lead:
        blocks.extend(text_blocks(lead, "lead"))
    for i, snippet in enumerate(answer.snippets):
        quoted = snippet.text.strip() if snippet.link_title else f"\u201c{snippet.text.strip()}\u201d"
        frags = [Frag("quote", sanitize(quoted))]
        if snippet.link_title and snippet.url and snippet.url not in snippet.text:
            frags.append(Frag("quote", " "))
            frags.append(Frag("url", sanitize(snippet.url), snippet.url))
        frags.extend((Frag("quote", " "), Frag("cite", f"[{snippet.n}]")))
        blocks.append(Block(tuple(frags), prefix=(Frag("bullet", "• "),), gap_before=i == 0 and bool(blocks)))
    after = answer.after
    if after.strip():
        # The bot's words after the quotes: what to do next, other places to look, the topics it knows.
        blocks.extend(text_blocks(after, "lead", gap_before=bool(blocks)))
    if answer.sources:
        blocks.append(Block((Frag("heading", "Sources"),), gap_before=True))
        for source in answer.sources:
            # The citation numbers of the quotes taken from it, as in the answer's plain text.
            number = "".join(f"[{n}]" for n in source.cites) or f"[{source.n}]"
            number += " "
            who = (source.source, source.publisher)
            blocks.append(Block(_source_line(source.title, who, source.updated), prefix=(Frag("cite", number),)))
            if source.url:
                blocks.append(Block((Frag("url", sanitize(source.url), source.url),),
                                    prefix=(Frag("", " " * len(number)),)))
    disclaimer = answer.disclaimer.strip()
    if disclaimer:
        blocks.append(Block(_frags("disclaimer", disclaimer), gap_before=True))
    return blocks


def topics_blocks(topics: Iterable[TopicEntry], intro: str = "") -> list[Block]:
    """``/topics``: each document's title, the other names it goes by, and the conditions it mentions."""
    blocks: list[Block] = []
    if intro:
        blocks.extend(text_blocks(intro, "lead"))
    for topic in topics:
        frags = [Frag("source.title", sanitize(topic.title or topic.id))]
        aliases = list(topic.aliases)
        if aliases:
            frags.append(Frag("source", " (also: " + sanitize(", ".join(aliases)) + ")"))
        blocks.append(Block(tuple(frags), prefix=(Frag("bullet", "• "),)))
        conditions = list(topic.conditions)
        if conditions:
            blocks.append(Block(_frags("source", "mentions: " + ", ".join(conditions)),
                                prefix=(Frag("", "  "),)))
    return blocks


def sources_blocks(sources: Iterable[SourceEntry]) -> list[Block]:
    """``/sources``: every document with its publisher, date and URL."""
    blocks: list[Block] = []
    for n, source in enumerate(sources, 1):
        number = f"[{n}] "
        who = (source.source, source.publisher)
        blocks.append(Block(_source_line(source.title, who, source.updated),
                            prefix=(Frag("cite", number),)))
        url = source.url
        if url:
            blocks.append(Block((Frag("url", sanitize(url), url),), prefix=(Frag("", " " * len(number)),)))
    return blocks


def why_blocks(answer: Answer | None) -> list[Block]:
    """``/why``: what the bot understood from the last message and why it answered as it did."""
    if answer is None:
        return [Block((Frag("lead", "Nothing has been asked yet."),))]

    def row(label: str, value: str) -> Block:
        return Block((Frag("text", sanitize(value)),), prefix=(Frag("heading", f"{label}: "),))

    ex = answer.explanation
    blocks = [
        row("You asked", sanitize(answer.question, newlines=False)),
        row("Intent", f"{answer.intent} (confidence {answer.confidence:.2f})"),
        row("Topic", answer.topic or "none"),
    ]
    flags = [name for name, on in (("urgent", answer.urgent), ("abstained", answer.abstained),
                                   ("follow-up", ex.followup)) if on]
    if flags:
        blocks.append(row("Flags", ", ".join(flags)))
    if ex.intent_scores:
        top = sorted(ex.intent_scores, key=lambda pair: -pair[1])[:5]
        blocks.append(row("Intent scores", ", ".join(f"{name} {score:.2f}" for name, score in top)))
    for label, values in (
        ("Matched terms", ex.matched_terms),
        ("Closest examples", ex.matched_examples),
        ("Topic evidence", ex.topic_evidence),
        ("Symptoms", ex.symptoms),
        ("Red flags", ex.red_flags),
        ("Notes", ex.notes),
        ("Decided by", ex.rules),
    ):
        if values:
            blocks.append(row(label, "; ".join(values)))
    if answer.snippets:
        scores = ", ".join(f"[{s.n}] {s.doc}/{s.section} {s.score:.2f}" for s in answer.snippets)
        blocks.append(row("Passages", scores))
    return blocks


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


def render_answer(answer: Answer, *, width: int | None = 80, color: bool = False,
                  hyperlinks: bool = False) -> str:
    """An answer for a terminal, wrapped to ``width`` columns."""
    return render(answer_blocks(answer), width=width, color=color, hyperlinks=hyperlinks)


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
