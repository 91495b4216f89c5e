"""What a message is about: a document, or a condition a document names, even when misspelt or abbreviated."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from marrowbot.index import Name, PassageIndex
from marrowbot.text import STOPWORDS, name_words, stem

#: A name counts as found when this share of it is in the message (after the fuzzy check).
TOPIC_THRESHOLD = 0.78
#: A word of a name typed with a typo still counts if it is this close (rapidfuzz ratio).
WORD_TYPO_SCORE = 80.0
#: How much it counts that a name explains more of the message's words.
COVERAGE_WEIGHT = 0.2
#: A word of a name this long or longer also counts in another form of it (same stem).
STEM_MIN = 5
#: How much such a word counts: a little less than the word as the name has it ("Kidney Disease" is asked for
#: by "kidney disease" before "Kidney Diseases").
STEM_MATCH = 0.95
_CANDIDATES = 30


@dataclass(frozen=True)
class Topic:
    doc: str
    score: float
    name: Name
    evidence: str  # what in the message matched, for /why

    @property
    def condition(self) -> Name | None:
        return self.name if self.name.kind == "condition" else None


class TopicFinder:
    def __init__(self, index: PassageIndex, abbreviations: tuple[tuple[str, str], ...]) -> None:
        self.index = index
        self._name_words = index.name_words
        self._words = index.name_word_table
        self._abbrev = [(short, expansion, _needs_capitals(short)) for short, expansion in abbreviations]

    def expand(self, text: str) -> tuple[str, tuple[str, ...]]:
        """Append the expansion of each abbreviation used ("PV" -> "polycythemia vera")."""
        found = []
        tokens = set(re.findall(r"[A-Za-z0-9]+", text))
        lowered = {t.lower() for t in tokens}
        for short, expansion, capitals in self._abbrev:
            if (short in tokens) if capitals else (short.lower() in lowered):
                found.append(f"{short} = {expansion}")
                text = f"{text} ({expansion})"
        return text, tuple(found)

    def soft_match(self, i: int, query_words: list[str]) -> tuple[float, set[str]]:
        """Share of a name's (idf-weighted) words found in the message, each exactly or with a typo,
        and the message's words that matched."""
        words = self._name_words[i]
        if not words:
            return 0.0, set()
        total = got = 0.0
        qset = set(query_words)
        used: set[str] = set()
        stems: dict[str, str] | None = None
        for w in words:
            weight = self._words.idf(w)
            total += weight
            if w in qset:
                got += weight
                used.add(w)
                continue
            if len(w) >= STEM_MIN:
                # Another form of the name's word ("transplant" for "Transplantation", "transfusions"):
                # the same name, however much longer or shorter the form is.
                if stems is None:
                    stems = {stem(q): q for q in query_words if len(q) >= STEM_MIN}
                q = stems.get(stem(w), "")
                if q and (q.startswith(w) or w.startswith(q)):  # ("vaccines" is no form of "vaccination")
                    got += weight * STEM_MATCH
                    used.add(q)
                    continue
            if len(w) >= 4:
                best, match = 0.0, ""
                for q in query_words:
                    if abs(len(q) - len(w)) <= 2:
                        r = fuzz.ratio(w, q)
                        if r > best:
                            best, match = r, q
                if best >= WORD_TYPO_SCORE:
                    got += weight * best / 100.0
                    used.add(match)
        return got / total, used

    def candidates(self, text: str) -> list[Topic]:
        """Names found in the message, best first (several documents can share a name)."""
        names = self.index.names
        if not names:
            return []
        contained = self.index.name_scores(text)
        # Only the names with some evidence are ranked (a handful, not a library's tens of thousands).
        some = np.flatnonzero(contained >= 0.1)
        order = some[np.lexsort((some, -contained[some]))][:_CANDIDATES].tolist()
        query_words = _content_words(text)
        order.extend(self._typo_candidates(query_words))
        found: list[tuple[float, Topic]] = []
        asked = {w for w in query_words if w not in STOPWORDS}
        for i in dict.fromkeys(order):
            score, used = self.soft_match(int(i), query_words)
            if score < TOPIC_THRESHOLD:
                continue
            name = names[i]
            # Prefer the name that explains more of the message ("congenital lobar emphysema" over
            # "emphysema"), then documents' own names, then longer names.
            coverage = len(used & asked) / len(asked) if asked else 0.0
            rank = (score + COVERAGE_WEIGHT * coverage + (0.03 if name.kind != "condition" else 0.0)
                    + 0.001 * min(len(name.text), 60))
            found.append((rank, Topic(name.doc, min(1.0, score), name, name.text)))
        found.sort(key=lambda rt: -rt[0])
        return [t for _, t in found]

    def _typo_candidates(self, query_words: list[str]) -> list[int]:
        """Names that contain a word close to a misspelt word of the message ("shhignles" -> "Shingles")."""
        out: list[int] = []
        for w in query_words:
            if len(w) < 4 or w in self._words or w in STOPWORDS:
                continue
            near = self._words.near_in_length(len(w), WORD_TYPO_SCORE)
            for match, _, _ in process.extract(w, near, scorer=fuzz.ratio, score_cutoff=WORD_TYPO_SCORE, limit=3):
                out.extend(self._words.names_with(match)[:_CANDIDATES])
        return out


def _content_words(text: str) -> list[str]:
    return name_words(text)


def _needs_capitals(short: str) -> bool:
    # "ALL" and "ET" are also ordinary words: only their capitalised form counts.
    return short.lower() in STOPWORDS or short.lower() in {"et", "all", "pan", "aid", "cat"}
