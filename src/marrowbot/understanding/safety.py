"""The red-flag screen and the lay-symptom lexicon: phrase matching that tolerates typos."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from marrowbot.intents import LayTerm, RedFlag
from marrowbot.text import fold, stem


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in fold(text).split())


@dataclass(frozen=True)
class _Phrase:
    folded: str
    stems: tuple[str, ...]
    joined: str  # " stem stem " for a quick substring test


def _phrase(text: str) -> _Phrase:
    stems = _stems(text)
    return _Phrase(fold(text), stems, f" {' '.join(stems)} ")


#: Long phrases also match with a typo or two (rapidfuzz), single long words too.
FUZZY_MIN_CHARS = 8
FUZZY_SCORE = 90.0
WORD_SCORE = 85.0


def phrase_in(phrase: _Phrase, folded: str, joined: str) -> bool:
    """Is a phrase in a message? By stems (so "bones ache" finds "bone aches"), else fuzzily for long ones.
    ``folded`` is the message folded, ``joined`` its stems as " stem stem "."""
    n = len(phrase.stems)
    if n == 0:
        return False
    if phrase.joined in joined:
        return True
    if len(phrase.folded) < 6:
        return False
    if n == 1:
        # One long word: any word of the message close enough ("suicde" ~ "suicide").
        return any(len(w) >= 5 and fuzz.ratio(w, phrase.folded) >= WORD_SCORE for w in folded.split())
    # partial_ratio slides the SHORTER text over the longer one: only ever slide the phrase over the message.
    return (len(phrase.folded) >= FUZZY_MIN_CHARS and len(folded) >= len(phrase.folded)
            and fuzz.partial_ratio(phrase.folded, folded) >= FUZZY_SCORE)


def _message(text: str) -> tuple[str, str]:
    return fold(text), f" {' '.join(_stems(text))} "


class RedFlagScreen:
    """Recognises emergencies before anything else; recall matters more than precision here."""

    def __init__(self, flags: tuple[RedFlag, ...]) -> None:
        self.flags = flags
        self._phrases = [[_phrase(p) for p in f.phrases] for f in flags]
        self._groups = [[[_phrase(p) for p in g] for g in f.all_of] for f in flags]

    def screen(self, text: str) -> tuple[RedFlag, ...]:
        folded, joined = _message(text)
        found = []
        for flag, phrases, groups in zip(self.flags, self._phrases, self._groups):
            hit = any(phrase_in(p, folded, joined) for p in phrases)
            if not hit and groups:
                hit = all(any(phrase_in(p, folded, joined) for p in g) for g in groups)
            if hit:
                found.append(flag)
        # A crisis (thoughts of suicide or self-harm) is answered first.
        return tuple(sorted(found, key=lambda f: f.kind != "crisis"))


class LaySymptoms:
    """Maps the words people use ("so tired", "yellow eyes") to the documents' terms (fatigue, jaundice)."""

    def __init__(self, lay_terms: tuple[LayTerm, ...]) -> None:
        self.terms = lay_terms
        self._phrases = [[_phrase(t.term)] + [_phrase(s) for s in t.says] for t in lay_terms]

    def find(self, text: str) -> tuple[tuple[str, str], ...]:
        """(document term, the words that matched) for each symptom mentioned."""
        folded, joined = _message(text)
        out = []
        for term, phrases in zip(self.terms, self._phrases):
            for p in phrases:
                if phrase_in(p, folded, joined):
                    out.append((term.term, p.folded))
                    break
        return tuple(out)
