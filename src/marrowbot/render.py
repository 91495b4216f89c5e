"""An answer's parts -> its plain text (``Answer.text``). No I/O: front ends print what these return."""

from __future__ import annotations

from marrowbot.model import Snippet, Source


def quote_line(s: Snippet) -> str:
    if s.link_title:
        return f"{s.text} [{s.n}]"
    return f"\u201c{s.text}\u201d [{s.n}]"


def source_line(src: Source) -> str:
    marks = "".join(f"[{n}]" for n in src.cites)
    parts = [f"{marks} {src.title}"]
    who = ", ".join(x for x in (src.source, src.publisher) if x and x != src.title and not x.startswith("linked from"))
    if who:
        parts.append(who)
    if src.updated:
        parts.append(f"Last updated {src.updated}")
    line = ". ".join(parts) + "."
    if src.url:
        line += f" {src.url}"
    if src.source.startswith("linked from"):
        line += f" ({src.source})"
    return line


def plain(lead: str, snippets: tuple[Snippet, ...], sources: tuple[Source, ...], after: str,
          disclaimer: str) -> str:
    """The whole answer as one plain text, disclaimer last."""
    blocks: list[str] = []
    if lead:
        blocks.append(lead)
    if snippets:
        blocks.append("\n".join(quote_line(s) for s in snippets))
    if after:
        blocks.append(after)
    if sources:
        blocks.append("Sources:\n" + "\n".join(source_line(s) for s in sources))
    blocks.append(disclaimer)
    return "\n\n".join(blocks)

