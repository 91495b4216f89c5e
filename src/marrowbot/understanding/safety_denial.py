"""A message read again without the writer's own denial of the crisis or the danger itself, wherever it stands in the
message ("i am not thinking about hurting myself, so please do not panic", "i am not going to do anything stupid",
"i am not in any danger", "not a crisis, just asking", "nobody took an overdose", "que nadie se asuste", "no es
urgente").

The detectors read words, not what the writer says of them: the denied words themselves ("hurting myself",
"overdose", "danger"), and, once a message shows any alarm, each of its sentences alone, where a calm one ("i just
wanted to type it out somewhere", "i am due my bloods on thursday") reads as anything. So where the writer denies the
crisis or the danger, the message is decided again on the rest: the denial left out, and a sentence lifting the
crisis detector only where it names an alarm itself or says a crisis construct (``SafetyModel.score``, ``quiet_lift``).
The rest's decision stands where it is milder: a crisis or an emergency still told in it keeps its answer ("i am not
going to hurt myself but i do not want to be here anymore" names the wish; "not in danger, but he swallowed a
battery" names the battery). A denial held only for a while or on a condition ("not going to do anything stupid
tonight", "no voy a hacer ninguna locura mientras mi madre viva") is no denial (safety_reread ``_FOR_A_WHILE``).

Read by ``understanding.safety_decide_clauses.decide_by_clauses`` after the other readings."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.intents import RedFlag
from marrowbot.text.safety import safety_normal
from marrowbot.understanding.safety_model import SafetyModel, SafetyScores
from marrowbot.understanding.safety_reread import OWN_HARM_DENIED, crisis_told, denial_left_out, without

#: The danger or the crisis itself denied by the writer (the safety normal form), of themselves or of everyone:
#: "i am not in any danger", "nobody is in danger", "i am not worried she is in danger", "this is not a crisis", "not
#: an emergency", "i am not going to do anything stupid", "nobody took an overdose", "que nadie se asuste", "no es
#: urgente", "no estoy en peligro", "no voy a hacer ninguna tonteria".
_DANGER_DENIED = re.compile(
    r"\b(?:(?:i am|we are|he is|she is|they are|nobody is|no one is|noone is|nobody s) )?not (?:in )?(?:any )?"
    r"(?:immediate )?danger\b"
    r"|\b(?:nobody|no one|noone) is (?:in )?(?:any )?danger\b"
    r"|\bnot worried (?:that )?(?:i|he|she|they|we) (?:am|is|are|might be|may be|could be) in (?:any )?danger\b"
    r"|\b(?:(?:this|it|that) is )?not (?:a|an) (?:crisis|emergency)\b"
    r"|\bnot (?:going to|planning to) do anything (?:stupid|silly|daft|drastic|rash)\b"
    r"|\b(?:nobody|no one|noone) (?:took|has taken|had|swallowed) (?:an |any )?(?:overdose|extra)\b"
    r"|\b(?:nobody|no one|noone) (?:has )?overdosed\b"
    # ... an ingestion denied by the writer of themselves or of the one they tell of ("i have not had a drink or taken
    # anything extra", "she did not take anything else")
    r"|\b(?:i|he|she|they|we) (?:have|has|had|did) not (?:had a drink or |been drinking or )?(?:taken|took|take|"
    r"swallowed|swallow) anything(?: extra| else| more| at all)?\b"
    r"|\bque nadie se (?:asuste|preocupe|alarme|espante)\b|\bno (?:es|se trata de) (?:una )?(?:urgencia|emergencia)\b"
    r"|\bno es (?:nada )?urgente\b|\bno (?:estoy|esta|estamos) en peligro\b"
    r"|\bno (?:voy a|pienso|vamos a) hacer (?:ninguna |una )?(?:locura|tonteria)\b")

#: How alarming a decision is: an urgent answer, the gentle crisis line, the possible emergency's line, nothing.
_RANK = {"crisis_now": 4, "crisis": 4, "emergency": 4, "poisoning": 4}
_LINE_RANK = {"despair": 2, "possible_emergency": 1}


def _rank(urgent: str | None, line: str | None) -> int:
    return _RANK.get(urgent or "", 0) or _LINE_RANK.get(line or "", 0)


#: A word that joined a denial to what follows it ("not an emergency, but my son's lips are going blue"): with the
#: denial left out it contrasts nothing, and a sentence opening on it reads as a hedge (a sign told after "but" alone
#: is only a possible one), so it goes with the denial.
_JOINING = re.compile(r"[ ,;:-]*(?:but|and|so|yet|though|however|pero|y|aunque|sino)\b")


def _left_out(pattern: re.Pattern[str], normal: str) -> str:
    """``normal`` without what ``pattern`` denies (``denial_left_out``) and the joining word right after it."""
    out, last = [], 0
    for m in pattern.finditer(normal):
        kept = denial_left_out(m)
        out += [normal[last:m.start()], kept]
        last = m.end()
        if kept == " " and (joined := _JOINING.match(normal, last)):
            last = joined.end()
    return "".join(out) + normal[last:]


def _without_denial(normal: str) -> str:
    return _left_out(_DANGER_DENIED, _left_out(OWN_HARM_DENIED, normal))


#: What a decision reads of a text: (its urgent key, its safety line), from the text, its red flags and its scores.
Decide = Callable[[str, tuple[RedFlag, ...], SafetyScores], tuple[str | None, str | None]]


def denial_reread(text: str, urgent: str | None, line: str | None, screen: Callable[[str], tuple[RedFlag, ...]],
                  model: SafetyModel | None, decide: Decide,
                  first: str | None = None) -> tuple[str | None, str | None] | None:
    """(urgent, line) of the message read again without the writer's denial of the crisis or the danger (see the
    module's notes), where that is milder than ``urgent``/``line``; None where the decision stands. ``first``: the
    urgent key decided before any reading again; a crisis read there in the writer's own denial of harming themselves
    ("no pienso quitarme la vida") keeps the gentle crisis line (a denial of harm is no all-clear: safety_reread)."""
    if model is None or not _rank(urgent, line):
        return None
    rest = without(text, _without_denial)
    if rest is None or not rest.strip(" ."):
        return None
    flags = screen(rest)
    if crisis_told(rest, flags) and (urgent in ("crisis", "crisis_now") or line == "despair"):
        return None  # (something of a crisis is still told beside the denial)
    again = decide(rest, flags, model.score(rest, quiet_lift=False))
    if first in ("crisis", "crisis_now") and _rank(*again) < _LINE_RANK["despair"] \
            and OWN_HARM_DENIED.search(safety_normal(text)):
        again = (None, "despair")
    return again if _rank(*again) < _rank(urgent, line) else None
