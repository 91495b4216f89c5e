"""Speed only: the words of a list a word of n letters can match at a rapidfuzz ratio of ``score`` or more, for
looking a typo up among only those (the rest cannot reach the score). Used by the topic finder's name-word
table (``index.NameWords``) and by ``Asked`` for the names' words."""

from __future__ import annotations

import math
from collections.abc import Sequence


class ByLength:
    """A list of words, and for each length of a word asked about, the ones that can match it (in list order)."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        self._near: dict[tuple[int, float], list[str]] = {}

    def near(self, n: int, score: float) -> list[str]:
        """The words that a word of n letters can match at a ratio of ``score`` or more: 2·common/(n+m) >=
        score/100 needs n·s/(200-s) <= m <= n·(200-s)/s (bounds rounded outwards: a word too many is harmless)."""
        key = (n, score)
        found = self._near.get(key)
        if found is None:
            lo, hi = math.floor(n * score / (200 - score)), math.ceil(n * (200 - score) / score)
            found = [w for w in self.words if lo <= len(w) <= hi]
            if n <= 64:  # (a pasted 5,000-letter "word" is looked through once, not remembered)
                self._near[key] = found
        return found
