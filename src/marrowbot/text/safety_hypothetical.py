"""The hypothetical frame of the safety screen: a message that imagines ("what if", "if i ever", "in case", "si
algun dia") rather than tells what is happening, and the "if" that asks about now ("what do i do if a friend says she
took all her pills"). Reads a message in the normal form of text/safety.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.text.lazy import lazy_re

_HYPOTHETICAL = lazy_re(
    r"\b(?:what if|(?<!know )(?<!tell )(?<!sure )(?<!check )(?<!see )(?<!wonder )(?<!ask )(?<!asked )"
    r"if (?:i|he|she|my|someone|somebody|a person|you|they|we|something|anything|one|"
    # ... or a family member by name ("if dad ever", "if grandpa would get slurred speech again") or someone else
    # ("if a friend ever tells me", "if their kid would ..."; not "if a truck hit me"): only with a mark of the
    # future or a condition (see ``_WIDER_IF``)
    r"(?P<wider>our|your|his|her|their|"
    r"(?P<family>dad|mom|mum|mam|grandpa|grandma|granny|grandad|granddad|nana|papa|mama|mother|father|husband|wife|"
    r"hubby)|"
    r"an? (?:friend|child|kid|baby|toddler|family member|loved one|relative|patient|parent|teen|teenager|colleague|"
    r"coworker|neighbou?r|classmate|student|sibling|partner|spouse)))\b|in case|"
    # ("took them to see what would happen" tells an act done for a purpose: no case imagined)
    r"hypothetically|suppose|supposing|imagine|let us say|lets say|should i ever|(?<!see what )would happen|"
    r"would it|how would|"
    r"in the event (?:of|that)|(?:god forbid|just so i know)(?= .{0,40}\b(?:if|ever|happens?)\b)|for future reference|"
    r"would (?:i|he|she|they|we|you) (?:know|tell|be|need|have)|ever get|one day|in the future|"
    # ... in Spanish ("si alguna vez": a case to come; not "si alguien me puede ayudar, mi esposo no despierta", an
    # appeal for help now)
    r"(?<!como )si (?:tengo|me|mi|a mi|algun|alguna vez|se|le)|algun dia|"
    r"que pasa si|que hago si|que debo hacer si|en caso de)\b"
    # "say my mum has a reaction at home, what do we do": a scenario set up at the start
    # ("say a prayer for me", "say that again" are no scenario)
    r"|^(?:so |ok |okay |and |but |hmm )?say (?:my|our|someone|somebody|he|she)\b")
#: The wider "if" of someone else ("if a friend ...", "if their ...") imagines only with a mark of the future or a
#: condition ("ever", "one day", "in the future", "would", "were to"): "what do i do if a friend says she took all
#: her pills" and "should i call 911 if his lips are turning blue" tell of now.
#: ... or, of a family member by name, "again" ("if grandpa gets slurred speech again").
_AGAIN = lazy_re(r"\b(?:again|another)\b")
_WIDER_IF = lazy_re(r"\b(?:ever|one day|some ?day|in the future|would|were to|could|might|algun dia)\b")
#: A question about what to do, just before an "if" ("what do i do if", "should i call 911 if", "should we go to the
#: er if"): with a situation told now after it (see ``_NOW_AFTER_IF``), the "if" asks about now, not a scenario.
_ACTION_IF = lazy_re(
    r"\b(?:what (?:do|should|can|shall|must) (?:i|we) do|should (?:i|we) (?:call|go|take|ring|get|drive|bring|worry)|"
    r"do (?:i|we) (?:need to |have to )?(?:call|go|take|ring|worry)|is (?:it|this|that) (?:an emergency|serious|"
    r"urgent|bad|dangerous)|(?:is|it is) (?:it )?an emergency|how worried should (?:i|we) be)\b[^.!?,;]{0,40}$")
#: ... a situation told now: present verbs, a state, an act just told ("his lips are turning blue", "their dad just
#: collapsed", "says she took", "our baby is floppy and will not wake").
_NOW_AFTER_IF = lazy_re(
    r"^[^.!?;]{0,80}?\b(?:just|now|right now|already|currently|still|is|are|am|says|said|texted|told|took|taken|"
    r"swallowed|drank|ate|collapsed|fell|passed out|has been|have been|keeps|will not|cannot|can not|does not|"
    r"do not)\b|^[^.!?;]{0,80}?\b\w{3,}ing\b")

#: An emergency told now in a clause before the "if" ("grandpa is not breathing, if he dies it is my fault", "my
#: husband stopped breathing, if dad comes home what do i tell him"): the "if" imagines only its own clause, and the
#: message tells of now.
_TOLD_BEFORE_IF = lazy_re(
    r"\b(?:(?:is|are|s) not (?:breathing|responding|waking|moving|conscious)|"
    r"(?:is|are|s|has|have|keeps?) (?:still |now |just )?(?:having|turning|unconscious|unresponsive|choking|"
    r"seizing|gasping|bleeding|collapsed|passed out|blue|grey|gray|floppy|limp)|"
    r"stopped breathing|collapsed|passed out|will not (?:wake|stop|breathe|respond)|"
    r"(?:cannot|can not) (?:breathe|wake|stand|talk|speak|move))\b")

#: The care team's instruction recalled just before an "if" ("we were told to ring if", "the nurse said to call if",
#: "they asked us to come in if") ...
_INSTRUCTED_IF = lazy_re(r"\b(?:told|said|asked|advised|instructed|supposed|meant) (?:me |us |him |her |them )?to "
                         r"(?:ring|call|phone|come in|come back|go in|bring (?:him|her|them) in|contact|page)"
                         r"(?: \w+){0,4} ?$")
#: ... with the situation it was for told now after it, a reading or a sign in the present ("..., she is 38 5 and
#: really sleepy"): the rule was given, the case is happening.
_CASE_NOW = lazy_re(
    r"\b(?:she|he|i|they|it|temp|temperature) (?:is|s|are|am|has|have|reads|says) (?:now |already |currently )?"
    r"(?:\w+ ){0,6}?(?:3[89]|4[01]|10[0-4]|sleepy|drowsy|floppy|limp|shivering|shaking|confused|rigors|burning up|not "
    r"herself|not himself|not making sense)\b")


def hypothetical_mark(normal: str) -> re.Match[str] | None:
    """The first hypothetical mark of a message that imagines (see ``_WIDER_IF`` and ``_ACTION_IF``)."""
    for m in _HYPOTHETICAL.finditer(normal):
        if m.group(0).startswith("if "):
            if _TOLD_BEFORE_IF.search(normal, 0, m.start()) and not _HYPOTHETICAL.search(normal, 0, m.start()):
                continue
            future = _WIDER_IF.search(normal, m.start())
            if m.group("wider") and not future and not (m.group("family") and _AGAIN.search(normal, m.end())):
                continue
            if not future and _ACTION_IF.search(normal, max(0, m.start() - 80), m.start()) \
                    and _NOW_AFTER_IF.search(normal[m.end():]):
                continue
            if not future and _INSTRUCTED_IF.search(normal, max(0, m.start() - 60), m.start()) \
                    and _CASE_NOW.search(normal, m.end()):
                continue  # (a rule given, its case told now)
        return m
    return None


#: Spanish readings the detectors' features do not hold (the decision's only: text/safety_frame.py's frames are the
#: detectors' features too): a case of anyone, imagined ("si alguien tiene una convulsion, que hay que hacer"; not
#: "si alguien me puede ayudar, mi esposo no despierta", an appeal now) ...
_ANYONE_IF = lazy_re(r"\bsi (?:alguien|una persona|uno)\b(?! (?:me|nos|les?) (?:puede|podria|ayud\w*))")
#: ... or a case supposed ("suponiendo que se desmaye", "pongamos que le da fiebre", "suponte que ...", "si llego a
#: tener fiebre ..."): the clauses after it ask of the case ("..., la muevo o no").
_SUPPOSED = lazy_re(r"^ *(?:(?:suponiendo|supongamos|suponte|supon|pongamos|ponte|pon|imaginemos|imaginate|imagina|"
                   r"digamos) que|si (?:algun dia |alguna vez )?(?:llego|llegas|llega|llegamos|llegan|llegara|"
                   r"llegase|llegaras|llegaramos) a)\b")
#: ... in English, the writer's own case supposed with "say" ("say i get a fever on day 10, do i ring the ward"; "say
#: my mum ..." is the detectors' frame already): only with a question about the case in a clause after it.
_SUPPOSED_OWN = lazy_re(r"^ *(?:so |ok |okay |and |but |hmm )?say (?:i|we)\b")
_ASKS_OF_CASE = lazy_re(r" *(?:is|are|do|does|should|would|will|can|could|what|how|when|who|where|which)\b")
#: ... and what something can cause, asked ("las plaquetas bajas pueden causar un derrame?", "podria dar
#: convulsiones?"), with nothing told of now in the first person ("me", "le" before the verb tells of someone).
_CAN_CAUSE = lazy_re(r"(?<!\bme )(?<!\ble )\b(?:puede|pueden|podria|podrian) (?:causar|dar|provocar|producir|"
                     r"llevar a)\b")


_ASKS_WHAT = lazy_re(r" *(?:que|como|cual|cuales|cuanto|cuando|donde|hay que|deberia|debo|se debe|what|how|should)\b")


def decision_frames(clauses: tuple[str, ...], normal: str, crisis: Callable[[str], bool]) -> frozenset[str]:
    """Frames the decision reads beyond the detectors' (``frame``): "hypothetical" and "asking" in Spanish, of a
    message's clauses (normal forms) and its whole normal form. Each frames only its own clause, so only a message
    all of whose clauses it frames: another clause may tell what is happening in words no concept holds ("mi padre
    tiene la cara caida, la anemia podria causar un derrame?", "me quiero cortar, la prednisona puede provocar
    esto?"); and none when the message names a crisis (a method or an amount asked as of anyone is asked of oneself:
    "si alguien quiere morir, cuantas pastillas necesita?")."""
    found: set[str] = set()
    for clause in (c for c in clauses if c.strip()):
        if (_SUPPOSED.match(clause) or _SUPPOSED_OWN.match(clause) and any(
                _ASKS_OF_CASE.match(c) for c in clauses[1:])) and not found:
            found.add("hypothetical")
            break  # (what follows asks of the case: a "now" told after it is the frame's own, text/safety_frame)
        if _ANYONE_IF.search(clause):
            found.add("hypothetical")
        elif _CAN_CAUSE.search(clause):
            found.add("asking")
        elif not _ASKS_WHAT.match(clause):  # (a question after it asks of the same case: "..., que hay que hacer")
            return frozenset()
    return frozenset(found) if not crisis(normal) else frozenset()
