"""Reading a document's sections by what they say: whether its section for a kind of question is about a side
topic ("treatments for the itching ..."), and which of its sentences say what kinds of something there are. Mixed
into ``retrieve.Retriever``."""

from __future__ import annotations

import numpy as np

from marrowbot.index import PassageIndex
from marrowbot.intents import Intent
from marrowbot.text import fold, terms
from marrowbot.text.questions import GIVES_KINDS, leads_into_list, names_several

#: A question asking what kinds there are: a sentence listing the kinds (wherever it is in the page) gets this,
#: more than the section the kind of question prefers (SECTION_BONUS[0] + LIST_LEAD) and a content word it shares;
#: one that only says there are kinds ("many different types of cells"), this share of it.
GIVES_KINDS_BONUS = 1.5
SAYS_KINDS_SHARE = 0.3
#: A section of the kind asked for is about a side topic when one word of its own (not the condition's name, not
#: the kind's words, not asked about) is in this share of its sentences ("treatments for the itching ...": 6 of 8),
SIDE_TOPIC_SHARE = 0.5
#: ... in at least this many of them,
SIDE_TOPIC_MIN_SENTENCES = 3
#: ... its opening sentence among them, and in no more than this share of the same kind's sentences on the other
#: pages about the condition.
SIDE_TOPIC_ELSEWHERE = 0.2


class KindSentences:
    """Needs the retriever's index, masks and caches (``retrieve.Retriever`` provides them)."""

    index: PassageIndex
    _is_link: np.ndarray
    _front: np.ndarray
    _kind_cache: dict[tuple[str, str], list[frozenset[str]]]

    def section_bonus(self, sections: tuple[str, ...]) -> np.ndarray:
        raise NotImplementedError

    def _kind_terms(self, intent: Intent) -> frozenset[str]:
        raise NotImplementedError

    def _folded_text(self, pid: int) -> str:
        raise NotImplementedError

    def kind_sentences(self, doc: str, intent: Intent) -> list[frozenset[str]]:
        """The terms of each prose sentence of a document's best section for a kind of question (cached)."""
        cached = self._kind_cache.get((doc, intent.name))
        if cached is None:
            cached = self._kind_cache[doc, intent.name] = self._kind_sentences(doc, intent)
        return cached

    def _kind_sentences(self, doc: str, intent: Intent) -> list[frozenset[str]]:
        a, b = self.index.doc_span(doc)
        bonus = self.section_bonus(intent.sections)[self.index.passage_section[a:b]]
        if not (bonus > 0).any():
            return []
        best = (bonus >= bonus[bonus > 0].max()) & ~self._is_link[a:b] & self._front[a:b]
        return [frozenset(terms(self.index.passages[a + int(i)].text)) for i in np.flatnonzero(best)]

    def side_topic(self, doc: str, intent: Intent, others: list[str], exclude: set[str]) -> str:
        """The word a document's section for a kind of question is about when it is a side topic, not the
        condition itself: used by most of its sentences, rarely by that section on the other pages about the same
        condition (Polycythemia vera's Treatment at GARD is about "itching" only). "" for a section about the
        condition; ``exclude``: the condition's names, the kind's words and the words asked about."""
        own = self.kind_sentences(doc, intent)
        if len(own) < SIDE_TOPIC_MIN_SENTENCES:
            return ""
        elsewhere = [s for o in others for s in self.kind_sentences(o, intent)]
        if not elsewhere:
            return ""
        d = self.index.corpus.document(doc)
        # (The name's initials are the name: "PV" for Polycythemia vera.)
        exclude = exclude | {"".join(w[0] for w in fold(n).split()) for n in (d.title, *d.aliases) if n.strip()}
        counts: dict[str, int] = {}
        for sentence in own:
            for t in sentence - exclude - self._kind_terms(intent):
                counts[t] = counts.get(t, 0) + 1
        for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if n < max(SIDE_TOPIC_MIN_SENTENCES, SIDE_TOPIC_SHARE * len(own)):
                break
            if t not in own[0]:
                continue  # (a section about a side topic says so in its opening: "... treatments for the itching")
            if sum(t in s for s in elsewhere) <= SIDE_TOPIC_ELSEWHERE * len(elsewhere):
                return t
        return ""

    def _gives_kinds(self, span: slice, offset: int) -> np.ndarray:
        """For the passages of a span: 1 for a sentence listing the kinds of something there are ("There are two
        main types of stem cells: embryonic ..."), SAYS_KINDS_SHARE for one that only says there are kinds."""
        out = np.zeros(int(span.stop) - int(span.start))
        for i in range(len(out)):
            text = self._folded_text(i + offset)
            if GIVES_KINDS.search(text):
                raw = self.index.passages[i + offset].text
                out[i] = 1.0 if ":" in raw or leads_into_list(raw) or names_several(raw) else SAYS_KINDS_SHARE
        return out
