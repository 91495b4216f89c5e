"""The intent matcher: a linear model over word and character n-grams, fitted once, explainable."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from marrowbot import vectors
from marrowbot.intents import IntentSet
from marrowbot.text import fold, stem, word_char_grams
from marrowbot.text.questions import FILLER_WORDS
from marrowbot.understanding.spelling import model_form


def intent_words(text: str) -> list[str]:
    """Word features for intents: stopwords KEPT ("what is" vs "how is" matters), stemmed, 1- and 2-grams; words
    that only lean on a question left out ("what even is it" is "what is it")."""
    toks = [stem(w) for w in fold(text).split() if w not in FILLER_WORDS]
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def intent_chars(text: str) -> list[str]:
    """Character 3-5-grams inside words, stopwords kept: tolerance for misspellings."""
    return word_char_grams(fold(text).split())


#: The intent model's own analyzers, by the names stored with its vectorisers.
ANALYZERS: dict[str, vectors.Analyzer] = {"intent_words": intent_words, "intent_chars": intent_chars}

#: Character features count less than whole words: they are there for typos.
CHAR_SCALE = 0.6

#: The safety screen's own matcher's arrays (``IntentMatcher.screen``) are stored under this prefix.
SCREEN_PREFIX = "screen."
#: A generated example (examples.*.yml: the development conversations' turns) weighs this much against a
#: hand-written one: chosen by grouped cross-validation (benchmarks/conversations_cv.py).
GENERATED_WEIGHT = 1.0
#: The logistic regression's inverse regularisation strength.
REGULARISATION_C = 20.0


@dataclass(frozen=True)
class IntentScores:
    ranked: tuple[tuple[str, float], ...]  # (intent, probability), best first
    terms: tuple[str, ...]  # the word features that pushed the winner up most
    examples: tuple[str, ...]  # the training examples nearest to the message

    @property
    def best(self) -> tuple[str, float]:
        return self.ranked[0]

    def mixed(self, other: IntentScores, weight: float) -> IntentScores:
        """These probabilities weighted ``weight`` against ``other``'s (the question clause of a long message
        against the whole message); the explanation stays this one's."""
        theirs = dict(other.ranked)
        probs = {name: weight * p + (1.0 - weight) * theirs.get(name, 0.0) for name, p in self.ranked}
        ranked = tuple(sorted(probs.items(), key=lambda np_: -np_[1]))
        return IntentScores(ranked, self.terms, self.examples)


class IntentMatcher:
    def __init__(self, arrays: dict[str, np.ndarray], examples: list[tuple[str, str]]) -> None:
        self.words = vectors.Vectorizer.from_arrays(arrays, "intent.words", ANALYZERS)
        self.chars = vectors.Vectorizer.from_arrays(arrays, "intent.chars", ANALYZERS)
        self.classes = [str(c) for c in arrays["intent.classes"].tolist()]
        # Shapes checked against each other (a row per intent, a column per feature): a wrong member is a rebuild.
        features = self.words.size + self.chars.size
        self.coef = vectors.checked(arrays["intent.coef"], (len(self.classes), features), "intent.coef")
        self.intercept = vectors.checked(arrays["intent.intercept"], (len(self.classes),), "intent.intercept")
        self.example_matrix = vectors.postings_from_arrays(arrays, "intent.examples_t")
        if self.example_matrix.shape[1] != len(examples) or self.example_matrix.shape[0] != self.words.size:
            raise ValueError("intent.examples_t: not the examples' word matrix")
        self.examples = examples
        # The conversation's matcher reads examples and messages in one normal form (``spelling.model_form``); the
        # safety screen's own matcher reads them as written, as it always has.
        self.normal = bool(arrays["intent.normal"][0]) if "intent.normal" in arrays else False
        self._word_names = sorted(self.words.vocabulary, key=self.words.vocabulary.__getitem__)

    @staticmethod
    def build_arrays(intent_set: IntentSet, normal: bool = True) -> dict[str, np.ndarray]:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression  # only needed when building

        pairs = IntentMatcher.example_list(intent_set)
        texts = [model_form(text) if normal else text for text, _ in pairs]
        labels = [name for _, name in pairs]
        hand = len(pairs) - len(intent_set.generated)
        weights = np.asarray([1.0] * hand + [GENERATED_WEIGHT] * len(intent_set.generated))
        words_vec, words_m = vectors.fit(texts, "intent_words", analyzers=ANALYZERS)
        chars_vec, chars_m = vectors.fit(texts, "intent_chars", analyzers=ANALYZERS)
        features = sparse.hstack([words_m, CHAR_SCALE * chars_m]).tocsr()
        model = LogisticRegression(C=REGULARISATION_C, max_iter=1000, class_weight="balanced")
        model.fit(features, labels, sample_weight=weights if intent_set.generated else None)
        arrays: dict[str, np.ndarray] = {}
        arrays.update(words_vec.to_arrays("intent.words"))
        arrays.update(chars_vec.to_arrays("intent.chars"))
        arrays["intent.coef"] = model.coef_.astype(np.float32)
        arrays["intent.intercept"] = model.intercept_.astype(np.float32)
        arrays["intent.classes"] = np.asarray([str(c) for c in model.classes_])
        arrays.update(vectors.matrix_to_arrays(words_m.T.tocsr(), "intent.examples_t"))
        arrays["intent.normal"] = np.asarray([normal])
        return arrays

    @staticmethod
    def example_list(intent_set: IntentSet) -> list[tuple[str, str]]:
        out = []
        for intent in intent_set.intents:
            out.extend((ex, intent.name) for ex in intent.examples)
            out.extend((kw, intent.name) for kw in intent.keywords)
        out.extend(intent_set.generated)
        return out

    @staticmethod
    def screen_arrays(intent_set: IntentSet) -> dict[str, np.ndarray]:
        """The arrays of the safety screen's own matcher (``screen``), trained on intents.yml alone: none when there
        are no generated examples (the matcher is the screen's too)."""
        if not intent_set.generated:
            return {}
        own = IntentMatcher.build_arrays(replace(intent_set, generated=()), normal=False)
        return {SCREEN_PREFIX + k: v for k, v in own.items()}

    @staticmethod
    def screen(arrays: dict[str, np.ndarray], intent_set: IntentSet, matcher: IntentMatcher) -> IntentMatcher:
        """The matcher whose emergency guess the safety screen weighs: trained on intents.yml's examples alone, so
        that the generated examples (examples.*.yml: ways of asking for the conversation) never move a safety
        decision; ``matcher`` itself when there are none."""
        if not intent_set.generated:
            return matcher
        own = {k[len(SCREEN_PREFIX):]: v for k, v in arrays.items() if k.startswith(SCREEN_PREFIX)}
        return IntentMatcher(own, IntentMatcher.example_list(replace(intent_set, generated=())))

    def score(self, text: str) -> IntentScores:
        if self.normal:
            text = model_form(text)
        w_cols, w_vals = self.words.row(text)
        c_cols, c_vals = self.chars.row(text)
        # The model's features are the word columns, then the character columns scaled by CHAR_SCALE.
        logits = (self.coef[:, w_cols] @ w_vals + self.coef[:, self.words.size + c_cols] @ (CHAR_SCALE * c_vals)
                  + self.intercept)
        logits -= logits.max()
        probs = np.exp(logits)
        probs /= probs.sum()
        order = np.argsort(-probs)
        ranked = tuple((self.classes[i], float(probs[i])) for i in order)
        best = order[0]
        # Explanation: word features by their push towards the winner.
        contrib = []
        for col, val in zip(w_cols.tolist(), w_vals.tolist()):
            contrib.append((float(val * self.coef[best, col]), self._word_names[col]))
        contrib.sort(reverse=True)
        terms = tuple(t for v, t in contrib[:5] if v > 0)
        sims = self._similarities(w_cols, w_vals) if len(w_cols) else np.zeros(0)
        near = np.argsort(-sims)[:3] if len(sims) else []
        examples = tuple(self.examples[i][0] for i in near if sims[i] > 0 and self.examples[i][1] == self.classes[best])
        return IntentScores(ranked, terms, examples)

    def _similarities(self, cols: np.ndarray, values: np.ndarray) -> np.ndarray:
        """The message's word vector against every example's (the stored matrix is word -> examples)."""
        m = self.example_matrix
        sims = np.zeros(m.shape[1], dtype=np.float32)
        if not len(cols):
            return sims
        # Every column's postings gathered at once and added in the columns' order (``np.add.at`` adds one by one,
        # in order: the same float32 sums as a loop over the columns, without a Python step per column).
        starts = np.asarray(m.indptr[cols], dtype=np.int64)
        lengths = np.asarray(m.indptr[cols + 1], dtype=np.int64) - starts
        at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        np.add.at(sims, m.indices[at], np.repeat(values.astype(m.data.dtype), lengths) * m.data[at])
        return sims
