"""Whether a follow-up read in the conversation's topic is about another subject no document covers.

A message that names no condition is read in the conversation's topic (conversation rule 4). When what it asks about
is a thing no document names ("is rosacea like acne", "my baby has eczema, what helps") and it does not point back at
the conversation's condition ("does turmeric cure it" does), it is about another subject: not covered, never answered
from the topic's page nor with "the documents don't say that about <topic>"."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.choose import question_clauses
from marrowbot.messages import Messages
from marrowbot.text import fold, stem
from marrowbot.text.questions import DEFINE_TERM, FILLER_PHRASES, MESSAGE_CLAUSE_END
from marrowbot.understanding.understand import Understanding

RULE_OTHER_SUBJECT = ("a follow-up about a thing no document names that does not point back at the conversation's "
                      "condition (or asks what that thing is): another subject, not covered")
#: Words pointing back at the conversation's condition, or at the person it is about (folded).
_POINTS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|them|they|their|he|him|his|she|her)\b")
#: Where a clause starts asking what something is (folded).
_ASKS_WHAT = re.compile(r"\b(?:what|whats|define|explain)\b")
#: What someone is told to have ("my baby has eczema", "a friend with gout"; folded): the thing is group "thing".
_HAS_A = re.compile(r"\b(?:has|have|had|got|gets|get|with)\s+(?:a |an |the |some |bad |really bad )?(?P<thing>[a-z]+)")


class OtherSubject:
    asked: Asked
    messages: Messages

    def unnamed(self, u: Understanding, words: list[str] | None = None) -> list[str]:
        raise NotImplementedError

    def _strange_asked(self, u: Understanding) -> list[str]:
        raise NotImplementedError

    def _more_of_the_page(self, u: Understanding, unknown: list[str]) -> bool:
        raise NotImplementedError

    def other_subject(self, u: Understanding, intent: str, medical: frozenset[str]) -> bool:
        """True for a follow-up (no condition named) that asks about a thing no document uses any form of, and either
        asks what that thing is ("what is plantar fasciitis? a friend has it") or says nothing pointing back at the
        conversation's condition in the clauses that ask ("is rosacea the same as acne")."""
        # (not a request for material to read, "any printable handouts?", nor a word of another language)
        if not u.followup or u.topic is None or intent not in medical or intent == "support" \
                or self.messages.lang != "en":
            return False
        if _POINTS_BACK.search(question_clauses(u.text) or fold(u.text)):  # ("my wife has X on her arm, what helps")
            # (only what a thing no document names is: "what is plantar fasciitis? a friend has it")
            return any(self._strange_defined(u, c) for c in MESSAGE_CLAUSE_END.split(u.text))
        # (unless more of its words are the page's: "in myeloproliferative disorders, which line is overproduced")
        strange = self._strange_asked(u)
        return (bool(strange) and not self._more_of_the_page(u, [stem(w) for w in strange])) \
            or any(self._strange_had(u, c) for c in MESSAGE_CLAUSE_END.split(u.text))

    def _strange_defined(self, u: Understanding, clause: str) -> bool:
        """True when a clause asks what a thing no document names is ("but what is plantar fasciitis?")."""
        said = fold(clause)
        start = _ASKS_WHAT.search(said)  # (from its asking words on: "different topic - what is X?")
        m = DEFINE_TERM.match(FILLER_PHRASES.sub(" ", said[start.start():]).strip()) if start else None
        if m is None:
            return False
        part = replace(u, text=clause, query=clause)
        return bool(set(self.unnamed(part, self.asked.strange_words(part))) & set(m.group("term").split()))

    def _strange_had(self, u: Understanding, clause: str) -> bool:
        """True when a clause tells that someone has a thing no document names ("my baby has eczema")."""
        had = {m.group("thing") for m in _HAS_A.finditer(fold(clause))}
        if not had:
            return False
        part = replace(u, text=clause, query=clause)
        return bool(set(self.unnamed(part, self.asked.strange_words(part))) & had)
