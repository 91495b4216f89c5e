"""The public API: ``Bot`` (loaded once, immutable, shared) and ``Session`` (one conversation).

``Bot`` is wiring only: load and check the files, build or reuse the index, then pass each message through
understand -> respond (retrieve, compose). The policy lives in those stages, never here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from marrowbot import memory, store
from marrowbot.corpus import Corpus, corpus_file_names, load_corpus
from marrowbot.corpus_arrays import corpus_from_arrays, corpus_to_arrays
from marrowbot.errors import CorpusError
from marrowbot.followups import FollowUps
from marrowbot.index import Name, PassageIndex, collect_names, names_from_json, names_to_json
from marrowbot.intents import IntentSet, check_against_corpus, intents_files, lay_term_warnings, load_intents
from marrowbot.language import Glossary, detect, names_pattern
from marrowbot.messages import Emergency, Messages
from marrowbot.model import Answer, Document, Hit, Passage
from marrowbot.resources import default_corpus_dir, default_intents_dir, default_library_dir, version
from marrowbot.respond import Responder
from marrowbot.session import MAX_SAID, URGENT_KINDS, Session
from marrowbot.text import clean_input, fold, names_a_condition
from marrowbot.text.about_answer import about_answer
from marrowbot.text.courtesies import packaged as packaged_courtesies
from marrowbot.text.follow_ups import continuation
from marrowbot.text.safety import without_idioms
from marrowbot.understanding import safety_model, safety_thresholds
from marrowbot.understanding.intent_model import IntentMatcher
from marrowbot.understanding.safety import SafetyDecision, decide
from marrowbot.understanding.safety_decide_clauses import decide_by_clauses
from marrowbot.understanding.topics import TopicFinder
from marrowbot.understanding.understand import Understander, Understanding

__all__ = ["Bot", "Emergency", "LoadInfo", "Progress", "Session", "TopicEntry", "SourceEntry"]

#: Told what loading is doing: ``(what, step, steps)``, e.g. ``("building the search index", 3, 5)``;
#: the last call is ``("ready", steps, steps)``. Front ends show it; the library never prints.
Progress = Callable[[str, int, int], None]

_KNOWS_ALL = bool  # (a Spanish message: every word of it counts as known, none as another language's)
_STEPS = ("reading the intents", "reading the documents", "building the search index",
          "training the question model", "saving the index for next time")


#: What ``library=`` accepts: the packaged linked library next to the seed documents, or the seeds alone.
LIBRARIES = ("linked", "none")


@dataclass(frozen=True)
class LoadInfo:
    corpus_dir: str
    intents_dir: str
    from_cache: bool
    cache_file: str | None
    warnings: tuple[str, ...]
    library_dir: str | None = None  # the library folder loaded after the corpus folder, if any
    #: The cache entries built by this start ("index", "models"); ``from_cache`` is True when it is empty.
    built: tuple[str, ...] = ()
    models_file: str | None = None  # the models' cache folder (``cache_file`` is the index's)


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


def _engine_sources() -> list[str | Path]:
    """The library's own code (not the front ends): a change to a text rule changes what the models learned,
    so it must not load an index built by other code of the same version (a developer's checkout)."""
    package = Path(__file__).resolve().parent
    return sorted((p for p in package.rglob("*.py") if p.parent.name not in ("frontends", "web")), key=str)


class Bot:
    """Answers questions from one corpus. Immutable after ``load``: share it between threads and sessions."""

    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex, matcher: IntentMatcher,
                 info: LoadInfo, emergency: Emergency, safety: safety_model.SafetyModel | None = None,
                 screen_matcher: IntentMatcher | None = None) -> None:
        self.corpus = corpus
        self.intent_set = intent_set
        self.info = info
        self.emergency = emergency
        self.messages: Messages = intent_set.messages.fill(emergency)
        self.index = index
        self.understander = Understander(intent_set, matcher, TopicFinder(index, intent_set.abbreviations,
                                                                             intent_set.lay_names), safety,
                                        screen_matcher)
        self.responder = Responder(corpus, intent_set, index, self.messages)
        # Other languages: their messages, an answerer that speaks them, and the words to read them with.
        self._languages: dict[str, tuple[Messages, Responder, Glossary]] = {"en": (self.messages, self.responder,
                                                                                    Glossary({}))}
        for t in intent_set.translations:
            messages = t.messages.fill(emergency)
            responder = self.responder.speaking(messages)
            self._languages[t.lang] = (messages, responder, Glossary(dict(t.words)))
        self.follow_ups = FollowUps(corpus, intent_set, index)
        self._doc_ids = frozenset(d.id for d in corpus.documents)
        self._intent_names = frozenset(intent_set.names)
        self._condition_names = {(n.doc, n.passage): n.text for n in index.names
                            if n.kind == "condition" and n.passage >= 0}
        self._english_names = names_pattern(n.text for n in index.names)  # (a message of names alone is English)

    def forget(self) -> None:
        """Forget every message this process has read (the memos kept for speed). A kiosk calls it when a
        conversation is wiped; answers stay the same, the next few are a little slower."""
        memory.forget()

    # -- loading --------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, corpus_dir: str | Path | None = None, intents_dir: str | Path | None = None, *,
             emergency: Emergency | None = None, cache_dir: str | Path | None = None,
             use_cache: bool = True, library: str | None = None, progress: Progress | None = None) -> Bot:
        """Read and check the corpus and intents, then load the index and the models from the cache or build
        them (each alone: a corpus edit rebuilds the index, an intents edit the models).

        With the default corpus, ``library="linked"`` (the default) adds the packaged linked library after the
        two seed documents; ``"none"`` gives the seeds alone. A ``corpus_dir`` replaces both.
        ``progress``, if given, is told each step as it starts (the first start builds the index, which
        takes a while on a small machine; later starts load it from the cache) and ``"ready"`` at the end.
        """
        def step(n: int, what: str | None = None) -> None:
            if progress is not None:
                progress(what or _STEPS[n - 1], n, len(_STEPS))

        library = library or "linked"
        if library not in LIBRARIES:
            raise ValueError(f"library must be one of {', '.join(LIBRARIES)}, not {library!r}")
        step(1)
        corpus_path = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
        library_path = default_library_dir() if corpus_dir is None and library == "linked" else None
        folders = [corpus_path] + ([library_path] if library_path is not None else [])
        intents_path = Path(intents_dir) if intents_dir is not None else default_intents_dir()
        intent_set = load_intents(intents_path)
        if not all(f.is_dir() for f in folders):
            load_corpus(*folders)  # raises the error a user should see
        # The folders are listed and checked (regular files, no dangling links) before the cache keys read them.
        names = [(str(folder), corpus_file_names(folder)) for folder in folders]
        files: list[str | Path] = [os.path.join(d, n) for d, ns in names for n in ns]
        try:
            engine = _engine_sources()
            index_key = store.fingerprint(files + engine, version(), "index")
            models_key = store.fingerprint(list(intents_files(intents_path)) + engine
                                           + list(safety_thresholds.source_files(intents_path)), version(), "models")
        except OSError as err:
            raise CorpusError(getattr(err, "filename", None) or corpus_path, None,
                              f"cannot be read ({err.strerror or err})") from None
        folder = Path(cache_dir) if cache_dir is not None else store.default_cache_dir()
        parts = _Parts(folders, intent_set, folder if use_cache else None, index_key, models_key, step)
        # One document a file, read folder by folder: the library's documents follow the corpus folder's.
        seeds = len(names[0][1])
        # (The index's arrays first, the models, then the index itself: trained before the index's objects exist,
        # the detectors' fits do not pay the garbage collector's walks over them.)
        index_arrays = parts.index_arrays()
        matcher, safety, screen_matcher = parts.models()
        index = parts.index(index_arrays, library_path is not None, seeds)
        corpus = index.corpus
        parts.save()
        built = parts.built
        headings = {s.heading.lower() for d in corpus.documents for s in d.sections}
        warnings = (check_against_corpus(intent_set, headings, intents_path)
                    + lay_term_warnings(intent_set, index.text_vec.vocabulary, intents_path))
        info = LoadInfo(str(corpus_path), str(intents_path), not built,
                        str(store.cache_path(folder, index_key, "index")) if use_cache else None, warnings,
                        str(library_path) if library_path is not None else None, built,
                        str(store.cache_path(folder, models_key, "models")) if use_cache else None)
        bot = cls(corpus, intent_set, index, matcher, info, emergency or Emergency(), safety, screen_matcher)
        step(len(_STEPS), "ready")
        return bot

    # -- what it knows --------------------------------------------------------------------------------------

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.corpus.documents

    @property
    def passages(self) -> Sequence[Passage]:
        return self.corpus.passages

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the bot speaks (its own words; the documents' quotes are never translated)."""
        return tuple(self._languages)

    def messages_for(self, lang: str) -> Messages:
        """The bot's own words in ``lang`` (English when it has none in that language)."""
        return self._languages.get(lang, self._languages["en"])[0]

    def detect_language(self, text: str) -> str:
        return self._reading(clean_input(text))[1]

    def _reading(self, clean: str) -> tuple[str, str]:
        """The message with its courtesies of other languages in English ("merci" -> "thank you", courtesies.yml),
        and the language it is read in."""
        # (Only around words the bot reads: a courtesy before a message in a language it does not read must not make
        # the message a thanks or a goodbye; it is read as typed, as before there were courtesies.)
        read = packaged_courtesies().english(clean, self.understander.speller.knows)
        return read, detect(read, self.languages, self._english_names)

    @property
    def intent_names(self) -> tuple[str, ...]:
        return self.intent_set.names

    def topics(self) -> tuple[TopicEntry, ...]:
        """Each document, and the conditions it names (not the tests, pages and organisations it links to),
        each name once."""
        conditions: dict[str, dict[str, str]] = {}
        for n in self.index.names:  # one pass: a big corpus has tens of thousands of names
            if n.kind == "condition":
                name = re.sub(r"\s*\([^)]*\)$", "", n.text).strip()  # "Diamond-Blackfan Anemia (For Parents)"
                if names_a_condition(name):
                    conditions.setdefault(n.doc, {}).setdefault(name.lower(), name)
        return tuple(TopicEntry(d.id, d.title, tuple(d.aliases), tuple(conditions.get(d.id, {}).values()))
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
        clients send sessions back, and a forged one must be an error to them, never a crash here. The
        condition's name is then taken from the index (a session carries ids, never text)."""
        if session.topic is not None and session.topic not in self._doc_ids:
            raise ValueError("session.topic is not a document of this bot")
        if session.intent is not None and session.intent not in self._intent_names:
            raise ValueError("session.intent is not an intent of this bot")
        if session.condition is not None:
            name = self._condition_names.get((session.topic or "", session.condition))
            if name is None:
                raise ValueError("session.condition is not a condition named in session.topic")
            session.condition_name = name
        else:
            session.condition_name = None
        if any(i >= len(self.corpus.passages) for i in (*session.quoted, *session.pending, *session.said)):
            raise ValueError("session.quoted, session.pending and session.said must be passage ids of this bot")
        page = self.corpus.passage_ids(session.topic) if session.topic is not None else range(0)
        if any(i not in page for i in session.pending):  # (the next-best sentences of the conversation's page)
            raise ValueError("session.pending must be passage ids of session.topic")

    def search(self, text: str, k: int = 10, doc: str | None = None,
               sections: tuple[str, ...] | None = None) -> list[Hit]:
        """Retrieval alone (no understanding): ranked passages with scores."""
        return self.index.search(clean_input(text), k, doc, sections)

    # -- answering ------------------------------------------------------------------------------------------

    def ask(self, text: object, session: Session | None = None) -> Answer:
        """Answer one message; updates ``session``. Any text is accepted; the answer always has a disclaimer.
        A session naming what this bot does not have raises ValueError (see ``check_session``)."""
        session = session if session is not None else Session()
        self.check_session(session)
        clean = clean_input(text)
        if not clean:
            return self.responder.composer.answer(question="", intent="help", topic=None, confidence=1.0,
                                                  lead=self.messages.help)
        read, lang = self._reading(clean)
        messages, responder, glossary = self._languages[lang]
        said, u = self._understand(clean, lang, session, read)
        # ("more", "what else", "you already said that": the sentences of the conversation's topic not said yet)
        # ("say that again", "shorter please", "what did you say first": the last answer's own sentences)
        going_on = about_answer(clean, self.understander.speller.knows if lang == "en" else _KNOWS_ALL) \
            or continuation(fold(clean), lang == "es" or "\u00bf" in clean) or continuation(fold(said))
        answer = responder.respond(u, going_on, session)
        if said != clean:
            answer = replace(answer, question=clean)
        screened = u.decision.urgent  # (the message's own; an answer going on after an urgent one is urgent too)
        if going_on is not None and not screened:
            if answer.topic is not None and answer.intent in self.intent_set.medical:
                session.intent = answer.intent  # (the topic stays; the kind is the one just quoted)
        elif not answer.urgent:
            session.remember(answer.intent, responder.topic_to_remember(u, answer))
            self._note_pending(u, answer, session)
        elif u.topic is not None and not u.followup:  # the condition an emergency message named stays the topic
            session.remember(session.intent or answer.intent, u.topic)
        if not screened:
            topic_ids = self.corpus.passage_ids(session.topic) if session.topic else range(0)
            session.note_quoted(tuple(s.passage for s in answer.snippets if s.passage is not None), topic_ids)
        session.said = () if screened else tuple(s.passage for s in answer.snippets if s.passage is not None)[:MAX_SAID]
        # (what an urgent answer said to do stays for the requests to go on right after it, and only for those)
        session.urgent = screened if screened in URGENT_KINDS else session.urgent if going_on is not None else None
        answer = replace(answer, follow_ups=self.follow_ups.suggest(answer, u, messages, glossary.name))
        reported = self.intent_set.reported(answer.intent)
        if reported != answer.intent:  # a finer kind of question, reported by the contract's name (section 2)
            why = answer.explanation
            kind = self.intent_set.intent(answer.intent).description
            note = f"asked: {kind} ({answer.intent}), reported as {reported}"
            answer = replace(answer, intent=reported, explanation=replace(why, notes=(*why.notes, note)))
        return answer

    def _note_pending(self, u: Understanding, answer: Answer, session: Session) -> None:
        """Remember the question's next-best passages in the document answered from (ids only), for "that's not
        what i asked": those of the kind's sections first, then any of the document's, that use its words."""
        if answer.topic is None or answer.intent not in self.intent_set.medical or not answer.snippets:
            session.note_pending(())
            return
        sections = self.intent_set.intent(answer.intent).sections
        shown = {s.passage for s in answer.snippets}
        scores = self.index.scores(u.query)  # (scored once, ranked twice: half the cost of two searches)
        hits = self.index.top(scores, 8, self.index.mask(answer.topic, sections)) \
            + self.index.top(scores, 8, self.index.mask(answer.topic))
        page = self.corpus.passage_ids(session.topic) if session.topic else range(0)  # (what check_session allows)
        session.note_pending(tuple(h.passage.id for h in hits if h.score > 0 and h.passage.id not in shown
                                   and not h.passage.context and h.passage.id in page))

    def _understand(self, clean: str, lang: str, session: Session, read: str) -> tuple[str, Understanding]:
        """The message read in English (``read``: its courtesies in English; a glossary's language put in its words)
        and understood in ``session``. The safety screen reads ``clean``, the message as typed."""
        glossary = self._languages[lang][2]
        if not glossary:  # English: its misspelt words put right, for every stage but the safety screen
            said = self.understander.speller.reading_form(read)
            return said, self.understander.understand(said, session, typed=clean)
        said = glossary.english(without_idioms(fold(read)))
        u = self.understander.understand(said, session)
        if said != clean:
            # The safety decision is made on the message as typed: the detectors were trained on messages in its
            # language, not on the glossary's word-for-word English (on the development sets, reading the English
            # too caught nothing more and doubled the false alarms). The red flags of both readings count.
            model = self.understander.safety_model
            typed = model.score(clean) if model is not None else None
            own = self.understander.screen.screen(clean)
            # (A flag of the message's own language found only in the English reading is a half-translated phrase,
            # not its own: "no tengo dificultad para respirar" read as "no i have dificultad for respirar" loses the
            # Spanish negation. The screen read it in Spanish, and found none.)
            flags = tuple(dict.fromkeys(tuple(f for f in u.red_flags if f in own or not (
                f.examples and detect(f.examples[0], self.languages) == lang)) + own))
            decision = decide_by_clauses(clean, decide(clean, flags, typed, *u.screen_intent),
                                         self.understander.screen.screen, model)
            u = replace(u, red_flags=flags, safety=typed, decision=decision)
        return said, u

    def safety_decision(self, text: object) -> SafetyDecision:
        """The safety decision ``ask`` makes on a message in a new conversation: urgent, a safety line or neither
        (for measuring the screen; nothing is answered or remembered)."""
        clean = clean_input(text)
        if not clean:
            return SafetyDecision()
        read, lang = self._reading(clean)
        return self._understand(clean, lang, Session(), read)[1].decision


class _Parts:
    """The two cache entries of a start, each loaded, or built alone when missing or damaged: the index (the
    corpus) and the models (the intent matcher and the safety detectors, which do not depend on the corpus)."""

    def __init__(self, folders: list[Path], intent_set: IntentSet, cache: Path | None, index_key: str,
                 models_key: str, step: Callable[..., None]) -> None:
        self.folders, self.intent_set, self.cache, self.step = folders, intent_set, cache, step
        self.keys = {"index": index_key, "models": models_key}
        self.arrays: dict[str, dict[str, Any]] = {}  # kind -> the arrays built by this start, saved at the end

    @property
    def built(self) -> tuple[str, ...]:
        return tuple(sorted(self.arrays))

    def _load(self, kind: str) -> dict[str, Any] | None:
        return store.load(self.cache, self.keys[kind], kind) if self.cache is not None else None

    def _build_index(self) -> tuple[Corpus, list[Name], dict[str, Any]]:
        self.step(2)
        corpus = load_corpus(*self.folders)
        self.step(3)
        names = collect_names(corpus)
        self.arrays["index"] = _index_arrays(corpus, names)
        return corpus, names, self.arrays["index"]

    def index_arrays(self) -> tuple[Corpus, list[Name], list[list[str]] | None, dict[str, Any]]:
        arrays = self._load("index")
        corpus, names, words = _cached(arrays)
        if corpus is None or names is None or arrays is None:
            corpus, names, arrays = self._build_index()
        else:
            self.step(2, "loading the index built before")
        return corpus, names, words, arrays

    def index(self, parts: tuple[Corpus, list[Name], list[list[str]] | None, dict[str, Any]], library: bool,
              seeds: int) -> PassageIndex:
        corpus, names, words, arrays = parts
        linked = frozenset(d.id for d in corpus.documents[seeds:]) if library else frozenset()
        try:
            return PassageIndex(corpus, names, arrays, linked, words)
        except (KeyError, ValueError, IndexError, TypeError):
            if "index" in self.arrays:
                raise
            # A damaged index (a member malformed): parse and build it again, and replace it; the models stay.
            corpus, names, arrays = self._build_index()
            return PassageIndex(corpus, names, arrays, linked, None)

    def _build_models(self) -> dict[str, Any]:
        self.step(4)
        self.arrays["models"] = _model_arrays(self.intent_set)
        return self.arrays["models"]

    def models(self) -> tuple[IntentMatcher, safety_model.SafetyModel, IntentMatcher]:
        examples = IntentMatcher.example_list(self.intent_set)

        def made(arrays: dict[str, Any]) -> tuple[IntentMatcher, safety_model.SafetyModel, IntentMatcher]:
            matcher = IntentMatcher(arrays, examples)
            return matcher, safety_model.SafetyModel(arrays), IntentMatcher.screen(arrays, self.intent_set, matcher)

        arrays = self._load("models")
        try:
            return made(self._build_models() if arrays is None else arrays)
        except (KeyError, ValueError, IndexError, TypeError):
            if "models" in self.arrays:
                raise
            return made(self._build_models())  # damaged models: trained again, the index kept

    def save(self) -> None:
        if self.arrays and self.cache is not None:
            self.step(5)
            for kind, arrays in self.arrays.items():
                store.save(self.cache, self.keys[kind], arrays, kind)


def _index_arrays(corpus: Corpus, names: list[Name]) -> dict[str, Any]:
    """The passage index as arrays for the cache (never pickle). The parsed corpus and the names ride along, so
    a cached start neither parses the Markdown nor makes a Python object for each passage (they are made on
    demand from the arrays)."""
    arrays = PassageIndex.build_arrays(corpus, names)
    arrays.update(corpus_to_arrays(corpus))
    arrays["index.names"] = np.frombuffer(names_to_json(names), dtype=np.uint8)
    return arrays


def _model_arrays(intent_set: IntentSet) -> dict[str, Any]:
    """The intent matcher and the safety detectors as arrays: they depend on the intents, never on the corpus."""
    arrays = IntentMatcher.build_arrays(intent_set)
    arrays.update(IntentMatcher.screen_arrays(intent_set))  # (the safety screen's matcher, if it has its own)
    arrays.update(safety_thresholds.build_arrays(Path(intent_set.path), intent_set))
    return arrays


def _cached(arrays: dict[str, Any] | None) -> tuple[Corpus | None, list[Name] | None, list[list[str]] | None]:
    if arrays is None:
        return None, None, None
    try:
        names, words = names_from_json(arrays["index.names"].tobytes())
        return corpus_from_arrays(arrays), names, words
    except (ValueError, KeyError, TypeError, IndexError):  # a damaged cache only means building again
        return None, None, None
