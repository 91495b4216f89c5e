"""The parsed corpus in the index cache (JSON and arrays, never pickle), and the passages of a cached corpus made
on demand from memory-mapped arrays."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from marrowbot.corpus import Corpus
from marrowbot.model import Document, Passage, Reference, Section

__all__ = ["PassageTable", "corpus_from_arrays", "corpus_to_arrays", "link_flags"]

#: How many passages a PassageTable keeps once made (a few MB; the rest are made again when needed).
_KEEP_MADE = 20_000


class PassageTable(Sequence[Passage]):
    """The passages of a cached corpus, made on demand from memory-mapped arrays: the texts in one UTF-8 block
    with offsets, the rare fields (links, subsections, references) in a small JSON table. A start pays only for
    the passages it quotes, however big the corpus."""

    def __init__(self, arrays: dict[str, np.ndarray], documents: tuple[Document, ...]) -> None:
        self._blob = arrays["passage.text"]
        self._offsets = arrays["passage.offsets"]
        self._doc = arrays["passage_doc"]
        self._section = arrays["passage_section"]
        self._position = arrays["passage.position"]
        self._line = arrays["passage.line"]
        raw = json.loads(arrays["passage.extras"].tobytes().decode("utf-8"))
        self._extras: dict[int, list[Any]] = {int(k): v for k, v in raw.items()}
        self._doc_ids = [d.id for d in documents]
        self._headings = [s.heading for d in documents for s in d.sections]
        self._made: dict[int, Passage] = {}  # passages made so far (the ones asked about come back)
        n = len(self._position)
        self.is_link = np.zeros(n, dtype=bool)
        self.is_nested = np.zeros(n, dtype=bool)
        for pid, extra in self._extras.items():
            self.is_link[pid] = extra[2] is not None
            self.is_nested[pid] = extra[5] is not None

    def __len__(self) -> int:
        return len(self._position)

    def text_start(self, i: int, n: int) -> str:
        """``self[i].text[:n]`` without making the passage (a check that reads how sentences start, over the
        thousands that use a common word). n characters take at most 4n bytes of UTF-8; a character cut at the end
        of the slice is dropped, and is not among the first n."""
        begin, end = int(self._offsets[i]), int(self._offsets[i + 1])
        return bytes(self._blob[begin : min(end, begin + 4 * n)]).decode("utf-8", errors="ignore")[:n]

    def __getitem__(self, i):  # type: ignore[no-untyped-def]  # int -> Passage, slice -> list
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        made = self._made.get(i)
        if made is None:
            made = self._make(i)
            if len(self._made) < _KEEP_MADE:
                self._made[i] = made
        return made

    def _make(self, i: int) -> Passage:
        text = bytes(self._blob[int(self._offsets[i]) : int(self._offsets[i + 1])]).decode("utf-8")
        extra = self._extras.get(i)
        base: dict[str, Any] = dict(
            id=i, doc=self._doc_ids[int(self._doc[i])], section=self._headings[int(self._section[i])],
            position=int(self._position[i]), text=text, line=int(self._line[i]))
        if extra is None:
            return Passage(subsection=None, **base)
        sub, url, title, pub, refs, context, links = extra
        return Passage(subsection=sub, url=url, link_title=title, publisher=pub, refs=tuple(refs), context=context,
                       inline_links=tuple((a, b) for a, b in links), **base)


def link_flags(passages: Sequence[Passage]) -> tuple[np.ndarray, np.ndarray]:
    """For each passage: is it a link item, is it a nested link item ("Also in Spanish")."""
    if isinstance(passages, PassageTable):
        return passages.is_link, passages.is_nested
    return (np.asarray([p.link_title is not None for p in passages], dtype=bool),
            np.asarray([p.context is not None for p in passages], dtype=bool))


def corpus_to_arrays(corpus: Corpus) -> dict[str, np.ndarray]:
    """The parsed corpus for the cache, so a cached start need not parse the Markdown nor make every passage.
    (``passage_doc`` and ``passage_section`` are the index's own arrays.)"""
    docs = [[d.id, d.title, d.source, d.publisher, d.url, d.updated, list(d.aliases),
             [[s.heading, s.line, s.passage_ids[0] if s.passage_ids else 0, len(s.passage_ids)] for s in d.sections],
             [[r.n, r.text, r.url] for r in d.references], d.path] for d in corpus.documents]
    texts = [p.text.encode("utf-8") for p in corpus.passages]
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in texts], out=offsets[1:])
    extras = {str(p.id): [p.subsection, p.url, p.link_title, p.publisher, list(p.refs), p.context,
                          [list(link) for link in p.inline_links]]
              for p in corpus.passages
              if p.subsection or p.url or p.link_title or p.publisher or p.refs or p.context or p.inline_links}
    return {
        "corpus.documents": _json_bytes(docs),
        "passage.text": np.frombuffer(b"".join(texts), dtype=np.uint8),
        "passage.offsets": offsets,
        "passage.position": np.asarray([p.position for p in corpus.passages], dtype=np.int32),
        "passage.line": np.asarray([p.line for p in corpus.passages], dtype=np.int32),
        "passage.extras": _json_bytes(extras),
    }


def corpus_from_arrays(arrays: dict[str, np.ndarray]) -> Corpus:
    raw = json.loads(arrays["corpus.documents"].tobytes().decode("utf-8"))
    documents = tuple(
        Document(id=d[0], title=d[1], source=d[2], publisher=d[3], url=d[4], updated=d[5], aliases=tuple(d[6]),
                 sections=tuple(Section(h, line, range(first, first + n)) for h, line, first, n in d[7]),  # type: ignore[arg-type]
                 references=tuple(Reference(n, text, url) for n, text, url in d[8]), path=d[9])
        for d in raw
    )
    return Corpus(documents, PassageTable(arrays, documents))


def _json_bytes(value: object) -> np.ndarray:
    return np.frombuffer(json.dumps(value, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
