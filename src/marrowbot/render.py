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


def document_sources(snippets: tuple[Snippet, ...], sources: tuple[Source, ...]) -> list[Source]:
    """The sources quoted from: a page cited only for its link items is listed under "Read more", not here."""
    links = {s.n for s in snippets if s.link_title}
    return [src for src in sources if not src.cites or not set(src.cites) <= links]


def read_more_lines(snippets: tuple[Snippet, ...], sources: tuple[Source, ...]) -> list[str]:
    """Link items as "Read more" lines: each page's title once, who publishes it, its address."""
    publisher = {n: src.publisher for src in sources for n in src.cites}
    lines: dict[str, tuple[str, list[int]]] = {}
    for s in snippets:
        if not s.link_title:
            continue
        title = s.link_title
        if title in lines:
            lines[title][1].append(s.n)
            continue
        who = publisher.get(s.n)
        head = f"{title} ({who})" if who else title
        lines[title] = (f"{head}: {s.url}" if s.url else head, [s.n])
    return [f"- {line} " + "".join(f"[{n}]" for n in ns) for line, ns in lines.values()]


def plain(lead: str, snippets: tuple[Snippet, ...], sources: tuple[Source, ...], after: str,
          disclaimer: str, *, read_more: str = "Read more:", sources_heading: str = "Sources",
          own_links: tuple[tuple[str, str], ...] = (), own_links_intro: str = "") -> str:
    """The whole answer as one plain text, disclaimer last. Sentences are quoted; link items are never shown
    as quotes but listed under "Read more:", and the pages they name are not listed again as sources."""
    blocks: list[str] = []
    if lead:
        blocks.append(lead)
    quotes = [s for s in snippets if not s.link_title]
    if quotes:
        blocks.append("\n".join(quote_line(s) for s in quotes))
    links = read_more_lines(snippets, sources)
    if links:
        blocks.append("\n".join([read_more, *links]))
    if own_links:
        by_title: dict[str, list[str]] = {}
        for title, url in own_links:
            by_title.setdefault(title, []).append(url)
        blocks.append("\n".join([own_links_intro, *(f"- {t}: {' '.join(urls)}" for t, urls in by_title.items())]))
    if after:
        blocks.append(after)
    documents = document_sources(snippets, sources)
    if documents:
        blocks.append(f"{sources_heading}:\n" + "\n".join(source_line(s) for s in documents))
    blocks.append(disclaimer)
    return "\n\n".join(blocks)

