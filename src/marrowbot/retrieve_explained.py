"""Sentences that explain a term without saying "<term> is ...": the plain words in brackets after it ("jaundice (a
yellowish color of the skin or whites of the eyes)"), the plain words before it ("a yellowish color of the skin,
known as jaundice") or what it means after it ("inherited in an autosomal recessive pattern, which means both copies
of the gene ... have mutations"), or what it does in a clause after it ("the platelets that help with blood
clotting"). Mixed into ``retrieve.Retriever``."""

from __future__ import annotations

import re

import numpy as np

from marrowbot.index import PassageIndex
from marrowbot.model import Hit
from marrowbot.text import STOPWORDS, fold, terms
from marrowbot.text.questions import EVERYDAY

#: A bracket after a word ("fatigue (tiredness)"), on the text as written.
_BRACKET = re.compile(r"\(([^()]{3,80})\)")
#: A pronunciation ("(PLATE-lets)") or an abbreviation ("(IV)", "(ALL)"): no plain words.
_NOT_PLAIN = re.compile(r"^[^a-z]*$|[A-Z]{2,}-|-[A-Z]{2,}|^(?:not?|non|or|and|e\.?g|i\.?e|see)\b|\d")
#: How a sentence names a thing after saying it in plain words (folded): ", known as jaundice".
_NAMED_AFTER = r"(?:known as|called|also called|referred to as)\s+(?:an?\s+|the\s+)?"
#: What a term means said after it (folded): "autosomal recessive pattern, which means ...". Not after a verb said of
#: the term: "antiphospholipid syndrome are sporadic, which means ..." explains "sporadic", not the syndrome.
_MEANS_AFTER = r"(?:\s+(?!(?:is|are|was|were|be|been)\b)\w+){0,2},?\s+(?:which means|meaning that|meaning)\s+\w+"
#: A term in more passages than this is an everyday word of the documents, not one they explain.
_COMMON_TERM = 400
#: At most this many sentences explain a term.
EXPLAINED_SENTENCES = 2


class Explanations:
    """Needs the retriever's index, masks and word look-ups (``retrieve.Retriever`` provides them)."""

    index: PassageIndex
    _front: np.ndarray
    _is_nested: np.ndarray

    def _with_all_terms(self, phrase: tuple[str, ...]) -> list[int]:
        raise NotImplementedError

    def explaining(self, term: str, first: str | None = None, seeds_only: bool = False,
                   k: int = EXPLAINED_SENTENCES) -> list[Hit]:
        """The sentences that explain a term in plain words beside it (see the module): the document ``first``
        before the seeds, the seeds before the linked library, plain words in brackets or before it before what
        it means after it, a longer explanation before a one-word one, the shorter sentence first (with
        ``seeds_only``, only the seeds')."""
        wanted = terms(term)
        if not wanted:
            return []
        ix = self.index
        name = re.escape(" ".join(fold(term).split()))
        named = re.compile(rf"\b{_NAMED_AFTER}{name}s?(?:$|\s*[,.;:)]|\s+(?:or|and)\b)")
        means = re.compile(rf"\b{name}s?\b{_MEANS_AFTER}")
        does = re.compile(rf"\bthe\s+{name}s?\s+(?:that|which|who)\s+(?!is\b|are\b|was\b|were\b)\w+")
        found: list[tuple[tuple[int, int, int, int, int], int]] = []
        ids = np.asarray(self._with_all_terms(tuple(wanted)), dtype=np.intp)
        if len(ids) > _COMMON_TERM:
            return []  # ("what is blood": a word of every page, said plainly; the sentences saying what it is answer)
        ok = self._front[ids] & ~self._is_nested[ids]
        if seeds_only:
            ok &= ~ix.linked_passage[ids]
        for pid in ids[ok].tolist():
            p = ix.passages[pid]
            if p.link_title:
                continue
            plain = self._bracketed_after(p.text, wanted)
            low = " ".join(p.text.lower().split())  # (with its commas: ", known as jaundice, or ...")
            kind = 0 if plain else 1 if named.search(low) else 2 if means.search(low) else 3 \
                if does.search(low) else -1
            if kind < 0:
                continue
            rank = (0 if p.doc == first else 1 + int(ix.linked_passage[pid]), min(kind, 1), -min(plain, 3), kind,
                    len(p.text))
            found.append((rank, pid))
        found.sort()
        hits: list[Hit] = []
        for _, pid in found:
            p = ix.passages[pid]
            if all(h.passage.text != p.text for h in hits):
                hits.append(Hit(p, 1.0 - 0.05 * len(hits)))
            if len(hits) >= k:
                break
        return hits

    @staticmethod
    def _bracketed_after(text: str, wanted: list[str]) -> int:
        """How many plain words a bracket right after the term holds ("lymphocytes (a type of white blood cell)":
        5), 0 for none (a pronunciation, an abbreviation, a term explained the other way round)."""
        n = len(wanted)
        for m in _BRACKET.finditer(text):
            inside = m.group(1).strip()
            before = [t for w in fold(text[: m.start()]).split() for t in terms(w)]
            if before[-n:] != wanted or _NOT_PLAIN.search(inside):
                continue
            said = terms(inside)
            if not said or set(said) & set(wanted) or not _in_plain_words(inside):
                # (the names of two medicines, "(blinatumomab or inotuzumab)", explain nothing; "second cancers
                # (new types of cancer)" explains a longer name with the term)
                continue
            return len(fold(inside).split())
        return 0


def _in_plain_words(bracketed: str) -> bool:
    """True when a bracket says something in everyday words ("(a type of white blood cell)", "(tiredness)"), not
    in other terms ("(thrombocytes)")."""
    words = fold(bracketed).split()
    return words[0] in _ARTICLES or any((w in EVERYDAY or w.removesuffix("ness") in EVERYDAY) and w not in STOPWORDS
                                             for w in words)


_ARTICLES = frozenset({"a", "an", "the"})
