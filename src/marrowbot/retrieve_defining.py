"""Sentences that say what a term is ("Hemoglobin is an iron-rich protein ..."), wherever a document says it. Mixed
into ``retrieve.Retriever``."""

from __future__ import annotations

import re

import numpy as np

from marrowbot.corpus_arrays import PassageTable
from marrowbot.index import PassageIndex
from marrowbot.model import Hit
from marrowbot.text import fold, terms
from marrowbot.text.questions import DEFINES, DEFINING_NEXT

_ARTICLE = re.compile(r"^(?:an?|the)\s+")
#: After "<term> are <words>": a description follows ("... blood cell fragments that help ...").
_DESCRIBES = re.compile(r"^(?: \w+){0,4} (?:that|which|with|who|in which)\b")
#: After "<term> is": something said of the term, not what it is.
_SAID_OF = frozenset({"not", "made", "used", "also", "most", "more", "less", "often", "found", "important", "common",
                      "rare", "caused", "treated", "called", "different"})
#: What a sentence says beside a name before saying what it is: a bracket, ", or DIC,".
_ASIDE = re.compile(r"\s*\([^()]*\)|,\s+or\s+[A-Za-z][\w-]*\s*,")


class Definitions:
    """Needs the retriever's index, masks and word look-ups (``retrieve.Retriever`` provides them)."""

    index: PassageIndex
    _front: np.ndarray
    _is_nested: np.ndarray

    def _folded_text(self, pid: int) -> str:
        raise NotImplementedError

    def _with_all_terms(self, phrase: tuple[str, ...]) -> list[int]:
        raise NotImplementedError

    def defining(self, term: str, first: str | None = None, seeds_only: bool = False, k: int = 2) -> list[Hit]:
        """Sentences that say what a term is ("Hemoglobin is an iron-rich protein ..."), wherever a document says
        it: the document ``first`` before the seed documents, the seeds before the linked library (with
        ``seeds_only``, only they), a definition ("is a/an/the ...") before another thing said of it."""
        wanted = terms(term)
        if not wanted:
            return []
        ix = self.index
        head = fold(term).split()[0]
        found: list[tuple[tuple[int, int, int], int]] = []
        ids = np.asarray(self._with_all_terms(tuple(wanted)), dtype=np.intp)
        # (Cheap first: the flags, then the sentence must start with the term, after an article or a bracket.)
        ok = self._front[ids] & ~self._is_nested[ids]
        if seeds_only:
            ok &= ~ix.linked_passage[ids]
        passages = ix.passages
        for pid in ids[ok].tolist():
            start = (passages.text_start(pid, len(term) + 8) if isinstance(passages, PassageTable)
                     else passages[pid].text[: len(term) + 8])
            opening = _ARTICLE.sub("", start.lstrip("(\"' ").lower())
            if not opening.startswith(head[:4]):
                continue
            p = ix.passages[pid]
            if p.link_title:
                continue
            said = self._folded_text(pid)
            m = DEFINES.match(said)
            if (m is None or terms(m.group("term")) != wanted) and ("(" in p.text or ", or " in p.text):
                # The name with its pronunciation or abbreviation beside it: "Disseminated intravascular coagulation
                # (ko-ag-u-LA-shun), or DIC, is a condition in which ..."
                said = fold(_ASIDE.sub(" ", p.text))
                m = DEFINES.match(said)
            if m is None or terms(m.group("term")) != wanted:
                continue
            is_weak = m.group("next") not in DEFINING_NEXT
            if is_weak and not _DESCRIBES.search(said[m.end("next"):]) \
                    or m.group("next") in _SAID_OF or m.group("next").endswith("ly"):
                continue  # "Platelets are sticky", "Anemia is usually treated ...": said of it, not what it is
            found.append(((int(is_weak), 0 if p.doc == first else 1 + int(ix.linked_passage[pid]), pid), pid))
        found.sort()
        hits: list[Hit] = []
        seen: set[str] = set()
        for (weak, _, _), pid in found:
            p = ix.passages[pid]
            if p.text in seen or (hits and weak):
                continue
            seen.add(p.text)
            hits.append(Hit(p, 1.0 if not hits else 0.9))
            if len(hits) >= k:
                break
        return hits
