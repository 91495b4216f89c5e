"""MedlinePlus health-topics XML (the file NLM publishes for download) -> corpus documents, one a topic.

Each English ``<health-topic>`` becomes a document: its ``full-summary`` (HTML, escaped inside the XML) as the
Summary, its ``site`` links grouped by ``information-category`` as link lists (with the site's Spanish page as
"Also in Spanish"), and its ``related-topic`` links. Sentences and link titles are the file's own words.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from marrowbot.errors import SourceError
from marrowbot.importers.document import Block, ImportedDocument, document_id, render
from marrowbot.importers.xmlsafe import Element, parse

SOURCE = "MedlinePlus"
PUBLISHER = "National Library of Medicine"


def convert(path: str | Path, *, topics: tuple[str, ...] = (), groups: tuple[str, ...] = ()) -> list[ImportedDocument]:
    """The selected English topics (all of them when neither ``topics`` nor ``groups`` is given)."""
    path = Path(path)
    root = parse(path)
    if root.tag != "health-topics":
        raise SourceError(path, root.line, "not a MedlinePlus health-topics file: "
                          f"the root element is <{root.tag}>, not <health-topics>")
    wanted_topics = {t.strip().lower() for t in topics}
    wanted_groups = {g.strip().lower() for g in groups}
    found_topics: set[str] = set()
    found_groups: set[str] = set()
    docs: list[ImportedDocument] = []
    for topic in root.findall("health-topic"):
        title = " ".join(topic.attrib.get("title", "").split())
        if not title:
            raise SourceError(path, topic.line, "<health-topic> without a title attribute")
        if topic.attrib.get("language", "English") != "English":
            continue
        topic_groups = {" ".join(g.text.split()).lower() for g in topic.findall("group")}
        chosen = not wanted_topics and not wanted_groups
        if title.lower() in wanted_topics:
            chosen = True
            found_topics.add(title.lower())
        if topic_groups & wanted_groups:
            chosen = True
            found_groups |= topic_groups & wanted_groups
        if chosen:
            docs.append(_document(path, topic, title))
    for missing in sorted(wanted_topics - found_topics):
        raise SourceError(path, None, f"no English health topic titled {missing!r}")
    for missing in sorted(wanted_groups - found_groups):
        raise SourceError(path, None, f"no health topic in the group {missing!r}")
    return docs


def _document(path: Path, topic: Element, title: str) -> ImportedDocument:
    url = topic.attrib.get("url", "").strip()
    summary_el = topic.find("full-summary")
    if summary_el is None or not summary_el.text.strip():
        raise SourceError(path, topic.line, f"health topic {title!r} has no <full-summary>")
    summary = _html_blocks(summary_el.text)
    if not summary:
        raise SourceError(path, summary_el.line, f"health topic {title!r}: the summary has no text")
    aliases = list(dict.fromkeys(" ".join(a.text.split()) for a in topic.findall("also-called") if a.text.strip()))
    extra: list[tuple[str, list[str]]] = []
    by_category: dict[str, list[str]] = {}
    for site in topic.findall("site"):
        site_title = " ".join(site.attrib.get("title", "").split())
        site_url = site.attrib.get("url", "").strip()
        if not site_title or not site_url:
            raise SourceError(path, site.line, "<site> without a title or url attribute")
        org = site.find("organization")
        line = f"- [{_link_text(site_title)}]({site_url})"
        if org is not None and org.text.strip():
            line += f" ({' '.join(org.text.split())})"
        lines = [line]
        spanish = site.attrib.get("language-mapped-url", "").strip()
        if spanish:
            lines.append(f"  - [Also in Spanish]({spanish})")
        categories = [" ".join(c.text.split()) for c in site.findall("information-category")]
        for category in [c for c in categories if c] or ["Learn More"]:
            by_category.setdefault(category, []).extend(lines)
    for category, lines in by_category.items():
        extra.append((category, lines))
    related = [f"- [{_link_text(' '.join(r.text.split()))}]({r.attrib.get('url', '').strip()}) ({PUBLISHER})"
               for r in topic.findall("related-topic") if r.text.strip() and r.attrib.get("url")]
    if related:
        extra.append(("Related Health Topics", related))
    spanish_page = topic.find("language-mapped-url")
    if spanish_page is not None and spanish_page.attrib.get("url"):
        name = " ".join(spanish_page.text.split()) or title
        extra.append(("Other Languages", [f"- [{_link_text(name)}]({spanish_page.attrib['url'].strip()}) (Spanish)"]))
    institute = topic.find("primary-institute")
    # The file's date-created is when the topic was created, not when it was last reviewed: no "updated".
    comments = [f"Imported from MedlinePlus health-topics XML: {path.name}, topic id {topic.attrib.get('id', '?')}."]
    if institute is not None and institute.text.strip():
        comments.append(f"Primary NIH institute: {' '.join(institute.text.split())}.")
    doc_id = document_id(path, topic.line, title)
    markdown = render(doc_id=doc_id, title=title, source=SOURCE, publisher=PUBLISHER, url=url, aliases=aliases,
                      sections=[("Summary", summary)], comments=comments, extra_sections=extra)
    return ImportedDocument(doc_id, title, str(path), markdown, tuple(aliases), topic.line)


def _link_text(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


class _Summary(HTMLParser):
    """The summary's HTML -> paragraphs and list items, links kept as Markdown links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._kind = "para"
        self._buf: list[str] = []
        self._href: str | None = None
        self._link: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(Block(self._kind, text))
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "li", "ul", "ol", "br", "h3", "h4"):
            self._flush()
            self._kind = "item" if tag == "li" else "para"
        elif tag == "a":
            self._href = dict(attrs).get("href")
            self._link = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            text = " ".join("".join(self._link).split())
            if self._href and self._href.startswith(("http://", "https://")) and text:
                self._buf.append(f"[{_link_text(text)}]({self._href})")
            else:
                self._buf.append(text)
            self._href = None
        elif tag in ("p", "li", "h3", "h4"):
            self._flush()
            self._kind = "para"

    def handle_data(self, data: str) -> None:
        (self._link if self._href is not None else self._buf).append(data)


def _html_blocks(html: str) -> list[Block]:
    parser = _Summary()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks

