"""A request for material to read (a handout, information in other languages, something written for families)
that the conversation's document has nothing for, answered from the seed document whose lists have it (a part of
the answer policy, respond.py)."""

from __future__ import annotations

from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.choose import EVERYDAY_TERMS
from marrowbot.compose import Composer
from marrowbot.index import Name, PassageIndex
from marrowbot.intents import IntentSet
from marrowbot.model import Answer, Explanation, Hit
from marrowbot.text import fold, terms
from marrowbot.understanding.conversation import ASKS_FOR_MATERIAL
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

RULE_MATERIAL_ELSEWHERE = ("asks for material the conversation's document does not list: the seed document whose "
                           "lists name what was asked answers")
RULE_MATERIAL_LISTED = "asks for material about a thing: the items of the seed documents' lists that name it"
#: The kind of question whose sections list material to read (handouts, other languages, pages for parents).
_MATERIAL_KIND = "support"


class MaterialElsewhere:
    """The fallback of a request for reading material (a base of the Responder, which answers with ``_medical``)."""

    asked: Asked
    index: PassageIndex
    intent_set: IntentSet
    composer: Composer

    def _medical(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer:
        raise NotImplementedError

    def material_listed(self, u: Understanding, explain: Explanation) -> Answer | None:
        """For a request for material about a thing ("is there stuff written for families going through
        transplant"): the items of the seed documents' lists that name the most of the words asked (the
        conversation's document first), quoted; None when no item names any."""
        if u.topic is None or u.topic.doc in self.index.linked_docs or not ASKS_FOR_MATERIAL.search(fold(u.text)):
            return None
        asked = [w for w in self.asked.content_text(u, _MATERIAL_KIND).split() if not set(terms(w)) <= EVERYDAY_TERMS]
        sections = {x.lower() for x in self.intent_set.intent(_MATERIAL_KIND).sections}
        seeds = [u.topic.doc, *(d.id for d in self.asked.corpus.documents
                                if d.id != u.topic.doc and d.id not in self.index.linked_docs)]
        found: list[tuple[float, str, list[Hit]]] = []
        for doc in seeds:
            hits = []
            for pid in self.asked.corpus.passage_ids(doc):
                p = self.index.passages[pid]
                if p.section.lower() in sections:  # (an item read with its list's heading: "Patient Handouts")
                    score = sum(self._uses(w, set(terms(f"{p.section} {p.text}")), doc) for w in asked)
                    if score:
                        hits.append(Hit(p, score))
            if hits:
                top = max(h.score for h in hits)
                found.append((top, doc, sorted((h for h in hits if h.score == top), key=lambda h: h.passage.id)))
        if found:
            # The document whose items name the most of what was asked (the conversation's own on a tie).
            top, doc, best = max(found, key=lambda f: f[0])
            return self.composer.answer(question=u.text, intent=_MATERIAL_KIND, topic=doc, confidence=0.6,
                                        picked=self.composer.select(best), explanation=replace(
                                            explain, rules=explain.rules + (RULE_MATERIAL_LISTED,)))
        return None

    def material_elsewhere(self, u: Understanding, intent: str, explain: Explanation, answer: Answer) -> Answer:
        """The answer, or when it asks for material ("hay informacion en espanol?" about necrosis) in words another
        seed document's listing sections use more of ("Also in Spanish", "languages other than English"), the
        answer from that document; the answer as it was when none does."""
        if intent != _MATERIAL_KIND or u.topic is None or answer.urgent or u.topic.doc in self.index.linked_docs \
                or not ASKS_FOR_MATERIAL.search(fold(u.text)):
            return answer
        asked = [w for w in dict.fromkeys(fold(u.query).split())
                 if terms(w) and not set(terms(w)) <= EVERYDAY_TERMS]
        own = self._listed(u.topic.doc, intent)
        best = sum(self._uses(w, own, u.topic.doc) for w in asked)
        for d in self.asked.corpus.documents:
            if d.id == u.topic.doc or d.id in self.index.linked_docs:
                continue
            # Its lists use more of the words asked ("spanish": "Also in Spanish"; "handouts": "Patient Handouts")
            # than the conversation's document's do.
            listed = self._listed(d.id, intent)
            if sum(self._uses(w, listed, d.id) for w in asked) <= best:
                continue
            alt = Topic(d.id, u.topic.score, Name(d.title, d.id, "title"), "a seed document listing the material")
            # (asked in the words its lists use: "printable" is how the handouts were wanted, not what about)
            query = " ".join(w for w in asked if self._uses(w, listed, d.id))
            again = self._medical(replace(u, topic=alt, alternatives=(), query=query), intent,
                                  replace(explain, rules=explain.rules + (RULE_MATERIAL_ELSEWHERE,)))
            if not again.abstained:
                return again
        return answer

    def _listed(self, doc: str, intent: str) -> set[str]:
        """The terms of a document's listing sections, their headings with them ("Patient Handouts")."""
        sections = {x.lower() for x in self.intent_set.intent(intent).sections}
        return {t for pid in self.asked.corpus.passage_ids(doc)
                if (p := self.index.passages[pid]).section.lower() in sections for t in terms(f"{p.section} {p.text}")}

    def _uses(self, word: str, used: set[str], doc: str) -> float:
        """1 when ``used`` (a document's terms) has the word, a half when it has only the document's word for it
        ("info": information), else 0."""
        own = set(terms(word))
        return 1.0 if own <= used else 0.5 if (set(terms(self.asked.expand(word, doc))) - own) & used else 0.0
