"""The passage index: TF-IDF over sentences, section headings and document names; built once, queried many."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from marrowbot import vectors
from marrowbot.corpus import Corpus
from marrowbot.model import Hit, Passage
from marrowbot.near_words import ByLength
from marrowbot.text import fold, name_words

#: How much each kind of evidence counts in a passage's score (measured on MedQuAD-dev, see benchmarks/).
TEXT_WEIGHT = 1.0
HEADING_WEIGHT = 0.35
NAME_WEIGHT = 0.9


class Name(NamedTuple):
    """A name people use for a document or for a condition it covers (link titles, inline links).
    (A named tuple: a big corpus has tens of thousands, made at every start.)"""

    text: str
    doc: str
    kind: str  # "title", "alias", "condition"
    passage: int = -1  # for a condition: the passage that names it (a link item), else -1


class NameWords:
    """Which names use each word, and how rare the word is among names (the topic finder's table): stored
    as arrays, so a start over tens of thousands of names does not count words in Python."""

    def __init__(self, vocabulary: list[str], indptr: np.ndarray, indices: np.ndarray, names: int) -> None:
        self._column = {w: i for i, w in enumerate(vocabulary)}
        self._indptr = indptr
        self._indices = indices
        df = np.diff(np.asarray(indptr, dtype=np.int64)).astype(np.float64)
        # Rare words ("fanconi") say more about which name it is than common ones ("syndrome").
        self._idf = np.log((1 + max(1, names)) / (1 + df)) + 1.0
        #: Words of four letters or more, for typo matching, by the lengths that can match a word.
        self._long_words = ByLength([w for w in vocabulary if len(w) >= 4])

    def near_in_length(self, n: int, score: float) -> list[str]:
        """The long words that a word of n letters can match at a rapidfuzz ratio of ``score`` or more, in
        vocabulary order so ties between equal matches stay as they were (``ByLength.near``)."""
        return self._long_words.near(n, score)

    def __contains__(self, word: str) -> bool:
        return word in self._column

    def idf(self, word: str) -> float:
        col = self._column.get(word)
        return 1.0 if col is None else float(self._idf[col])

    def names_with(self, word: str) -> list[int]:
        """The names that use a word, in name order."""
        col = self._column.get(word)
        if col is None:
            return []
        return self._indices[self._indptr[col] : self._indptr[col + 1]].tolist()  # type: ignore[no-any-return]

    @staticmethod
    def build_arrays(words: list[list[str]]) -> dict[str, np.ndarray]:
        from scipy import sparse  # only needed when building

        vocabulary = list(dict.fromkeys(w for ws in words for w in ws))  # first use first: typo ties keep name order
        col = {w: i for i, w in enumerate(vocabulary)}
        rows = [sorted({col[w] for w in ws}) for ws in words]
        m = sparse.csr_matrix((np.ones(sum(map(len, rows)), dtype=np.int8),
                               np.fromiter((c for r in rows for c in r), dtype=np.int64),
                               np.cumsum([0, *map(len, rows)])), shape=(len(words), len(vocabulary)))
        t = m.T.tocsr()
        t.sort_indices()
        return {"nameword.vocab": np.frombuffer(json.dumps(vocabulary, ensure_ascii=False).encode("utf-8"),
                                                dtype=np.uint8),
                "nameword.indptr": t.indptr.astype(np.int64), "nameword.indices": t.indices.astype(np.int32)}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], names: int) -> NameWords:
        vocabulary = json.loads(arrays["nameword.vocab"].tobytes().decode("utf-8"))
        indptr, indices = arrays["nameword.indptr"], arrays["nameword.indices"]
        if indptr.shape != (len(vocabulary) + 1,) or indices.ndim != 1 or (len(indices) and (
                indices.dtype.kind not in "iu" or int(indices.max()) >= names)):
            raise ValueError("nameword: members of the wrong shape")
        return cls(vocabulary, indptr, indices, names)


#: An aside in brackets in a document's name.
_ASIDE_IN_NAME = re.compile(r"\s*\([^()]*\)")


def _names_of(title: str, aliases: tuple[str, ...]) -> list[str]:
    """A document's aliases, and its title and aliases without an aside in brackets ("Plasma Cell Neoplasms
    (Including Multiple Myeloma)" is also "plasma cell neoplasms")."""
    bare = [" ".join(_ASIDE_IN_NAME.sub(" ", n).split()) for n in (title, *aliases) if "(" in n]
    return [*aliases, *(b for b in bare if b)]


def collect_names(corpus: Corpus, extra: tuple[tuple[str, str], ...] = ()) -> list[Name]:
    """Titles and aliases of documents, plus the conditions their link items and inline links name."""
    names: list[Name] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, doc: str, kind: str, passage: int = -1) -> None:
        key = (fold(text), doc)
        if key[0] and key not in seen:
            seen.add(key)
            names.append(Name(text, doc, kind, passage))

    for d in corpus.documents:
        add(d.title, d.id, "title")
        for a in _names_of(d.title, d.aliases):
            add(a, d.id, "alias")
    for p in corpus.passages:
        if p.link_title and p.context is None:
            add(condition_name(p.link_title), p.doc, "condition", p.id)
        for text, _ in p.inline_links:
            add(text, p.doc, "condition", p.id)
    for short, expansion in extra:
        for n in list(names):
            if fold(n.text) == fold(expansion):
                add(short, n.doc, n.kind if n.kind != "title" else "alias", n.passage)
    return names


def names_to_json(names: list[Name]) -> bytes:
    return json.dumps([[[n.text, n.doc, n.kind, n.passage] for n in names], [name_words(n.text) for n in names]],
                      ensure_ascii=False).encode("utf-8")


def names_from_json(data: bytes) -> tuple[list[Name], list[list[str]]]:
    """The names, and each name's words as the topic finder compares them (stored, so a start need not fold
    tens of thousands of names again)."""
    names, words = json.loads(data.decode("utf-8"))
    return [Name._make(n) for n in names], words


def condition_name(link_title: str) -> str:
    """'Fanconi anemia: MedlinePlus Genetics' -> 'Fanconi anemia'; 'Article: X' stays as it is."""
    head, sep, tail = link_title.partition(": ")
    if sep and ("MedlinePlus" in tail or "Health Topic" in tail) and head:
        return head.strip()
    return link_title.strip()


class PassageIndex:
    """Ranked passages for a query, optionally restricted to a document and/or sections."""

    def __init__(self, corpus: Corpus, names: list[Name], arrays: dict[str, np.ndarray],
                 linked: frozenset[str] = frozenset(), words: list[list[str]] | None = None) -> None:
        self.corpus = corpus
        #: Each name's words as the topic finder compares them (``text.name_words``).
        self.name_words = words if words is not None else [name_words(n.text) for n in names]
        self.name_word_table = NameWords.from_arrays(arrays, len(names))
        #: Documents of a linked library: answered when a question names them, never searched without a topic.
        self.linked_docs = linked
        self.passages: Sequence[Passage] = corpus.passages
        self.names = names
        self.doc_ids = [d.id for d in corpus.documents]
        self._doc_number = {d: i for i, d in enumerate(self.doc_ids)}
        self.text_vec = vectors.Vectorizer.from_arrays(arrays, "text")
        self.head_vec = vectors.Vectorizer.from_arrays(arrays, "head")
        self.name_vec = vectors.Vectorizer.from_arrays(arrays, "name")
        self._text_t = vectors.postings_from_arrays(arrays, "text_t")
        self._head_t = vectors.postings_from_arrays(arrays, "head_t")
        self._name_t = vectors.postings_from_arrays(arrays, "name_t")
        self.name_weight = vectors.checked(arrays["name_weight"], (len(names),), "name_weight")
        self.passage_doc = arrays["passage_doc"]
        self.passage_section = arrays["passage_section"]
        # Shapes checked against each other (a row per term, a column per passage or name): a wrong member of a
        # cached index is a rebuild, never a crash at query time.
        n, sections = len(self.passages), sum(len(d.sections) for d in corpus.documents)
        if ((self._text_t.shape, self._head_t.shape, self._name_t.shape)
                != ((self.text_vec.size, n), (self.head_vec.size, sections), (self.name_vec.size, len(names)))
                or self.passage_doc.shape != (n,) or self.passage_section.shape != (n,)
                or self.passage_doc.dtype.kind not in "iu" or self.passage_section.dtype.kind not in "iu"):
            raise ValueError("index: members of the wrong shape")
        linked_numbers = np.asarray([self._doc_number[d] for d in linked if d in self._doc_number], dtype=np.int64)
        self.linked_passage = np.isin(self.passage_doc, linked_numbers)
        self._outside_library: np.ndarray | None = None  # per term: used outside the library (built when asked)
        self.section_keys: list[tuple[str, str]] = [
            (d.id, s.heading) for d in corpus.documents for s in d.sections
        ]
        self.name_doc = np.asarray([self._doc_number[n.doc] for n in names], dtype=np.int64)
        # heading -> the numbers of the sections with it (memory linear in sections, not one array per heading)
        by_heading: dict[str, list[int]] = {}
        for i, (_, heading) in enumerate(self.section_keys):
            by_heading.setdefault(heading.lower(), []).append(i)
        self._section_by_heading: dict[str, np.ndarray] = {
            h: np.asarray(ids, dtype=np.int64) for h, ids in by_heading.items()}

    def doc_number(self, doc: str) -> int:
        return self._doc_number.get(doc, -1)

    def knows(self, term: str, doc: str | None = None) -> bool:
        """Whether an index term is in the corpus, the linked library aside unless ``doc`` is a library page
        that uses it: a word only a linked page uses is not a subject the bot covers on its own."""
        row = self.text_vec.vocabulary.get(term)
        if row is None:
            return False
        if not self.linked_docs:
            return True
        if self._outside_library is None:
            self._outside_library = self._text_t.dot((~self.linked_passage).astype(np.float32)) > 0
        if self._outside_library[row]:
            return True
        if doc is None or doc not in self.linked_docs:
            return False
        postings = self._text_t.indices[self._text_t.indptr[row] : self._text_t.indptr[row + 1]]
        return bool((self.passage_doc[postings] == self.doc_number(doc)).any())

    # -- building -------------------------------------------------------------------------------------------

    @staticmethod
    def build_arrays(corpus: Corpus, names: list[Name]) -> dict[str, np.ndarray]:
        from scipy import sparse  # only needed when building

        doc_number = {d.id: i for i, d in enumerate(corpus.documents)}
        section_number: dict[tuple[str, str], int] = {}
        headings: list[str] = []
        for d in corpus.documents:
            for s in d.sections:
                section_number[(d.id, s.heading)] = len(headings)
                headings.append(s.heading)
        texts = [_index_text(p) for p in corpus.passages]
        text_vec, text_m = vectors.fit(texts, "terms")
        head_vec, head_m = vectors.fit(headings, "terms", sublinear_tf=False)
        name_vec, name_m = vectors.fit([n.text for n in names], "chars", binary=True, norm=None)
        weight = np.asarray(name_m.sum(axis=1)).ravel()
        name_l1 = sparse.diags(1.0 / np.maximum(weight, 1e-9)) @ name_m
        arrays: dict[str, np.ndarray] = {}
        arrays.update(text_vec.to_arrays("text"))
        arrays.update(head_vec.to_arrays("head"))
        arrays.update(name_vec.to_arrays("name"))
        # Stored transposed (term -> postings) so a query touches only the postings of its own terms.
        arrays.update(vectors.matrix_to_arrays(text_m.T.tocsr(), "text_t"))
        arrays.update(vectors.matrix_to_arrays(head_m.T.tocsr(), "head_t"))
        arrays.update(vectors.matrix_to_arrays(sparse.csr_matrix(name_l1).T.tocsr(), "name_t"))
        arrays["name_weight"] = weight.astype(np.float64)
        arrays.update(NameWords.build_arrays([name_words(n.text) for n in names]))
        arrays["passage_doc"] = np.asarray([doc_number[p.doc] for p in corpus.passages], dtype=np.int64)
        arrays["passage_section"] = np.asarray(
            [section_number[(p.doc, p.section)] for p in corpus.passages], dtype=np.int64
        )
        return arrays

    # -- querying -------------------------------------------------------------------------------------------

    def name_scores(self, query: str) -> np.ndarray:
        """For each name: the share of its (idf-weighted) character n-grams found in the query."""
        cols, _ = self.name_vec.present(query)
        if not len(cols) or not len(self.names):
            return np.zeros(len(self.names))
        return _postings_sum(self._name_t, cols, None, len(self.names))

    def doc_name_scores(self, query: str) -> np.ndarray:
        """Best name evidence per document; a longer fully matched name beats a shorter one."""
        contained = self.name_scores(query)
        specific = contained * (1.0 + 0.02 * np.log1p(self.name_weight))
        out = np.zeros(len(self.doc_ids))
        found = np.flatnonzero(specific)  # only the names with evidence (a big corpus has tens of thousands)
        np.maximum.at(out, self.name_doc[found], specific[found])
        return out

    def text_scores(self, query: str) -> np.ndarray:
        cols, values = self.text_vec.row(query)
        return _postings_sum(self._text_t, cols, values, len(self.passages))

    def heading_scores(self, query: str) -> np.ndarray:
        cols, values = self.head_vec.row(query)
        return _postings_sum(self._head_t, cols, values, len(self.section_keys))

    def scores(self, query: str, *, text: np.ndarray | None = None) -> np.ndarray:
        """Each passage's score: its text, its section heading and its document's names against the query."""
        if text is None:
            text = self.text_scores(query)
        heading = self.heading_scores(query)
        doc_scores = self.doc_name_scores(query)
        total: np.ndarray = (TEXT_WEIGHT * text + HEADING_WEIGHT * heading[self.passage_section]
                             + NAME_WEIGHT * doc_scores[self.passage_doc])
        return total

    def mask(self, doc: str | None = None, sections: tuple[str, ...] | None = None) -> np.ndarray | None:
        if doc is None and not sections:
            return None
        keep = np.ones(len(self.passages), dtype=bool)
        if doc is not None:
            keep &= self.passage_doc == self._doc_number.get(doc, -1)
        if sections:
            wanted = np.zeros(len(self.section_keys), dtype=bool)
            for s in sections:
                hit = self._section_by_heading.get(s.lower())
                if hit is not None:
                    wanted[hit] = True
            keep &= wanted[self.passage_section]
        return keep

    def top(self, scores: np.ndarray, k: int, keep: np.ndarray | None = None, offset: int = 0) -> list[Hit]:
        """The k best passages; ``scores`` (and ``keep``) cover the passages from ``offset`` on."""
        # Only the passages kept are ranked (a document's few hundred, not a big corpus's every passage).
        ids = np.flatnonzero(keep) if keep is not None else np.arange(len(scores))
        values = scores[ids]
        k = min(k, len(ids))
        if k <= 0:
            return []
        part = np.argpartition(-values, k - 1)[:k] if k < len(ids) else np.arange(len(ids))
        idx = ids[part]
        idx = idx[np.lexsort((idx, -scores[idx]))]  # ties: the earlier passage first (seed documents first)
        return [Hit(self.passages[int(i) + offset], float(scores[i])) for i in idx if np.isfinite(scores[i])]

    def doc_span(self, doc: str) -> tuple[int, int]:
        """The ids of a document's passages: consecutive, from the first to one past the last."""
        number = self._doc_number.get(doc, -1)
        return (int(np.searchsorted(self.passage_doc, number, "left")),
                int(np.searchsorted(self.passage_doc, number, "right")))

    def search(self, query: str, k: int = 10, doc: str | None = None,
               sections: tuple[str, ...] | None = None) -> list[Hit]:
        return self.top(self.scores(query), k, self.mask(doc, sections))


def _postings_sum(postings: vectors.Postings, rows: np.ndarray, weights: np.ndarray | None, n: int) -> np.ndarray:
    """``weights @ postings[rows]`` as a dense vector of n, from the rows' own slices of the (memory-mapped)
    arrays: only the postings of the query's terms are read, with no sparse-matrix machinery per query."""
    if not len(rows):
        return np.zeros(n, dtype=np.float32)
    indptr, indices, data = postings.indptr, postings.indices, postings.data
    # The rows' slices gathered by one index array, in the rows' order (a Python loop over a query's few hundred
    # character grams cost more than the sum).
    starts = indptr[rows]
    lengths = indptr[rows + 1] - starts
    ends = np.cumsum(lengths)
    at = np.repeat(starts - (ends - lengths), lengths) + np.arange(int(ends[-1]))
    cols = indices[at]
    values = data[at] if weights is None else data[at] * np.repeat(weights, lengths)
    return np.bincount(cols, weights=values, minlength=n).astype(np.float32)


def _index_text(p: Passage) -> str:
    # A nested link ("Also in Spanish") is found through its parent's title; the quoted text stays its own.
    return f"{p.text} {p.context}" if p.context else p.text
