""""What's the difference between acute and chronic" about a topic: a sentence of the topic's page on each side
("Chronic leukemia grows slowly." and "In acute leukemia, the cells are very abnormal ..."), or one saying both.
Mixed into ``respond.Responder``."""

from __future__ import annotations

import re

from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.model import Hit
from marrowbot.text import fold, terms
from marrowbot.understanding.understand import Understanding

#: Asks how two things differ (folded), the sides ending the message: "difference between A and B", "A vs B" ("how
#: is A different from B" is not read).
_COMPARE = re.compile(r"\bdifferen(?:ce|ces)\s+between\s+(?:an?\s+|the\s+)?(?P<a>[a-z][a-z ]{0,30}?)\s+and\s+"
                      r"(?:an?\s+|the\s+)?(?P<b>[a-z][a-z ]{0,30}?)\s*$|"
                      r"^(?:(?:and|so|ok|okay|but)\s+)*(?P<c>[a-z][a-z ]{0,30}?)\s+(?:vs|versus)\s+"
                      r"(?P<d>[a-z][a-z ]{0,30}?)\s*$")
RULE_COMPARED = "asks how two things differ: a sentence of the topic's page on each (or one saying both)"
#: A side named in at most this many words.
_SIDE_WORDS = 3


class ComparedSides:
    """Needs the tables ``Responder`` builds at load."""

    corpus: Corpus
    index: PassageIndex

    def compared(self, u: Understanding) -> list[Hit]:
        """The sentences of the topic's page that say how two things asked about differ: one naming both, or one
        naming each (the first in reading order); none unless both sides are spoken of."""
        m = _COMPARE.search(fold(u.query).strip(" ?"))
        if m is None or u.topic is None or u.topic.condition is not None:
            return []
        a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        name = set(terms(u.topic.name.text)) | set(terms(self.corpus.document(u.topic.doc).title))
        one, other = set(terms(a)) - name, set(terms(b)) - name
        if not one or not other or len(a.split()) > _SIDE_WORDS or len(b.split()) > _SIDE_WORDS or one & other:
            return []
        both: Hit | None = None
        sides: dict[str, Hit] = {}
        for pid in self.corpus.passage_ids(u.topic.doc):
            p = self.index.passages[pid]
            if p.link_title or len(p.text.split()) < 3 or not p.text.rstrip().endswith("."):
                continue  # (a list item, "Acute myeloid leukemia", names a kind; it says nothing of it)
            said = set(terms(p.text))
            if one | other <= said:
                both = both or Hit(p, 1.0)
            elif one <= said:
                sides.setdefault("a", Hit(p, 0.9))
            elif other <= said:
                sides.setdefault("b", Hit(p, 0.9))
        if both is not None:
            return [both, *sides.values()][:2]
        return [sides["a"], sides["b"]] if len(sides) == 2 else []
