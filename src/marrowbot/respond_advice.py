"""Answers to messages that are mainly something other than a question about a condition: a person's own
symptoms (a symptom check that quotes only sentences naming them) and personal advice (refused kindly, with what
the documents say about the thing asked)."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.compose import Composer
from marrowbot.intents import IntentSet
from marrowbot.messages import Messages
from marrowbot.model import Answer, Explanation, Hit
from marrowbot.retrieve import MIN_TEXT_SCORE, Retriever
from marrowbot.text import fold, terms
from marrowbot.text.care import ASKS_ABOUT_CARE, asks_care_in_general
from marrowbot.understanding.said import COMES_FROM_IT
from marrowbot.understanding.understand import Understanding

#: The marrow itself said (folded text): the documents' own subject, whatever other words come with it.
SPEAKS_OF_MARROW = re.compile(r"\bmarrows?\b")
RULE_ADVICE_UNCOVERED = "advice about a thing no document speaks of, and no topic: not covered"
RULE_ADVICE_UNSAID = ("advice about a thing the documents never name: only the care team can say, and the documents "
                      "don't")


class AdviceAnswers:
    """Symptom checks and personal advice; ``Responder`` provides the tables, the abstention and the page
    checks it reads (its other bases come first, so these stubs are only for the type checker)."""

    messages: Messages
    intent_set: IntentSet
    retriever: Retriever
    composer: Composer
    asked: Asked

    def _abstain(self, u: Understanding, explain: Explanation) -> Answer:
        raise NotImplementedError

    def _doc_uses_most(self, u: Understanding) -> bool:
        raise NotImplementedError

    def _symptom_check(self, u: Understanding, explain: Explanation) -> Answer:
        m = self.messages
        sections = self.intent_set.intent("symptom_check").sections
        # Only a sentence that names one of the person's own symptoms is quoted: a document's symptom list is
        # never offered for complaints it does not name (that would point a worried person at a rare disease).
        # Asked whether they come from the conversation's condition ("is that from it"): only its pages' sentences.
        docs = self._pages_titled_as(u.topic.doc) if u.topic is not None and COMES_FROM_IT.search(fold(u.text)) \
            else None
        hits = self.retriever.symptom_passages(tuple(t for t, _ in u.symptoms), sections, docs=docs) \
            if u.symptoms else []
        picked = self.composer.select(hits) if hits else []
        # The condition the message names stays the conversation's topic, for the questions that follow.
        named = u.topic.doc if u.topic is not None and not u.followup else None
        topic = picked[0][0].doc if picked else named
        lead = f"{m.symptom_check} {m.symptom_quotes_intro}" if picked else f"{m.symptom_check} {m.not_connected}"
        return self.composer.answer(question=u.text, intent="symptom_check", topic=topic,
                                    confidence=0.6 if picked else 0.3, picked=picked, lead=lead,
                                    after=m.symptom_check_after, abstained=not picked, explanation=explain)

    def _pages_titled_as(self, doc: str) -> frozenset[str]:
        """The documents with the same title as ``doc`` (the pages about one condition), ``doc`` among them."""
        title = fold(self.asked.document(doc).title)
        return frozenset({doc, *(d.id for d in self.asked.corpus.documents if fold(d.title) == title)})

    def _personal_advice(self, u: Understanding, explain: Explanation) -> Answer:
        """Refuse kindly to diagnose or prescribe; quote what the documents say about what was asked."""
        m = self.messages
        # "What are my chances?" is answered from the prognosis sections, "should I stop X" from treatment.
        intent = self.intent_set.intent(medical_reading(u, self.intent_set))
        hits: list[Hit] = []
        if u.topic is None and self.asked.unknown_terms(u) and not SPEAKS_OF_MARROW.search(fold(u.text)) \
                and (not ASKS_ABOUT_CARE.search(fold(u.text)) or asks_care_in_general(fold(u.text))):
            # "should i get the new covid booster", "how often should i water tomatoes": advice about a thing no
            # document speaks of is not a question the documents cover (no refusal that implies they would). A
            # question about a dose, a medicine, a treatment or a diagnosis of their own is refused as ever, and
            # so is one about their own marrow ("tell me if my marrow is failing, my back hurts"): what every
            # document speaks of. How a thing no document names is treated in general, of no one ("what do people
            # take for jet lag"), is not covered either.
            return self._abstain(u, replace(explain, rules=explain.rules + (RULE_ADVICE_UNCOVERED,)))
        own = set(terms(self.asked.own_content_text(u)))
        if u.topic is not None and not u.followup and own and own <= set(self.asked.unknown_terms(u)):
            # "is it ok to drink beer with it": what only their care team can say, about a thing the documents
            # never name: no quotes (none would speak to it), and say they don't.
            title = self.asked.document(u.topic.doc).title
            return self.composer.answer(question=u.text, intent="personal_advice", topic=u.topic.doc,
                                        confidence=u.intent_confidence,
                                        lead=f"{m.personal_advice} {m.not_in_documents}", abstained=True,
                                        values={"topic": title},
                                        explanation=replace(explain, rules=explain.rules + (RULE_ADVICE_UNSAID,)))
        if u.topic is not None and not u.followup:
            hits, _ = self.retriever.for_intent(u, intent, content=self.asked.content_text(u))
        elif self.asked.content_terms(u) and not self.asked.unknown_terms(u):
            # Search by what they asked about ("imatinib"), not by how they asked ("should I stop").
            found, best = self.retriever.free(replace(u, query=self.asked.content_text(u)))
            hits = found if best >= MIN_TEXT_SCORE else []
        if not hits and u.topic is not None and not (u.followup and not self._doc_uses_most(u)):
            # (A follow-up about things the topic's document does not speak of, "itchy heel, should I worry?",
            # gets no quotes from it.)
            hits, _ = self.retriever.for_intent(u, intent, content=self.asked.content_text(u))
        picked = self.composer.select(hits, limit=2) if hits else []
        topic = picked[0][0].doc if picked else None
        return self.composer.answer(question=u.text, intent="personal_advice", topic=topic,
                                    confidence=u.intent_confidence, picked=picked,
                                    lead=f"{m.personal_advice} {m.quotes_intro}" if picked else m.personal_advice,
                                    explanation=explain)

def medical_reading(u: Understanding, intent_set: IntentSet) -> str:
    """The medical intent of a message that is mainly something else ("what are my chances?" -> prognosis):
    the most likely one whose own keywords the message uses, else the most likely one."""
    medical = intent_set.medical
    said = f" {' '.join(terms(u.text))} "
    ranked = [name for name, _ in u.scores.ranked if name in medical]
    # The question usually comes last: "I was diagnosed with X. What are my chances?" asks about chances.
    best: tuple[int, str] | None = None
    for name in ranked:
        for kw in intent_set.intent(name).keywords:
            kw_terms = terms(kw)
            at = said.rfind(f" {' '.join(kw_terms)} ") if kw_terms else -1
            if at >= 0 and (best is None or at > best[0]):
                best = (at, name)
    if best is not None:
        return best[1]
    return ranked[0] if ranked else "definition"


