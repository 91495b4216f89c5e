"""A message read again without the part that misled the detectors, where the detectors read words, not what the
writer says of them:

- the writer's own denial of harming themselves ("no pienso en quitarme la vida", "no voy a hacer ninguna locura",
  "i am not going to do anything to myself"): the detectors' features keep a plain negation, and a harm denied in
  words no concept holds ("quitarme la vida") is no denied concept for the decision. Without the denial, where no
  crisis concept, death word or crisis phrase is left and the crisis detector is not sure, the crisis was only in
  what was denied: the gentle crisis line (a denial is no all-clear), or the urgent answer the rest still calls for.
  (Only such denials: a despair told with a negation, "i do not see the point", "no quiero estar aqui", is the
  despair itself.)
- the minutes a bleed or a sign took to stop ("stopped after 10 minutes of pinching", "bled for 5 minutes then
  stopped": text/safety_frame ``without_settled_time``): the detectors read "10 minutes" as the minutes of now. An
  emergency read only there keeps the possible emergency's line.
- a message that asks for information about no one now (a card for the fridge or a lesson being prepared, a word
  someone used asked about: text/safety_stories ``information_asked``): the signs it lists or names are what it asks
  about. An emergency read there keeps the possible emergency's line.
- a crisis imagined ahead with a question about who would be told or whom to call (text/safety_disclosure): the
  gentle crisis line, no urgent answer.

Read by ``understanding.safety_decide_clauses.decide_by_clauses`` on its decision."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.intents import RedFlag
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_disclosure import imagined_disclosure
from marrowbot.text.safety_frame import without_settled_time
from marrowbot.text.safety_split import sentence_pattern
from marrowbot.text.safety_stories import information_asked
from marrowbot.text.safety_unknown import read_negated
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_model import SafetyModel, SafetyScores

#: A sentence and its end (the detectors read a long message sentence by sentence too: safety_model).
_SENTENCE = re.compile(sentence_pattern(r".!?\n"))
#: The writer's own denial of harming themselves, an intent or a thought of it (the safety normal form): "i would not
#: ever do anything to myself", "i am never going to hurt myself", "not thinking of ending my life", "no pienso en
#: quitarme la vida", "no voy a hacer ninguna locura", "no tengo intencion de hacerme dano". Never a despair told with
#: a negation ("i do not see the point", "no quiero estar aqui", "no me importaria morir"): only these acts.
OWN_HARM_DENIED = re.compile(
    r"\b(?:(?:would|will|am|is|was|could|do|did) not|never|would never|will never)(?: ever)?"
    r"(?: (?:be |am )?(?:going to|gonna|planning to|planning on|thinking of|thinking about|think of|think about|"
    r"try to|want to|intend to))? (?:do anything|do something|do anything stupid|do something stupid|hurt|harm|kill|"
    r"ending|end|hurting|harming|killing|act on (?:it|them|these thoughts))(?: \w+)?"
    r"(?: (?:to )?(?:myself|my life|it all|me))\b"
    r"|\bno (?:pienso|voy|quiero|tengo (?:intencion|ideas|pensamientos|planes)|planeo)(?: (?:a|en|de|ninguna|ningun))?"
    r" (?:hacer(?:me)? (?:dano|nada|ninguna locura|una locura|ninguna tonteria)|quitarme la vida|matarme|"
    r"suicidarme|lastimarme|hacerme dano|atentar contra mi vida)\b"
    # ... a bare "not" in a list of what is not so ("i am fine, not hurting myself and not planning to"), the wish to
    # die itself denied ("i do not want to die", "no me quiero morir": what is left must name no crisis, below) ...
    r"|\bnot (?:hurting|harming|cutting|killing) myself\b|\bnot planning (?:to|on it|anything)\b"
    r"|\bi (?:do|did) not want to die\b|\bno (?:me )?quiero morir(?:me)?\b"
    # ... thoughts of it denied ("i have no thoughts of harming myself", "no tengo ideas suicidas ni pienso hacerme
    # dano")
    r"|\b(?:i have|i ve|have|having) no (?:suicidal thoughts|thoughts of (?:suicide|harming myself|hurting myself|"
    r"ending (?:it|my life)|killing myself))\b|\bno (?:tengo|tiene) (?:ideas|pensamientos) suicidas\b"
    r"|\bni pienso (?:en )?(?:hacerme dano|lastimarme|matarme|suicidarme|quitarme la vida)\b"
    # ... and an ingestion denied by "nobody" ("nobody took anything", "nadie se tomo nada")
    r"|\b(?:nobody|no one|noone) (?:took|swallowed|ate|drank) (?:anything|any)(?: they should not have)?\b"
    r"|\bnadie se (?:tomo|trago|comio|bebio) nada\b")

#: Death named in what is left (beyond the concepts' stems: "si me muriera", "no despertar").
DEATH = re.compile(r"\b(?:die|died|dying|dead|death|kill\w*|suicid\w*|mori\w*|muri\w*|muer\w*|matar\w*|"
                    r"despertar\w*|wake up|waking up|gone|over)\b")


def without(text: str, part: Callable[[str], str]) -> str | None:
    """``text`` sentence by sentence in its safety normal form, each read by ``part`` (which leaves a part out or
    puts it plainly); None where ``part`` changed nothing."""
    out, changed = [], False
    for m in _SENTENCE.finditer(text):
        normal = safety_normal(m.group(0))
        rest = part(normal)
        changed = changed or rest != normal
        if rest.split():
            out.append(" ".join(rest.split()) + ".")
    return " ".join(out) if changed else None


#: A denial held only for a while or on a condition ("not going to end my life today, maybe next week", "no pienso
#: en quitarme la vida hoy", "no voy a hacer ninguna locura mientras mi madre viva", "won't kill myself yet"): the
#: intent kept for later (Columbia: a plan put off is still a plan), no denial to read away.
_FOR_A_WHILE = re.compile(
    r" *(?:\w+ ){0,2}?(?:today|tonight|right now|yet|for now|at the moment|for the moment|this time|this week|"
    r"while|until|till|unless|before|as long as|hoy|esta noche|ahora mismo|todavia|aun|por ahora|de momento|"
    r"por el momento|mientras|hasta|a menos que|antes de)\b")


def denial_left_out(m: re.Match[str]) -> str:
    return m.group(0) if _FOR_A_WHILE.match(m.string, m.end()) else " "


def without_denied(text: str) -> str | None:
    """``text`` without the writer's own denials of harming themselves (``OWN_HARM_DENIED``), a denial held only
    for a while or on a condition kept (``_FOR_A_WHILE``); None where it says none."""
    return without(text, lambda normal: OWN_HARM_DENIED.sub(denial_left_out, normal))


def crisis_told(rest: str, flags: tuple[RedFlag, ...]) -> bool:
    """Is something of a crisis still told in what is left of a message once a denial is left out (``rest``, with its
    red ``flags``): a crisis concept, words of death, or a crisis phrase?"""
    return bool(concepts(rest) & ALARMING["crisis"]) or bool(DEATH.search(rest)) \
        or any(f.kind == "crisis" for f in flags)


def crisis_only_denied(text: str, screen: Callable[[str], tuple[RedFlag, ...]],
                       score: Callable[[str], SafetyScores]) -> tuple[str, tuple[RedFlag, ...], SafetyScores] | None:
    """The message without its denials of harm, with its red flags and scores, where that reading names no crisis:
    no crisis concept, no crisis phrase and a crisis detector not sure (None where something is still read as a
    crisis, or nothing is denied)."""
    rest = without_denied(text)
    if rest is None:
        return None
    flags = screen(rest)
    if crisis_told(rest, flags):
        return None  # ("no pienso en suicidarme pero si me muriera hoy estaria bien": a wish told after it)
    scores = score(rest)
    return (rest, flags, scores) if scores.crisis_level != "sure" else None  # (a possible one: decided on the rest)


#: A milder thing said in the place of a sign denied just before it ("she is not vomiting blood, just bile", "no
#: tengo dolor en el pecho, solo cansancio", "he is not breathing fast, only sweaty"): the writer's correction.
_INSTEAD = re.compile(r"^(?:just|only|simply|merely|solo|solamente|nada mas|sino|it is just|it was just|its just|"
                      r"it s just|he is just|she is just|i am just|just a|only a)$")


def without_corrected(normal: str) -> str:
    """``normal`` (one sentence's safety normal form) without the words a negation governs before a thing said in
    their place (``_INSTEAD``, after a comma or at once: "not vomiting blood just bile"); the same where none is. An
    "it" said in its place stands for the alarming thing denied ("not vomiting blood, only coughing it up" reads
    "only coughing blood up": the sign is the blood, only the way it comes is corrected)."""
    ws = normal.split()
    neg = read_negated(ws)
    for i in range(1, len(ws)):
        if neg[i - 1] and not neg[i] and (_INSTEAD.match(ws[i]) or i + 1 < len(ws) and _INSTEAD.match(
                f"{ws[i]} {ws[i + 1]}")):
            start = i - 1
            while start > 0 and (neg[start - 1] or ws[start - 1] in _NEGATION):
                start -= 1
            start -= ws[start - 1] in _NEGATION if start > 0 else 0
            return " ".join(ws[:start] + _it_resolved(ws[i:], ws[start:i]))
    return normal


def _it_resolved(said: list[str], denied: list[str]) -> list[str]:
    """``said`` (the words said in the place of ``denied``) with an "it" among its first four words put as the last
    alarming word denied ("blood"); as it is where there is none."""
    thing = next((w for w in reversed(denied) if concepts(w) & ALARMING["emergency"]), None)
    if thing is None or "it" not in said[:4]:
        return said
    n = said.index("it")
    return said[:n] + [thing] + said[n + 1:]


def read_instead(text: str) -> str | None:
    """``text`` without the signs it denies before what it says in their place ("no fever, just spots that do not
    fade and a stiff neck" reads "just spots that do not fade and a stiff neck"); None where it corrects nothing."""
    return without(text, without_corrected)


_NEGATION = frozenset("not no never nor ni sin without nunca".split())


#: What a decision reads of a text: (its urgent key, its safety line), from the text, its red flags and its scores.
Decide = Callable[[str, tuple[RedFlag, ...], SafetyScores], tuple[str | None, str | None]]


def reread(text: str, urgent: str | None, screen: Callable[[str], tuple[RedFlag, ...]], model: SafetyModel | None,
           decide: Decide) -> tuple[str | None, str | None] | None:
    """(urgent, line) of the message read again without what misled the detectors (see the module's notes), where
    that changes the decision whose urgent key is ``urgent``; None where it stands. ``screen`` and ``model`` read a
    text."""
    if model is None:
        return None
    if urgent == "emergency" and information_asked(safety_normal(text)):
        return None, "possible_emergency"  # (a card or a lesson being prepared, a word asked: text/safety_stories)
    for plain in (without_settled_time, without_corrected):  # (the minutes a bleed took; a sign denied for another)
        if urgent == "emergency" and (rest := without(text, plain)) is not None:
            again, _ = decide(rest, screen(rest), model.score(rest))
            if not again:
                return None, "possible_emergency"
    if urgent not in ("crisis", "crisis_now"):
        return None
    if imagined_disclosure(safety_normal(text), lambda part: bool(concepts(part) & ALARMING["crisis"])):
        return None, "despair"  # (a crisis imagined ahead, who would be told asked: text/safety_disclosure)
    read = crisis_only_denied(text, screen, model.score)
    if read is None:
        return None
    again, _ = decide(*read)
    return None if again in ("crisis", "crisis_now") else (again, None if again else "despair")
