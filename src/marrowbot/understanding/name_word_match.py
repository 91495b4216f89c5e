"""How a word of a condition's name is found in a message that does not say it as it is: in another form of the same
word ("transplants" for "transplantation") or with a typo ("necrosys"), never as another real word."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

#: A word of a name typed with a typo still counts if it is this close (rapidfuzz ratio).
WORD_TYPO_SCORE = 80.0

#: Words this long or longer (a name's and the message's) can be one word in two forms ("transplant" and
#: "transplantation"): shorter ones are too often different words.
WORD_FORM_PREFIX = 7

#: How much a word in another form counts (a little less than the word itself).
WORD_FORM_CREDIT = 0.95

#: The endings that make another form of the same word (after a plural's "s").
WORD_FORM_ENDINGS = frozenset(("", "e", "es", "ed", "ing", "ation", "ion", "ment", "al"))


def word_match(w: str, query_words: list[str], spelt: set[str]) -> tuple[float, str]:
    """How a name's word not in the message is found in it: ``(WORD_FORM_CREDIT, form)`` in another form,
    ``(ratio, word)`` with a typo, else ``(0.0, "")``. A word of ``spelt`` (the documents use it as it is) is a typo
    of no other word, only the same word with another ending ("tests", "adults" for "test", "adult")."""
    form = other_form(w, query_words)
    if form:
        return WORD_FORM_CREDIT, form
    if len(w) >= 4:
        best, match = 0.0, ""
        for q in query_words:
            if abs(len(q) - len(w)) <= 2:
                r = fuzz.ratio(w, q)
                if q in spelt and not one_slip(w, q):
                    continue
                if r > best:
                    best, match = r, q
        if best >= WORD_TYPO_SCORE:
            return best, match
    return 0.0, ""


def one_slip(word: str, spelt: str) -> bool:
    """May a word the documents use stand for another? The same word with another ending ("tests") or one slip away
    ("heat" for "heart"); never further ("thrombocytopenia" is no "thrombocytosis", "hematologist" no "hematologic")."""
    return word.startswith(spelt) or spelt.startswith(word) or OSA.distance(word, spelt, score_cutoff=1) <= 1


def other_form(word: str, query_words: list[str]) -> str:
    """A word of the message that is another form of a name's word: the same word with an inflection or an ending
    that makes a noun of it ("transplant", "transplants" for "transplantation"), or "". A longer word is not a form
    ("hemoglobin" is no form of "hemoglobinuria")."""
    if len(word) < WORD_FORM_PREFIX:
        return ""
    for q in query_words:
        if len(q) >= WORD_FORM_PREFIX and q != word:
            a, b = sorted((word.removesuffix("s"), q.removesuffix("s")), key=len)
            if b.startswith(a) and b[len(a):] in WORD_FORM_ENDINGS:
                return q
    return ""
