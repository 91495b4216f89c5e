"""With no condition named and none in the conversation, a question no seed sentence answers, about a thing a
library page speaks of ("what is the normal range for platelets", "can a low white cell count be dangerous"): a
sentence of that page using every word the question asks about answers it, rather than an abstention. Part of the
answer policy (``respond.Responder`` mixes it in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.choose import RULE_NEW_SUBJECT
from marrowbot.compose import Composer
from marrowbot.index import PassageIndex
from marrowbot.intents import IntentSet
from marrowbot.model import Answer, Explanation, Hit
from marrowbot.respond_plain import asks_what_it_is
from marrowbot.retrieve import MIN_TEXT_SCORE, Retriever
from marrowbot.text import terms
from marrowbot.text.questions import EVERYDAY, SYNONYMS
from marrowbot.understanding.clauses import asking_clauses
from marrowbot.understanding.conversation import RULE_NO_TOPIC
from marrowbot.understanding.understand import Understanding

RULE_LIBRARY = ("no condition named and none in the conversation, and no seed sentence answers: a library page's "
                "sentence uses every word the question asks about, answered from that page")
#: The question must ask about at least this many words (one word alone, "iron", is a subject, not a question).
LIBRARY_MIN_WORDS = 2
#: The words asked about must start within this many words of a sentence's start (its subject, not a thing
#: named in passing).
SUBJECT_START = 2
#: Other words that may stand among the words asked about.
_AMONG = 2
#: A sentence of fewer words is a list item or a heading's fragment ("Bone mineral density test."), naming a thing
#: without saying anything of it.
MIN_SENTENCE_WORDS = 5
#: The library sentences looked at.
_CANDIDATES = 12
#: How much an everyday word no document uses counts against the words asked about that one does.
EVERYDAY_WEIGHT = 0.5
_EVERYDAY_TERMS = frozenset(t for w in EVERYDAY for t in terms(w))


class LibraryAnswers:
    """Needs the tables ``Responder`` builds at load."""

    index: PassageIndex
    retriever: Retriever
    asked: Asked
    composer: Composer
    intent_set: IntentSet
    _section_intent: dict[str, str]
    _single_keywords: dict[str, frozenset[str]]
    _abstain: Callable[[Understanding, Explanation], Answer]  # (PlainAnswers)

    def asked_about(self, u: Understanding, intent_name: str,
                    besides: frozenset[str]) -> tuple[list[str], list[str], float]:
        """With no topic, the content words no document uses, those one does (``besides`` left out), and how much
        the unused ones weigh, of the clauses that ask only: the story or chat around a question ("ok different
        thing.", "I called them.", "the paramedics have her now.") is not what is asked about (``asking_clauses``,
        as ``Asked.unnamed_words``). An everyday word the documents never use ("is it bad", "can it be dangerous",
        "what shows up weird") weighs half: more often how a question is put than a subject of its own."""
        unknown = self.asked.unknown_terms(u, intent_name)  # (not "talk" in a request for support)
        content = self.asked.content_terms(u)
        asking = set(terms(asking_clauses(u.text)))
        told = set(terms(u.text)) - asking  # (the words of the other clauses alone)
        if unknown and asking & set(content):
            unknown = [t for t in unknown if t not in told]  # (the words it uses count wherever they are)
        weight = sum(EVERYDAY_WEIGHT if t in _EVERYDAY_TERMS else 1.0 for t in unknown)
        return unknown, [t for t in content if t not in unknown and t not in besides], weight

    def library_or_abstain(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer:
        """The library sentences that use every word asked about (``in_library``), or the abstention."""
        found = self.in_library(u, intent_name)
        if not found:
            return self._abstain(u, explain)
        kind = self._section_intent.get(found[0].passage.section.lower(), intent_name)
        if asks_what_it_is(u.text, intent_name) or kind not in self.intent_set.medical:
            kind = intent_name
        return self.composer.answer(question=u.text, intent=kind, topic=found[0].passage.doc,
                                    confidence=0.5 * u.intent_confidence + 0.25, picked=self.composer.select(found),
                                    explanation=replace(explain, rules=explain.rules + (RULE_LIBRARY,)))

    def in_library(self, u: Understanding, intent_name: str) -> list[Hit]:
        """With no topic, the sentences of one library page that each use every word the question asks about (its
        own words, or the documents' words for them), two words at least, together near the sentence's start
        (``_together``), in a section of the kind asked or a summary using a word of it; the best page's, best
        first. Empty when no sentence does: then the documents don't cover it."""
        # (Only a message read with no conversation topic: one whose topic was let go as a new subject, "what does
        # acquired mean here" about aplastic anemia, is no question about whatever library page uses its words.)
        if u.topic is not None or u.followup or RULE_NO_TOPIC not in u.rules or RULE_NEW_SUBJECT in u.rules:
            return []
        own = terms(self.asked.own_content_text(u, intent_name))
        if len(set(own)) < LIBRARY_MIN_WORDS:
            return []
        words = {t: {t, *(x for syn in SYNONYMS.get(t, ()) for x in terms(syn))} for t in own}
        ix = self.index
        scores = ix.text_scores(" ".join(sorted(set().union(*words.values()))))
        keep = self.retriever._front & ix.linked_passage & ~self.retriever._is_link & (scores > 0)
        if not keep.any():
            return []
        # (In a section of the kind asked, or in a page's summary using a word of that kind: "tests for the level of
        # iron in your blood" is no answer to what iron does in the blood, nor a summary's "low bone density is ...
        # associated with this condition" to how a bone density scan is done; "the risk of catching a virus from a
        # blood transfusion is low" is one to whether a transfusion can give you a virus.)
        kind = intent_name if intent_name in self.intent_set.medical else "definition"
        sections = {x.lower() for x in self.intent_set.intent(kind).sections}
        summary = {x.lower() for x in self.intent_set.intent("definition").sections}
        hits = [h for h in ix.top(scores, _CANDIDATES, keep)
                if h.score >= MIN_TEXT_SCORE
                and (h.passage.section.lower() in sections
                     or (h.passage.section.lower() in summary and bool(self._single_keywords[kind]
                                                                       & set(terms(h.passage.text)))))
                and len(terms(h.passage.text)) >= MIN_SENTENCE_WORDS
                and all(forms & set(terms(h.passage.text)) for forms in words.values())
                and _together(list(words), _own_forms(words, terms(h.passage.text)))]
        return [h for h in hits if h.passage.doc == hits[0].passage.doc] if hits else []


def _together(asked: list[str], said: list[str]) -> bool:
    """Whether the words asked about stand together near the start of a sentence, where it says what it is about:
    in any order, with at most two other words among them ("normal range for platelets": "A normal platelet count
    ranges ..."). A sentence using the words of a name apart ("bone ... cancer"), or naming the thing late, in
    passing among others ("..., such as high blood cholesterol, high blood pressure, or diabetes"), does not speak
    of it."""
    wanted = set(asked)
    for start in range(min(SUBJECT_START + 1, len(said))):
        if said[start] not in wanted:
            continue
        window = said[start:start + len(wanted) + _AMONG]
        if wanted <= set(window):
            return True
    return False


def _own_forms(words: dict[str, set[str]], said: list[str]) -> list[str]:
    """A sentence's words with each of the documents' words for an asked word put back as the asked word."""
    back = {x: t for t, forms in words.items() for x in forms}
    return [back.get(t, t) for t in said]
