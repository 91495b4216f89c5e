"""Which passages name a condition, say a phrase or a symptom: looked up from the index's postings, remembered."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import cached_property

import numpy as np

from marrowbot.corpus_arrays import link_flags
from marrowbot.index import PassageIndex, condition_name
from marrowbot.model import Hit, Passage
from marrowbot.text import fold, terms
from marrowbot.text.questions import EVERYDAY, QUESTION_WORDS

#: How many names' passage lists are remembered.
_MENTIONS_KEPT = 512
#: How many passages' folded texts are remembered.
_FOLDED_KEPT = 20_000
#: A term in brackets after the plain words for it ("low numbers of platelets (thrombocytopenia)").
_GLOSSED = re.compile(r"\(([^()]{2,40})\)")
#: Words a bracket holding a real term never uses: everyday words and words of asking ("(labs)", "(ongoing)").
_PLAIN = EVERYDAY | frozenset(QUESTION_WORDS.split())
#: At most this many sentences explain a term they gloss in brackets.
GLOSS_SENTENCES = 2
#: Sections that are page furniture rather than answers: quoted only when asked for.
BACK_MATTER = frozenset({"references", "about medlineplus", "gard answers"})


def _sorted_once(ids: np.ndarray) -> np.ndarray:
    """The ids sorted, each once (a sort and a mask: ``np.unique`` hashes, slower on a common word's postings)."""
    ids = np.sort(ids)
    return ids[np.concatenate(([True], ids[1:] != ids[:-1]))] if len(ids) else ids


class Mentions:
    """The lookups of names and phrases in passages (the retriever ranks; this finds)."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        back = np.asarray([h.lower() in BACK_MATTER for _, h in index.section_keys], dtype=bool)
        self._front = ~back[index.passage_section] if len(index.passages) else np.zeros(0, dtype=bool)
        self._is_link, self._is_nested = link_flags(index.passages)
        self._mentions_cache: dict[str, np.ndarray] = {}  # folded name -> passages naming it
        self._folded: dict[int, str] = {}  # passage id -> folded text, filled as documents are asked about

    @cached_property
    def _folded_names(self) -> frozenset[str]:
        return frozenset(fold(n.text) for n in self.index.names)

    def mentions(self, condition: str) -> np.ndarray:
        """1.0 for passages that name a condition (its link items, or text containing it)."""
        out = np.zeros(len(self.index.passages))
        out[self._mention_ids(condition)] = 1.0
        return out

    def _mention_ids(self, condition: str) -> np.ndarray:
        """The passages naming a condition (remembered: a name is asked about again and again, and checking
        each passage with all its words can mean reading a thousand sentences)."""
        key = fold(condition)
        ids = self._mentions_cache.get(key)
        if ids is None:
            phrase = tuple(terms(condition))
            found = [pid for pid in self._with_all_terms(phrase)
                     if self._names_condition(self.index.passages[pid], key, phrase)]
            ids = np.asarray(found, dtype=np.int64)
            ids.flags.writeable = False
            if len(self._mentions_cache) >= _MENTIONS_KEPT:
                self._mentions_cache = {}  # a new dict, not a cleared one: other threads may be reading it
            self._mentions_cache[key] = ids
        return ids

    @staticmethod
    def _names_condition(p: Passage, target: str, phrase: tuple[str, ...] = ()) -> bool:
        if p.link_title and fold(condition_name(p.link_title)) == target:
            return True
        if not target:
            return False
        # The name in another form counts ("a blood transfusion" names "blood transfusions"), unless it is a
        # link's title: a link is to the page of that very name.
        return target in fold(p.text) or (len(phrase) > 1 and not p.link_title and has_phrase(terms(p.text), phrase))

    def phrase_in_corpus(self, phrase: str) -> bool:
        """True when some passage (or a name) says these words in this order."""
        target = fold(phrase)
        if target in self._folded_names:
            return True
        for pid in self._with_all_terms(tuple(terms(phrase))):
            text = self._folded_text(pid)
            if f" {target} " in f" {text} ":
                return True
        return False

    def _folded_text(self, pid: int) -> str:
        """A passage's folded text, remembered for the passages asked about (a bounded number of them: a kiosk
        runs for weeks over a library of hundreds of thousands of sentences)."""
        text = self._folded.get(pid)
        if text is None:
            if len(self._folded) >= _FOLDED_KEPT:
                self._folded = {}
            text = self._folded[pid] = fold(self.index.passages[pid].text)
        return text

    def _with_all_terms(self, phrase: tuple[str, ...]) -> list[int]:
        """Passages whose index text has every term of a phrase (from the postings, not a scan)."""
        vocab = self.index.text_vec.vocabulary
        if not phrase or any(t not in vocab for t in phrase):
            return []
        postings = self.index._text_t
        found: np.ndarray | None = None
        for t in phrase:
            row = vocab[t]
            ids = postings.indices[postings.indptr[row] : postings.indptr[row + 1]]
            ids = _sorted_once(ids)
            found = ids if found is None else np.intersect1d(found, ids, assume_unique=True)
        return found.tolist() if found is not None else []

    def mentioning(self, condition: str, doc: str, k: int = 3) -> list[Hit]:
        """The prose sentences of a document that name a condition, in reading order."""
        ids = [pid for pid in self._mention_ids(condition).tolist()
               if self.index.passages[pid].doc == doc and not self._is_link[pid] and self._front[pid]]
        return [Hit(self.index.passages[pid], 1.0) for pid in ids[:k]]

    def condition_links(self, condition: str, doc: str, k: int = 3) -> list[Hit]:
        """The link items of a document that point to pages about a condition, one per section."""
        target = fold(condition)
        hits: list[Hit] = []
        seen: set[str | None] = set()
        for pid in self._with_all_terms(tuple(terms(condition))):
            p = self.index.passages[pid]
            if p.doc == doc and p.link_title and p.context is None and fold(condition_name(p.link_title)) == target:
                if p.section not in seen and p.url not in seen:
                    seen.update((p.section, p.url))
                    hits.append(Hit(p, 1.0))
        return hits[:k]

    def symptom_passages(self, symptom_terms: tuple[str, ...], sections: tuple[str, ...], k: int = 3,
                         docs: frozenset[str] | None = None) -> list[Hit]:
        """Sentences that mention the documents' words for the symptoms described, most terms first (only of
        ``docs``, when given)."""
        wanted = [tuple(terms(t)) for t in symptom_terms]
        preferred = {s.lower() for s in sections}
        counts: dict[int, int] = {}
        for phrase in wanted:
            for pid in self._with_all_terms(phrase):
                p = self.index.passages[pid]
                if not p.link_title and not self.index.linked_passage[pid] and has_phrase(terms(p.text), phrase) \
                        and (docs is None or p.doc in docs):
                    counts[pid] = counts.get(pid, 0) + 1
        def rank(pid: int) -> float:
            return counts[pid] + (0.5 if self.index.passages[pid].section.lower() in preferred else 0.0)

        scored = sorted(((rank(pid), -pid) for pid in counts), reverse=True)
        return [Hit(self.index.passages[-neg], float(s)) for s, neg in scored[:k]]

    @cached_property
    def _glosses(self) -> dict[str, list[int]]:
        """A term the documents put in brackets after the plain words for it -> the sentences that do (made when
        first needed)."""
        out: dict[str, list[int]] = {}
        found = [(p, m) for p in self.index.passages if "(" in p.text and not p.link_title
                 for m in _GLOSSED.finditer(p.text)]
        if not found:
            return out
        counts: Counter[str] = Counter()
        for p in self.index.passages:
            counts.update(set(terms(p.text)))
        for p, m in found:
            if is_a_term(m.group(1), [w for w in fold(p.text[: m.start()]).split() if terms(w)][-2:], counts):
                out.setdefault(fold(m.group(1)).strip(), []).append(p.id)
        return out

    def glossing(self, word: str, first: str | None = None) -> list[Hit]:
        """The sentences that explain a term by putting it in brackets after their plain words for it ("... a
        reduction in the amount of platelets (thrombocytopenia) ..."): the document ``first``, then the seed
        documents, then those glossing fewest other terms, the shorter first."""
        ix = self.index
        found = [pid for pid in self._glosses.get(fold(word).strip(), ()) if self._front[pid]
                 and not self._is_nested[pid]]
        found.sort(key=lambda pid: (ix.passages[pid].doc != first, bool(ix.linked_passage[pid]),
                                    len(_GLOSSED.findall(ix.passages[pid].text)), len(ix.passages[pid].text)))
        hits: list[Hit] = []
        for pid in found:
            if all(h.passage.text != ix.passages[pid].text for h in hits):
                hits.append(Hit(ix.passages[pid], 1.0 - 0.05 * len(hits)))
            if len(hits) >= GLOSS_SENTENCES:
                break
        return hits


def is_a_term(bracketed: str, before: list[str], counts: Mapping[str, int]) -> bool:
    # (``before``: the last content words before the bracket, folded; ``counts`` is by index term)
    """True when a bracket holds a term the words before it explain ("low platelets (thrombocytopenia)"), not the
    plain word for a term before it ("chronic (ongoing)", "antibodies (proteins)", "(not cancer)"): none of its words
    is an everyday or asking word, it does not start with "not", and it is rarer in the documents than the words
    just before it (``counts``: in how many passages each term is), unless those are plain words themselves."""
    words = fold(bracketed).split()
    said = terms(bracketed) or ([words[0]] if len(words) == 1 and bracketed.isupper() else [])  # ("(IV)")
    if not words or not said or words[0] in ("not", "no", "non") or any(w in _PLAIN for w in words):
        return False
    if any(w.endswith(("ing", "ly")) for w in words):  # a verb form or an adverb is a plain word ("ongoing")
        return False
    if before and len(words) == 1 and words[0][:3] == fold(before[-1])[:3] and len(words[0]) < len(before[-1]):
        return False  # the plain word shortened ("laboratories (labs)")
    if not before or all(fold(w) in _PLAIN for w in before) or bracketed.isupper():
        return True  # explained in plain words ("gene changes (mutations)"), or spelt out ("intravenous (IV)")
    rarest = min(counts.get(t, 0) for t in said)
    return rarest < min(counts.get(t, 0) for w in before for t in terms(w) or [w])


def has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """True when the tokens say the phrase, in order and nothing between."""
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))
