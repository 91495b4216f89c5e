"""Requests about the bot's last answer itself, rather than about a subject: to say it again ("say that again",
"can you repeat that", "¿me lo repites?"), to say it shorter ("shorter please, just the list", "in one sentence",
"más corto") or to say what it said first ("what was the first thing you said").

A message is such a request when every one of its clauses (split at , . ; : ? !) is one, or goes with one without
asking anything of its own: a courtesy ("sorry", "please"), a word on how ("slower"), that the person did not follow
("i don't understand, too long"), or a clause in words the bot does not know at all, naming nothing (another
language's "repete por favor" beside an English "say that again"). At least one clause must be the request, and a
clause that asks anything else ("what is the short form of MDS", "why does it come back again") makes the whole
message a question of its own: it is read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.text import fold
from marrowbot.text.lazy import lazy_re

#: The kinds of request ``about_answer`` tells apart.
REPEAT, SHORTER, FIRST_SAID = "repeat", "shorter", "first_said"
KINDS = (REPEAT, SHORTER, FIRST_SAID)

#: Words around a request that change nothing ("ok", "sorry", "please"; folded).
_AROUND = frozenset((
    "ok", "okay", "so", "um", "umm", "hmm", "hm", "oh", "ah", "well", "and", "but", "then", "now", "please", "pls",
    "plz", "sorry", "pardon", "excuse me", "thanks", "thank you", "perdon", "disculpe", "disculpa",
    "lo siento", "por favor", "gracias", "vale", "bueno", "pues", "y", "oye"))

_CAN_YOU = r"(?:(?:can|could|would|will) (?:you|u) (?:please )?|please )?"
_IT = r"(?:that|it|this|the (?:last )?(?:answer|part|bit|sentence|one)|what (?:you|u) (?:just )?(?:said|wrote))"
_ONCE_MORE = r"(?:again|once (?:more|again)|one more time)"
#: "say that again", "can you repeat that", "come again", "what did you just say", "i didn't catch that";
#: Spanish "¿me lo repites?", "repítelo", "dilo otra vez", "¿qué dijiste?".
_REPEAT = (
    rf"{_CAN_YOU}(?:say|tell me|read|write|give me|show me|explain) {_IT} {_ONCE_MORE}(?: (?:for me|slowly|slower))?"
    rf"|{_CAN_YOU}repeat(?: (?:me )?{_IT}| yourself| me| it for me)?(?: {_ONCE_MORE})?(?: (?:for me|slowly|slower))?"
    rf"|{_CAN_YOU}say (?:it|that) (?:slower|slowly|more slowly)|{_ONCE_MORE}|come again"
    r"|what (?:did|do) (?:you|u) (?:just )?say|what was that(?: again)?"
    r"|i (?:didn t|didnt|did not|couldn t|couldnt|could not) (?:catch|get|hear|read) (?:that|it|what (?:you|u) said)"
    r"|(?:me |nos )?lo (?:puedes|puede|podrias|podria) repetir|(?:puedes|puede|podrias|podria) repetir(?:lo|me|melo)?"
    r"(?: eso)?|(?:me |nos )?lo (?:repites|repite|repetis)|repite(?:lo|melo)?|repita(?:lo|melo)?|repitelo"
    r"|(?:dilo|digalo|dimelo|digamelo|di eso|diga eso|repitelo|repitemelo) (?:otra vez|de nuevo)"
    r"|(?:otra vez|de nuevo)|que (?:dijiste|dijo|me dijiste|me dijo)")
#: "shorter please", "in one sentence", "just the list", "too long", "the short version"; Spanish "más corto",
#: "en una frase", "solo la lista", "resúmelo".
_SHORTER = (
    rf"{_CAN_YOU}(?:(?:make|keep|say|put|give|tell|write|explain) (?:it |that |this |me |them )?)?"
    r"(?:(?:a |much |even )?(?:bit |little |lot )?(?:shorter|briefer|more short|more brief|less long)"
    r"|short|brief|briefly|in short|in brief|short and simple|in a (?:sentence|line|nutshell|few words)"
    r"|in (?:one|1) (?:sentence|line)|(?:one|1) (?:sentence|line)(?: only)?"
    r"|(?:just|only) (?:the |a )?(?:list|main (?:point|thing)s?|short (?:version|answer)|gist|key points?"
    r"|first (?:sentence|line|part)|one sentence|one line|summary|basics)"
    r"|(?:the |a )?(?:gist|short (?:version|answer)|main points?|summary|tl ?dr)|summari[sz]e(?: (?:it|that|this))?"
    r"|(?:fewer|less) words)(?: (?:please|version|answer|one|for me|only))*"
    r"|(?:that s |thats |its |it s |that was |it was |this is )?too long(?: for me)?"
    r"|(?:mas|muy) (?:corto|breve|corta|cortito)|(?:dilo |digalo |dimelo )?(?:mas )?(?:corto|breve|resumido)"
    r"|(?:en )?(?:una|1) (?:frase|oracion|linea)|en (?:pocas|dos) palabras|(?:solo|nada mas) (?:la lista|lo principal"
    r"|una frase)|resumen|resumelo|resumeme|(?:un )?resumen(?: por favor)?|es (?:muy|demasiado) largo")
#: "what was the first thing you said (about it)", "what did you say first"; Spanish "¿qué fue lo primero que dijiste?".
_FIRST_THING = r"(?:(?:very )?first (?:thing|things|part|sentence|answer|bit)|thing (?:you|u) said first)"
_FIRST = (
    rf"(?:what (?:was|were|s|is) )?(?:the |your )?{_FIRST_THING}(?: that)?(?: (?:you|u))?"
    r"(?: (?:said|told|say|tell|wrote|mentioned|gave))?(?: (?:me|to me|us))?"
    r"(?: (?:about (?:it|that|this|them|him|her)|earlier|before|at the start|at first|in the beginning))*"
    r"|what (?:did|do) (?:you|u) (?:say|tell me|write) (?:first|at first|at the start|in the beginning)"
    rf"|{_CAN_YOU}(?:repeat|say again|tell me again|go back to) (?:the |your )?(?:first (?:thing|part|answer|sentence))"
    r"(?: (?:you|u) said)?"
    r"|que (?:fue|era) lo primero que (?:me )?(?:dijiste|dijo)|lo primero que (?:me )?(?:dijiste|dijo)"
    r"|que (?:dijiste|dijo|me dijiste|me dijo) (?:primero|al principio)")
_REQUESTS = ((FIRST_SAID, lazy_re(rf"^(?:{_FIRST})$")), (SHORTER, lazy_re(rf"^(?:{_SHORTER})$")),
             (REPEAT, lazy_re(rf"^(?:{_REPEAT})$")))
#: A clause that goes with such a request, asking nothing of its own: how to say it ("slower"), that the person did
#: not follow ("i not understand long", "too much"), what the first thing was about ("about what is it").
_WITH = lazy_re(
    r"^(?:(?:a (?:bit |little )?)?(?:slower|slowly|more slowly|simpler|in simple words)"
    r"|i (?:do not|don t|dont|did not|didn t|didnt|can not|cannot|can t|cant|not|no)(?: really)?"
    r" (?:understand|understood|follow|get it|get that|catch that|catch it)"
    r"(?: (?:it|that|this|you|long|so long|all|everything|well|much|the long one|long answers?))*"
    r"|(?:i m|im|i am) (?:confused|lost)|(?:(?:it|that|this)(?: s| is| was)? )?(?:too|so|very) (?:long|much)"
    r"|(?:about|on) (?:what|which|that|it|this)(?: (?:it|that) (?:is|was)| (?:is|was) (?:it|that)| thing)?"
    r"|no (?:entiendo|entendi|comprendo)(?: bien| nada| mucho)?|(?:mas )?despacio|(?:es )?(?:muy|demasiado) largo)$")
_CLAUSES = re.compile(r"[,.;:?!¿¡]+|\s+-\s+")
#: The highest first: "say that again, shorter" asks for it shorter; "repeat the first thing" for the first.
_ORDER = {FIRST_SAID: 0, SHORTER: 1, REPEAT: 2}


def _core(folded: str) -> str:
    words = folded.split()
    while words and (words[0] in _AROUND or " ".join(words[:2]) in _AROUND):
        words = words[2:] if " ".join(words[:2]) in _AROUND else words[1:]
    while words and (words[-1] in _AROUND or " ".join(words[-2:]) in _AROUND):
        words = words[:-2] if " ".join(words[-2:]) in _AROUND else words[:-1]
    return " ".join(words)


def about_answer(text: str, knows: Callable[[str], bool] = lambda _w: True) -> str | None:
    """Which request about the last answer a whole message is (``REPEAT``, ``SHORTER`` or ``FIRST_SAID``), or None
    when it asks anything of its own. ``text``: the message as typed (its clauses are read one by one); ``knows``:
    whether the bot knows a folded word (English or the documents' words): a clause of none is no question."""
    found: list[str] = []
    for clause in _CLAUSES.split(text):
        core = _core(fold(clause))
        if not core:
            continue
        kind = next((k for k, pattern in _REQUESTS if pattern.match(core)), None)
        if kind is not None:
            found.append(kind)
        elif _WITH.match(core):
            continue
        elif len(core.split()) > 4 or any(knows(w) for w in core.split()):
            return None  # (a clause of its own: "what is the short form of MDS")
    return min(found, key=_ORDER.__getitem__) if found else None


#: Words in a request for the first thing said that point at the last answer, not the conversation's first one.
_OF_LAST = lazy_re(r"\b(?:just now|just said|last answer|that answer|your answer|in it|of it)\b")


def of_last_answer(text: str) -> bool:
    """Whether a request for the first thing said asks about the last answer ("the first thing you just said")."""
    return bool(_OF_LAST.search(fold(text)))
