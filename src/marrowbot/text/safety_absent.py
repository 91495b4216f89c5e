"""Signs said to be normal in the safety screen's normal form ("she is breathing normally", "her temperature is
fine", "respira bien", "el pecho no le duele"): the sign's words are named, but as a check that came out well, like a
negation ("no fever"). Read by the decision only (the detectors' features keep the plain negation of
text/safety_negation.py): the words a check says normal count as denied there."""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety_split import stops
from marrowbot.text.safety_unknown import read_negated as negated

#: A sign's word, then (with at most a verb of being, seeming or staying and a softener) a word that says it is
#: normal: "breathing normally", "breathing is fine", "temperature has been normal", "temp normal", "respira bien",
#: "su temperatura esta normal". Never before a comparison or a limit ("breathing fine at rest but ...": the "but"
#: clause keeps its own words, which this does not reach).
_SAID_NORMAL = lazy_re(
    r"\b((?:breath\w*|respir\w*|temperature|temp|temps|fiebre|pulse|pulso|heart ?rate|colou?r|lips|labios|"
    r"speech|speaking|talking|habla|hablando|consciente|alert)"
    r"(?: (?:is|are|was|were|has been|have been|seems?|seemed|looks?|looked|sounds?|sounded|stays?|stayed|"
    r"remains?|esta|estan|sigue|se ve|se oye))?"
    r"(?: (?:totally|completely|perfectly|absolutely|completamente|totalmente|muy|really|just|all|still))?"
    r" (?:normal|normally|fine|ok|okay|well|good|regular|easily|easy|comfortably|clear|pink|bien|normales|"
    r"tranquil[oa]|perfecto|perfectamente|estable))\b")


#: What ends a clause in a raw message.
_CLAUSE = lazy_re(stops(r",;.!?:") + r"+|\s+-\s+")
#: Words before a sign said normal that make it the symptom ("he is not breathing normally", "sin poder respirar
#: bien", "can not breathe well", "barely breathing ok").
_NOT_BEFORE = frozenset("no not sin nor ni never can cannot poder puede puedo hardly barely isnt arent".split())


@remembered(maxsize=256)
def _said_normal(words: tuple[str, ...]) -> tuple[bool, ...]:
    normal = " ".join(words)
    marks = [False] * len(words)
    for m in _SAID_NORMAL.finditer(normal):
        first = normal.count(" ", 0, m.start())
        if _NOT_BEFORE.intersection(words[max(0, first - 3):first]):
            continue
        last = first + m.group(1).count(" ")
        for i in range(first, last + 1):
            marks[i] = True
    return tuple(marks)


def said_normal(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it part of a sign said to be normal?"""
    return list(_said_normal(tuple(words)))


#: Forms of the verbs whose negation IS the sign or the despair (text/safety_negation.py), read as the forms that list
#: holds: the Spanish subjunctive after "es normal que", "que" ("no pueda respirar", "que no despierte") and "not
#: wanting to be alive". (The decision's reading only: the detectors' features keep the negation as they learnt it.)
_AS_THE_SYMPTOM = {"pueda": "puede", "puedan": "pueden", "respire": "respira", "despierte": "despierta",
                   "responda": "responde", "reaccione": "reacciona", "wanting": "want", "wants": "want"}
#: ... but talking ABOUT something, denied, denies the thing talked of ("she is not talking about harming herself",
#: "he is not speaking of ending it"): no silence, which is the sign only of "he is not talking" alone.
_TALKING = frozenset("talking speaking talk speak".split())
_ABOUT = frozenset(("about", "of"))


def _as_read(words: list[str], i: int) -> str:
    w = words[i]
    if not i or words[i - 1] not in ("no", "not"):
        return w
    if w in _TALKING and i + 1 < len(words) and words[i + 1] in _ABOUT:
        return "saying"
    return _AS_THE_SYMPTOM.get(w, w)


def denials(words: list[str], crisis: bool = False) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), does a negation govern it or a check say it is
    normal ("no fever", "breathing normally")? In a message that names a crisis (``crisis``), only a negation: a
    check said normal denies no crisis ("my breathing is fine, i just do not want to be here anymore")."""
    neg = negated([_as_read(words, i) for i in range(len(words))])
    return neg if crisis else [n or s for n, s in zip(neg, _said_normal(tuple(words)))]


def denied_in_every_clause(text: str, names: Callable[[str], set[str]], normal_of: Callable[[str], str]) -> bool:
    """Is every alarming concept (``names``: those of a normal form) that a clause of ``text`` names denied in that
    same clause? The clauses are read apart (the normal form has no commas: "no epipen, throat tight" must not deny
    the throat). ``normal_of``: the safety normal form of a clause."""
    for clause in _CLAUSE.split(text):
        ws = normal_of(clause).split()
        if ws and names(" ".join(w for w, d in zip(ws, denials(ws)) if not d)):
            return False
    return True


#: The person said to be well now, in the present ("he is absolutely fine", "she is acting herself", "esta bien";
#: not "he was talking fine and now ...", the before of a change).
_FINE_NOW = lazy_re(
    r"\b(?:is|are|am|s|m|seems|looks|feels|esta|estan|estoy|se ve|se siente) (?:(?:absolutely|completely|totally|"
    r"perfectly|really|just|totalmente|completamente|muy) )?(?:fine|ok|okay|well|alright|all right|bien|perfect[oa]|"
    r"tranquil[oa])\b|\bacting (?:himself|herself|themselves|normal|normally|like (?:himself|herself))\b")


def fine_now(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say the person is well now?"""
    return bool(_FINE_NOW.search(normal))
