"""A rare word asked about decides which sentence answers (a part of the answer policy, ``choose.DocumentChoice``)."""

from __future__ import annotations

from functools import cached_property

import numpy as np

from marrowbot.asked import Asked
from marrowbot.index import PassageIndex
from marrowbot.model import Hit
from marrowbot.retrieve import Retriever
from marrowbot.text import stem, terms
from marrowbot.text.questions import EVERYDAY
from marrowbot.understanding.understand import Understanding

#: A word asked about that at most this many sentences of all the documents use (of about 4,700) is a rare one
#: ("imatinib", 19): a sentence of the section asked for that uses it speaks to the question, however many other
#: words the message has.
RARE_WORD_SENTENCES = 25
EVERYDAY_TERMS = frozenset(stem(w) for w in EVERYDAY)


class RareWords:
    """Counts of the sentences using each word, and the check that reads them."""

    index: PassageIndex
    retriever: Retriever
    asked: Asked

    def uses_rare_asked(self, u: Understanding, content: str, hit: Hit, sections: tuple[str, ...]) -> bool:
        """Whether a sentence of a section of the kind asked for uses a rare word of what is asked (one few sentences
        of all the documents use, not the topic's name nor an everyday word): in a long message the other words tell
        the story ("my mom was on imatinib for years ... can that drug even cause this"), that word the thing asked
        about. Rare words weigh more than the share of all the words asked."""
        p = hit.passage
        if p.link_title or p.section.lower() not in {s.lower() for s in sections}:
            return False
        named = self.asked.name_terms(u)
        used = set(terms(p.text))
        for word in dict.fromkeys(w for w in content.split() if w not in EVERYDAY):
            t = terms(word)
            if len(t) != 1 or t[0] in named or t[0] not in used or t[0] in EVERYDAY_TERMS:
                continue
            if self._sentences_using(t[0]) <= RARE_WORD_SENTENCES:
                return True
        return False

    def _sentences_using(self, term: str) -> int:
        """How many sentences of all the documents use an index term (links and references aside): the length of
        the term's postings in the passage index, counted over the sentences that can be quoted."""
        row = self.index.text_vec.vocabulary.get(term)
        if row is None:
            return 0
        post = self.index._text_t
        return int(self._quotable[post.indices[post.indptr[row] : post.indptr[row + 1]]].sum())

    @cached_property
    def _quotable(self) -> np.ndarray:
        """Passages that are sentences of a page's own text (no links, no references)."""
        quotable: np.ndarray = self.retriever._front & ~self.retriever._is_link
        return quotable
