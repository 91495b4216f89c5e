"""Answers, topics, sources and /why as text for a terminal: wrapped, styled, every piece sanitised.

Rendering works in two steps. ``*_blocks`` functions here turn values into ``Block``s (paragraphs of styled
fragments, the way a person should read them); ``screen`` wraps blocks into lines for a width and writes them
(SGR colours and OSC-8 hyperlinks with ``to_ansi``, prompt-toolkit formatted text for the full-screen kiosk
with ``to_formatted``). Its names are re-exported here, so front ends use this one module.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from marrowbot.bot import SourceEntry, TopicEntry
from marrowbot.frontends.screen import (
    PT_STYLE,
    Block,
    Frag,
    Line,
    color_wanted,
    hyperlinks_wanted,
    inert_input_bindings,
    render,
    sanitize,
    stream_write,
    to_ansi,
    to_formatted,
    wrap,
)
from marrowbot.messages import Messages
from marrowbot.model import Answer
from marrowbot.render import document_sources

__all__ = [
    "Block",
    "Frag",
    "Line",
    "sanitize",
    "color_wanted",
    "hyperlinks_wanted",
    "answer_blocks",
    "numbered_blocks",
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
    "stream_write",
    "choice_number",
    "plain_answer",
    "input_lines",
    "MAX_LINE_BYTES",
]

#: Only the start of a very long input line is read as the question (the rest is skipped, never held in memory).
MAX_LINE_BYTES = 64 * 1024


def input_lines(stream: IO[bytes] | IO[str] | None = None) -> Iterator[str]:
    """Piped input one line at a time, streamed (standard input's bytes by default): a line ends at "\n" only,
    so a bare CR, form feed, NEL or U+2028 stays inside its one question (``clean_input`` makes them spaces);
    undecodable bytes become U+FFFD; an over-long line is cut at ``MAX_LINE_BYTES``."""
    source: Any = stream if stream is not None else sys.stdin.buffer
    while True:
        line = source.readline(MAX_LINE_BYTES)
        if not line:
            return
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if not line.endswith(newline):
            while True:  # skip the rest of an over-long line
                rest = source.readline(MAX_LINE_BYTES)
                if not rest or rest.endswith(newline):
                    break
        text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
        yield text.rstrip("\r\n")


def choice_number(text: str, count: int) -> int | None:
    """The number 1..``count`` a person typed to pick an offered question, or None ("²", "٣" or a 5,000-digit
    line are not picks, and never an error)."""
    if text.isascii() and text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= count:
        return int(text)
    return None


def plain_answer(answer: Answer) -> str:
    """An answer as plain text for a script (``ask``, piped ``chat``): its text with control characters made
    visible, so a document's stray escape sequence never reaches the terminal."""
    return sanitize(answer.text).rstrip("\n") + "\n"


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


def answer_blocks(answer: Answer, words: Messages | None = None, *, follow_ups: bool = True) -> list[Block]:
    """An answer as a person should read it: urgent advice first, quotes with citation numbers, the pages to
    read more (titles once, never as quotes), the numbered sources with their URLs, the one-line disclaimer,
    then the numbered questions to ask next. ``words`` are the bot's words in the answer's language."""
    read_more, heading, own_intro, next_intro = (
        (words.read_more, words.sources_heading, words.own_links_intro, words.follow_ups_intro) if words
        else ("Read more:", "Sources", "", "You could also ask:"))
    blocks: list[Block] = []
    lead = answer.lead.strip()
    if lead and answer.urgent:
        for i, para in enumerate(p for p in re.split(r"\n\s*\n", lead) if p.strip()):
            blocks.append(Block(_frags("urgent", para.strip()), prefix=(Frag("urgent.mark", "!! "),),
                                gap_before=i > 0))
    elif lead:
        blocks.extend(text_blocks(lead, "lead"))
    quotes = [s for s in answer.snippets if not s.link_title]
    for i, snippet in enumerate(quotes):
        frags = (Frag("quote", sanitize(f"\u201c{snippet.text.strip()}\u201d ")), Frag("cite", f"[{snippet.n}]"))
        blocks.append(Block(frags, prefix=(Frag("bullet", "• "),), gap_before=i == 0 and bool(blocks)))
    links = _read_more(answer)
    if links:
        blocks.append(Block(_frags("heading", read_more), gap_before=bool(blocks)))
        blocks.extend(links)
    if answer.own_language_links:
        blocks.append(Block(_frags("heading", own_intro or read_more), gap_before=True))
        for title, url in answer.own_language_links:
            blocks.append(Block((Frag("source.title", sanitize(title) + " "), Frag("url", sanitize(url), url)),
                                prefix=(Frag("bullet", "• "),)))
    after = answer.after
    if after.strip():
        # The bot's words after the quotes: what to do next, other places to look, the topics it knows.
        blocks.extend(text_blocks(after, "lead", gap_before=bool(blocks)))
    documents = document_sources(answer.snippets, answer.sources)
    if documents:
        blocks.append(Block((Frag("heading", sanitize(heading)),), gap_before=True))
        for source in documents:
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
    if follow_ups and answer.follow_ups:
        blocks.extend(numbered_blocks(next_intro, answer.follow_ups))
    return blocks


def numbered_blocks(intro: str, questions: Sequence[str]) -> list[Block]:
    """Questions to pick by number ("1. What causes it?"), under a heading."""
    blocks = [Block(_frags("heading", intro), gap_before=True)]
    for n, question in enumerate(questions, 1):
        blocks.append(Block((Frag("suggestion", sanitize(question, newlines=False)),),
                            prefix=(Frag("cite", f"{n}. "),)))
    return blocks


def _read_more(answer: Answer) -> list[Block]:
    """The link items of an answer, one line a page title: the title, who publishes it, the address."""
    publisher = {n: s.publisher for s in answer.sources for n in s.cites}
    seen: dict[str, list[int]] = {}
    lines: list[tuple[str, str, str]] = []
    for s in answer.snippets:
        if not s.link_title:
            continue
        if s.link_title in seen:
            seen[s.link_title].append(s.n)
            continue
        seen[s.link_title] = [s.n]
        lines.append((s.link_title, publisher.get(s.n, ""), s.url))
    blocks = []
    for title, who, url in lines:
        frags = [Frag("source.title", sanitize(title))]
        if who:
            frags.append(Frag("source", " — " + sanitize(who)))
        if url:
            frags.extend((Frag("source", " "), Frag("url", sanitize(url), url)))
        frags.extend((Frag("source", " "), Frag("cite", "".join(f"[{n}]" for n in seen[title]))))
        blocks.append(Block(tuple(frags), prefix=(Frag("bullet", "• "),)))
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


def render_answer(answer: Answer, *, width: int | None = 80, color: bool = False,
                  hyperlinks: bool = False, words: Messages | None = None, follow_ups: bool = True) -> str:
    """An answer for a terminal, wrapped to ``width`` columns."""
    return render(answer_blocks(answer, words, follow_ups=follow_ups), width=width, color=color,
                  hyperlinks=hyperlinks)
