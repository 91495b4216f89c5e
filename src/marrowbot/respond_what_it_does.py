"""What a thing itself makes or does ("what does it actually make", "what does bone marrow do"): answered by the
sentence saying what it is and the rest of its paragraph, which goes on about "it"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marrowbot.compose import MAX_QUOTES
from marrowbot.model import Hit
from marrowbot.text import fold, terms
from marrowbot.text.questions import ASKS_WHAT_IT_DOES, ASKS_WHAT_IT_MAKES, TOPIC_PRONOUNS
from marrowbot.understanding.clauses import subject_words
from marrowbot.understanding.rules import RULE_WHAT_IT_MAKES
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

if TYPE_CHECKING:
    from marrowbot.asked import Asked
    from marrowbot.corpus import Corpus
    from marrowbot.retrieve import Retriever


class WhatItDoes:
    """Mixed into the Responder, which holds ``asked``, ``corpus`` and ``retriever``."""

    asked: Asked
    corpus: Corpus
    retriever: Retriever

    def _asks_what_it_does(self, u: Understanding, topic: Topic) -> bool:
        """True when a question asks what the topic's subject itself makes or does ("what does it actually make",
        "what does bone marrow do"), of no one: its subject is a pronoun for it or words of its name."""
        said = fold(u.query)
        m = ASKS_WHAT_IT_MAKES.search(said) or ASKS_WHAT_IT_DOES.search(said)
        if m is None:
            return RULE_WHAT_IT_MAKES in u.rules
        subject = set(terms(" ".join(subject_words(m)))) - set(terms(" ".join(TOPIC_PRONOUNS)))
        named = set(terms(topic.name.text)) | set(terms(self.asked.document(topic.doc).title))
        return subject <= named

    def _with_its_paragraph(self, hits: list[Hit], topic: Topic) -> list[Hit]:
        """The sentence saying what the topic is (its own definition, or its document's first sentence) with the rest
        of its paragraph after it, first and scored as the best ("Bone marrow is the spongy tissue ..." "It contains
        stem cells." "The stem cells can develop into the red blood cells ..."): what a thing does is said right after
        what it is, about "it"."""
        own = [h.passage for h in self.retriever.defining(topic.name.text, topic.doc, k=1)
               if h.passage.doc == topic.doc]
        p = own[0] if own else self.corpus.passage_at(topic.doc, 0)
        if p is None or p.link_title:
            return hits
        follow: list[Hit] = [Hit(p, hits[0].score)]
        q = self.corpus.passage_at(p.doc, p.position + 1)
        while q is not None and q.line == p.line and q.section == p.section and not q.link_title \
                and len(follow) < MAX_QUOTES:
            follow.append(Hit(q, hits[0].score))
            q = self.corpus.passage_at(p.doc, q.position + 1)
        ids = {h.passage.id for h in follow}
        return [*follow, *(h for h in hits if h.passage.id not in ids)]
