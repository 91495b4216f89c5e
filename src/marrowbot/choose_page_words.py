"""Another page about the same condition whose sentence says more of the words asked answers the question (a part of
the answer policy, ``choose.DocumentChoice``)."""

from __future__ import annotations

from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.choose_rare import EVERYDAY_TERMS
from marrowbot.index import Name
from marrowbot.text import fold, terms
from marrowbot.text.questions import YES_NO
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

#: Share of the question's own words a sentence must use to be chosen for them rather than for its section.
MIN_COVERAGE = 0.5
RULE_ASKED_WORDS = ("a sentence of another page about the same condition uses more of the words asked (a yes/no "
                    "question's own word for its kind among them): answered from that page")
RULE_OWN_WORDS = ("a sentence of another page about the same condition says all the words asked, more of them than "
                  "any sentence of this page: answered from that page")


class PageUsingMost:
    """Needs ``best_share`` (``choose.DocumentChoice``) and the reading of the question."""

    asked: Asked

    def best_share(self, u: Understanding, words: str, doc: str, sections: tuple[str, ...] = (),
                   within: bool = False) -> tuple[float, ...]:
        raise NotImplementedError

    def _page_using_most(self, u: Understanding, words: str, sections: tuple[str, ...], within: bool = False,
                         chosen_by: tuple[str, ...] = ()) -> Understanding:
        """Another page about the same condition whose sentence uses more of the words asked than any sentence of
        the conversation's page answers. For a yes/no question ("can a transplant cure it": "... transplants may
        cure the disorder"; with as many, one that says them in the section asked for: "is MDS a cancer", the
        summary's "Myelodysplastic syndromes are a group of cancers ...", not "... treatment for cancer" in Causes).
        For any other question with words of its own ("he sometimes feels sad about it", "what helps when a pain
        crisis starts"), when that sentence says every one of them as asked and uses more of them than any sentence
        of the conversation's page (a tie stays on the page: the section it is in does not move the conversation).
        A question asking only its kind ("how is it treated") stays on the page, as does one whose page another rule
        chose, or one whose only word of its own is an everyday one ("what kind of sickness", "treatment options":
        how it asks, not what it asks about)."""
        if u.topic is None or u.topic.condition is not None or not words.strip():
            return u
        yes_no = bool(YES_NO.search(fold(u.text)))
        if not yes_no and (within or set(u.rules) & set(chosen_by) or _one_everyday_word(words)):
            return u  # (a page another rule chose for this question, "its section is about a side topic", stays)
        others = self.asked.same_titled(u.topic.doc)
        if not others:
            return u
        here = self.best_share(u, words, u.topic.doc, sections, within)
        best, page = here, ""
        for other in others:
            share = self.best_share(u, words, other, sections, within)
            if share > best:
                best, page = share, other
        if not page or best[0] < MIN_COVERAGE:
            return u
        if not yes_no and (best[1] < 1.0 or best[:2] <= here[:2]):
            return u
        doc = self.asked.document(page)
        return replace(u, topic=Topic(page, u.topic.score, Name(doc.title, page, "title"), u.topic.evidence),
                       rules=u.rules + ((RULE_ASKED_WORDS,) if yes_no else (RULE_OWN_WORDS,)))


def _one_everyday_word(words: str) -> bool:
    """Whether the words asked are a single everyday word ("sickness", "options", "low")."""
    said = set(terms(words))
    return len(said) == 1 and said <= EVERYDAY_TERMS
