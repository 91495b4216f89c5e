"""Sentences a question describes rather than names: what something is done for ("why do they do it then"), and
the name of what a message describes ("my marrow makes too many red cells, what is that called"). Part of the
answer policy (``choose.DocumentChoice`` mixes it in); read-only."""

from __future__ import annotations

from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.index import PassageIndex
from marrowbot.model import Hit
from marrowbot.retrieve import Retriever
from marrowbot.text import fold, stem, terms
from marrowbot.text.questions import (
    ASKS_NAME,
    ASKS_NAME_OF,
    ASKS_PURPOSE,
    DEFINES,
    DEFINING_NEXT,
    GIVES_PURPOSE,
    SYNONYMS,
)
from marrowbot.understanding.understand import Understanding

RULE_PURPOSE = "asks what it is done for: the topic's sentences that say what it is for (its hope, what it treats)"
#: At most this many sentences answer a question about what something is for.
PURPOSE_SENTENCES = 2
RULE_NAMED_FOR = ("asks for the name of what it describes: the sentence, in any document, that says what is "
                  "called so, using the words of the description")
#: A sentence naming what a message describes uses this share of the description's words.
NAMING_COVERAGE = 0.75
NAMING_MIN_WORDS = 2
#: How many of the best-matching sentences are read for one that names the thing described.
NAMING_CANDIDATES = 30


class DescribedThings:
    """The described-thing half of the answer policy; ``Responder`` provides the tables it reads."""

    index: PassageIndex
    retriever: Retriever
    asked: Asked

    def _purpose(self, u: Understanding) -> list[Hit]:
        """For "why do they do it then" (after a question about a transplant's risks): the topic's sentences that
        say what it is for ("Doctors use these transplants to treat ...", "... the best hope for a cure"), the
        later ones first (a page says the hope after the risks)."""
        asks = any(ASKS_PURPOSE.search(fold(t).strip()) for t in (u.query, u.text))  # (the query may end in a name)
        if u.topic is None or u.topic.condition is not None or not asks:
            return []
        a, b = self.index.doc_span(u.topic.doc)
        found = [p for p in self.index.passages[a:b] if not p.link_title and GIVES_PURPOSE.search(fold(p.text))]
        found = found[-PURPOSE_SENTENCES:]
        return [Hit(p, 1.0 - 0.01 * i) for i, p in enumerate(reversed(found))]

    def _named_for(self, u: Understanding) -> list[Hit]:
        """For a message asking the name of what it describes ("my marrow makes too many red cells, what is that
        called"), with no symptom of a person's in it: the sentence of any document that uses most of the
        description's words, one that says what a named thing is first ("X is a disease in which ...")."""
        folded = fold(u.query)
        framed = ASKS_NAME_OF.search(folded)
        if u.symptoms or not (framed or ASKS_NAME.search(folded)):
            return []
        # ("what's the squishy stuff inside bones called": the words between the asking are the description)
        description = (framed.group("desc") or framed.group("desc2")) if framed else ASKS_NAME.sub(" ", folded)
        wanted = set(self.asked.content_terms(replace(u, query=description)))
        if len(wanted) < NAMING_MIN_WORDS:
            return []
        # A lay word counts as the documents' word for it ("squishy": "spongy").
        forms = {t: {t} for t in wanted}
        for w in description.split():
            if w in SYNONYMS and stem(w) in forms:
                forms[stem(w)] |= set(terms(" ".join(SYNONYMS[w])))
        ix = self.index
        r = self.retriever
        keep = r._front & ~r._is_link
        text = ix.text_scores(" ".join(sorted(set().union(*forms.values()))))
        said = description.split()
        pairs = {f" {a} {b} " for a, b in zip(said, said[1:])}  # "too many", "red cells": said together
        best: list[tuple[tuple[float, int, int, int], Hit]] = []
        for h in ix.top(text, NAMING_CANDIDATES, keep):
            p = h.passage
            used = set(terms(p.text))
            share = sum(1 for f in forms.values() if f & used) / len(wanted)
            if share < NAMING_COVERAGE:
                continue
            folded_p = f" {' '.join(fold(p.text).split())} "
            m = DEFINES.match(folded_p.strip())
            names = m is not None and (m.group("next") in DEFINING_NEXT or " in which " in folded_p)
            # (most of the description first, then words said together, then a seed document's before a linked
            # page's, then a sentence saying what a named thing is)
            seed = 0 if p.doc not in ix.linked_docs else 1
            best.append(((-share, -sum(x in folded_p for x in pairs), seed, 0 if names else 1), h))
        best.sort(key=lambda sh: sh[0])
        return [h for _, h in best[:1]]
