"""What to ask next: after an answer, two or three questions the documents can answer about the same topic.

Computed from the corpus, never written per question: an intent is offered when the document answered from
has one of the sections that intent answers from (for a condition named inside a document, a section that
mentions it), in the words of the ``follow_ups`` templates of intents/messages.yml."""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.intents import IntentSet
from marrowbot.messages import Messages, render
from marrowbot.model import Answer
from marrowbot.text import fold
from marrowbot.understanding.understand import Understanding

MAX_FOLLOW_UPS = 3


class FollowUps:
    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex) -> None:
        self._corpus = corpus
        self._medical = intent_set.medical
        self._intent_sections = {i.name: frozenset(s.lower() for s in i.sections) for i in intent_set.intents}
        self._passages = index.passages

    def suggest(self, answer: Answer, u: Understanding, messages: Messages,
                local_name: Callable[[str], str | None] = lambda _name: None) -> tuple[str, ...]:
        """Up to three questions about the answer's topic, other than the one just answered; ``local_name``
        gives the topic's name in the answer's language where it is known."""
        if answer.urgent or answer.abstained or answer.topic is None or answer.intent not in self._medical:
            return ()
        doc = answer.topic
        condition = u.topic.condition if u.topic is not None and u.topic.doc == doc else None
        if condition is not None:
            name = condition.text
            target = fold(name)
            found = {p.section.lower() for p in (self._passages[i] for i in self._corpus.passage_ids(doc))
                     if target in fold(p.text) or target in fold(p.link_title or "")}
        else:
            name = self._corpus.document(doc).title
            found = {s.heading.lower() for s in self._corpus.document(doc).sections if s.passage_ids}
        # "What is X?" only when nothing else is left: the reader has usually just asked it.
        ordered = sorted(messages.follow_ups, key=lambda pair: pair[0] == "definition")
        out: list[str] = []
        for intent, template in ordered:
            if intent == answer.intent or intent not in self._intent_sections:
                continue
            if self._intent_sections[intent] & found:
                out.append(render(template, topic=local_name(name) or _as_named(name)))
            if len(out) == MAX_FOLLOW_UPS:
                break
        return tuple(out)


def _as_named(name: str) -> str:
    """A title as it reads inside a sentence: "Bone Marrow Diseases" -> "bone marrow diseases", keeping
    abbreviations ("CML") as they are."""
    if any(len(w) > 1 and w.isupper() for w in name.split()):
        return name
    return name.lower()
