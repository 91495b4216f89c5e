"""What an importer makes: one corpus document (contracts section 1) as Markdown text, plus shared text helpers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from marrowbot.errors import SourceError
from marrowbot.text import split_sentences

_SLUG = re.compile(r"[^a-z0-9]+")
#: A paragraph line starting so would be read back as a heading (and a level-1 heading is dropped): its words are
#: kept as text, without the marks.
_HEADING_MARK = re.compile(r"^#+\s+")


@dataclass(frozen=True)
class Block:
    kind: str  # "para" or "item"
    text: str


@dataclass(frozen=True)
class ImportedDocument:
    """A corpus document made from a source file: its id and its Markdown, ready to be written."""

    id: str
    title: str
    source_file: str
    markdown: str
    aliases: tuple[str, ...] = ()
    source_line: int | None = None  # where in the source file the document starts (for messages)

    @property
    def source(self) -> str:
        """``FILE:LINE`` of what the document was made from."""
        return self.source_file if self.source_line is None else f"{self.source_file}:{self.source_line}"

    @property
    def filename(self) -> str:
        return f"{self.id}.md"

    def with_aliases(self, aliases: list[str]) -> ImportedDocument:
        old = f"aliases: {json.dumps(list(self.aliases), ensure_ascii=False)}\n"
        new = f"aliases: {json.dumps(aliases, ensure_ascii=False)}\n" if aliases else ""
        return replace(self, markdown=self.markdown.replace(old, new, 1), aliases=tuple(aliases))


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


def document_id(path: str | Path, line: int | None, name: str, suffix: str = "") -> str:
    """The id made from a page's name (``slug``), or ``FILE:LINE`` of the source when the name has no letter a-z
    or digit to make one from (a name in another script)."""
    base = slug(name)
    if not base:
        raise SourceError(path, line, f"cannot make a document id from {name!r}: it has no letters a-z or digits")
    return f"{base}-{suffix}" if suffix else base


def render(*, doc_id: str, title: str, source: str, publisher: str, url: str, aliases: list[str],
           sections: list[tuple[str, list[Block]]], comments: list[str] | None = None, updated: str | None = None,
           extra_sections: list[tuple[str, list[str]]] | None = None) -> str:
    """Front matter and ``##`` sections. Values are written as JSON strings (valid YAML, no quoting surprises);
    ``extra_sections`` are written as given (link lists)."""
    lines = ["---"]
    lines += [f"# {c}" for c in comments or ()]
    lines.append(f"id: {doc_id}")
    for key, value in (("title", title), ("source", source), ("publisher", publisher), ("url", url)):
        if value:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    if updated:
        lines.append(f"updated: {updated}")
    if aliases:
        lines.append(f"aliases: {json.dumps(aliases, ensure_ascii=False)}")
    lines += ["---", f"# {title}", ""]
    for heading, blocks in sections:
        if not blocks:
            continue
        lines.append(f"## {heading}")
        previous = None
        for b in blocks:
            if b.kind == "para" or previous == "para":
                lines.append("")
            lines.append(f"- {b.text}" if b.kind == "item" else _HEADING_MARK.sub("", b.text))
            previous = b.kind
        lines.append("")
    for heading, raw_lines in extra_sections or ():
        if raw_lines:
            lines += [f"## {heading}", *raw_lines, ""]
    return "\n".join(lines).rstrip() + "\n"


def keep_sentences(text: str, drop: Callable[[str], bool]) -> str:
    """The paragraph without the sentences ``drop`` rejects (sentences are split as the corpus loader does)."""
    return " ".join(s for s in split_sentences(text) if not drop(s))
