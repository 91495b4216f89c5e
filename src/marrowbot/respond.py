"""Understanding + session -> Answer: which kind of answer a message gets, the passages it quotes, and when to
abstain. The policy lives here; ``Bot`` only wires the stages together."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from marrowbot.compose import Composer
from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.intents import SMALL_TALK, IntentSet
from marrowbot.messages import Messages
from marrowbot.model import Answer, Explanation, Hit
from marrowbot.retrieve import MIN_TEXT_SCORE, Retriever
from marrowbot.text import fold, stem, terms
from marrowbot.understanding.understand import Understanding

_MAX_TOPICS_LISTED = 6
#: A follow-up whose own words match another document this well is about that document instead.
_OWN_WORDS_SCORE = 0.25
#: Topic scores this close count as a tie between documents.
_TIE = 0.02
#: A run of words this close (rapidfuzz ratio) to a topic's name is that name, typed with typos.
_NAME_SPAN_SCORE = 85.0


class Responder:
    """Turns what was understood into an answer. Holds only read-only tables built once at load."""

    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex, messages: Messages) -> None:
        self.corpus = corpus
        self.intent_set = intent_set
        self.index = index
        self.messages = messages
        self.retriever = Retriever(index)
        self.composer = Composer(corpus, messages)
        self._intent_keyword_terms = {i.name: frozenset(t for k in i.keywords for t in terms(k))
                                      for i in intent_set.intents}
        self._keyword_terms: frozenset[str] = frozenset().union(*self._intent_keyword_terms.values())

    def respond(self, u: Understanding) -> Answer:
        """The answer to one understood message (follow-up checks included). A possible emergency or words of
        despair put one safety line before whatever the answer is."""
        answer = self._respond(self._check_followup(u))
        line = u.decision.line
        if line and not answer.urgent:
            said = getattr(self.messages, line)
            answer = replace(answer, lead=f"{said} {answer.lead}".strip(), text=f"{said}\n\n{answer.text}")
        return answer

    def _respond(self, u: Understanding) -> Answer:
        m = self.messages
        explain = self._explain(u)
        intent, conf = u.intent, u.intent_confidence
        if u.decision.urgent:  # never downgraded: phrases OR detectors OR the intent model (safety.decide)
            return self.composer.answer(question=u.text, intent="emergency", topic=None, confidence=1.0,
                                        lead=getattr(m, u.decision.urgent), urgent=True, explanation=explain)
        if intent in SMALL_TALK:
            lead = {"greeting": m.greeting, "thanks": m.thanks, "goodbye": m.goodbye, "help": m.help}[intent]
            return self.composer.answer(question=u.text, intent=intent, topic=None, confidence=conf, lead=lead,
                                        explanation=explain)
        if intent == "emergency":  # a weak emergency guess, below the red-flag screen: not a medical question
            intent = "out_of_scope"
        if intent == "out_of_scope":
            # Whether the corpus covers something is for the corpus to say: a message that names one of its
            # topics (or one of its abbreviations) is answered with the best medical reading of the question.
            if (u.topic is None or u.followup) and not u.expansions:
                return self._abstain(u, explain)
            if u.topic is not None and u.topic.condition is not None and conf >= 0.5:
                return self._abstain(u, explain)  # "sign up as a stem cell donor": a near miss, not a question on it
            if u.followup:
                u = replace(u, topic=None, followup=False)
            intent = _medical_reading(u, self.intent_set)
        if intent == "symptom_check":
            return self._symptom_check(u, explain)
        if intent == "personal_advice":
            return self._personal_advice(u, explain)
        return self._medical(u, intent, explain)

    def _medical(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer:
        m = self.messages
        intent = self.intent_set.intent(intent_name)
        if u.topic is None:
            if not self._content_terms(u):
                return self.composer.answer(question=u.text, intent=intent_name, topic=None, confidence=0.3,
                                            lead=m.no_topic, abstained=True, suggestions=self._topic_list(),
                                            explanation=explain)
            if self._unknown_terms(u):
                return self._abstain(u, explain)
            hits, text_scores = self.retriever.for_intent(u, intent)
            best_text = float(text_scores[hits[0].passage.id]) if hits else 0.0
            if best_text < MIN_TEXT_SCORE or not hits or not self._covers(u, hits):
                return self._abstain(u, explain)
            picked = self.composer.select(hits)
            return self.composer.answer(question=u.text, intent=intent_name, topic=hits[0].passage.doc,
                                        confidence=min(1.0, u.intent_confidence * best_text * 2), picked=picked,
                                        explanation=explain)
        u = self._prefer_answering_document(u, intent.sections)
        topic = u.topic
        assert topic is not None
        hits, _ = self.retriever.for_intent(u, intent, content=self._content_text(u, intent_name))
        condition = topic.condition
        if condition is not None:
            mentions = self.retriever.mentions(condition.text)
            hits = [h for h in hits if mentions[h.passage.id] > 0]
            if not hits:
                links = self.retriever.condition_links(condition.text, topic.doc)
                if links:
                    return self.composer.answer(
                        question=u.text, intent=intent_name, topic=topic.doc, confidence=0.7 * topic.score,
                        picked=[(h.passage, h.score) for h in links], lead=m.link_intro,
                        values={"condition": condition.text}, explanation=explain)
        if not hits:
            title = self.corpus.document(topic.doc).title
            return self.composer.answer(question=u.text, intent=intent_name, topic=topic.doc, confidence=0.5,
                                        lead=m.not_in_documents, abstained=True, values={"topic": title},
                                        explanation=explain)
        picked = self.composer.select(hits)
        confidence = 0.5 * u.intent_confidence + 0.5 * min(1.0, topic.score)
        return self.composer.answer(question=u.text, intent=intent_name, topic=topic.doc, confidence=confidence,
                                    picked=picked, explanation=explain)

    def _symptom_check(self, u: Understanding, explain: Explanation) -> Answer:
        m = self.messages
        sections = self.intent_set.intent("symptom_check").sections
        hits = self.retriever.symptom_passages(tuple(t for t, _ in u.symptoms), sections) if u.symptoms else []
        if not hits and u.topic is not None:
            hits, _ = self.retriever.for_intent(u, self.intent_set.intent("symptoms"), content=self._content_text(u))
        picked = self.composer.select(hits) if hits else []
        topic = picked[0][0].doc if picked else None
        lead = f"{m.symptom_check} {m.symptom_quotes_intro}" if picked else m.symptom_check
        return self.composer.answer(question=u.text, intent="symptom_check", topic=topic,
                                    confidence=0.6 if picked else 0.3, picked=picked, lead=lead,
                                    after=m.symptom_check_after, abstained=not picked, explanation=explain)

    def _personal_advice(self, u: Understanding, explain: Explanation) -> Answer:
        """Refuse kindly to diagnose or prescribe; quote what the documents say about what was asked."""
        m = self.messages
        # "What are my chances?" is answered from the prognosis sections, "should I stop X" from treatment.
        intent = self.intent_set.intent(_medical_reading(u, self.intent_set))
        hits: list[Hit] = []
        if u.topic is not None and not u.followup:
            hits, _ = self.retriever.for_intent(u, intent, content=self._content_text(u))
        elif self._content_terms(u) and not self._unknown_terms(u):
            # Search by what they asked about ("imatinib"), not by how they asked ("should I stop").
            found, best = self.retriever.free(replace(u, query=self._content_text(u)))
            hits = found if best >= MIN_TEXT_SCORE else []
        if not hits and u.topic is not None:
            hits, _ = self.retriever.for_intent(u, intent, content=self._content_text(u))
        picked = self.composer.select(hits, limit=2) if hits else []
        topic = picked[0][0].doc if picked else None
        return self.composer.answer(question=u.text, intent="personal_advice", topic=topic,
                                    confidence=u.intent_confidence, picked=picked,
                                    lead=f"{m.personal_advice} {m.quotes_intro}" if picked else m.personal_advice,
                                    explanation=explain)

    def _abstain(self, u: Understanding, explain: Explanation) -> Answer:
        m = self.messages
        return self.composer.answer(question=u.text, intent="out_of_scope", topic=None,
                                    confidence=u.intent_confidence if u.intent == "out_of_scope" else 0.2,
                                    lead=m.abstain, after=m.other_topics, abstained=True,
                                    suggestions=self._topic_list(), explanation=explain)

    def _prefer_answering_document(self, u: Understanding, sections: tuple[str, ...]) -> Understanding:
        """When several documents match the name equally well, take one that has the section asked for."""
        if u.topic is None or not u.alternatives or not sections:
            return u
        wanted = {s.lower() for s in sections}
        tied = [u.topic] + [t for t in u.alternatives if t.score >= u.topic.score - _TIE and t.name.kind != "condition"]
        for t in tied:
            doc = self.corpus.document(t.doc)
            if any(s.heading.lower() in wanted for s in doc.sections):
                return replace(u, topic=t) if t is not u.topic else u
        return u

    def _check_followup(self, u: Understanding) -> Understanding:
        """A follow-up keeps the last topic unless its own words clearly point somewhere else."""
        if not u.followup or not self._content_terms(u):
            return u
        if self._unknown_terms(u):  # "what is osteoporosis" after a topic: a new subject we do not cover
            return replace(u, topic=None, followup=False)
        hits, best = self.retriever.free(u)
        if hits and best >= _OWN_WORDS_SCORE and u.topic is not None and hits[0].passage.doc != u.topic.doc:
            return replace(u, topic=None, followup=False)
        return u

    # -- helpers --------------------------------------------------------------------------------------------

    def _topic_list(self) -> tuple[str, ...]:
        titles = [d.title for d in self.corpus.documents]
        if len(titles) > _MAX_TOPICS_LISTED:
            titles = titles[: _MAX_TOPICS_LISTED - 1] + [f"... and {len(titles) - _MAX_TOPICS_LISTED + 1} more topics"]
        return tuple(titles)

    def _content_terms(self, u: Understanding, intent: str | None = None) -> list[str]:
        """The message's words that are about something, not how it asks: without the keywords of the
        intent answered (or of every intent) and the common question words."""
        keywords = self._keyword_terms if intent is None else self._intent_keyword_terms[intent]
        return [t for t in terms(u.query) if t not in keywords and t not in _QUESTION_WORDS]

    def _content_text(self, u: Understanding, intent: str | None = None) -> str:
        """What the message asks about beyond its intent and its topic's name ("grow back", "imatinib")."""
        content = set(self._content_terms(u, intent))
        words = fold(u.query).split()
        if u.topic is not None:
            doc = self.corpus.document(u.topic.doc)
            # Take out the name as typed, typos and all ("bone marow necrosys"), but keep its words when they
            # are used otherwise ("where is the bone pain in marrow necrosis").
            for name in sorted({fold(n) for n in (u.topic.name.text, doc.title)}, key=len, reverse=True):
                words = _without_name(words, name.split())
        return " ".join(w for w in words if stem(w) in content)

    def _covers(self, u: Understanding, hits: list[Hit]) -> bool:
        """With no topic, two or more words asked about must stand together somewhere ("bone cancer" does not)."""
        content = self._content_terms(u)
        if len(content) < 2:
            return True
        pairs = {(a, b) for a, b in zip(content, content[1:])}
        for h in hits:
            toks = terms(h.passage.text)
            if any(pair in pairs for pair in zip(toks, toks[1:])):
                return True
        return False

    def _unknown_terms(self, u: Understanding) -> list[str]:
        vocab = self.index.text_vec.vocabulary
        expanded = {t for e in u.expansions for t in terms(e.split(" = ", 1)[0])}
        return [t for t in self._content_terms(u) if t not in vocab and len(t) > 2 and t not in expanded]

    def _explain(self, u: Understanding) -> Explanation:
        return Explanation(
            intent_scores=tuple(u.scores.ranked[:5]), matched_examples=u.scores.examples,
            matched_terms=u.scores.terms, topic_evidence=(u.topic.evidence,) if u.topic else (),
            symptoms=tuple(f"{said} -> {term}" for term, said in u.symptoms),
            red_flags=tuple(f.name for f in u.red_flags), followup=u.followup, notes=u.expansions)


def _without_name(words: list[str], name: list[str]) -> list[str]:
    """Remove the run of words that spells a name (closely enough for a typo or two)."""
    if not name or not words:
        return words
    best: tuple[float, int, int] | None = None
    target = " ".join(name)
    for size in {max(1, len(name) - 1), len(name), len(name) + 1}:
        for start in range(0, max(0, len(words) - size) + 1):
            score = fuzz.ratio(" ".join(words[start : start + size]), target)
            if score >= _NAME_SPAN_SCORE and (best is None or score > best[0]):
                best = (score, start, size)
    if best is None:
        return words
    _, start, size = best
    return words[:start] + words[start + size :]


def _medical_reading(u: Understanding, intent_set: IntentSet) -> str:
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


_QUESTION_WORDS = frozenset(terms("mean means type types kind kinds get getting happen happens people person "
                                  "someone thing things like much many long find found done seen see look "
                                  "learn read tell know need want go goes going way ways"))
