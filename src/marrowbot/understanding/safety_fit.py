"""Fitting the two safety detectors (build time only): the sample weights, the features (word and character
n-grams plus concept features, safety_features.py), the logistic regression, out-of-fold scores and the thresholds
chosen on them. Scoring is safety_model.py; the record of the thresholds and the arrays, safety_thresholds.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marrowbot import vectors
from marrowbot.intents import IntentSet
from marrowbot.text.safety import safety_normal
from marrowbot.understanding.safety_data import DETECTORS, EMERGENCY_ONLY_PREFIX, load_training, training_sets
from marrowbot.understanding.safety_features import chars_of_normal, safety_chars, safety_words, words_of_normal

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



#: The band is at least this wide (in log-odds) below the sure threshold.
BAND_WIDTH = 1.0


def thresholds(scores: np.ndarray | None, labels: np.ndarray) -> tuple[float, float]:
    """(sure, band) from out-of-fold scores: sure keeps SURE_RECALL of the positives (never stricter than the
    model's own even odds), the band reaches BAND_RECALL and is at least BAND_WIDTH wide."""
    if scores is None:
        return 0.0, -BAND_WIDTH
    sure = threshold_for(scores, labels, SURE_RECALL)
    return sure, min(threshold_for(scores, labels, BAND_RECALL), sure - BAND_WIDTH)


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
