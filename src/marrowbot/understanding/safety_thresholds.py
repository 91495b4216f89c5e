"""The record of the safety detectors' thresholds (chosen on held-out folds for recall) and the arrays a build
stores: both detectors fitted (safety_fit.py), with the recorded thresholds when they were chosen for exactly this
model, else thresholds chosen on folds here.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from marrowbot.intents import IntentSet
from marrowbot.understanding.safety_data import DETECTORS, safety_folder, training_files
from marrowbot.understanding.safety_fit import (
    BAND_RECALL,
    FOLDS,
    SURE_RECALL,
    _kept,
    _model,
    _training,
    oof_scores,
    thresholds,
)

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
