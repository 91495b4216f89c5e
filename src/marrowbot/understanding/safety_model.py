"""The two trained safety detectors (medical emergency, crisis): logistic regression over word and character
n-grams plus concept features, trained at index build time, stored as arrays, scored in well under a millisecond.

Training data: ``intents/safety/<detector>.jsonl`` and ``<detector>.<name>.jsonl`` (one
``{"flag": ..., "example": ...}`` or ``{"flag": ..., "not_example": ...}`` a line), the
``examples``/``not_examples`` of the red flags, and the other intents' examples as everyday negatives.
Thresholds are chosen on held-out folds, for recall (recorded by the evaluation command for exactly this model,
else at build time). Features: safety_features.py; training data: safety_data.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marrowbot import vectors
from marrowbot.intents import IntentSet
from marrowbot.memory import Memo
from marrowbot.text.safety import safety_normal
from marrowbot.understanding.safety_data import DETECTORS as DETECTORS
from marrowbot.understanding.safety_data import EMERGENCY_ONLY_PREFIX, load_training, safety_folder, training_sets
from marrowbot.understanding.safety_data import Example as Example
from marrowbot.understanding.safety_data import training_files as training_files
from marrowbot.understanding.safety_features import (
    ANALYZERS,
    chars_of_normal,
    safety_chars,
    safety_words,
    words_of_normal,
)

#: Out-of-fold recall the "sure" threshold keeps on the training positives, and the wider "possible" band.
SURE_RECALL = 0.97
BAND_RECALL = 0.995
FOLDS = 3
CHAR_SCALE = 0.6
#: Hand-written examples (flags "hand:...", files <detector>.<name>.jsonl) weigh this much more than composed ones:
#: they are worded as people write, and fewer (held-out folds of them: AUC 0.984 -> 0.991 emergency, 0.956 -> 0.963
#: crisis at weight 3-6).
HAND_WEIGHT = 4.0
#: Composed negatives in the safe frames (files <detector>.frames.jsonl, flags "frame:...").
FRAME_WEIGHT = 1.5
#: Whole messages written for training by writers who saw neither this data nor an evaluation set, from the public
#: warning-sign lists (round 22: files <detector>.written1.jsonl, <detector>.everyday1.jsonl,
#: <detector>.ordinary2.jsonl): worded as people write, and many more than the hand-written lines.
WRITTEN_PREFIX = ("written1:", "written1e:", "everyday1:", "ordinary2:")
WRITTEN_WEIGHT = 2.0


def sample_weights(flags: list[str]) -> np.ndarray:
    return np.asarray([HAND_WEIGHT if f.startswith("hand:") else WRITTEN_WEIGHT if f.startswith(WRITTEN_PREFIX)
                       else FRAME_WEIGHT if f.startswith("frame:") else 1.0 for f in flags])

# --- fitting -----------------------------------------------------------------------------------------------------


#: A plain word or character gram in more than this share of the training texts ("and", "i", "my", "the") is
#: counted in a message's length (the row norm) but given no weight of its own. Such words said nothing about
#: danger yet learnt large weights as stand-ins for length ("and" +10: the composed positives chain symptoms
#: with it), and a two-word follow-up ("and the others?") got nearly the whole weight from tf-idf's length
#: normalisation: an emergency. Concepts, frames, negations and word pairs ("and now", "i am") keep theirs.
MAX_DF = 0.2


def sparse_csr(matrix):  # noqa: ANN001, ANN201
    from scipy import sparse

    return sparse.csr_matrix(matrix)


def _common_columns(vec: vectors.Vectorizer, matrix, plain) -> list[int]:  # noqa: ANN001
    df = np.bincount(sparse_csr(matrix).indices, minlength=matrix.shape[1])  # texts with each column
    limit = MAX_DF * matrix.shape[0]
    return [i for t, i in vec.vocabulary.items() if df[i] > limit and plain(t)]


#: A message's tf-idf row is divided by its length (L2 norm), never by less than this percentile of the training
#: texts' lengths. Plain L2 normalisation gives a two-word message ("until when?", "see ya") nearly each word's
#: whole weight, so any word with a weight turned a fragment into a "sure" alarm; with the floor, a short message
#: carries the evidence of its words, not more, and the model learns how much a short message needs.
NORM_FLOOR_PERCENTILE = 5.0


def _row_norms(matrix) -> np.ndarray:  # noqa: ANN001
    return np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())


def _floored(matrix, floor: float):  # noqa: ANN001, ANN202
    from scipy import sparse

    return sparse.diags(1.0 / np.maximum(_row_norms(matrix), max(floor, 1e-12))) @ matrix


def fit_features(texts: list[str], extra: list[str] | None = None,  # noqa: ANN201 - (words vectorizer, chars
                 normals: dict[str, str] | None = None):  # vectorizer, matrix, norm floors)
    """Features of ``texts`` (the vocabulary, idf and norm floors are fitted on them) and then of ``extra`` (rows
    after, in the same vocabulary: texts that must not change the features of the others). ``normals``: the
    normal forms already made (text -> ``safety_normal(text)``), completed here."""
    words_vec, chars_vec, matrix, floors, _ = _fit(texts, extra or [], {} if normals is None else normals)
    return words_vec, chars_vec, matrix, floors


def _fit(texts: list[str], extra: list[str], normals: dict[str, str]):  # noqa: ANN202
    """``fit_features``, and a digest of what the features are made of: both vocabularies and each text's
    columns and counts (the thresholds recorded for a model are for exactly these features)."""
    from scipy import sparse

    for t in (*texts, *extra):
        if t not in normals:
            normals[t] = safety_normal(t)
    # Each text is normalised once (not once per analyzer), each word's character grams made once.
    fitting = {"safety_words": words_of_normal, "safety_chars": chars_of_normal({})}
    texts_normal = [normals[t] for t in texts]
    words_vec, wm = vectors.fit(texts_normal, "safety_words", min_df=2, analyzers=fitting, norm=None)
    chars_vec, cm = vectors.fit(texts_normal, "safety_chars", min_df=2, analyzers=fitting, norm=None)
    # Each row's columns in order: a row's norm is a float32 sum, and summed in the order its features were counted
    # (which depends on the process's string hashing) it differed in the last bit from one build to the next, and
    # the fit with it: two builds of the same data gave detectors a few 1e-4 apart, enough to flip a message that
    # sits on a threshold. Sorted, every build is the same.
    wm, cm = wm.sorted_indices(), cm.sorted_indices()
    floors = np.asarray([float(np.percentile(_row_norms(m), NORM_FLOOR_PERCENTILE)) if m.shape[0] else 0.0
                         for m in (wm, cm)])
    if extra:
        extra_normal = [normals[t] for t in extra]
        wm = sparse.vstack([wm, words_vec.transform(extra_normal)]).tocsr().sorted_indices()
        cm = sparse.vstack([cm, chars_vec.transform(extra_normal)]).tocsr().sorted_indices()
    digest = hashlib.sha256()
    for vec, m in ((words_vec, wm), (chars_vec, cm)):
        digest.update("\n".join(sorted(vec.vocabulary)).encode())
        m = m if m.has_sorted_indices else m.sorted_indices()
        # tf-idf values are 1 + log(count) times the column's idf: the counts, exactly, whatever the arithmetic
        counts = np.rint(np.exp(m.data / np.asarray(vec.idf)[m.indices] - 1.0)) if m.nnz else m.data
        for part in (m.indptr, m.indices, counts):
            digest.update(np.asarray(part, dtype=np.int64).tobytes())
    # The fitted vectorisers read raw text, as at query time.
    words_vec = dataclasses.replace(words_vec, analyze=safety_words)
    chars_vec = dataclasses.replace(chars_vec, analyze=safety_chars)
    wm, cm = _floored(wm, floors[0]), _floored(cm, floors[1])
    matrix = sparse.hstack([wm, CHAR_SCALE * cm]).tocsc()
    n = len(texts)
    common = _common_columns(words_vec, wm[:n], lambda t: ":" not in t and " " not in t)
    common += [wm.shape[1] + i for i in _common_columns(chars_vec, cm[:n], lambda t: True)]
    if common:  # a zero column: the model gives it no weight, and the row norms stay as scored
        keep = np.ones(matrix.shape[1])
        keep[common] = 0.0
        matrix = matrix @ sparse.diags(keep)
    return words_vec, chars_vec, sparse.csr_matrix(matrix), floors, digest


#: The detectors' logistic regression.
# random_state: liblinear otherwise draws its seed from numpy's global state, which the two detectors' fits (run in
# two threads) read in no fixed order, so a build could give either of two slightly different models.
MODEL = {"C": 4.0, "tol": 1e-3, "max_iter": 500, "class_weight": "balanced", "solver": "liblinear", "random_state": 0}


def _model():  # noqa: ANN202
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(**MODEL)


def oof_scores(features, labels: np.ndarray, folds: int = FOLDS, seed: int = 0,  # noqa: ANN001
               weights: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold decision values: each example scored by a model that never saw it."""
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros(len(labels))
    weights = np.ones(len(labels)) if weights is None else weights
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(labels)), labels):
        model = _model().fit(features[train], labels[train], sample_weight=weights[train])
        scores[test] = model.decision_function(features[test])
    return scores


def _kept(scores: np.ndarray, labels: np.ndarray, recall: float) -> float:
    """The highest value that keeps ``recall`` of the positives at or above it (0 without positives)."""
    pos = np.sort(scores[labels == 1])
    if not len(pos):
        return 0.0
    return float(pos[int(np.floor((1.0 - recall) * len(pos)))])


def threshold_for(scores: np.ndarray, labels: np.ndarray, recall: float) -> float:
    """The highest threshold that keeps ``recall`` of the positives at or above it."""
    # Never stricter than the model's own even odds: composed training positives are easier than real
    # messages, so a fold-chosen threshold above 0 would cost recall on words nobody wrote down.
    return min(_kept(scores, labels, recall), 0.0)


@dataclass(frozen=True)
class _Training:
    words: vectors.Vectorizer
    chars: vectors.Vectorizer
    floors: np.ndarray
    sets: dict[str, tuple[object, np.ndarray, np.ndarray]]  # per detector: features, labels, weights
    fingerprint: str  # the training data, features and settings the thresholds are chosen for


def _training(intents_dir: Path, intent_set: IntentSet, folds: int) -> _Training:
    normals: dict[str, str] = {}
    sets = training_sets(load_training(intents_dir, intent_set, normals))
    # The emergency-only texts (round 4) are read in the vocabulary of the others, so that adding them changes
    # nothing in the crisis detector (a shared idf moved its borderline values: dev-set crises were lost).
    only = {t for texts, _, flags in sets.values() for t, f in zip(texts, flags) if f.startswith(EMERGENCY_ONLY_PREFIX)}
    all_texts = list(dict.fromkeys(t for texts, _, _ in sets.values() for t in texts))
    shared = [t for t in all_texts if t not in only]
    extra = [t for t in all_texts if t in only]
    row = {t: i for i, t in enumerate(shared + extra)}
    words_vec, chars_vec, features, floors, digest = _fit(shared, extra, normals)
    settings = dict(MODEL, folds=folds, seed=0, sure_recall=SURE_RECALL, band_recall=BAND_RECALL,
                    band_width=BAND_WIDTH, char_scale=CHAR_SCALE, max_df=MAX_DF, floor=NORM_FLOOR_PERCENTILE)
    digest.update(json.dumps(settings, sort_keys=True).encode())
    out: dict[str, tuple[object, np.ndarray, np.ndarray]] = {}
    for d in DETECTORS:
        texts, labels, flags = sets[d]
        weights = sample_weights(flags)
        digest.update("\n".join([d, *texts]).encode())
        digest.update(labels.astype(np.int64).tobytes() + weights.astype(np.float64).tobytes())
        out[d] = (features[[row[t] for t in texts]], labels, weights)
    return _Training(words_vec, chars_vec, floors, out, digest.hexdigest())


# --- thresholds: chosen on held-out folds, for recall ----------------------------------------------------------

#: The record of the thresholds chosen on held-out folds (``choose_thresholds``; written by
#: ``python benchmarks/evaluate_safety.py --record-thresholds``), in the detectors' data folder. A build uses it
#: when it was chosen for exactly the model being built (same training data, features and settings: its
#: fingerprint); otherwise it chooses the thresholds itself on held-out folds, as the record would (slower).
THRESHOLDS_FILE = "thresholds.json"


def thresholds_path(intents_dir: Path) -> Path:
    return safety_folder(intents_dir) / THRESHOLDS_FILE


def source_files(intents_dir: Path) -> list[Path]:
    """Every file the detectors are built from: the training data and the record of the thresholds."""
    record = thresholds_path(intents_dir)
    return training_files(intents_dir) + ([record] if record.is_file() else [])


def recorded_thresholds(intents_dir: Path) -> dict | None:  # type: ignore[type-arg]
    path = thresholds_path(intents_dir)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def choose_thresholds(intents_dir: Path, intent_set: IntentSet, folds: int = FOLDS) -> dict:  # type: ignore[type-arg]
    """The thresholds of both detectors chosen on held-out folds (each training example scored by a model that
    never saw it), with the fingerprint of what they were chosen for: the record ``build_arrays`` uses."""
    training = _training(intents_dir, intent_set, folds)
    record: dict = {"about": "Thresholds of the safety detectors, chosen on held-out folds for recall by "  # type: ignore[type-arg]
                             "benchmarks/evaluate_safety.py --record-thresholds; used by a build only for the "
                             "training data, features and settings of its fingerprint.",
                    "fingerprint": training.fingerprint, "folds": folds}
    for d in DETECTORS:
        x, labels, weights = training.sets[d]
        scores = oof_scores(x, labels, folds, weights=weights)
        sure, band = thresholds(scores, labels)
        record[d] = {"sure": sure, "band": band,
                     f"held_out_value_at_recall_{SURE_RECALL}": round(_kept(scores, labels, SURE_RECALL), 4),
                     f"held_out_value_at_recall_{BAND_RECALL}": round(_kept(scores, labels, BAND_RECALL), 4)}
    return record


def write_thresholds(intents_dir: Path, record: dict) -> Path:  # type: ignore[type-arg]
    if not (Path(intents_dir) / "safety").is_dir():
        # Its model is trained on the packaged data, but the record would replace the packaged model's own.
        raise ValueError(f"{intents_dir}: no safety/ folder of its own; its thresholds are not recorded")
    path = thresholds_path(intents_dir)
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return path


def _recorded_for(record: dict | None, fingerprint: str, folds: int) -> dict[str, tuple[float, float]] | None:  # type: ignore[type-arg]
    """The recorded (sure, band) per detector when the record was made for exactly this model; else None (a stale,
    hand-edited or broken record is chosen again on folds, never half used)."""
    if record is None or record.get("fingerprint") != fingerprint or record.get("folds") != folds:
        return None
    try:
        return {d: (float(record[d]["sure"]), float(record[d]["band"])) for d in DETECTORS}
    except (KeyError, TypeError, ValueError):
        return None


def build_arrays(intents_dir: Path, intent_set: IntentSet, *, folds: int = FOLDS) -> dict[str, np.ndarray]:
    """Fit both detectors (features shared). Their thresholds are chosen on held-out folds: the recorded ones
    when they were chosen for exactly this model (``choose_thresholds``), else chosen here."""
    training = _training(intents_dir, intent_set, folds)
    record = _recorded_for(recorded_thresholds(intents_dir), training.fingerprint, folds) if folds > 1 else None
    arrays: dict[str, np.ndarray] = {"safety.norm_floor": training.floors}
    arrays.update(training.words.to_arrays("safety.words"))
    arrays.update(training.chars.to_arrays("safety.chars"))

    def fit(d: str) -> tuple[np.ndarray, float, float, float]:
        x, labels, weights = training.sets[d]
        model = _model().fit(x, labels, sample_weight=weights)
        if record is not None:
            s, b = record[d]
        else:
            s, b = thresholds(oof_scores(x, labels, folds, weights=weights) if folds > 1 else None, labels)
        return model.coef_[0], float(model.intercept_[0]), s, b

    # The two detectors are fitted side by side (liblinear lets go of the interpreter while it works).
    from concurrent.futures import ThreadPoolExecutor  # only needed when building (not imported by every start)

    with ThreadPoolExecutor(max_workers=len(DETECTORS)) as pool:
        fitted = list(pool.map(fit, DETECTORS))
    coefs, intercepts, sure, band = (list(column) for column in zip(*fitted))
    arrays["safety.coef"] = np.asarray(coefs, dtype=np.float32)
    arrays["safety.intercept"] = np.asarray(intercepts, dtype=np.float64)
    arrays["safety.sure"] = np.asarray(sure, dtype=np.float64)
    arrays["safety.band"] = np.asarray(band, dtype=np.float64)
    source = "recorded" if record is not None else f"{folds} folds" if folds > 1 else "none"
    arrays["safety.thresholds"] = np.asarray(source)
    return arrays


#: The band is at least this wide (in log-odds) below the sure threshold.
BAND_WIDTH = 1.0


def thresholds(scores: np.ndarray | None, labels: np.ndarray) -> tuple[float, float]:
    """(sure, band) from out-of-fold scores: sure keeps SURE_RECALL of the positives (never stricter than the
    model's own even odds), the band reaches BAND_RECALL and is at least BAND_WIDTH wide."""
    if scores is None:
        return 0.0, -BAND_WIDTH
    sure = threshold_for(scores, labels, SURE_RECALL)
    return sure, min(threshold_for(scores, labels, BAND_RECALL), sure - BAND_WIDTH)



_SENTENCES = re.compile(r"[.!?;\n]+|\bbut\b|\banyway\b|\bpero\b")


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
            normal = safety_normal(text)  # (once: the word features and the character grams read the same form)
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

    def score(self, text: str) -> SafetyScores:
        """The whole message and each of its sentences; the highest value counts (a long message must not hide
        one alarming sentence)."""
        parts = [p for p in _SENTENCES.split(text) if len(p.split()) >= 3] if len(text) > 60 else []
        if len(parts) > 1:  # the message and its sentences weighed at once; its sentences count unless it is sure
            values = self.decisions([text, *parts[:6]])
            best = values[0] if (values[0] >= self.sure).all() else values.max(axis=0)
        else:
            best = self.decisions([text])[0]
        levels = ["sure" if v >= s else "possible" if v >= b else "no" for v, s, b in zip(best, self.sure, self.band)]
        return SafetyScores(float(best[0]), float(best[1]), levels[0], levels[1], float(self.sure[0]),
                            float(self.sure[1]), float(self.band[0]), float(self.band[1]))
