"""Phrase matching that tolerates typos, for the red-flag screen and the lay-symptom lexicon: a phrase's stems in a
message, exactly or within a typo or two, and an index that finds which of many phrases a message holds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from marrowbot.memory import Memo, remembered
from marrowbot.text import stem
from marrowbot.text.questions import EVERYDAY
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_unknown import read_negated as negated
from marrowbot.understanding.spelling import doubling


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in safety_normal(text).split())


@dataclass(frozen=True)
class Phrase:
    folded: str
    stems: tuple[str, ...]
    joined: str  # " stem stem " for a quick substring test
    keys: tuple[frozenset[str], ...]  # per longer word, its 3-letter start and end: a fuzzy match needs them
    negates: bool  # the phrase itself carries a negation ("no reason to live"): match it on the full text


_NEGATION_WORDS = frozenset("no not never without nor nothing".split())


def _keys(words: list[str], low: int) -> frozenset[str]:
    return frozenset(k for w in words if len(w) >= low for k in (w[:3], w[-3:]))


def phrase_of(text: str) -> Phrase:
    stems = _stems(text)
    normal = safety_normal(text)
    return Phrase(normal, stems, f" {' '.join(stems)} ", tuple(_keys([w], 4) for w in normal.split() if len(w) >= 4),
                   any(w in _NEGATION_WORDS for w in normal.split()))


#: Long phrases also match with a typo or two (rapidfuzz), single long words too.
FUZZY_MIN_CHARS = 8
FUZZY_SCORE = 90.0
WORD_SCORE = 85.0


@dataclass(frozen=True)
class Message:
    folded: str  # the safety normal form
    joined: str  # its stems as " stem stem "
    affirmed: str  # the same with every negated word blanked ("no chest pain" -> " no _ _ ")
    words: tuple[str, ...]  # words of 5+ letters, for one-word fuzzy matches
    keys: frozenset[str]
    affirmed_folded: str  # the normal form with negated words blanked
    affirmed_words: tuple[str, ...]
    all_words: frozenset[str]
    stem_set: frozenset[str] = frozenset()  # its distinct stems, for the exact look-up of both indexes


@remembered(maxsize=256)  # the red-flag screen and the lay symptoms read the same message
def message_of(text: str) -> Message:
    normal = safety_normal(text)
    ws = normal.split()
    stems = list(map(stem, ws))
    neg = negated(ws)
    affirmed = " ".join("_" if n else s for s, n in zip(stems, neg))
    kept = ["_" if n else w for w, n in zip(ws, neg)]
    return Message(normal, f" {' '.join(stems)} ", f" {affirmed} ", tuple(w for w in ws if len(w) >= 5),
                    _keys(ws, 3), " ".join(kept), tuple(w for w in kept if len(w) >= 5), frozenset(ws),
                    frozenset(stems) - {""})


def phrase_in(phrase: Phrase, msg: Message, *, affirmed: bool = False) -> bool:
    """Is a phrase in a message? By stems (so "bones ache" finds "bone aches"), else fuzzily for long ones.
    ``affirmed``: only where no negation governs it ("no chest pain" does not say "chest pain")."""
    n = len(phrase.stems)
    if n == 0:
        return False
    if phrase.joined in (msg.affirmed if affirmed and not phrase.negates else msg.joined):
        return True
    if len(phrase.folded) < 6 or (
            phrase.keys and sum(1 for k in phrase.keys if k & msg.keys) < max(1, len(phrase.keys) - 1)):
        return False  # a typo or two spoil one word, not more: no fuzzy match is possible
    return _fuzzy_in(phrase, msg, affirmed and not phrase.negates)


def _fuzzy_in(phrase: Phrase, msg: Message, plain: bool) -> bool:
    """The fuzzy half of ``phrase_in`` (``plain``: only where no negation governs the words)."""
    if phrase.negates and not all(w in msg.all_words for w in phrase.folded.split() if w in _NEGATION_WORDS):
        return False  # a typo is forgiven, a different negation is not ("not breathing" is no "no breathing problems")
    if len(phrase.stems) == 1:
        # One long word: any word of the message close enough ("suicde" ~ "suicide").
        words = msg.affirmed_words if plain else msg.words
        return process.extractOne(phrase.folded, words, scorer=fuzz.ratio, score_cutoff=WORD_SCORE) is not None
    # partial_ratio slides the SHORTER text over the longer one: only ever slide the phrase over the message.
    folded = msg.affirmed_folded if plain else msg.folded
    return (len(phrase.folded) >= FUZZY_MIN_CHARS and len(folded) >= len(phrase.folded)
            and fuzz.partial_ratio(phrase.folded, folded, score_cutoff=FUZZY_SCORE) >= FUZZY_SCORE)


class PhraseIndex:
    """Finds which of many phrases occur in a message without testing each one: an exact match needs the
    phrase's longest stem in the message (an index by that stem finds the few worth testing); a fuzzy match
    needs nearly all of its longer words' keys (3-letter start or end), found through an index by key. The
    cost grows with the message's words, not with the number of phrases."""

    def __init__(self, phrases: list[Phrase], *, affirmed: bool) -> None:
        self.phrases = phrases
        self.affirmed = affirmed  # only where no negation governs the words (unless the phrase is a negation)
        self._by_stem: dict[str, list[int]] = {}
        # Fuzzy candidates. A phrase with one longer word: by that word's keys. A phrase of two or more longer
        # words: a typo or two spoil one of them, not all, so one is there as typed (indexed by each) and nearly
        # all have their keys in the message.
        self._by_key: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._keyless: list[int] = []
        self._words = [frozenset(p.folded.split()) for p in phrases]
        self._one = [len(w) == 1 for w in self._words]
        for n, p in enumerate(phrases):
            if p.stems:
                self._by_stem.setdefault(max(p.stems, key=len), []).append(n)
            if len(p.folded) < 6 or not p.stems or (len(p.stems) > 1 and len(p.folded) < FUZZY_MIN_CHARS):
                continue  # never matched fuzzily
            if not p.keys:
                self._keyless.append(n)
            elif len(p.keys) == 1:
                for k in p.keys[0]:
                    self._by_key.setdefault(k, []).append(n)
            else:
                for w in {w for w in p.folded.split() if len(w) >= 4}:
                    self._by_word.setdefault(w, []).append(n)
        # The one-word phrases, and for each word read so far the ones close enough to it (a bounded memo).
        self._single = [n for n, p in enumerate(phrases) if len(p.stems) == 1]
        self._single_text = [phrases[n].folded for n in self._single]
        self._close_to: dict[str, frozenset[int]] = Memo()
        self._asks: tuple[list[frozenset[str] | None], list[bool], list[bool], list[int]] | None = None

    def _asked(self) -> tuple[list[frozenset[str] | None], list[bool], list[bool], list[int]]:
        """What ``fuzzy_matches`` asks of each phrase, worked out once (at the first message, not at every start):
        the negation words it needs in the message (None: no negation), whether it is read only where no negation
        governs, whether it is one word, its length."""
        if self._asks is None:
            ps = self.phrases
            self._asks = ([frozenset(w for w in p.folded.split() if w in _NEGATION_WORDS) if p.negates else None
                           for p in ps], [self._plain(p) for p in ps], [len(p.stems) == 1 for p in ps],
                          [len(p.folded) for p in ps])
        return self._asks

    def _plain(self, p: Phrase) -> bool:
        return self.affirmed and not p.negates

    def exact(self, msg: Message) -> list[int]:
        out = []
        for stem_ in msg.stem_set:
            for n in self._by_stem.get(stem_, ()):
                p = self.phrases[n]
                if p.joined in (msg.affirmed if self._plain(p) else msg.joined):
                    out.append(n)
        return out

    def fuzzy_candidates(self, msg: Message) -> list[int]:
        found = {n for k in msg.keys for n in self._by_key.get(k, ())}
        keys = msg.keys
        for n in {n for w in msg.all_words for n in self._by_word.get(w, ())}.difference(found):
            # (The word found is there with its keys: a phrase of one or two longer words needs no count.)
            pk = self.phrases[n].keys
            if len(pk) <= 2 or sum(not k.isdisjoint(keys) for k in pk) >= len(pk) - 1:
                found.add(n)
        # A one-word phrase there as typed was for the exact (stem) match to find: no fuzzy test.
        words = msg.all_words
        return sorted(n for n in found.union(self._keyless) if not (self._one[n] and self._words[n] <= words))

    def fuzzy(self, n: int, msg: Message) -> bool:
        p = self.phrases[n]
        return _fuzzy_in(p, msg, self._plain(p))

    def fuzzy_matches(self, candidates: list[int], msg: Message) -> set[int]:
        """Those of ``candidates`` that ``fuzzy`` finds in a message, all at once: the phrases of several words
        slid over the message in one call of the matcher, the one-word ones looked up by the message's words
        (each word's close one-word phrases are found once and remembered)."""
        out: set[int] = set()
        slide: dict[bool, list[int]] = {True: [], False: []}
        close: dict[bool, set[int]] = {}
        needs, plains, one_stem, length = self._asked()
        all_words = msg.all_words
        room = {True: len(msg.affirmed_folded), False: len(msg.folded)}
        for n in candidates:
            need = needs[n]
            if need is not None and not need <= all_words:
                continue  # (as in _fuzzy_in)
            plain = plains[n]
            if one_stem[n]:
                if plain not in close:
                    close[plain] = self._close(msg.affirmed_words if plain else msg.words)
                if n in close[plain]:
                    out.add(n)
            elif FUZZY_MIN_CHARS <= length[n] <= room[plain]:
                slide[plain].append(n)
        for plain, ns in slide.items():
            if ns:
                text = msg.affirmed_folded if plain else msg.folded
                scores = process.cdist([self.phrases[n].folded for n in ns], [text], scorer=fuzz.partial_ratio,
                                       score_cutoff=FUZZY_SCORE, dtype=np.float64)
                out.update(n for n, score in zip(ns, scores[:, 0]) if score >= FUZZY_SCORE)
        return out

    def _close(self, words: tuple[str, ...]) -> set[int]:
        """The one-word phrases within WORD_SCORE of any of ``words`` (``fuzz.ratio`` is symmetric)."""
        found: set[int] = set()
        for w in words:
            near = self._close_to.get(w)
            if near is None:
                near = frozenset(self._single[i] for _, _, i in process.extract(
                    w, self._single_text, scorer=fuzz.ratio, score_cutoff=WORD_SCORE, limit=None))
                if len(self._close_to) < 50_000:
                    self._close_to[w] = near
            found.update(near)
        return found


@cache
def _everyday_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in EVERYDAY)


def _inflected_swap(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` everyday words, inflected or not, of different stems ("doing" for "dying": "do" and "die";
    not "breath" for "breathe", one stem, nor "slow" for "slowly", "wash" for "washer", "worse" for "worst" ("wors",
    "worst"), one the other's start, nor "loosing" for "losing", a letter doubled), both longer than a small word? (A
    phrase's small word is often only left out or cut, the alignment taking the next word in its place: "hard to wake
    ju(st)" for "hard to wake up", "the rat poison" for "ate rat poison".)"""
    stems, sa, sb = _everyday_stems(), stem(a), stem(b)
    return min(len(a), len(b)) > 3 and not (a.startswith(b) or b.startswith(a) or sa.startswith(sb)
                                             or sb.startswith(sa) or doubling(a, b)) and sa in stems and sb in stems


def word_swapped(phrase: Phrase, msg: Message, inflected: bool = False) -> bool:
    """Is a phrase found fuzzily in a message only by one everyday word put for another of the same place ("and it
    all" for "end it all", "hear myself" for "harm myself")? That is another word, not a typo of the phrase's.
    ``inflected``: the words read by their stems ("i am doing fine" for "i am dying": "doing" is no everyday word
    itself, "do" is)."""
    text = msg.folded
    found = fuzz.partial_ratio_alignment(phrase.folded, text)
    if found is None:
        return False
    start, end = found.dest_start, found.dest_end
    while start > 0 and text[start - 1] != " ":
        start -= 1
    while end < len(text) and text[end] != " ":
        end += 1
    said, meant = text[start:end].split(), phrase.folded.split()
    return len(said) == len(meant) and any(
        a != b and (_inflected_swap(a, b) if inflected else a in EVERYDAY and b in EVERYDAY) and not {a, b} & _PERSONS
        for a, b in zip(said, meant))


#: Persons and their possessives: a phrase said of another ("better off without her" for "... without me") is the
#: same phrase, not another word.
_PERSONS = frozenset("i me my mine myself you your yours he him his himself she her hers herself we us our they them "
                     "their themselves it its".split())
