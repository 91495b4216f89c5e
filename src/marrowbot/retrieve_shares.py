"""The share of the asked words a sentence uses, and which section headings a message names: the word-level
scores the retriever adds to its cosine ones (a mixin of ``Retriever``; read-only)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

import numpy as np

from marrowbot.index import PassageIndex
from marrowbot.text import fold, terms
from marrowbot.text.questions import SYNONYMS
from marrowbot.understanding.understand import Understanding

#: A sentence saying which of its kind are the common ones, for a question asking the usual ones, gets this (above a
#: list's lead-in and a section's opening).
USUAL_BONUS = 0.6
#: The words (as index terms) of a question asking the usual ones, and of a sentence saying which those are.
_USUAL_ASKED = frozenset(terms("usual usually common commonest commonly typical typically main mainly"))
_USUAL_SAID = frozenset(terms("common commonly usual usually typical typically"))
#: A word asked with this long (as a term) names a heading that is it with at most _HEADING_FORM_MORE letters more
#: ("gene": "Genetic changes"; not "child": "Children", another kind of section).
_HEADING_FORM_MIN = 4
_HEADING_FORM_MORE = 2


class WordShares:
    index: PassageIndex

    def _share_used(self, words: str, span: slice) -> np.ndarray:
        """For the passages of a span: the share of the distinct terms of ``words`` each one uses."""
        vocab = self.index.text_vec.vocabulary
        post = self.index._text_t
        wanted = set(terms(words))
        out = np.zeros(int(span.stop) - int(span.start))
        for t in wanted:
            row = vocab.get(t)
            if row is None:
                continue
            ids = post.indices[post.indptr[row] : post.indptr[row + 1]]
            ids = ids[(ids >= span.start) & (ids < span.stop)] - span.start
            out[ids] += 1.0
        return out / len(wanted) if wanted else out

    def _share_of_forms(self, forms: tuple[frozenset[str], ...], also: str, span: slice) -> np.ndarray:
        """For the passages of a span: the share of the asked words each one uses, a word counted as used when the
        passage uses any of its forms (and each of the intent's words ``also`` asked with)."""
        groups = [*forms, *(frozenset({t}) for t in set(terms(also)) if not any(t in g for g in forms))]
        vocab = self.index.text_vec.vocabulary
        post = self.index._text_t
        n = int(span.stop) - int(span.start)
        out = np.zeros(n)
        for group in groups:
            used = np.zeros(n, dtype=bool)
            for t in group:
                row = vocab.get(t)
                if row is None:
                    continue
                ids = post.indices[post.indptr[row] : post.indptr[row + 1]]
                used[ids[(ids >= span.start) & (ids < span.stop)] - span.start] = True
            out += used
        return out / len(groups) if groups else out

    def _heading_query(self, query: str, synonyms: bool = True) -> str:
        """A message as matched against section headings: with the documents' words for its everyday words (unless
        not ``synonyms``), and a heading's longer form of a word it asks with ("which gene": "Genetic changes")."""
        said = with_synonyms(query) if synonyms else query
        headings = self.index.head_vec.vocabulary
        extra = [h for t in set(terms(query)) if len(t) >= _HEADING_FORM_MIN and t not in headings
                 for h in self._headings_starting(t) if len(h) - len(t) <= _HEADING_FORM_MORE]
        return f"{said} {' '.join(sorted(extra))}" if extra else said

    @cached_property
    def _heading_words(self) -> list[str]:
        """The headings' vocabulary, sorted, read once (not a pass over every heading word at each message)."""
        return sorted(self.index.head_vec.vocabulary)

    def _headings_starting(self, start: str) -> list[str]:
        """The heading words that start with ``start`` (a run of the sorted vocabulary)."""
        words = self._heading_words
        out: list[str] = []
        for h in words[bisect_left(words, start):]:
            if not h.startswith(start):
                break
            out.append(h)
        return out

    def _asked_usual(self, u: Understanding, candidates: np.ndarray, span: slice) -> np.ndarray:
        """For a question asking the usual ones of its kind ("what are the usual signs", "the main symptoms"): the
        sentences of the kind's sections that say which are the common ones ("The most common symptom of ... is
        fatigue") answer it, before the section's general opening."""
        if not _USUAL_ASKED & set(terms(u.query)) or not candidates.any():
            return np.zeros(len(candidates))
        return USUAL_BONUS * (candidates & (self._share_used(" ".join(sorted(_USUAL_SAID)), span) > 0))


def with_synonyms(query: str) -> str:
    """A message with the documents' words for its everyday words added ("kids" -> "children"), for matching
    section headings."""
    extra = [s for w in fold(query).split() for s in SYNONYMS.get(w, ())]
    return f"{query} {' '.join(extra)}" if extra else query
