"""Speed only: the start of a passage's text without making the passage. A cached corpus makes its passages on
demand from memory-mapped arrays (corpus_arrays.PassageTable), and a check that reads only how a sentence starts
("Hemoglobin is ...") over the thousands of sentences using a common word need not make them all."""

from __future__ import annotations

from collections.abc import Sequence

from marrowbot.corpus_arrays import PassageTable
from marrowbot.model import Passage


def text_start(passages: Sequence[Passage], pid: int, n: int) -> str:
    """``passages[pid].text[:n]``."""
    if not isinstance(passages, PassageTable):
        return passages[pid].text[:n]
    offsets = passages._offsets
    begin, end = int(offsets[pid]), int(offsets[pid + 1])
    # n characters take at most 4n bytes of UTF-8; a character cut at the end of the slice is dropped, and is not
    # among the first n.
    raw = bytes(passages._blob[begin : min(end, begin + 4 * n)])
    return raw.decode("utf-8", errors="ignore")[:n]
