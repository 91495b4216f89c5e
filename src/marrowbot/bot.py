"""The public API: ``Bot`` (loaded once, immutable, shared) and ``Session`` (one conversation).

``Bot`` is wiring only: load and check the files, build or reuse the index, then pass each message through
understand -> respond (retrieve, compose). The policy lives in those stages, never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marrowbot import store
from marrowbot.corpus import Corpus, Document, Passage, corpus_files, corpus_to_json, load_corpus
from marrowbot.index import PassageIndex, collect_names
from marrowbot.intents import IntentSet, check_against_corpus, intents_files, lay_term_warnings, load_intents
from marrowbot.messages import Emergency, Messages
from marrowbot.model import Answer, Hit
from marrowbot.resources import default_corpus_dir, default_intents_dir, version
from marrowbot.respond import Responder
from marrowbot.session import Session
from marrowbot.text import clean_input
from marrowbot.understanding import safety_model
from marrowbot.understanding.intent_model import IntentMatcher
from marrowbot.understanding.topics import TopicFinder
from marrowbot.understanding.understand import Understander

__all__ = ["Bot", "Emergency", "LoadInfo", "Session", "TopicEntry", "SourceEntry"]


@dataclass(frozen=True)
class LoadInfo:
    corpus_dir: str
    intents_dir: str
    from_cache: bool
    cache_file: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class TopicEntry:
    """A document and the conditions it names, as ``/topics`` lists them."""

    id: str
    title: str
    aliases: tuple[str, ...]
    conditions: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "aliases": list(self.aliases),
                "conditions": list(self.conditions)}


@dataclass(frozen=True)
class SourceEntry:
    """Where a document comes from, as ``/sources`` lists it."""

    id: str
    title: str
    source: str
    publisher: str
    url: str
    updated: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source, "publisher": self.publisher,
                "url": self.url, "updated": self.updated}


class Bot:
    """Answers questions from one corpus. Immutable after ``load``: share it between threads and sessions."""

    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex, matcher: IntentMatcher,
                 info: LoadInfo, emergency: Emergency, safety: safety_model.SafetyModel | None = None) -> None:
        self.corpus = corpus
        self.intent_set = intent_set
        self.info = info
        self.emergency = emergency
        self.messages: Messages = intent_set.messages.fill(emergency)
        self.index = index
        self.understander = Understander(intent_set, matcher, TopicFinder(index, intent_set.abbreviations), safety)
        self.responder = Responder(corpus, intent_set, index, self.messages)

    # -- loading --------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, corpus_dir: str | Path | None = None, intents_dir: str | Path | None = None, *,
             emergency: Emergency | None = None, cache_dir: str | Path | None = None,
             use_cache: bool = True) -> Bot:
        """Read and check the corpus and intents, then load the index from the cache or build it."""
        corpus_path = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
        intents_path = Path(intents_dir) if intents_dir is not None else default_intents_dir()
        intent_set = load_intents(intents_path)
        if not corpus_path.is_dir():
            load_corpus(corpus_path)  # raises the error a user should see
        key = store.fingerprint([*corpus_files(corpus_path), *intents_files(intents_path),
                                 *safety_model.training_files(intents_path)], version())
        folder = Path(cache_dir) if cache_dir is not None else store.default_cache_dir()
        arrays = store.load(folder, key) if use_cache else None
        corpus = store.cached_corpus(arrays)
        from_cache = corpus is not None
        if corpus is None:
            corpus = load_corpus(corpus_path)
        if arrays is None or not from_cache:
            arrays = _build_arrays(corpus, intent_set)
            if use_cache:
                store.save(folder, key, arrays)
        index = PassageIndex(corpus, collect_names(corpus), arrays)
        matcher = IntentMatcher(arrays, IntentMatcher.example_list(intent_set))
        safety = safety_model.SafetyModel(arrays)
        headings = {s.heading.lower() for d in corpus.documents for s in d.sections}
        warnings = (check_against_corpus(intent_set, headings, intents_path)
                    + lay_term_warnings(intent_set, index.text_vec.vocabulary, intents_path))
        info = LoadInfo(str(corpus_path), str(intents_path), from_cache,
                        str(folder / f"index-{key}.npz") if use_cache else None, warnings)
        return cls(corpus, intent_set, index, matcher, info, emergency or Emergency(), safety)

    # -- what it knows --------------------------------------------------------------------------------------

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.corpus.documents

    @property
    def passages(self) -> tuple[Passage, ...]:
        return self.corpus.passages

    @property
    def intent_names(self) -> tuple[str, ...]:
        return self.intent_set.names

    def topics(self) -> tuple[TopicEntry, ...]:
        return tuple(
            TopicEntry(d.id, d.title, tuple(d.aliases),
                  tuple(n.text for n in self.index.names if n.doc == d.id and n.kind == "condition"))
            for d in self.corpus.documents)

    def sources(self) -> tuple[SourceEntry, ...]:
        return tuple(SourceEntry(d.id, d.title, d.source, d.publisher, d.url, d.updated) for d in self.corpus.documents)

    def counts(self) -> dict[str, int]:
        return {"documents": len(self.corpus.documents),
                "sections": sum(len(d.sections) for d in self.corpus.documents),
                "passages": len(self.corpus.passages), "intents": len(self.intent_set.intents),
                "examples": sum(len(i.examples) for i in self.intent_set.intents)}

    def check_session(self, session: Session) -> None:
        """Refuse (ValueError) a session that names a document, condition or intent this bot does not have:
        clients send sessions back, and a forged one must be an error to them, never a crash here."""
        if session.topic is not None and not any(d.id == session.topic for d in self.corpus.documents):
            raise ValueError("session.topic is not a document of this bot")
        if session.intent is not None and session.intent not in self.intent_set.names:
            raise ValueError("session.intent is not an intent of this bot")
        if session.condition is not None or session.condition_passage != -1:
            known = {(n.text, n.passage) for n in self.index.names if n.doc == session.topic and n.kind == "condition"}
            if (session.condition, session.condition_passage) not in known:
                raise ValueError("session.condition is not a condition named in session.topic")

    def search(self, text: str, k: int = 10, doc: str | None = None,
               sections: tuple[str, ...] | None = None) -> list[Hit]:
        """Retrieval alone (no understanding): ranked passages with scores."""
        return self.index.search(clean_input(text), k, doc, sections)

    # -- answering ------------------------------------------------------------------------------------------

    def ask(self, text: object, session: Session | None = None) -> Answer:
        """Answer one message; updates ``session``. Any text is accepted; the answer always has a disclaimer."""
        session = session if session is not None else Session()
        clean = clean_input(text)
        if not clean:
            return self.responder.composer.answer(question="", intent="help", topic=None, confidence=1.0,
                                                  lead=self.messages.help)
        u = self.understander.understand(clean, session)
        answer = self.responder.respond(u)
        if not answer.urgent:
            session.remember(answer.intent, u.topic if answer.topic else None)
        return answer


def _build_arrays(corpus: Corpus, intent_set: IntentSet) -> dict[str, Any]:
    """Everything the index and the intent model need, as arrays for the cache (never pickle)."""
    arrays = PassageIndex.build_arrays(corpus, collect_names(corpus))
    arrays.update(IntentMatcher.build_arrays(intent_set))
    arrays.update(safety_model.build_arrays(Path(intent_set.path), intent_set))
    # The parsed corpus rides along (as JSON bytes) so a cached start skips the Markdown parsing.
    arrays["corpus.json"] = np.frombuffer(corpus_to_json(corpus), dtype=np.uint8)
    return arrays
