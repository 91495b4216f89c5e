"""The only corpus reader: Markdown files with YAML front matter -> Documents and sentence Passages."""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from marrowbot.errors import CorpusError
from marrowbot.model import Document, Passage, Reference, Section
from marrowbot.text import SLUG, URL, split_sentences, strip_markdown, strip_ref_markers
from marrowbot.yamlio import MAX_TEXT_BYTES as MAX_DOCUMENT_BYTES
from marrowbot.yamlio import load_yaml_with_nodes, node_line, read_text

_KEYS = {"id", "title", "source", "publisher", "url", "updated", "aliases"}
_REQUIRED = ("id", "title")
_ITEM_MARK = re.compile(r"[-*+]|\d{1,9}[.)]")
# Possessive quantifiers (Python 3.11+): no backtracking over runs of spaces, so any line is matched in linear time.
_LINK_ITEM = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*+(?:\((?P<pub>[^()]+)\))?+\s*+$")


def _heading(line: str) -> tuple[int, str] | None:
    """'## Treatment' -> (2, 'Treatment'); None if the line is not a heading (in linear time, no regex)."""
    if not line.startswith("#"):
        return None
    level = len(line) - len(line.lstrip("#"))
    rest = line[level:]
    if not rest or not rest[0].isspace():
        return None
    text = rest.strip()
    return (level, text) if text else None


def _item(line: str) -> tuple[int, int | None, str] | None:
    """'  - text' / '3. text' -> (indent, number or None, body); None if the line is not a list item."""
    body = line.lstrip()
    indent = line[: len(line) - len(body)]
    mark = _ITEM_MARK.match(body)
    if mark is None:
        return None
    rest = body[mark.end():]
    if not rest or not rest[0].isspace():
        return None
    text = rest.strip()
    if not text:
        return None
    number = int(mark.group(0)[:-1]) if mark.group(0)[0].isdigit() else None
    return len(indent.expandtabs()), number, text


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    passages: Sequence[Passage]  # a tuple when parsed, a PassageTable (made on demand) when cached

    @cached_property
    def _by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def document(self, doc_id: str) -> Document:
        return self._by_id[doc_id]

    @cached_property
    def _spans(self) -> dict[str, range]:
        spans: dict[str, range] = {}
        for d in self.documents:
            ids = [i for s in d.sections for i in (s.passage_ids[0], s.passage_ids[-1]) if s.passage_ids]
            spans[d.id] = range(min(ids), max(ids) + 1) if ids else range(0)
        return spans

    def passage_ids(self, doc_id: str) -> range:
        """A document's passages (a document's passages have consecutive ids, in reading order)."""
        return self._spans[doc_id]

    def passage_at(self, doc_id: str, position: int) -> Passage | None:
        """A document's passage at a position (its order inside the document), or None past either end."""
        span = self._spans.get(doc_id, range(0))
        return self.passages[span[position]] if 0 <= position < len(span) else None


def corpus_files(directory: Path) -> list[Path]:
    """The documents of a folder, by name (``README.md`` is not one)."""
    directory = Path(directory)
    return [directory / name for name in corpus_file_names(directory)]


def corpus_file_names(directory: str | Path) -> list[str]:
    """The documents of a corpus folder (``*.md`` but README.md), sorted by name. A folder that cannot be listed,
    a dangling ``*.md`` link or a ``*.md`` that is not a regular file is reported (CorpusError), never skipped.
    Names, not paths: a library of 11,000 documents is listed on every start."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except FileNotFoundError:
        raise CorpusError(directory, None, "corpus folder not found") from None
    except NotADirectoryError:
        raise CorpusError(directory, None, "is not a folder") from None
    except OSError as err:
        raise CorpusError(directory, None, f"cannot list the corpus folder ({err.strerror or err})") from None
    names: list[str] = []
    for entry in entries:
        if not entry.name.endswith(".md") or entry.name.lower() == "readme.md":
            continue
        try:
            is_file = entry.is_file()  # follows links
        except OSError as err:
            raise CorpusError(entry.path, None, f"cannot be read ({err.strerror or err})") from None
        if not is_file:
            if entry.is_symlink() and not os.path.exists(entry.path):
                raise CorpusError(entry.path, None, "a link to a file that does not exist")
            if entry.is_dir():
                continue  # a folder named like a document is not one
            raise CorpusError(entry.path, None, "is not a regular file")
        names.append(entry.name)
    return names


def load_corpus(directory: str | Path, *more: str | Path) -> Corpus:
    """Read every ``*.md`` document in a folder (then in the further folders, in order: the seed documents
    first, then a library); refuse them all on the first broken file or an id given twice."""
    files: list[Path] = []
    for folder in (Path(directory), *map(Path, more)):
        if not folder.is_dir():
            raise CorpusError(folder, None, "corpus folder not found")
        found = corpus_files(folder)
        if not found:
            raise CorpusError(folder, None, "no corpus documents (*.md) in this folder")
        files.extend(found)
    documents: list[Document] = []
    passages: list[Passage] = []
    seen: dict[str, str] = {}
    for path in files:
        meta, meta_lines, body, body_start = _split_front_matter(path)
        doc_id = meta["id"]
        if doc_id in seen:
            raise CorpusError(path, meta_lines["id"], f"duplicate document id {doc_id!r} (also in {seen[doc_id]})")
        seen[doc_id] = str(path)
        doc, doc_passages = _parse_body(path, meta, body, body_start, first_id=len(passages))
        documents.append(doc)
        passages.extend(doc_passages)
    return Corpus(tuple(documents), tuple(passages))


def front_matter(path: Path) -> dict[str, Any]:
    """A document's front matter, checked as ``load_corpus`` checks it (CorpusError otherwise)."""
    return _split_front_matter(path)[0]


def _split_front_matter(path: Path) -> tuple[dict[str, Any], dict[str, int], list[str], int]:  # noqa: C901 - one check per front matter rule, in file order
    raw = read_text(path, CorpusError, max_bytes=MAX_DOCUMENT_BYTES, what="corpus document")
    # Lines end at "\n" (or a Windows / old Mac "\r\n" / "\r") only, as editors count them: a form feed, U+0085 or
    # U+2028 inside a line is text (spaces, once the line is read), never a line break that shifts every line number.
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].strip() != "---":
        raise CorpusError(path, 1, "no front matter: the file must start with a '---' line, then YAML, then '---'")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise CorpusError(path, 1, "front matter is not closed by a '---' line") from None
    text = "\n".join(lines[1:end])
    node, meta = load_yaml_with_nodes(text, path, CorpusError, first_line=2)
    if not isinstance(meta, dict) or not isinstance(node, yaml.MappingNode):
        raise CorpusError(path, 2, "front matter must be a YAML mapping (key: value lines)")
    key_lines = {k.value: node_line(k, offset=2) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    for key in meta:
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise CorpusError(path, key_lines.get(str(key), 2), f"unknown front matter key {key!r} (known: {known})")
    for key in _REQUIRED:
        if meta.get(key) in (None, ""):
            raise CorpusError(path, 2, f"front matter is missing {key!r}")
    for key in ("id", "title", "source", "publisher", "url"):
        if key in meta and not isinstance(meta[key], str):
            raise CorpusError(path, key_lines[key], f"{key!r} must be text")
    if not SLUG.match(meta["id"]):
        raise CorpusError(path, key_lines["id"],
                          f"id {meta['id']!r} must be a lowercase slug like 'bone-marrow-necrosis'")
    updated = meta.get("updated")
    if isinstance(updated, _dt.date):
        meta["updated"] = updated.isoformat()
    elif updated is not None:
        try:
            meta["updated"] = _dt.date.fromisoformat(str(updated)).isoformat()
        except ValueError:
            raise CorpusError(path, key_lines["updated"],
                              f"'updated' must be an ISO date like 2010-04-08, not {updated!r}") from None
    aliases = meta.get("aliases") or []
    if isinstance(aliases, str) or not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise CorpusError(path, key_lines.get("aliases", 2), "'aliases' must be a list of names")
    meta["aliases"] = tuple(a.strip() for a in aliases if a.strip())
    return meta, key_lines, lines[end + 1 :], end + 2


@dataclass
class _Block:
    kind: str  # "para" or "item"
    line: int
    text: str
    indent: int = 0
    number: int | None = None
    more: list[str] | None = None  # continuation lines, joined once at the end (linear, not += per line)


def _blocks(lines: list[str], start: int) -> list[tuple[str, int, str, list[_Block]]]:  # noqa: C901 - one pass over the lines: headings, items, paragraphs
    """Group body lines into (section heading, line, subsection-per-block...) blocks."""
    sections: list[tuple[str, int, str, list[_Block]]] = []
    current: list[_Block] | None = None
    sub = ""
    block: _Block | None = None
    for offset, line in enumerate(lines):
        n = start + offset
        stripped = line.strip()
        heading = _heading(line)
        if heading is not None:
            block = None
            level, title = heading
            if level == 2:
                current = []
                sub = ""
                sections.append((title, n, "", current))
            elif level >= 3:
                if current is None:
                    raise _TextBeforeSection(n)
                sub = title
                current.append(_Block("sub", n, sub))
            continue
        if not stripped:
            block = None
            continue
        item = _item(line)
        if current is None:
            raise _TextBeforeSection(n)
        if item:
            indent, number, text = item
            block = _Block("item", n, text, indent, number)
            current.append(block)
        elif block is not None:
            if block.more is None:
                block.more = []
            block.more.append(stripped)
        else:
            block = _Block("para", n, stripped)
            current.append(block)
    for _, _, _, blocks in sections:
        for b in blocks:
            if b.more:
                b.text = " ".join([b.text, *b.more])
                b.more = None
    return sections


class _TextBeforeSection(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _parse_body(  # noqa: C901 - one walk over a document's blocks; each branch is one kind of block
    path: Path, meta: dict[str, Any], body: list[str], start: int, first_id: int
) -> tuple[Document, list[Passage]]:
    try:
        grouped = _blocks(body, start)
    except _TextBeforeSection as err:
        raise CorpusError(path, err.line, "text before the first '## ' section heading") from None
    if not grouped:
        raise CorpusError(path, start, "no sections: the document needs at least one '## Heading' with text under it")
    passages: list[Passage] = []
    sections: list[Section] = []
    references: list[Reference] = []
    seen_headings: dict[str, int] = {}
    position = 0
    for heading, line, _, blocks in grouped:
        if heading.lower() in seen_headings:
            first = seen_headings[heading.lower()]
            raise CorpusError(path, line, f"section {heading!r} appears twice (first at line {first})")
        seen_headings[heading.lower()] = line
        if not any(b.kind != "sub" for b in blocks):
            raise CorpusError(path, line, f"section {heading!r} is empty")
        ids: list[int] = []
        subsection: str | None = None
        parent_title: str | None = None
        is_references = heading.strip().lower() == "references"
        for b in blocks:
            if b.kind == "sub":
                subsection = b.text
                continue
            new: list[SimpleNamespace] = []
            if b.kind == "item" and (link := _LINK_ITEM.match(b.text)):
                title = link.group("title").strip()
                pub = (link.group("pub") or "").strip() or None
                if b.indent == 0:
                    parent_title = title
                context = parent_title if b.indent > 0 and parent_title and parent_title != title else None
                new.append(_passage(meta["id"], heading, subsection, title, link.group("url"), b.line,
                                    link_title=title, publisher=pub, context=context))
            elif b.kind == "item" and is_references and b.number is not None:
                plain, _ = strip_markdown(b.text)
                url = URL.search(b.text)
                references.append(Reference(b.number, plain, url.group(0).rstrip(".;,") if url else None))
                ref_url = url.group(0).rstrip(".;,") if url else None
                new.append(_passage(meta["id"], heading, subsection, plain, ref_url, b.line))
            else:
                if b.kind == "item" and b.indent == 0:
                    parent_title = None
                plain, links = strip_markdown(b.text)
                pending = list(links)
                for sentence in split_sentences(plain):
                    quoted, refs = strip_ref_markers(sentence)
                    if not quoted:
                        continue
                    # Links are handed out in order to the sentence whose text contains them.
                    mine: list[tuple[str, str]] = []
                    while pending and pending[0][0] in quoted:
                        mine.append(pending.pop(0))
                    new.append(_passage(meta["id"], heading, subsection, quoted, mine[0][1] if mine else None,
                                        b.line, refs=refs, inline_links=tuple(mine)))
            for p in new:
                p.id = first_id + len(passages)
                p.position = position
                position += 1
                passages.append(Passage(**vars(p)))
                ids.append(p.id)
        sections.append(Section(heading, line, tuple(ids)))
    doc = Document(
        id=meta["id"], title=meta["title"].strip(), source=str(meta.get("source") or ""),
        publisher=str(meta.get("publisher") or ""), url=str(meta.get("url") or ""), updated=meta.get("updated"),
        aliases=meta["aliases"], sections=tuple(sections), references=tuple(references), path=str(path),
    )
    known_refs = {r.n for r in references}
    for p in passages:  # type: ignore[assignment]
        missing = [n for n in p.refs if n not in known_refs]
        if missing and references:
            raise CorpusError(path, p.line, f"reference marker [{missing[0]}] has no entry in the References section")
    return doc, passages


def _passage(doc: str, section: str, subsection: str | None, text: str, url: str | None, line: int, *,
             link_title: str | None = None, publisher: str | None = None, refs: tuple[int, ...] = (),
             context: str | None = None, inline_links: tuple[tuple[str, str], ...] = ()) -> SimpleNamespace:
    # A draft: id and position are set once its place in the corpus is known, then it is frozen.
    return SimpleNamespace(id=-1, doc=doc, section=section, subsection=subsection, position=-1, text=text, url=url,
                           link_title=link_title, publisher=publisher, refs=refs, line=line, context=context,
                           inline_links=inline_links)
