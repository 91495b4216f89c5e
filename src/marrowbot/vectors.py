"""TF-IDF vectorisers fitted with scikit-learn, applied at query time with numpy alone, stored without pickle."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from marrowbot.memory import Memo
from marrowbot.text import char_grams, terms

if TYPE_CHECKING:  # scipy is imported only where a matrix is built: a cached start and an answer never need it
    from scipy import sparse

Analyzer = Callable[[str], list[str]]

#: The index's analyzers by name, so a stored vectoriser knows how to tokenise again. A model with analyzers of
#: its own passes them by name to ``fit`` and ``Vectorizer.from_arrays`` (nothing is registered at import).
ANALYZERS: Mapping[str, Analyzer] = MappingProxyType({
    "terms": terms,
    "chars": char_grams,
})



class SortedVocabulary(Mapping[str, int]):
    """A fitted vocabulary looked up in its (memory-mapped) sorted array of words: scikit-learn numbers the
    features in sorted order, so a word's column is its place in the array. Nothing is built at load."""

    def __init__(self, words: np.ndarray) -> None:
        self._words = words
        self._plain = np.asarray(words)  # (a plain view: a memory map's own indexing is slow)
        # The longest word the array holds. Terms are searched for as strings of exactly the array's width: searching
        # for a string of another width converts the whole array to a common one first (a copy of every word, each
        # time); a longer term is in no case a word of it.
        self._width = (self._plain.dtype.itemsize // np.dtype("<U1").itemsize if self._plain.dtype.kind == "U"
                       else sys.maxsize)  # (an array of another kind: every term is searched)
        self._seen: dict[str, int] = Memo()  # words looked up so far (-1: not in the vocabulary); queries repeat them

    def get(self, term: object, default: int | None = None) -> int | None:  # type: ignore[override]
        if not isinstance(term, str):
            return default
        i = self._seen.get(term)
        if i is None:
            if not len(self._words):
                return default
            if len(term) > self._width:
                i = -1
            else:
                i = int(np.searchsorted(self._plain, np.asarray(term, dtype=self._plain.dtype)))
                i = i if i < len(self._words) and self._plain[i] == term else -1
            if len(self._seen) < 500_000:
                self._seen[term] = i
        return i if i >= 0 else default

    def columns(self, terms: list[str]) -> list[int]:
        """Each term's column (-1: not in the vocabulary), the terms not looked up before found in one search of
        the array (a new word's 30 character grams cost one search, not 30)."""
        seen = self._seen
        out: list[int | None] = list(map(seen.get, terms))
        if None not in out:
            return out  # type: ignore[return-value]
        new = list(dict.fromkeys(t for t, i in zip(terms, out) if i is None))
        words = self._plain
        cols = dict.fromkeys(new, -1)
        fit = [t for t in new if len(t) <= self._width]  # (a longer one is no word of the array)
        if len(words) and fit:
            # (All compared at once, on the array itself: indexing the memory map word by word cost more than the
            # search.)
            wanted = np.asarray(fit, dtype=words.dtype)
            found = np.searchsorted(words, wanted)
            there = words[np.minimum(found, len(words) - 1)] == wanted
            cols.update(zip(fit, np.where(there, found, -1).tolist()))
        if len(seen) < 500_000:
            seen.update(cols)
        return [cols[t] if i is None else i for t, i in zip(terms, out)]

    def __getitem__(self, term: str) -> int:
        i = self.get(term)
        if i is None:
            raise KeyError(term)
        return i

    def __contains__(self, term: object) -> bool:
        return self.get(term) is not None

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return iter(str(w) for w in self._words)


def columns_of(vocabulary: Mapping[str, int], terms: list[str]) -> list[int]:
    """Each term's column in a fitted vocabulary (-1: not in it), looked up all at once where it can be."""
    if isinstance(vocabulary, SortedVocabulary):
        return vocabulary.columns(terms)
    get = vocabulary.get
    return [-1 if (i := get(t)) is None else i for t in terms]


@dataclass(frozen=True)
class Vectorizer:
    """A fitted TF-IDF vectoriser. ``transform`` equals scikit-learn's on the same settings (tested)."""

    analyzer: str
    analyze: Analyzer
    vocabulary: Mapping[str, int]
    idf: np.ndarray
    sublinear_tf: bool
    binary: bool
    norm: str | None

    @property
    def size(self) -> int:
        return len(self.idf)

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        from scipy import sparse

        indptr: list[int] = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for text in texts:
            cols, values = self.row(text)
            indices.append(cols)
            data.append(values)
            indptr.append(indptr[-1] + len(cols))
        return sparse.csr_matrix(
            (np.concatenate(data) if data else np.zeros(0, dtype=np.float32),
             np.concatenate(indices).astype(np.int32) if indices else np.zeros(0, dtype=np.int32),
             np.asarray(indptr)),
            shape=(len(indptr) - 1, self.size),
        )

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """One text's vector as its columns (ascending) and values (float32): what ``transform`` puts in a
        row, without building a sparse matrix (a question is one row)."""
        # (The tokens' columns looked up at once: a new word's grams cost one search of the vocabulary, not one each.)
        counts = Counter(c for c in columns_of(self.vocabulary, self.analyze(text)) if c >= 0)
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.binary:
            tf = np.ones_like(tf)
        elif self.sublinear_tf:
            tf = 1.0 + np.log(tf)
        row = tf * self.idf[cols] if len(cols) else tf
        if self.norm == "l2" and len(row):
            row = row / np.sqrt((row**2).sum())
        elif self.norm == "l1" and len(row):
            row = row / np.abs(row).sum()
        order = np.argsort(cols)
        return cols[order], row[order].astype(np.float32)

    def present(self, text: str) -> tuple[np.ndarray, list[str]]:
        """Columns of the known tokens of a text (each once), and those tokens."""
        tokens = self.analyze(text)
        found = {t: c for t, c in zip(tokens, columns_of(self.vocabulary, tokens)) if c >= 0}
        return np.fromiter(found.values(), dtype=np.int64, count=len(found)), list(found)

    # -- storage ---------------------------------------------------------------------------------------------

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        in_order = all(a < b for a, b in zip(words, words[1:]))  # scikit-learn's numbering: always, in practice
        settings = f"{self.analyzer}|{int(self.sublinear_tf)}|{int(self.binary)}|{self.norm or ''}|{int(in_order)}"
        return {
            f"{prefix}.vocab": np.asarray(words, dtype=str) if words else np.zeros(0, dtype="<U1"),
            f"{prefix}.idf": self.idf.astype(np.float64),
            f"{prefix}.settings": np.asarray(settings),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str,
                    analyzers: Mapping[str, Analyzer] = ANALYZERS) -> Vectorizer:
        analyzer, sub, binary, norm, in_order = str(arrays[f"{prefix}.settings"][()]).split("|")
        if analyzer not in analyzers:
            raise ValueError(f"unknown analyzer {analyzer!r}")
        words = arrays[f"{prefix}.vocab"]
        vocabulary: Mapping[str, int]
        if in_order == "1":
            vocabulary = SortedVocabulary(words)
        else:
            listed = words.tolist()
            vocabulary = dict(zip(listed, range(len(listed))))
        idf = checked(arrays[f"{prefix}.idf"], (len(words),), f"{prefix}.idf")
        return cls(analyzer, analyzers[analyzer], vocabulary, idf, sub == "1", binary == "1", norm or None)


def checked(array: np.ndarray, shape: tuple[int, ...], name: str) -> np.ndarray:
    """``array`` if it is a float array of ``shape``; a ValueError otherwise: a cached member of the wrong shape or
    type (a valid .npy, wrongly made or replaced) means a rebuild, never a crash at query time."""
    if getattr(array, "shape", None) != shape or getattr(array, "dtype", np.dtype(object)).kind != "f":
        raise ValueError(f"{name}: {getattr(array, 'shape', None)} {getattr(array, 'dtype', None)}, not {shape} float")
    return array


def fit(texts: list[str], analyzer: str, *, sublinear_tf: bool = True, binary: bool = False,
        norm: str | None = "l2", min_df: int = 1,
        analyzers: Mapping[str, Analyzer] = ANALYZERS) -> tuple[Vectorizer, sparse.csr_matrix]:
    """Fit scikit-learn's TfidfVectorizer with our analyzer; return the portable form and the matrix."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer  # only needed when building

    vec = TfidfVectorizer(analyzer=analyzers[analyzer], sublinear_tf=sublinear_tf, binary=binary, norm=norm,
                          min_df=min_df, dtype=np.float32)
    try:
        matrix = vec.fit_transform(texts)
        vocabulary = {str(k): int(v) for k, v in vec.vocabulary_.items()}
        idf = np.asarray(vec.idf_, dtype=np.float64)
    except ValueError:  # empty vocabulary: nothing indexable
        vocabulary, idf = {}, np.zeros(0)
        matrix = sparse.csr_matrix((len(texts), 0), dtype=np.float32)
    vectorizer = Vectorizer(analyzer, analyzers[analyzer], vocabulary, idf, sublinear_tf, binary, norm)
    return vectorizer, sparse.csr_matrix(matrix)


def matrix_to_arrays(matrix: sparse.csr_matrix, prefix: str) -> dict[str, np.ndarray]:
    from scipy import sparse

    m = sparse.csr_matrix(matrix)
    # int32 positions whenever they fit: scipy then uses the (memory-mapped) arrays as they are, without a copy.
    index_type = np.int32 if m.nnz < 2**31 else np.int64
    return {f"{prefix}.data": m.data.astype(np.float32), f"{prefix}.indices": m.indices.astype(index_type),
            f"{prefix}.indptr": m.indptr.astype(index_type), f"{prefix}.shape": np.asarray(m.shape, dtype=np.int64)}


def matrix_from_arrays(arrays: dict[str, np.ndarray], prefix: str) -> sparse.csr_matrix:
    from scipy import sparse

    shape = tuple(int(x) for x in arrays[f"{prefix}.shape"])
    return sparse.csr_matrix((arrays[f"{prefix}.data"], arrays[f"{prefix}.indices"], arrays[f"{prefix}.indptr"]),
                             shape=shape)


@dataclass(frozen=True)
class Postings:
    """A stored CSR matrix as its three arrays (memory-mapped from the cache), read row by row: what serving needs of
    ``matrix_from_arrays``'s matrix, without importing scipy (tens of milliseconds of every cold start)."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """``matrix @ vector`` for a dense vector of ``shape[1]``: one value per row."""
        rows = np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))
        return np.bincount(rows, weights=self.data * vector[self.indices], minlength=self.shape[0])


def postings_from_arrays(arrays: dict[str, np.ndarray], prefix: str) -> Postings:
    """The matrix ``matrix_to_arrays`` stored, for reading its rows (``Postings``)."""
    rows, cols = (int(x) for x in arrays[f"{prefix}.shape"])
    data, indices, indptr = (np.asarray(arrays[f"{prefix}.{part}"]) for part in ("data", "indices", "indptr"))
    # Shapes and types only: scanning the indices for their range would read every page of the memory map at each
    # start, which the cache exists to avoid (a member replaced by another array fails these checks).
    if (indptr.shape != (rows + 1,) or data.shape != indices.shape or data.dtype.kind != "f"
            or indices.dtype.kind not in "iu" or (len(indptr) and int(indptr[-1]) != len(data))):
        raise ValueError(f"{prefix}: a malformed matrix")
    # Plain arrays over the same (memory-mapped) memory, no copy: slicing a memory map object costs more per query.
    return Postings(data, indices, indptr, (rows, cols))
