"""A close call of the intent model between two medical kinds, settled by the kinds' own words: "are any bone marrow
diseases genetic" reads a little more like asking for support groups ("are there any ...") than for genetics, but
says "genetic" and no word of support; the kind whose own word is said answers."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.intents import IntentSet
from marrowbot.text import fold, terms
from marrowbot.understanding.conversation import Reading
from marrowbot.understanding.intent_model import IntentScores

#: The model's best kind gives way to the next only when it is ahead by less than this (a close call).
CLOSE_CALL = 0.05

RULE_KIND_WORDS = ("the intent model was torn between two kinds of question: the one whose own word the message says "
                   "(and not the other's)")


class KindWords:
    """Each medical kind's keywords (intents.yml), to tell which kinds a message names by their own words."""

    def __init__(self, intent_set: IntentSet) -> None:
        self.medical = intent_set.medical
        self._words = {i.name: frozenset(t for k in i.keywords if len(terms(k)) == 1 for t in terms(k))
                       for i in intent_set.intents if i.name in self.medical}
        self._phrases = {i.name: tuple(re.compile(rf"\b{re.escape(fold(k))}\b") for k in i.keywords
                                       if len(terms(k)) > 1)
                         for i in intent_set.intents if i.name in self.medical}

    def says(self, kind: str, text: str) -> bool:
        """True when a message says one of a medical kind's own words or phrases."""
        said = fold(text)
        return bool(self._words.get(kind, frozenset()) & set(terms(said))) \
            or any(p.search(said) for p in self._phrases.get(kind, ()))

    def settled(self, scores: IntentScores, text: str) -> tuple[str, float] | None:
        """The runner-up kind and its probability, when the model's two best are medical kinds close to each other
        and the message says the runner-up's own words but none of the best's; else None."""
        if len(scores.ranked) < 2:
            return None
        (best, p), (second, q) = scores.ranked[:2]
        if best not in self.medical or second not in self.medical or p - q >= CLOSE_CALL:
            return None
        if self.says(best, text) or not self.says(second, text):
            return None
        return second, q


def noted(r: Reading, settled: tuple[str, float] | None) -> Reading:
    """The reading with this rule shown (``/why``) when the kind it settled is still the reading's."""
    return replace(r, rules=(*r.rules, RULE_KIND_WORDS)) if settled is not None and r.intent == settled[0] else r
