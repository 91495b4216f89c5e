"""Frozen values passed between the pipeline stages: documents, passages, hits, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reference:
    """One entry of a document's References section, pointed at by markers such as ``[2]``."""

    n: int
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Passage:
    """One citable unit: a sentence of prose, or one list item (a link item carries its URL)."""

    id: int  # position in the whole corpus, also the row of the index
    doc: str  # document id
    section: str  # the ``##`` heading it sits under
    subsection: str | None  # the ``###`` heading, if any
    position: int  # order inside its document
    text: str  # quoted word for word; reference markers removed
    url: str | None = None  # for a link item: the link target
    link_title: str | None = None  # for a link item: the link text
    publisher: str | None = None  # for a link item: "(National Library of Medicine)"
    refs: tuple[int, ...] = ()  # numbers of the References entries its markers pointed at
    line: int = 0  # line in the source file
    context: str | None = None  # for a nested link item ("Also in Spanish"): its parent link's title
    inline_links: tuple[tuple[str, str], ...] = ()  # (text, url) of Markdown links inside prose


@dataclass(frozen=True)
class Section:
    heading: str
    line: int
    passage_ids: tuple[int, ...]


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    source: str
    publisher: str
    url: str
    updated: str | None
    aliases: tuple[str, ...]
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    path: str

    def section_names(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)


@dataclass(frozen=True)
class Hit:
    """A passage found by retrieval, with its score (higher is better)."""

    passage: Passage
    score: float


@dataclass(frozen=True)
class Snippet:
    """A quoted sentence in an answer; ``n`` is its citation number."""

    n: int
    text: str
    doc: str
    title: str
    section: str
    url: str
    score: float
    link_title: str | None = None
    passage: int | None = None  # the quoted passage's id (kept by the session, never sent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "text": self.text,
            "doc": self.doc,
            "title": self.title,
            "section": self.section,
            "url": self.url,
            "score": round(float(self.score), 4),
        }


@dataclass(frozen=True)
class Source:
    """A document (or a linked page) an answer cites, listed under the answer."""

    n: int
    title: str
    publisher: str
    url: str
    updated: str | None
    doc: str
    cites: tuple[int, ...] = ()  # the snippet numbers quoted from it
    source: str = ""  # the website, e.g. "Genetic and Rare Diseases Information Center (GARD)"


@dataclass(frozen=True)
class Explanation:
    """Why the bot answered as it did: for ``/why`` and for testers."""

    intent_scores: tuple[tuple[str, float], ...] = ()
    matched_examples: tuple[str, ...] = ()
    matched_terms: tuple[str, ...] = ()
    topic_evidence: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    followup: bool = False
    notes: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # the conversation and answer rules that decided

    def to_dict(self) -> dict[str, Any]:
        return {
            "intent_scores": [[name, round(score, 4)] for name, score in self.intent_scores],
            "matched_examples": list(self.matched_examples),
            "matched_terms": list(self.matched_terms),
            "topic_evidence": list(self.topic_evidence),
            "symptoms": list(self.symptoms),
            "red_flags": list(self.red_flags),
            "followup": self.followup,
            "notes": list(self.notes),
            "rules": list(self.rules),
        }


@dataclass(frozen=True)
class Answer:
    """One reply. ``to_dict`` is exactly the answer JSON of contracts section 3."""

    question: str
    intent: str
    topic: str | None
    confidence: float
    abstained: bool
    urgent: bool
    text: str
    snippets: tuple[Snippet, ...]
    disclaimer: str
    sources: tuple[Source, ...] = ()
    lead: str = ""  # the bot's own words before the quotes (emergency advice, refusal, abstention)
    after: str = ""  # the bot's own words after the quotes (advice to see a provider, topics it knows)
    suggestions: tuple[str, ...] = ()  # what it can talk about, when it abstains
    explanation: Explanation = field(default_factory=Explanation)
    lang: str = "en"  # the language of the bot's own words (the quotes are always as the documents wrote them)
    follow_ups: tuple[str, ...] = ()  # questions to ask next that the documents can answer
    own_language_links: tuple[tuple[str, str], ...] = ()  # (title, url) of the documents' pages in ``lang``

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "intent": self.intent,
            "topic": self.topic,
            "confidence": round(float(self.confidence), 4),
            "abstained": self.abstained,
            "urgent": self.urgent,
            "text": self.text,
            "snippets": [s.to_dict() for s in self.snippets],
            "disclaimer": self.disclaimer,
            "lang": self.lang,
        }
