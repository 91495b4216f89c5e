"""The safety screen's clauses told now: a clause of a message that tells, in the present, of something alarming
or happening again ("he collapsed and isnt breathing. last time it was his heart"). (Split from
text/safety_stories.py by job.)"""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import frame, safety_normal
from marrowbot.text.safety_endings import over, resolved, settled_only
from marrowbot.text.safety_split import stops
from marrowbot.text.safety_stories import _ASKS

#: A clause: a sentence, or a part of one between commas, semicolons, dashes or a "but".
_CLAUSE = lazy_re(stops(r".!?\n;,") + r"+|\s[-–—]+\s|\s+but\s+|\s+(?:and|y|pero)\s+(?=(?:now|ahora)\b)")
#: A clause told in the present: a present verb with its subject, a verb in "-ing" (not "during", "nothing" ...),
#: "will not", "cannot", Spanish "esta", "estoy", "no puede" ...
_PRESENT = lazy_re(
    r"\b(?:am|is|are|keeps?|will not|cannot|can not|does not|do not|has been|have been|right now|would be|"
    r"(?:i|he|she|we|they|you) (?:feel|feels|want|wants|have|has|need|needs|think|thinks|keep|keeps|get|gets)|"
    r"esta|estan|estoy|no puede|no puedo|no despierta|no respira|tiene|tengo|sigue|sigo|vuelvo a|vuelve a)\b|"
    r"\b(?!(?:during|nothing|something|anything|everything|morning|evening|thing|things|ring|bring|king|spring|"
    r"sing|ceiling|wedding|building|pudding|sibling|darling|lightning)\b)\w{3,}(?:ing|ando|iendo)\b")
#: ... or a temperature read now, verb or none, in either unit ("thermometer says 100.9", "fever 102 and a sore
#: throat", "temp reading 38.6c", "fiebre de 39"): a reading told is the present, unless its clause dates it.
_READING_NOW = lazy_re(
    r"\b(?:thermometer|temp|temperature|fever|fiebre|temperatura|termometro)(?: (?:says|reads|shows|showing|reading|"
    r"is|of|at|now|marca|de|es|en))? (?:3[89]|4[01]|99|10[0-6])(?: \d)?(?: ?(?:c|f|degrees|grados))?\b"
    # ... or a reading told by its "now" alone ("had chemo last week, now 38 6 and rigors")
    r"|\b(?:now|currently) (?:at |up to )?(?:3[89]|4[01]|10[0-6]) \d(?: ?(?:c|f|degrees|grados))?\b")
#: ... which a verb or a time of the past in its clause dates ("had a fever of 39 during induction", "a temp of 38.2
#: on saturday, we went in"): no reading told now.
_READING_DATED = lazy_re(r"\b(?:had|has had|have had|was|were|did|got|went|kept|came|ran|rang|last|ago|during|"
                         r"yesterday|tuvo|tuve|tenia|fue|estuvo|ayer|pasad[oa])\b")
#: ... not a past progressive ("he was cutting himself") or a habit of the past ("used to").
_WAS = lazy_re(r"\b(?:was|were|had been) (?:\w+ )?\w+ing\b|\bused to\b")
#: ... nor a thing had in the past named by an "-ing" word ("i had shaking chills with the first dose", "she had a
#: splitting headache"): the "-ing" word is no present verb (the rest of the clause is read as it is).
_HAD_ING = lazy_re(r"\bhad (?:(?:a|an|some|the|really|very|bad|severe|terrible|awful) )*\w{3,}ing\b")
#: ... or as happening again ("again", "it is back", "otra vez").
_AGAIN = lazy_re(r"\b(?:again|(?:it|that|this|the \w+) (?:is|came|has come) back|otra vez|de nuevo|volvio|volvi|"
                 r"(?:vuelvo|vuelve|vuelven|he vuelto|ha vuelto) a)\b")


def present_verb(normal: str) -> bool:
    """Has a clause (normal form) a verb of the present or an "-ing" word (not a thing had once named by one, "had
    shaking chills"), whatever its frame?"""
    return bool(_PRESENT.search(_HAD_ING.sub(" ", normal)))


def told_now(text: str, alarming: Callable[[str], bool] | None = None) -> bool:
    """Does a clause of a message tell, in the present, of something alarming (``alarming`` of its normal form) or of
    something happening again? "my husband collapsed and isnt breathing. last time it turned out to be his heart":
    the first clause is happening now, whatever the story of the last time says; "had a seizure two years ago, none
    since" tells nothing now. A clause that asks, is itself framed in the past or as imagined, or says things are fine
    does not count. Without ``alarming``: does a clause tell of something happening again ("i feel that way again")?"""
    # (The cheap test first: a clause's present reading is worked out only for a clause it could count for.)
    for normal in clause_normals(text):
        if (alarming(normal) if alarming is not None else _AGAIN.search(normal)) and present(normal):
            return True
    return False


@remembered(maxsize=256)  # the decision asks of the same message up to three times
def clause_normals(text: str) -> tuple[str, ...]:
    """The normal forms of a message's clauses."""
    return tuple(safety_normal(part) for part in _CLAUSE.split(text))


@remembered(maxsize=1024)
def present(normal: str) -> bool:
    """Is a clause (normal form) told in the present: a present verb, not asked, not framed in the past or as imagined,
    not saying things are fine (see ``told_now``)?"""
    if len(normal.split()) < 2 or _ASKS.search(normal) or not (_PRESENT.search(_HAD_ING.sub(" ", normal))
                                                                or _READING_NOW.search(normal)
                                                                and not _READING_DATED.search(normal)) \
            or _WAS.search(normal):
        return False  # (... "he was cutting himself" is no present)
    # (a clause saying things are fine now: "he got blood and is ok now")
    return not (frame(normal) & {"past", "hypothetical"} or over(normal) or resolved(normal) or settled_only(normal))
