"""A close call of the intent model between two medical kinds, settled by the kinds' own words: "are any bone marrow
diseases genetic" reads a little more like asking for support groups ("are there any ...") than for genetics, but
says "genetic" and no word of support; the kind whose own word is said answers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from marrowbot.intents import IntentSet
from marrowbot.text import fold, terms
from marrowbot.understanding.conversation import Reading
from marrowbot.understanding.intent_model import IntentScores

#: The model's best kind gives way to the next only when it is ahead by less than this (a close call).
CLOSE_CALL = 0.05
#: A best guess that what something is was asked never gives way: such a question often says another kind's word as
#: the thing it asks about ("what happens in a transplant", "so the cells are just dying in there??").
WHAT_IT_IS = "definition"

RULE_KIND_WORDS = ("the intent model was torn between two kinds of question: the one whose own word the message says "
                   "(and not the other's)")


class KindWords:
    """Each medical kind's keywords (intents.yml), to tell which kinds a message names by their own words."""

    def __init__(self, intent_set: IntentSet) -> None:
        self.medical = intent_set.medical
        # (a keyword of one word as its index term; one of several words as a phrase: "how do you get" is no "get")
        self._words = {i.name: frozenset(t for k in i.keywords if " " not in k.strip() for t in terms(k))
                       for i in intent_set.intents if i.name in self.medical}
        self._phrases = {i.name: tuple(re.compile(rf"\b{re.escape(fold(k))}\b") for k in i.keywords
                                       if " " in k.strip())
                         for i in intent_set.intents if i.name in self.medical}

    def says(self, kind: str, text: str) -> bool:
        """True when a message says one of a medical kind's own words or phrases."""
        said = fold(text)
        return bool(self._words.get(kind, frozenset()) & set(terms(said))) \
            or any(p.search(said) for p in self._phrases.get(kind, ()))

    def settled(self, scores: IntentScores, text: str, names: Iterable[str] = ()) -> tuple[str, float] | None:
        """The runner-up kind and its probability, when the model's two best are medical kinds close to each other
        and the message says the runner-up's own words but none of the best's; else None. The ``names`` of things
        the message names are not its words of asking ("what happens in a bone marrow transplant": no treatment
        word)."""
        if len(scores.ranked) < 2:
            return None
        (best, p), (second, q) = scores.ranked[:2]
        if best not in self.medical or best == WHAT_IT_IS or second not in self.medical or p - q >= CLOSE_CALL:
            return None
        said = f" {fold(text)} "
        for name in sorted({fold(n) for n in names}, key=len, reverse=True):
            said = said.replace(f" {name} ", " ")
        if self.says(best, said) or not self.says(second, said):
            return None
        return second, q


def noted(r: Reading, settled: tuple[str, float] | None) -> Reading:
    """The reading with this rule shown (``/why``) when the kind it settled is still the reading's."""
    return replace(r, rules=(*r.rules, RULE_KIND_WORDS)) if settled is not None and r.intent == settled[0] else r
