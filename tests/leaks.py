"""Near copies between evaluation messages and training examples, found fast enough for the suite.

A rapidfuzz ratio of at least 90 needs the two lengths within a factor of 1.1/0.9 of each other (the indel
distance is at least the difference in length), so each band of similar-length messages is compared, in one
``process.cdist`` call on every core, only with the training examples whose length could reach the cut-off.
"""

from __future__ import annotations

import bisect

import numpy as np
from rapidfuzz import fuzz, process

#: An evaluation message this close (rapidfuzz ratio) to a training example has leaked into training.
LEAK_RATIO = 90
#: Messages within this many characters of each other's length are compared in one batch.
_BAND = 16
_BATCH = 512


def near_copies(messages: list[str], training: list[str], cutoff: int = LEAK_RATIO) -> list[tuple[str, str]]:
    """Every (message, training example) pair at ``cutoff`` or above, at most one example per message."""
    examples = sorted(training, key=len)
    lengths = [len(e) for e in examples]
    ordered = sorted(messages, key=len)
    low_factor, high_factor = (cutoff - 1) / (200 - cutoff + 1), (200 - cutoff + 1) / (cutoff - 1)
    found = []
    start = 0
    while start < len(ordered):
        shortest = len(ordered[start])
        batch = [m for m in ordered[start:start + _BATCH] if len(m) < shortest + _BAND]
        first = bisect.bisect_left(lengths, int(shortest * low_factor))
        last = bisect.bisect_right(lengths, int(len(batch[-1]) * high_factor) + 1)
        if last > first:
            scores = process.cdist(batch, examples[first:last], scorer=fuzz.ratio, score_cutoff=cutoff,
                                   dtype=np.uint8, workers=-1)
            for row in np.flatnonzero(scores.any(axis=1)):
                found.append((batch[row], examples[first + int(scores[row].argmax())]))
        start += len(batch)
    return found
