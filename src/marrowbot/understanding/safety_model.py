"""The two trained safety detectors (medical emergency, crisis): logistic regression over word and character
n-grams plus concept features, trained at index build time, stored as arrays, scored in well under a millisecond.

Training data: ``intents/safety/<detector>.jsonl`` and ``<detector>.<name>.jsonl`` (one
``{"flag": ..., "example": ...}`` or ``{"flag": ..., "not_example": ...}`` a line), the
``examples``/``not_examples`` of the red flags, and the other intents' examples as everyday negatives.
Thresholds are chosen on held-out folds, for recall.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marrowbot import vectors
from marrowbot.errors import IntentsError
from marrowbot.intents import IntentSet
from marrowbot.memory import Memo, remembered
from marrowbot.text import stem, word_char_grams
from marrowbot.text.safety import frame, negated, safety_normal

DETECTORS = ("emergency", "crisis")
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


def sample_weights(flags: list[str]) -> np.ndarray:
    return np.asarray([HAND_WEIGHT if f.startswith("hand:") else FRAME_WEIGHT if f.startswith("frame:") else 1.0
                       for f in flags])

# Concepts: words that mean the same thing to the screen, so that one example teaches its synonyms.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "breath": ("breath", "breathe", "breathing", "air", "suffocat", "gasp", "wheez", "chok", "respir", "aire", "ahog",
               "oxygen", "inhaler", "panting", "breathless"),
    "chest": ("chest", "heart", "pecho", "corazon", "infarto", "cardiac"),
    "blood": ("blood", "bleed", "bled", "sangr", "hemorrhag", "haemorrhag", "clot"),
    "unresponsive": ("unconscious", "unresponsive", "faint", "collaps", "pass out", "passed out", "black out",
                     "blacked out", "wake", "respond", "desmay", "despiert", "inconscien", "floppy", "limp", "rouse"),
    "seizure": ("seiz", "fit", "convuls", "jerk", "shaking all over"),
    "stroke": ("droop", "slur", "crooked", "lopsided", "one side", "jumbled", "garbled", "numb", "torcid", "stroke",
               "derrame"),
    "fever": ("fever", "temperature", "febrile", "chills", "shiver", "rigor", "38", "39", "100", "101", "102", "fiebre",
              "escalofri", "burning up", "hot"),
    "treatment": ("chemo", "transplant", "neutropen", "white count", "counts", "platelets", "leukemia", "leukaemia",
                  "aml", "mds", "immun", "quimio", "trasplante", "defensas", "infusion", "transfusion"),
    "swelling": ("swell", "swollen", "closing", "hives", "tongue", "throat", "hinch", "garganta", "lengua"),
    "swallowed": ("swallow", "pills", "tablets", "overdose", "bottle", "poison", "bleach", "drank", "ate some",
                  "medicine cabinet", "pastillas", "trago", "sobredosis"),
    "injury": ("fell", "fall", "hit", "crash", "banged", "stab", "burn", "cayo", "golpe"),
    "death": ("die", "dying", "dead", "death", "kill", "suicid", "end it", "end my", "ending", "alive", "live",
              "morir", "muer", "matar", "vivir", "wake up"),
    "self": ("myself", "himself", "herself", "themselves", "my life", "mi vida"),
    "burden": ("burden", "better off", "without me", "miss me", "gone", "carga", "sin mi"),
    "hopeless": ("hopeless", "no point", "pointless", "what is the point", "no way out", "give up", "giving up",
                 "can not go on",
                 "can not take", "can not cope", "trapped", "worthless", "empty", "esperanza", "aguanto"),
    "goodbye": ("goodbye", "bye", "last message", "say bye", "despedida", "adios", "letters", "note", "will",
                "giving away", "given away", "give away", "gave away", "in order", "despedir", "ultimo mensaje",
                "ultima vez", "testamento", "en orden", "regale", "perdon"),
    "plan": ("plan", "how many", "how much", "enough", "saved", "saving", "stockpil", "hoard", "rope", "gun", "knife",
             "bridge", "jump", "tonight", "picked a date", "lethal", "fatal", "guardad", "pistola", "arma", "cuerda",
             "puente",
             "soga", "navaja", "somnifero", "juntando", "esta noche", "tirarme"),
    "harm": ("cut", "cutting", "burn", "hurt", "harm", "scratch", "punch", "cortando", "dano", "corte", "cortes",
             "cortadas", "lastim", "quemo", "golpeo", "a proposito"),
    "now": ("now", "right now", "minutes", "just", "started", "since", "ahora", "getting worse", "won t", "will not"),
}
# One pass finds every concept: the words of all concepts in one pattern, each word pointing at its concepts.
_CONCEPT_OF: dict[str, list[str]] = {}
for _c, _ws in _CONCEPTS.items():
    for _w in _ws:
        _CONCEPT_OF.setdefault(_w, []).append(_c)
_CONCEPT_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(_CONCEPT_OF, key=len, reverse=True)) + r")")


#: The concepts that make a message alarming (denying one of them hedges a message).
ALARMING = {"emergency": frozenset(
                "breath chest blood unresponsive seizure stroke fever swelling swallowed injury".split()),
            "crisis": frozenset("death burden hopeless goodbye plan harm swallowed".split())}


@remembered(maxsize=1024)
def _concepts(text: str) -> frozenset[str]:
    found: set[str] = set()
    for m in _CONCEPT_RE.finditer(text):
        word = m.group(1)
        found.update(_CONCEPT_OF[word])
    return frozenset(found)


def concepts(text: str) -> set[str]:
    """The concepts a text mentions (remembered for the few texts read more than once)."""
    return set(_concepts(text))
_SENTENCES = re.compile(r"[.!?;\n]+|\bbut\b|\banyway\b|\bpero\b")


def safety_words(text: str) -> list[str]:
    """Word features: stems, stem bigrams, concepts, and how each concept is framed (negated, asked about,
    in the past, hypothetical). ``text`` is raw; it is normalised here (the one normal form, text/safety.py)."""
    normal = safety_normal(text)
    ws = normal.split()
    toks = [stem(w) for w in ws]
    neg = negated(ws)
    out = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
    out.extend(f"neg:{t}" for t, n in zip(toks, neg) if n)
    frames = frame(normal)
    out.extend(f"frame:{f}" for f in frames)
    denied = concepts(" ".join(w for w, n in zip(ws, neg) if n)) if any(neg) else set()
    for concept in sorted(concepts(normal)):
        out.append(f"c:{concept}")
        out.extend(f"c:{concept}|{f}" for f in frames)
        if concept in denied:
            out.append(f"c:{concept}|neg")
    if len(ws) > 40:
        out.append("long")
    return out


def safety_chars(text: str) -> list[str]:
    """Character 3-5-grams inside the normal form's words: typo tolerance ("breahting", "siezure")."""
    return word_char_grams(safety_normal(text).split())


#: The detectors' own analyzers, by the names stored with their vectorisers.
ANALYZERS: dict[str, vectors.Analyzer] = {"safety_words": safety_words, "safety_chars": safety_chars}


# --- training data -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    text: str
    detector: str  # emergency | crisis
    positive: bool
    flag: str  # the category (or the group of a not_example)
    source: str  # FILE:LINE


def training_files(intents_dir: Path) -> list[Path]:
    """The detectors' data files; a folder without its own ``safety/`` uses the packaged data."""
    folder = Path(intents_dir) / "safety"
    if not folder.is_dir():
        from marrowbot.resources import default_intents_dir

        folder = default_intents_dir() / "safety"
    # <detector>.jsonl (composed by scripts/make_safety_data.py) and <detector>.<anything>.jsonl (hand-written).
    return [p for d in DETECTORS for p in sorted(folder.glob(f"{d}.*jsonl")) if p.is_file()]


def load_training(intents_dir: Path, intent_set: IntentSet) -> list[Example]:
    """Every training example of both detectors, checked: ``FILE:LINE: what is wrong`` on a bad line."""
    out: list[Example] = []
    for path in training_files(intents_dir):
        detector = path.name.split(".")[0]
        seen: dict[str, tuple[bool, int]] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise IntentsError(path, n, f"bad JSON: {err.msg}") from err
            if not isinstance(row, dict) or set(row) - {"flag", "example", "not_example"} or "flag" not in row \
                    or len(set(row) & {"example", "not_example"}) != 1:
                raise IntentsError(path, n, 'expected {"flag": NAME, "example": TEXT} or '
                                            '{"flag": NAME, "not_example": TEXT}')
            positive = "example" in row
            text = row["example" if positive else "not_example"]
            if not isinstance(text, str) or not text.strip() or not isinstance(row["flag"], str):
                raise IntentsError(path, n, "flag and text must be non-empty text")
            key = safety_normal(text)
            if key in seen and seen[key][0] != positive:
                raise IntentsError(path, n, f"the same message is an example and a not_example (line {seen[key][1]})")
            seen[key] = (positive, n)
            out.append(Example(text.strip(), detector, positive, row["flag"], f"{path}:{n}"))
    red_flags = Path(intent_set.path) / "red_flags.yml"
    for flag in intent_set.red_flags:
        out.extend(Example(t, flag.kind, True, flag.name, str(red_flags)) for t in flag.examples)
        out.extend(Example(t, flag.kind, False, flag.name, str(red_flags)) for t in flag.not_examples)
    # How people ask everything else: everyday negatives for both detectors.
    for intent in intent_set.intents:
        if intent.name != "emergency":
            out.extend(Example(t, d, False, f"intent:{intent.name}", "intents.yml") for t in intent.examples
                       for d in DETECTORS)
    return out


#: Emergency flags whose positives are no crisis negatives: an overdose may be an attempt.
NOT_CRISIS_NEGATIVES = frozenset({"poisoning_overdose", "overdose"})
#: Round 4 (files <detector>.round4.jsonl) trains only its own detector, like the frames: its emergencies (injuries,
#: poisonings, collapses told by bystanders) as crisis negatives taught the crisis detector that hurt and blood
#: ("banged his head", "bleeding") are no crisis, and self-harm told in those words fell below its threshold.
#: Round 5's emergency file (flags "round5e:...": wounds, seizure clusters, choking, failing inhalers) likewise.
EMERGENCY_ONLY_PREFIX = ("round4:", "round5e:")


def training_sets(examples: list[Example]) -> dict[str, tuple[list[str], np.ndarray, list[str]]]:
    """Per detector: texts, labels (1 = positive) and flags. A crisis is also urgent, so crisis examples are
    left out of the emergency detector's negatives; emergencies that are not overdoses are crisis negatives."""
    sets: dict[str, tuple[list[str], np.ndarray, list[str]]] = {}
    for d in DETECTORS:
        other = "crisis" if d == "emergency" else "emergency"
        rows = [(e.text, int(e.positive), e.flag) for e in examples if e.detector == d]
        if d == "crisis":
            rows += [(e.text, 0, f"emergency:{e.flag}") for e in examples
                     if e.detector == other and e.positive and e.flag not in NOT_CRISIS_NEGATIVES
                     and not e.flag.startswith(EMERGENCY_ONLY_PREFIX)]
        # The other detector's negatives are this one's too, except its frame negatives (written for it alone:
        # "how would i help if my brother ..." teaches the crisis detector a frame, the emergency one nothing).
        rows += [(e.text, 0, e.flag) for e in examples if e.detector == other and not e.positive
                 and not e.flag.startswith(("frame:", *EMERGENCY_ONLY_PREFIX))]
        texts = [r[0] for r in rows]
        sets[d] = (texts, np.asarray([r[1] for r in rows], dtype=np.int8), [r[2] for r in rows])
    return sets


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


def fit_features(texts: list[str], extra: list[str] | None = None):  # noqa: ANN201 - (words vectorizer, chars
    # vectorizer, matrix, norm floors)
    """Features of ``texts`` (the vocabulary, idf and norm floors are fitted on them) and then of ``extra`` (rows
    after, in the same vocabulary: texts that must not change the features of the others)."""
    from scipy import sparse

    words_vec, wm = vectors.fit(texts, "safety_words", min_df=2, analyzers=ANALYZERS, norm=None)
    chars_vec, cm = vectors.fit(texts, "safety_chars", min_df=2, analyzers=ANALYZERS, norm=None)
    floors = np.asarray([float(np.percentile(_row_norms(m), NORM_FLOOR_PERCENTILE)) if m.shape[0] else 0.0
                         for m in (wm, cm)])
    if extra:
        wm = sparse.vstack([wm, words_vec.transform(extra)]).tocsr()
        cm = sparse.vstack([cm, chars_vec.transform(extra)]).tocsr()
    wm, cm = _floored(wm, floors[0]), _floored(cm, floors[1])
    matrix = sparse.hstack([wm, CHAR_SCALE * cm]).tocsc()
    n = len(texts)
    common = _common_columns(words_vec, wm[:n], lambda t: ":" not in t and " " not in t)
    common += [wm.shape[1] + i for i in _common_columns(chars_vec, cm[:n], lambda t: True)]
    if common:  # a zero column: the model gives it no weight, and the row norms stay as scored
        keep = np.ones(matrix.shape[1])
        keep[common] = 0.0
        matrix = matrix @ sparse.diags(keep)
    return words_vec, chars_vec, sparse.csr_matrix(matrix), floors


def _model():  # noqa: ANN202
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=4.0, tol=1e-3, max_iter=500, class_weight="balanced", solver="liblinear")


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


def threshold_for(scores: np.ndarray, labels: np.ndarray, recall: float) -> float:
    """The highest threshold that keeps ``recall`` of the positives at or above it."""
    pos = np.sort(scores[labels == 1])
    if not len(pos):
        return 0.0
    k = int(np.floor((1.0 - recall) * len(pos)))
    # Never stricter than the model's own even odds: composed training positives are easier than real
    # messages, so a fold-chosen threshold above 0 would cost recall on words nobody wrote down.
    return float(min(pos[k], 0.0))


def build_arrays(intents_dir: Path, intent_set: IntentSet, *, folds: int = FOLDS) -> dict[str, np.ndarray]:
    """Fit both detectors (features shared) and choose their thresholds on held-out folds."""
    sets = training_sets(load_training(intents_dir, intent_set))
    # The emergency-only texts (round 4) are read in the vocabulary of the others, so that adding them changes
    # nothing in the crisis detector (a shared idf moved its borderline values: dev-set crises were lost).
    only = {t for texts, _, flags in sets.values() for t, f in zip(texts, flags) if f.startswith(EMERGENCY_ONLY_PREFIX)}
    all_texts = list(dict.fromkeys(t for texts, _, _ in sets.values() for t in texts))
    shared = [t for t in all_texts if t not in only]
    extra = [t for t in all_texts if t in only]
    row = {t: i for i, t in enumerate(shared + extra)}
    words_vec, chars_vec, features, floors = fit_features(shared, extra)
    arrays: dict[str, np.ndarray] = {"safety.norm_floor": floors}
    arrays.update(words_vec.to_arrays("safety.words"))
    arrays.update(chars_vec.to_arrays("safety.chars"))
    coefs, intercepts, sure, band = [], [], [], []
    for d in DETECTORS:
        texts, labels, flags = sets[d]
        x = features[[row[t] for t in texts]]
        weights = sample_weights(flags)
        model = _model().fit(x, labels, sample_weight=weights)
        coefs.append(model.coef_[0])
        intercepts.append(float(model.intercept_[0]))
        scores = oof_scores(x, labels, folds, weights=weights) if folds > 1 else None
        s, b = thresholds(scores, labels)
        sure.append(s)
        band.append(b)
    arrays["safety.coef"] = np.asarray(coefs, dtype=np.float32)
    arrays["safety.intercept"] = np.asarray(intercepts, dtype=np.float64)
    arrays["safety.sure"] = np.asarray(sure, dtype=np.float64)
    arrays["safety.band"] = np.asarray(band, dtype=np.float64)
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
        coef = np.asarray(arrays["safety.coef"], dtype=np.float64)
        n_words = self.words.size
        self._wcoef = coef[:, :n_words].T.copy()  # (features, 2)
        self._ccoef = (CHAR_SCALE * coef[:, n_words:]).T.copy()
        self.intercept = np.asarray(arrays["safety.intercept"], dtype=np.float64)
        self.sure = np.asarray(arrays["safety.sure"], dtype=np.float64)
        self.band = np.asarray(arrays["safety.band"], dtype=np.float64)
        floor = np.asarray(arrays.get("safety.norm_floor", np.zeros(2)), dtype=np.float64)
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

    def _part(self, vec: vectors.Vectorizer, coef: np.ndarray, tokens: list[str]) -> np.ndarray:
        memo = self._cols[id(vec)]
        counts: Counter[int] = Counter()
        for t in tokens:  # one look-up per token: its column, or -1
            i = memo.get(t)
            if i is None:
                j = vec.vocabulary.get(t)
                i = -1 if j is None else j
                if len(memo) < 200_000:
                    memo[t] = i
            if i >= 0:
                counts[i] += 1
        if not counts:
            return np.zeros(coef.shape[1])
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        w = tf * self._idf[id(vec)][cols]
        w /= max(np.sqrt((w * w).sum()), self._floor[id(vec)])
        return w @ coef[cols]

    def _word_grams(self, word: str) -> np.ndarray:
        """The character-gram columns of one word (as ``safety_chars`` makes them), remembered: words repeat."""
        cols = self._gram_cache.get(word)
        if cols is None:
            vocab = self.chars.vocabulary
            padded = f" {word} "
            grams = [padded[i : i + n] for n in (3, 4, 5) for i in range(max(1, len(padded) - n + 1))]
            cols = np.asarray([vocab[g] for g in grams if g in vocab], dtype=np.int64)
            if len(self._gram_cache) < 50_000:
                self._gram_cache[word] = cols
        return cols

    def _chars_part(self, text: str) -> np.ndarray:
        parts = [self._word_grams(w) for w in safety_normal(text).split()]
        cols = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        if not len(cols):
            return np.zeros(self._ccoef.shape[1])
        cols, counts = np.unique(cols, return_counts=True)
        w = (1.0 + np.log(counts)) * self._idf[id(self.chars)][cols]
        w /= max(np.sqrt((w * w).sum()), self._floor[id(self.chars)])
        return w @ self._ccoef[cols]

    def decision(self, text: str) -> np.ndarray:
        """The two decision values (emergency, crisis) of one piece of text."""
        return (self.intercept + self._part(self.words, self._wcoef, safety_words(text)) + self._chars_part(text))

    def score(self, text: str) -> SafetyScores:
        """The whole message and each of its sentences; the highest value counts (a long message must not hide
        one alarming sentence)."""
        best = self.decision(text)
        parts = [p for p in _SENTENCES.split(text) if len(p.split()) >= 3] if len(text) > 60 else []
        if len(parts) > 1 and not (best >= self.sure).all():
            for p in parts[:6]:
                best = np.maximum(best, self.decision(p))
        levels = ["sure" if v >= s else "possible" if v >= b else "no" for v, s, b in zip(best, self.sure, self.band)]
        return SafetyScores(float(best[0]), float(best[1]), levels[0], levels[1], float(self.sure[0]),
                            float(self.sure[1]), float(self.band[0]), float(self.band[1]))
