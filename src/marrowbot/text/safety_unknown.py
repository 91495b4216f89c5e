"""The decision's reading of negation.

What a negation of knowing leaves told: "i do not know if he is breathing", "i am not sure whether she has a
pulse", "no se si respira". The "not" denies the knowing, never what is not known: whether he breathes is the open
question, and an open question about a vital sign is the emergency itself. Read by the decision and the curated
phrase screen only (the detectors' features keep the plain negation of text/safety_negation.py)."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.safety_negation import negated

#: Words of knowing, telling or being sure that a "not" before them denies ("do not know", "not sure", "can not
#: tell", "no se") ...
_KNOWING = frozenset("know knw knowing sure certain tell telling remember see check understand se sabe sabemos "
                     "seguro segura seguros".split())
#: ... and the words that open what is not known after them.
_WHETHER = frozenset("if whether wether si".split())


#: A denial the detectors' negation does not read, in a list of what is not so: a bare "not" before an act of harm
#: done to oneself ("i'm fine, not hurting myself and not planning to"), "nothing about" what follows ("gloomy
#: thoughts, nothing about hurting myself"), "nada de" ("nada de hacerme dano"). It ends at a word that opens another
#: clause, or after a few words.
_HARM_ACTS = frozenset("hurting harming cutting injuring hurt harm injure hacerme lastimarme cortarme hacerse "
                       "lastimarse cortarse".split())
_NOTHING = frozenset("nothing nada".split())
_ABOUT = frozenset("about like regarding de sobre".split())
_LOOSE_ENDS = frozenset("and but so then because though although y pero porque aunque".split())
_LOOSE_SCOPE = 3


def _loose(words: tuple[str, ...], out: list[bool]) -> None:
    for i, w in enumerate(words[:-1]):
        if (w == "not" and words[i + 1] in _HARM_ACTS) or (w in _NOTHING and words[i + 1] in _ABOUT):
            for j in range(i + 1, min(i + 1 + _LOOSE_SCOPE, len(words))):
                if words[j] in _LOOSE_ENDS:
                    break
                out[j] = True


@remembered(maxsize=1024)
def _read(words: tuple[str, ...]) -> tuple[bool, ...]:
    out = list(negated(list(words)))
    _loose(words, out)
    for i, w in enumerate(words):
        if w in _WHETHER and 0 < i and words[i - 1] in _KNOWING and out[i - 1] | out[i]:
            j = i
            while j < len(out) and out[j]:
                out[j] = False
                j += 1
    return tuple(out)


def read_negated(words: list[str]) -> list[bool]:
    """``negated`` without what follows a denied knowing, with the loose denials of a list (``_loose``): for each
    word, whether a negation governs it."""
    return list(_read(tuple(words)))
