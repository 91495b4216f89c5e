"""The two trained safety detectors (medical emergency, crisis): logistic regression over word and character
n-grams plus concept features, trained at index build time, stored as arrays, scored in well under a millisecond.

Training data: ``intents/safety/<detector>.jsonl`` and ``<detector>.<name>.jsonl`` (one
``{"flag": ..., "example": ...}`` or ``{"flag": ..., "not_example": ...}`` a line), the
``examples``/``not_examples`` of the red flags, and the other intents' examples as everyday negatives.
Thresholds are chosen on held-out folds, for recall (recorded by the evaluation command for exactly this model,
else at build time). Features: safety_features.py; training data: safety_data.py; fitting: safety_fit.py; the recorded
thresholds and the built arrays: safety_thresholds.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from marrowbot import vectors
from marrowbot.memory import Memo
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_courtesy import without_apology
from marrowbot.text.safety_split import stops
from marrowbot.understanding.safety_features import ALARMING, ANALYZERS, concepts, words_of_normal
from marrowbot.understanding.safety_fit import CHAR_SCALE
from marrowbot.understanding.safety_plan import crisis_said

_SENTENCES = re.compile(stops(r".!?;\n") + r"+|\bbut\b|\banyway\b|\bpero\b")
#: The concepts that show an alarm in a message (either detector's): a sentence read alone outweighs its message only
#: where the message names one of them, says a crisis construct or already reads as possible to a detector (see
#: ``SafetyModel.score``).
_ALARM = ALARMING["emergency"] | ALARMING["crisis"]


#: The crisis concepts a sentence names of a crisis itself (not the tablets of a treatment, nor an everyday plan).
_CRISIS_ITSELF = ALARMING["crisis"] - {"swallowed", "plan"}


#: How much less (log-odds) a quiet sentence of a message of several (one that names no crisis itself and says no
#: crisis construct, ``_crisis_of``) lifts the message's crisis value than its own value: the highest of several
#: sentences read alone is often high by chance, and a calm sentence the detector reads as a crisis ("the plan is that
#: a nurse comes for the first few and then i do it myself") turned a long safe message into a crisis with both
#: numbers. A crisis told in words the concepts do not name ("told me i should have his watch") reads more than this
#: above the threshold. Not where the whole message reads as a possible emergency or crisis (``SafetyModel.score``):
#: a stroke's words ("the wrong ones come out") and a plan told across sentences ("i have sorted out the way and the
#: place. the day i was diagnosed seems the right date for it") are caught by a quiet sentence's crisis value. Chosen
#: on the development sets (safety-blind-1..30, safety-dev-es1; round 43): 14 safe controls of 8,869 lost a false
#: alarm and 30 a safety line, no crisis was lost; 1 emergency was, caught before only by the crisis detector's
#: chance reading of a quiet sentence ("is 100.4 high enough to count? thats what i have and im on chemo", split at
#: the decimal point into "4 high enough ..."). At 3.0 or with no lift at all (as ``quiet_lift`` False), a brother's
#: farewell gift was lost too.
QUIET_LIFT_DOUBT = 1.5


def _crisis_of(sentence: str) -> bool:
    """A sentence names a crisis itself or says a crisis construct."""
    normal = safety_normal(sentence)
    return bool(concepts(normal) & _CRISIS_ITSELF) or crisis_said(normal) is not None


# --- scoring -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SafetyScores:
    emergency: float  # decision value; >= sure: urgent, >= band: possible
    crisis: float
    emergency_level: str  # "sure", "possible" or "no"
    crisis_level: str
    emergency_sure: float = 0.0  # the detectors' "sure" thresholds
    crisis_sure: float = 0.0
    emergency_band: float = -1.0  # the detectors' "possible" thresholds
    crisis_band: float = -1.0


class SafetyModel:
    """Scores a message with both detectors; numpy only, no scikit-learn at query time."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.words = vectors.Vectorizer.from_arrays(arrays, "safety.words", ANALYZERS)
        self.chars = vectors.Vectorizer.from_arrays(arrays, "safety.chars", ANALYZERS)
        n_words = self.words.size
        # Shapes checked against each other (2 detectors, a column per feature): a wrong member is a rebuild.
        coef = np.asarray(vectors.checked(arrays["safety.coef"], (2, n_words + self.chars.size), "safety.coef"),
                          dtype=np.float64)
        self._wcoef = coef[:, :n_words].T.copy()  # (features, 2)
        self._ccoef = (CHAR_SCALE * coef[:, n_words:]).T.copy()
        self.intercept, self.sure, self.band = (
            np.asarray(vectors.checked(arrays[f"safety.{n}"], (2,), n), dtype=np.float64)
            for n in ("intercept", "sure", "band"))
        #: Where the thresholds come from: "recorded" (chosen on held-out folds by the evaluation command, for
        #: exactly this model), "N folds" (chosen on held-out folds at build time), "none" (the defaults).
        self.thresholds_from = str(arrays["safety.thresholds"][()]) if "safety.thresholds" in arrays else "unknown"
        floor = np.asarray(vectors.checked(arrays.get("safety.norm_floor", np.zeros(2)), (2,), "norm_floor"),
                           dtype=np.float64)
        self._floor = {id(self.words): float(floor[0]), id(self.chars): float(floor[1])}
        # Plain arrays (not memory maps: indexing a memory map costs more than the arithmetic), and one memo of
        # word-feature columns (-1: not a feature) so that a token costs one dict look-up.
        self._idf = {id(self.words): np.array(self.words.idf), id(self.chars): np.array(self.chars.idf)}
        self._cols: dict[int, dict[str, int]] = {id(self.words): Memo(), id(self.chars): Memo()}
        self._gram_cache: dict[str, np.ndarray] = Memo()  # a bounded memo, filled as messages come (thread-safe enough:
        # a race only computes the same value twice)

    @staticmethod
    def has_arrays(arrays: dict[str, np.ndarray]) -> bool:
        return "safety.coef" in arrays

    def _word_grams(self, words: list[str]) -> dict[str, np.ndarray]:
        """The character-gram columns of each of ``words`` (as ``safety_chars`` makes them), remembered: words
        repeat. The grams of all of them are looked up at once."""
        grams: list[str] = []
        ends = []
        for word in words:
            padded = f" {word} "
            grams += [padded[i : i + n] for n in (3, 4, 5) for i in range(max(1, len(padded) - n + 1))]
            ends.append(len(grams))
        cols = vectors.columns_of(self.chars.vocabulary, grams)
        out = {}
        start = 0
        for word, end in zip(words, ends):
            out[word] = np.asarray([c for c in cols[start:end] if c >= 0], dtype=np.int64)
            start = end
        if len(self._gram_cache) < 50_000:
            self._gram_cache.update(out)
        return out

    def _word_columns(self, tokens: list[str]) -> tuple[list[int], list[int]]:
        """Each distinct word feature's column (-1: not a feature) and count, in the order they first occur."""
        memo = self._cols[id(self.words)]
        counted = Counter(tokens)
        found: list[int | None] = list(map(memo.get, counted))  # None: not looked up yet
        if None in found:
            new = [t for t, i in zip(counted, found) if i is None]
            cols = dict(zip(new, vectors.columns_of(self.words.vocabulary, new)))
            if len(memo) < 200_000:
                memo.update(cols)
            found = [cols[t] if i is None else i for t, i in zip(counted, found)]
        return found, list(counted.values())  # type: ignore[return-value]  # (no None left)

    def _weighted(self, vec: vectors.Vectorizer, coef: np.ndarray, rows: np.ndarray, cols: np.ndarray,
                  counts: np.ndarray, n: int) -> np.ndarray:
        """(n, 2): each row's tf-idf vector (1 + log count, times idf; divided by its length, never by less than
        the floor) times the coefficients."""
        out = np.zeros((n, coef.shape[1]))
        if not len(cols):
            return out
        w = (1.0 + np.log(counts)) * self._idf[id(vec)][cols]
        if n == 1:  # one piece (most messages): its sums directly
            w /= max(np.sqrt((w * w).sum()), self._floor[id(vec)])
            out[0] = w @ coef[cols]
            return out
        w /= np.maximum(np.sqrt(np.bincount(rows, w * w, minlength=n)), self._floor[id(vec)])[rows]
        c = coef[cols]
        for j in range(coef.shape[1]):
            out[:, j] = np.bincount(rows, w * c[:, j], minlength=n)
        return out

    def decisions(self, pieces: list[str]) -> np.ndarray:
        """The two decision values (emergency, crisis) of each of several pieces of text: (pieces, 2), the
        pieces' features gathered first and weighed together (one set of array operations for all)."""
        n = len(pieces)
        found: list[int] = []
        counts: list[int] = []
        rows: list[int] = []
        grams: list[np.ndarray] = []
        nc = self.chars.size
        for r, text in enumerate(pieces):
            # (once: the word features and the character grams read the same form; an apology for the writing
            # itself, "perdón por el mensaje tan largo", is no farewell: text/safety_courtesy)
            normal = without_apology(safety_normal(text))
            cols, cnt = self._word_columns(words_of_normal(normal))
            found += cols
            counts += cnt
            rows += [r] * len(cols)
            words = normal.split()
            parts: list[np.ndarray | None] = list(map(self._gram_cache.get, words))
            if any(p is None for p in parts):  # words not seen before: their grams looked up at once
                new = self._word_grams(list(dict.fromkeys(w for w, p in zip(words, parts) if p is None)))
                parts = [new[w] if p is None else p for w, p in zip(words, parts)]
            if parts:
                g: np.ndarray = np.concatenate(parts)  # type: ignore[arg-type]
                grams.append(g + r * nc if r else g)
        wcols = np.asarray(found, dtype=np.int64)
        known = wcols >= 0
        values = self._weighted(self.words, self._wcoef, np.asarray(rows, dtype=np.int64)[known], wcols[known],
                                np.asarray(counts, dtype=np.float64)[known], n)
        if not grams:
            return self.intercept + values + np.zeros_like(values)
        keys, ccounts = np.unique(np.concatenate(grams), return_counts=True)
        return self.intercept + values + self._weighted(self.chars, self._ccoef, keys // nc, keys % nc,
                                                        ccounts.astype(np.float64), n)

    def decision(self, text: str) -> np.ndarray:
        """The two decision values (emergency, crisis) of one piece of text."""
        return self.decisions([text])[0]

    def score(self, text: str, quiet_lift: bool = True) -> SafetyScores:
        """The whole message and each of its sentences; the highest value counts (a long message must not hide
        one alarming sentence), where the message shows an alarm at all: it names an alarming concept or a detector
        reads it as possible; a sentence that names no crisis itself lifts the crisis value QUIET_LIFT_DOUBT less
        than it reads. ``quiet_lift`` False: a sentence that names no crisis itself and says no crisis
        construct does not lift the crisis detector (a message whose writer denied the crisis: safety_denial)."""
        parts = [p for p in _SENTENCES.split(text) if len(p.split()) >= 3] if len(text) > 60 else []
        if len(parts) > 1:  # the message and its sentences weighed at once; its sentences count unless it is sure
            values = self.decisions([text, *parts[:6]])
            normal = safety_normal(text)
            if not (values[0] >= self.band).any() and not concepts(normal) & _ALARM and not crisis_said(normal):
                # A message that names no alarm, says no crisis construct (a farewell: "thats me done, thanks for
                # everything" is one) and reads as none to either detector: a sentence cut from it ("the
                # car park was full so i sat in the lobby", "i was up all night with the baby") is a few words the
                # detectors read as anything (on the development sets: 9 false alarms and 44 safety lines on calm
                # messages fewer, no emergency or crisis lost).
                values = values[:1]
            else:  # a quiet sentence lifts the crisis detector less, or not at all (``quiet_lift`` False)
                quiet = [i for i, p in enumerate(parts[:6], 1) if not _crisis_of(p)]
                # (... in full where the whole message reads as a possible emergency or crisis: a sign told in words the
                # emergency detector is unsure of, "the wrong words come out", was caught by a sentence's crisis value)
                doubt = np.inf if not quiet_lift else 0.0 if (values[0] >= self.band).any() else QUIET_LIFT_DOUBT
                values[quiet, 1] = np.maximum(values[0, 1], values[quiet, 1] - doubt)
            best = values[0] if (values[0] >= self.sure).all() else values.max(axis=0)
        else:
            best = self.decisions([text])[0]
        levels = ["sure" if v >= s else "possible" if v >= b else "no" for v, s, b in zip(best, self.sure, self.band)]
        return SafetyScores(float(best[0]), float(best[1]), levels[0], levels[1], float(self.sure[0]),
                            float(self.sure[1]), float(self.band[0]), float(self.band[1]))
