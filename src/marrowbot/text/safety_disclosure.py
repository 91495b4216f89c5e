"""A crisis imagined ahead and a question about who would be told or whom to call (the safety screen's normal form):
"if i ever got to the point of thinking about suicide, would my doctor have to tell anyone", "si algun dia pensara en
quitarme la vida, el medico se lo tendria que contar a mi familia", "for my care plan, if i ever feel like harming
myself again what should be written down". The writer asks how help works before telling it: honesty about low
moods is what such a question prepares, and the answer should welcome it. No urgent answer, but the gentle crisis
line first (a crisis asked about this way may be nearer than it says). Never with the crisis told as now (tonight,
right now), the means or an amount named, or a farewell."""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety_now import JUST_HAPPENED, REACHED_NOW

#: A crisis imagined ahead, of the writer or of someone close: "if i ever", "if i got to the point", "if my husband
#: ever says", "if i ever told you", "si algun dia", "si alguna vez".
_AHEAD = lazy_re(
    r"\b(?:if (?:i|my \w+|a friend|someone|somebody) (?:ever|one day|were to|was to)\b|"
    r"if i (?:got|get|felt|feel|started|start) to the point\b|if i ever\b|"
    r"si (?:algun dia|alguna vez|un dia|llegara a|llegase a)\b)")
#: ... and a question about who would be told, what a care plan says or whom to call: "would my doctor have to tell
#: anyone", "would you pass that on", "who would be the right person to call", "what should be written down", "el
#: medico se lo tendria que contar", "a quien deberia llamar".
_TOLD_WHO = lazy_re(
    r"\b(?:(?:would|will|does|do|did|could|can|must) (?:my |the |a |your )?(?:doctor|gp|nurse|team|therapist|"
    r"counsell?or|psychologist|hospital|school|you|they|anyone|someone)(?: \w+){0,2} (?:tell|pass|report|share|inform|"
    r"contact|call|ring|let \w+ know)|(?:have|has|had) to (?:tell|report|inform|break confidentiality)|"
    r"who (?:would|should|do|could) (?:be )?(?:the )?(?:right |best )?(?:person|people|one|number|i|we)?"
    r"(?: to)? (?:call|ring|contact|tell|talk to)|what should (?:be written|go|i write|i put)|"
    r"(?:care|safety|crisis) plan|"
    r"(?:se lo|le|les) (?:tendria|tiene|tendra|deberia) que (?:contar|decir|avisar|informar)|"
    r"(?:se lo|le|les) (?:contaria|diria|contara|dira|avisaria)|a quien (?:deberia |tendria que |debo |puedo )?"
    r"(?:llamar|llamo|avisar|aviso|contarselo|decirselo)|plan de (?:seguridad|crisis))\b")
#: ... never with the crisis told of now or the means or an amount named.
_NOW_OR_MEANS = lazy_re(
    r"\b(?:tonight|right now|today|at the moment|this week|esta noche|ahora mismo|hoy|pills|tablets|rope|"
    r"bridge|gun|knife|blade|stockpil\w*|saved up|collecting|pastillas|cuerda|puente|juntando|goodbye|adios|"
    r"despedida|letter|note|carta|(?:that|this) way now|like (?:that|this) now|already)\b"
    # ... nor with the writer's own state told after the question, the point reached or the thoughts going on ("...
    # who should i call, i am pretty much there", "i have been thinking about it a lot", "creo que ya estoy ahi")
    r"|\b(?:i am|i have been|i feel|i do|i think i am) (?:\w+ ){0,2}(?:there|close|near|thinking|feeling (?:it|that|"
    r"this)|that way|like that)\b|\b(?:lately|recently|these days|a lot|every day|all the time|ultimamente|"
    r"estos dias|todos los dias|ya estoy|estoy (?:ahi|cerca|pensando|en eso)|lo estoy pensando|he estado pensando|"
    r"llevo (?:\w+ )?(?:dias|semanas|meses|tiempo) pensando)\b")


def imagined_disclosure(normal: str, crisis: Callable[[str], bool]) -> bool:
    """Does a message (``safety_normal`` form) imagine a crisis ahead and ask who would be told or whom to call
    (see the module's notes), with no crisis told before it (``crisis``: does a part name a crisis concept: "i have
    been having thoughts of ending it. if i ever told my gp would she tell my family" tells one now)?"""
    ahead = _AHEAD.search(normal)
    return ahead is not None and bool(_TOLD_WHO.search(normal, ahead.end())) and not crisis(normal[:ahead.start()]) \
        and not _NOW_OR_MEANS.search(normal) and not JUST_HAPPENED.search(normal) and not REACHED_NOW.search(normal)
