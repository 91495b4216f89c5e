"""Questions about the writer's own now that the detectors read as asking for information: "should i call 911",
"is this a stroke", "is it normal to want to die". The decision (understanding/safety.py) gives them the safety
line first when nothing else did."""

from __future__ import annotations

import re

from marrowbot.understanding.safety_features import ALARMING, concepts

#: The crisis concepts that are feelings (not "plan", which also reads "plants", or "goodbye").
FEELINGS = frozenset({"death", "hopeless", "burden", "harm"})

#: Asking whether to get emergency help ("should i call 911", "do we need an ambulance", "should i take him to the
#: er", "is this an emergency"): whoever asks is weighing it now, so the answer begins with the safety line.
_ASKS_URGENT_HELP = re.compile(
    r"(?<!when )(?<!if )\b(?:should|do|shall|must) (?:i|we|he|she) (?:\w+ ){0,2}"
    r"(?:call|ring|phone|dial|get|go|take \w+|bring \w+) (?:to )?(?:911|999|112|000|an ambulance|the ambulance|"
    r"emergency|emergencies|the er|er|a&e|a e|the (?:emergency|hospital)|hospital|poison control)\b|"
    r"(?<!why )\b(?:is|could) (?:this|that|it) (?:be )?(?:an? )?(?:emergency|911|999)\b|"
    r"(?<!cuando )\b(?:debo|debemos|tengo que) (?:llamar|ir|llevar\w*) (?:al|a) (?:911|112|urgencias|emergencias|"
    r"una ambulancia|hospital)\b")
#: A question about what is happening now, pointing at it ("is this a stroke", "am i having a heart attack",
#: "could this be sepsis"): with an alarming concept named it is the possible emergency itself, not a question
#: for information.
_ASKS_ABOUT_NOW = re.compile(
    r"\b(?:(?:is|could|might|can) (?:this|that) be|is (?:this|that) (?:a|an)|(?:am i|is (?:he|she|it|my \w+)|"
    r"are (?:we|they|you)) having (?:a|an)|es esto (?:un|una)|(?:le|me) esta dando (?:un|una))\b")
#: A disclosure asked as a question ("is it normal to want to die", "does anyone else feel like giving up"):
#: the feeling is the writer's own.
_NORMALISING = re.compile(
    r"\b(?:is it (?:normal|ok|okay|bad|wrong|weird|common|natural|strange|selfish) (?:to|that i|if i)|"
    r"(?:does|do) (?:anyone|everyone|anybody|other people|others|other patients) (?:else )?(?:ever )?"
    r"(?:feel|think|want|wish|get)|es normal (?:querer|pensar|sentir|que)|le pasa a alguien mas)\b")


def asks_urgent_help(normal: str) -> bool:
    """Does a message (``safety_normal`` form) ask whether to call emergency services or go to the ER?"""
    return bool(_ASKS_URGENT_HELP.search(normal))


def asks_about_now(normal: str) -> str:
    """What a message asks whether what is happening now is ("is this a stroke" -> "stroke"), or ""."""
    m = _ASKS_ABOUT_NOW.search(normal)
    return normal[m.end():] if m else ""


def normalising(normal: str) -> str:
    """What a disclosure asked as a question about being normal asks about ("is it normal to want to die" ->
    "want to die"), or ""."""
    m = _NORMALISING.search(normal)
    return normal[m.end():] if m else ""


def asked_line(normal: str, named: set[str], *, told_now: bool, denied_crisis: bool) -> str | None:
    """The safety line (its message key) for a question the detectors read as asking for information that asks
    about the writer's own now, or None. "is it normal to want to die" is a disclosure (the despair line);
    "should i call 911", "do we need to go to the er", "is this a stroke", "am i having a heart attack" weigh an
    emergency now (the possible-emergency line). The alarming concept must be what is asked about (after "is it
    normal to", "is this a"), not the story before it; never in the past or a hypothetical ("if he ever has a
    seizure, when do we call 911")."""
    if concepts(normalising(normal)) & named & FEELINGS and not denied_crisis:
        return "despair"
    if told_now and (asks_urgent_help(normal) or concepts(asks_about_now(normal)) & named & ALARMING["emergency"]):
        return "possible_emergency"
    return None
