"""A small, safe XML reader for the importers: elements with line numbers, no DTDs, no entities.

Built on the standard library's expat parser. Any DOCTYPE (and so any entity declaration) is refused before
expat could expand anything, which rules out "billion laughs" and external entities without a dependency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from marrowbot.errors import SourceError
from marrowbot.yamlio import read_bytes

#: MedQuAD files nest 4 elements deep, MedlinePlus health-topics 4; a file nested deeper than this is refused.
MAX_DEPTH = 100
#: NLM's whole health-topics file is about 30 MB; a MedQuAD file a few KB.
MAX_XML_BYTES = 256 * 1024 * 1024


@dataclass
class Element:
    tag: str
    attrib: dict[str, str]
    line: int
    children: list[Element] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # character data directly inside, in order

    @property
    def text(self) -> str:
        """All the text inside, children's included, in document order."""
        return "".join(self._text_pieces())

    def _text_pieces(self) -> list[str]:
        out: list[str] = []
        stack: list[Element] = [self]
        while stack:  # without recursion: a file may nest deeper than Python's stack (MAX_DEPTH refuses it first)
            e = stack.pop()
            out.extend(e.parts)
            stack.extend(reversed(e.children))
        return out

    def find(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        return [c for c in self.children if c.tag == tag]

    def iter(self, tag: str) -> list[Element]:
        """This element and every one inside it named ``tag``, in document order (without recursion)."""
        found: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            e = stack.pop()
            if e.tag == tag:
                found.append(e)
            stack.extend(reversed(e.children))
        return found

    def findtext(self, tag: str, default: str = "") -> str:
        e = self.find(tag)
        return e.text if e is not None else default


def parse(path: str | Path) -> Element:
    """The root element of an XML file; ``FILE:LINE: what is wrong`` for anything malformed or unsafe."""
    path = Path(path)
    data = read_bytes(path, SourceError, max_bytes=MAX_XML_BYTES, what="XML file")  # never blocks on a FIFO
    return parse_bytes(data, str(path))


def parse_bytes(data: bytes, name: str) -> Element:
    parser = expat.ParserCreate()
    stack: list[Element] = []
    root: list[Element] = []

    def refuse_doctype(*_: object) -> None:
        raise SourceError(name, parser.CurrentLineNumber, "a DOCTYPE (DTD or entities) is not allowed here")

    def start(tag: str, attrib: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise SourceError(name, parser.CurrentLineNumber, f"elements nested more than {MAX_DEPTH} levels deep")
        e = Element(tag, dict(attrib), parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(e)
            # Character data after a child belongs to the parent, in order: keep it with a marker child.
        else:
            root.append(e)
        stack.append(e)

    def end(_tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            e = stack[-1]
            if e.children:
                # Text after a child element: store it on a text node so document order is kept.
                e.children.append(Element("#text", {}, parser.CurrentLineNumber, parts=[text]))
            else:
                e.parts.append(text)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.ExternalEntityRefHandler = refuse_doctype  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except expat.ExpatError as err:
        raise SourceError(name, err.lineno, f"not well-formed XML: {expat.ErrorString(err.code)}") from None
    if not root:
        raise SourceError(name, 1, "no XML element in this file")
    return root[0]
