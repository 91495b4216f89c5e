"""(understanding, hits) -> Answer: chosen sentences, numbered citations, sources, the disclaimer."""

from __future__ import annotations

import re

from marrowbot.corpus import Corpus
from marrowbot.messages import Messages, render
from marrowbot.model import Answer, Explanation, Hit, Passage, Snippet, Source
from marrowbot.render import plain
from marrowbot.text.questions import leads_into_list

MAX_QUOTES = 3
#: A list quoted with its lead-in has at most this many items.
MAX_LIST_ITEMS = 8
#: A further sentence is quoted only if it scores at least this share of the best one.
KEEP_SHARE = 0.75
#: A sentence right before or after a quoted one is quoted too if it scores at least this share of the best
#: (less than KEEP_SHARE: the two say the asked thing together).
NEIGHBOUR_SHARE = 0.5
#: How many sentences away such a neighbour may be (2: one sentence between them).
NEIGHBOUR_REACH = 2
#: A sentence that starts like this leans on the one before it: quote that one too.
LEANS_BACK = re.compile(r"^(It|They|This|These|That|Those|Once|Such|Its|Their|He|She|Other)\b")
class Composer:
    def __init__(self, corpus: Corpus, messages: Messages) -> None:
        self.corpus = corpus
        self.messages = messages
        self._doc_order = {d.id: i for i, d in enumerate(corpus.documents)}  # the seed documents come first

    def select(self, hits: list[Hit], limit: int = MAX_QUOTES, whole_list: bool = False) -> list[tuple[Passage, float]]:
        """The best sentences, plus the sentence before any that would mislead alone, in reading order. With
        ``whole_list`` (the question asks which ones), a list of links is quoted whole, up to MAX_LIST_ITEMS."""
        if not hits:
            return []
        top = hits[0].score
        chosen: dict[int, tuple[Passage, float]] = {}
        seen_text: set[str] = set()
        for h in hits:
            if len(chosen) >= limit:
                break
            if chosen and h.score < KEEP_SHARE * top:
                break
            if h.passage.text in seen_text:
                continue
            seen_text.add(h.passage.text)
            chosen[h.passage.id] = (h.passage, h.score)
        self._add_neighbours(hits, chosen, seen_text, limit)
        for p, score in list(chosen.values()):
            before = self._before(p)
            if (not p.link_title and LEANS_BACK.match(p.text) and before is not None
                    and before.section == p.section and not before.link_title
                    and (before.id not in chosen or chosen[before.id][1] < score)):
                # (Scored as the sentence leaning on it, even when chosen already: the two are kept or cut
                # together, never "These cancers include ..." without the sentence saying which.)
                chosen[before.id] = (before, score)
        item_leads = self._add_item_leads(chosen)
        picked = sorted(chosen.values(), key=lambda ps: -ps[1])[: limit + 1]
        for p, score in list(picked):
            # A sentence that leads into a list (ends in ":", "including", "such as"): quote it with its items.
            if not p.link_title and leads_into_list(p.text) and p.id not in item_leads:
                have = {q.id for q, _ in picked}
                picked.extend((item, score) for item in self.list_items(p) if item.id not in have)
        if whole_list:
            for p, score in [ps for ps in picked if ps[0].link_title and ps[0].context is None]:
                have = {q.id for q, _ in picked}
                picked.extend((item, score) for item in self._links_beside(p) if item.id not in have)
        return sorted(picked, key=lambda ps: (self._doc_order.get(ps[0].doc, 0), ps[0].position))

    @staticmethod
    def _add_neighbours(hits: list[Hit], chosen: dict[int, tuple[Passage, float]], seen_text: set[str],
                        limit: int) -> None:
        """A sentence next to a chosen one (or one sentence further: "In some cases, you can donate your own ... The
        cells are saved ... Or you can get cells from a donor.") that also matches the question well says the asked
        thing with it ("Or you can get cells from a donor." "The donor might be a family member or unrelated
        person."): add it (not a
        list's lead-in: its items would come too, another subject). A neighbour may be quoted one past ``limit``: it
        completes a quoted sentence rather than adding another answer (with ``>=`` here 3 more development turns
        failed)."""
        top = hits[0].score
        for h in hits:
            if len(chosen) > limit or h.score < NEIGHBOUR_SHARE * top or h.passage.id in chosen \
                    or h.passage.link_title or h.passage.text in seen_text or leads_into_list(h.passage.text):
                continue
            if any(q.doc == h.passage.doc and q.section == h.passage.section and not q.link_title
                   and abs(q.position - h.passage.position) <= NEIGHBOUR_REACH for q, _ in chosen.values()):
                seen_text.add(h.passage.text)
                chosen[h.passage.id] = (h.passage, h.score)

    def _own_language(self, parent: Passage) -> Passage | None:
        """A link item's nested link to the same page in the answer's language ("Also in Spanish"): the item
        right after it."""
        if not parent.link_title:
            return None
        p = self.corpus.passage_at(parent.doc, parent.position + 1)
        if p is not None and p.link_title == self.messages.own_link_title and p.url and p.context == parent.link_title:
            return p
        return None

    def _before(self, p: Passage) -> Passage | None:
        """The passage just before in the same document (a document's passages have consecutive ids)."""
        if p.id == 0:
            return None
        before = self.corpus.passages[p.id - 1]
        return before if before.doc == p.doc and before.position == p.position - 1 else None

    def _add_item_leads(self, chosen: dict[int, tuple[Passage, float]]) -> set[int]:
        """A list item quoted comes with the lead-in saying what the list is of ("Conditions that may lead to anemia
        include" "Heavy periods"), and not with the list's other items: the item is the answer. Adds those lead-ins
        to ``chosen`` (scored as their best item) and returns their ids (a lead-in chosen for itself is not one: it
        comes with its items)."""
        leads: dict[int, tuple[Passage, float]] = {}
        for p, score in chosen.values():
            lead = self.lead_of(p)
            if lead is not None and lead.id not in chosen and (lead.id not in leads or leads[lead.id][1] < score):
                leads[lead.id] = (lead, score)
        chosen.update(leads)
        return set(leads)

    def lead_of(self, item: Passage) -> Passage | None:
        """For a list item (of prose, one a line): the sentence leading into its list; None for any other."""
        if item.link_title:
            return None
        p = item
        for _ in range(MAX_LIST_ITEMS):
            before = self._before(p)
            if before is None or before.section != item.section or before.link_title:
                return None
            if leads_into_list(before.text) and p.line - before.line in (1, 2):
                return before
            if before.line != p.line - 1:
                return None
            p = before
        return None

    def list_items(self, lead: Passage) -> list[Passage]:
        """The list items right after a lead-in: one a line, in the same section, up to MAX_LIST_ITEMS."""
        items: list[Passage] = []
        last_line = lead.line
        for offset in range(1, MAX_LIST_ITEMS + 1):
            p = self.corpus.passage_at(lead.doc, lead.position + offset)
            if p is None or p.section != lead.section or p.link_title or p.line == last_line \
                    or p.line > last_line + 2:
                break
            if items and p.line != last_line + 1:
                break
            items.append(p)
            last_line = p.line
        return items

    def _links_beside(self, item: Passage) -> list[Passage]:
        """The link items of the list a link item is in (its section and subsection), up to MAX_LIST_ITEMS."""
        def same_list(p: Passage | None) -> bool:
            return p is not None and p.section == item.section and p.subsection == item.subsection \
                and bool(p.link_title)

        start = item.position
        while same_list(self.corpus.passage_at(item.doc, start - 1)):
            start -= 1
        items: list[Passage] = []
        position = start
        while len(items) < MAX_LIST_ITEMS:
            p = self.corpus.passage_at(item.doc, position)
            if p is None or not same_list(p):
                break
            if p.context is None:
                items.append(p)
            position += 1
        return items

    def snippets_and_sources(
        self, picked: list[tuple[Passage, float]]
    ) -> tuple[tuple[Snippet, ...], tuple[Source, ...]]:
        snippets: list[Snippet] = []
        sources: list[Source] = []
        doc_source: dict[str, int] = {}
        for n, (p, score) in enumerate(picked, start=1):
            doc = self.corpus.document(p.doc)
            url = p.url if p.link_title and p.url else doc.url
            snippets.append(Snippet(n, p.text, p.doc, doc.title, p.section, url, score, p.link_title, p.id))
            if p.link_title:
                sources.append(Source(len(sources) + 1, p.link_title, p.publisher or "", p.url or "", None, p.doc,
                                      (n,), f"linked from {doc.title}"))
            elif p.doc in doc_source:
                i = doc_source[p.doc]
                s = sources[i]
                sources[i] = Source(s.n, s.title, s.publisher, s.url, s.updated, s.doc, s.cites + (n,), s.source)
            else:
                doc_source[p.doc] = len(sources)
                sources.append(Source(len(sources) + 1, doc.title, doc.publisher, doc.url, doc.updated, doc.id, (n,),
                                      doc.source))
        return tuple(snippets), tuple(sources)

    def answer(self, *, question: str, intent: str, topic: str | None, confidence: float,
               picked: list[tuple[Passage, float]] = (), lead: str = "", after: str = "",  # type: ignore[assignment]
               urgent: bool = False, abstained: bool = False, suggestions: tuple[str, ...] = (),
               explanation: Explanation | None = None, values: dict[str, str] | None = None) -> Answer:
        snippets, sources = self.snippets_and_sources(list(picked)) if not abstained else ((), ())
        m = self.messages
        lead = render(lead, **(values or {}))
        after = render(after, **(values or {}))
        if suggestions:
            listing = "\n".join(f"- {s}" for s in suggestions)
            after = "\n\n".join(x for x in (after, f"{m.topics_intro}\n{listing}") if x)
        own_links: tuple[tuple[str, str], ...] = ()
        if m.quotes_note and any(not s.link_title for s in snippets):
            # The bot speaks the reader's language; the documents' words stay as written, and it says so.
            lead = "\n\n".join(x for x in (lead, m.quotes_note) if x)
        if m.own_link_title:
            own = [q for q in (self._own_language(p) for p, _ in picked) if q is not None]
            own_links = tuple(dict.fromkeys((self._parent_title(p), p.url or "") for p in own))
        text = plain(lead, snippets, sources, after, m.disclaimer, read_more=m.read_more,
                     sources_heading=m.sources_heading, own_links=own_links, own_links_intro=m.own_links_intro)
        return Answer(question=question, intent=intent, topic=topic, confidence=max(0.0, min(1.0, confidence)),
                      abstained=abstained, urgent=urgent, text=text, snippets=snippets,
                      disclaimer=self.messages.disclaimer, sources=sources, lead=lead, after=after,
                      suggestions=suggestions, explanation=explanation or Explanation(), lang=m.lang,
                      own_language_links=own_links)

    def _parent_title(self, p: Passage) -> str:
        return p.context or self.corpus.document(p.doc).title
