"""A second page about the same condition, in one sentence: when the page answering a question of one kind has a
sibling page (the same condition from another publisher) that sums that kind up itself ("Symptoms include fatigue,
weakness, dizziness, and shortness of breath.", "Essential thrombocythemia is a disease in which too many platelets
are made in the bone marrow."), that sentence is quoted after the page's own. Pages differ in how plainly they say
a thing; the summing-up sentence of the plainer one is often the answer a reader looks for. A question with words of
its own ("the most common cause of anemia") answered by a sentence using them all gets the sibling's sentence that
uses them all too, where the pages say different things. A sibling whose section of the kind is about a side topic
(treatments for the itching) sums up nothing. Mixed into ``respond.Responder``."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from marrowbot.asked import Asked
from marrowbot.index import Name
from marrowbot.intents import Intent
from marrowbot.model import Hit
from marrowbot.retrieve import Retriever
from marrowbot.text import fold, terms
from marrowbot.text.questions import EVERYDAY, YES_NO
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

RULE_SIBLING = ("another page about the same condition sums the kind of question up in one sentence (or says all the "
                "words asked as well): quoted after the page's own")
#: The sibling's sentence scores this share of the answer's best (below it, above compose.KEEP_SHARE of nothing:
#: it is selected on its own).
SIBLING_SCORE = 0.9
#: A question's own words, at least this many, all used by a sibling's sentence too: that sentence is said as well.
SAYING_ALL_MIN_WORDS = 1


def plainness(sentence: str) -> float:
    """The share of a sentence's words that are everyday English words (``EVERYDAY``)."""
    said = re.findall(r"[a-z]+", fold(sentence))
    return sum(w in EVERYDAY for w in said) / len(said) if said else 0.0


class SiblingPages:
    """Needs the retriever and the reading of the question ``Responder`` builds at load."""

    retriever: Retriever
    asked: Asked

    def sibling_sentence(self, u: Understanding, intent: Intent, quoted: list[Hit]) -> list[Hit]:
        """The sentence of another page about the topic's condition that sums up the kind asked (for "what is
        it", the sentence saying what the condition is), when the question asks only its kind (no words of its
        own, not yes/no) and the answer does not quote it already; [] otherwise. The first sibling page, in corpus
        order, that has one."""
        topic = u.topic
        if topic is None or topic.condition is not None or not quoted or YES_NO.search(fold(u.text)):
            return []
        content = self.asked.content_text(u, intent.name).strip()
        if content:
            return self._saying_all(u, intent, content, quoted)
        have = {h.passage.text for h in quoted}
        title = fold(self.asked.document(topic.doc).title)
        best: tuple[float, Hit] | None = None
        pages = [topic.doc, *self.asked.same_titled(topic.doc)]
        exclude = self.asked.name_terms(u) | set(terms(u.query))
        for other in pages[1:]:
            if other in self.retriever.index.linked_docs and topic.doc not in self.retriever.index.linked_docs:
                continue  # (a seed answers from itself; the library is read after it)
            if intent.name != "definition" and self.retriever.side_topic(
                    other, intent, [p for p in pages if p != other], exclude | self.asked.name_terms_of(other)):
                continue  # (its section of the kind is about a side topic: "treatments for the itching")
            found = self._sums_up_kind(other, intent, title)
            if found is not None and found.passage.text not in have:
                # The plainest of the siblings' sentences ("a disease in which too many red blood cells are
                # made", not "characterized by an increased number of red blood cells"); ties: corpus order.
                plain = plainness(found.passage.text)
                if best is None or plain > best[0]:
                    best = (plain, found)
        return [] if best is None else [Hit(best[1].passage, SIBLING_SCORE * quoted[0].score)]

    def _sums_up_kind(self, doc: str, intent: Intent, title: str) -> Hit | None:
        """A page's sentence saying what its condition is (for a definition, on a page of the same title), or
        leading into a list of the kind's things or naming several of them ("Treatments include ...")."""
        r = self.retriever
        if intent.name == "definition":
            if fold(self.asked.document(doc).title) != title:
                return None
            own = [h for h in r.defining(self.asked.document(doc).title, doc, k=1) if h.passage.doc == doc]
            return own[0] if own else None
        a, b = r.index.doc_span(doc)
        worded = r._worded(intent)[a:b] & ~r._is_link[a:b] & r._front[a:b] & ~r._is_nested[a:b]
        lists = r._lists_it(worded, a, intent)
        if not lists.any():
            return None
        i = int(np.flatnonzero(lists)[0])
        return Hit(r.index.passages[a + i], 1.0)

    def _saying_all(self, u: Understanding, intent: Intent, content: str, quoted: list[Hit]) -> list[Hit]:
        """For a question with words of its own ("the most common cause of anemia"), answered by a sentence that uses
        them all: a sentence of another page about the same condition that uses them all too, in its section of the
        kind (or on a page that is one summary), when the answer does not quote it ("Blood loss is the most common
        cause ..." and "The most common cause of anemia is not having enough iron": the pages differ, both are
        said). [] otherwise; the first such page, in corpus order."""
        topic = u.topic
        assert topic is not None
        asked = set(terms(content))
        if len(asked) < SAYING_ALL_MIN_WORDS or self.asked.coverage(u, content, quoted[0].passage.text) < 1.0:
            return []
        have = {h.passage.text for h in quoted}
        ix = self.retriever.index
        for other in self.asked.same_titled(topic.doc):
            if other in ix.linked_docs and topic.doc not in ix.linked_docs:
                continue
            a, b = ix.doc_span(other)
            doc = self.asked.document(other)
            summary_only = len(doc.sections) == 1
            answering = self.retriever.section_bonus(intent.sections)[ix.passage_section[a:b]] > 0
            keep = self.retriever._front[a:b] & ~self.retriever._is_link[a:b] & (answering | summary_only)
            there = replace(u, topic=Topic(other, topic.score, Name(doc.title, other, "title"), topic.evidence))
            for i in np.flatnonzero(keep):
                p = ix.passages[a + int(i)]
                if p.text not in have and asked <= set(terms(p.text)) \
                        and self.asked.coverage(there, content, p.text) >= 1.0:
                    return [Hit(p, SIBLING_SCORE * quoted[0].score)]
        return []
