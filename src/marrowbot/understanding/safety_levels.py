"""The safety decision's levels: how a hedge, a phrase its detector contradicts, a short unnamed question and a story
told as over or before a question move the detectors' levels ("sure", "possible", "no") and the red flags."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.intents import RedFlag
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_absent import denied_in_every_clause
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_model import SafetyScores

#: How far above its threshold a detector must be to count as sure in a hedged message (log-odds). 1.0 since the
#: detectors' row norms are floored (safety_model.NORM_FLOOR_PERCENTILE), which pulls the values of messages of a
#: dozen words towards the intercept: at 1.5, emergencies told with a hedge fell to a safety line (dev sets:
#: 1.5 -> 1.0 caught 3 more emergencies and 1 more crisis for 3 more false alarms on 1,410 controls).
HEDGE_MARGIN = 1.0


def hedge(scores: SafetyScores, emergency: bool, crisis: bool) -> SafetyScores:
    """Sure only when clearly sure: a hedged message just above the threshold is a possible one."""
    def level(value: float, lvl: str, sure: float) -> str:
        return "possible" if lvl == "sure" and value < sure + HEDGE_MARGIN else lvl
    return replace(scores, emergency_level=level(scores.emergency, scores.emergency_level, scores.emergency_sure)
                   if emergency else scores.emergency_level,
                   crisis_level=level(scores.crisis, scores.crisis_level, scores.crisis_sure)
                   if crisis else scores.crisis_level)


def denied_levels(scores: SafetyScores, fine: bool = False) -> SafetyScores:
    """A message that denies every alarming concept it names: sure only when twice as clearly sure as a hedge asks
    (else nothing: a denial with a safety line first is a false alarm), possible is nothing. One that also says the
    person is fine (``fine``: "he is absolutely fine, no head bump, no bleeding"): nothing (the detectors read the
    event and the signs' words, not that each was checked and found absent)."""
    def level(value: float, lvl: str, sure: float) -> str:
        return "sure" if lvl == "sure" and value >= sure + 2 * HEDGE_MARGIN and not fine else "no"
    return replace(scores, emergency_level=level(scores.emergency, scores.emergency_level, scores.emergency_sure),
                   crisis_level=level(scores.crisis, scores.crisis_level, scores.crisis_sure))


def _alarming(normal: str) -> set[str]:
    return concepts(normal) & (ALARMING["emergency"] | ALARMING["crisis"])


def denied_flags(red_flags: tuple[RedFlag, ...], doubted: tuple[RedFlag, ...], scores: SafetyScores,
                 denied_all: bool, text: str) -> tuple[tuple[RedFlag, ...], tuple[RedFlag, ...]]:
    """(red flags not ``doubted``, doubted flags) of a message that denies every alarming concept it names ("no
    swelling, no breathing trouble", "she is breathing normally"): a phrase the screen still found (read loosely,
    past the negation) stands only where its detector is sure after the denial (``denied_levels``); else it is
    doubted (a safety line at most). Each clause must deny what it names itself ("no epipen, throat tight" denies
    no throat)."""
    red_flags = tuple(f for f in red_flags if f not in doubted)
    if not denied_all or not red_flags or not denied_in_every_clause(text, _alarming, safety_normal):
        return red_flags, doubted
    level = {"emergency": scores.emergency_level, "crisis": scores.crisis_level}
    normal = safety_normal(text)
    kept = tuple(f for f in red_flags if f.kind == "crisis" or level[f.kind] == "sure" or _told_negative(f, normal))
    return kept, doubted + tuple(f for f in red_flags if f not in kept)  # (no crisis is denied away)


#: A negation in a red flag's own phrase: the sign is the negation ("still not awake", "no vuelve en si").
_NEGATIVE = re.compile(r"\b(?:no|not|nor|ni|sin|never|cannot|cant|wont|hasnt|isnt|doesnt|didnt|will not|can not)\b")


def _told_negative(flag: RedFlag, normal: str) -> bool:
    """Does the message say one of a flag's phrases that are a negation themselves? (denied_flags keeps it.)"""
    return any(_NEGATIVE.search(p) and f" {p} " in f" {normal} " for p in (safety_normal(q) for q in flag.phrases))


#: A curated phrase whose own detector is this far (log-odds) below its "possible" band is a possible one: a safety
#: line first, not an urgent answer. The phrases match words, not what is said about them ("i had chest pain during
#: my first cycle, it was the drug, it resolved"; "the queue was suicide"), and the detectors were trained on the
#: frames around those words. Chosen on the development sets (safety-blind-1..6): at 2.0 no emergency or crisis lost
#: its urgent answer and 13 of 1,466 safe controls lost a false alarm (at 1.0: one emergency lost).
PHRASE_DOUBT = 2.0
#: ... in a message of at least this many words: in a short one ("febrile neutropenia", "my husband says i have
#: sepsis") the detector has read too little to contradict anything (its value stays near its intercept: it does
#: not know, it does not say no), and the phrase stands.
DOUBT_MIN_WORDS = 10


def contradicted(flag: RedFlag, scores: SafetyScores, words: int, joking: bool = False) -> bool:
    """Does a curated phrase's own detector contradict it? In a message that laughs or says it jokes ("... jump off a
    bridge lol"), the phrase stands only where its detector is clearly sure (HEDGE_MARGIN above its threshold)."""
    value, band, sure = ((scores.emergency, scores.emergency_band, scores.emergency_sure) if flag.kind == "emergency"
                         else (scores.crisis, scores.crisis_band, scores.crisis_sure))
    return value < sure + HEDGE_MARGIN if joking else words >= DOUBT_MIN_WORDS and value < band - PHRASE_DOUBT


#: A question of at most this many words is short (see ``decide``: a possible band alone puts no line before it).
QUIET_MAX_WORDS = 12
#: A cry for help or an overdose told as a question ("what do i do", "help?", "i took them all, now what?") is no
#: question for information, whatever concepts it names.
_CRY_FOR_HELP = re.compile(
    r"\b(?:what (?:do|should|can|shall) (?:i|we) do|what now|now what|help|please|took (?:them|it|all|everything|"
    r"the lot|too many|the whole)|too many|que hago|ayuda|auxilio)\b")


def unnamed_question(kind: str, text: str, ws: list[str], framed: frozenset[str], named: set[str]) -> bool:
    """A short question, not about now and no cry for help, that names none of the alarming concepts of a detector
    (``kind``)."""
    # (A question's "right now" is read as told now: "is he dying right now?" may be one; round 36's review.)
    return (len(ws) <= QUIET_MAX_WORDS and "now" not in framed and (text.rstrip().endswith("?") or "asking" in framed)
            and not named & ALARMING[kind] and not _CRY_FOR_HELP.search(" ".join(ws)))


def stepped_down(scores: SafetyScores, text: str, ws: list[str], framed: frozenset[str], named: set[str],
                  phrase_kinds: set[str], *, resolved_story: bool, routine: bool = False) -> SafetyScores:
    """The detectors' levels one step down where they have read too little or a story is over.
    A short question that names none of a detector's alarming concepts: the detector has read too little (its words
    stand in for concepts it learnt from composed positives: "nobody", "why", "more"); without a curated phrase of
    its kind, sure is a safety line first, and a possible emergency is nothing. A possible crisis keeps its gentle
    line ("why bother anymore?" names no concept either). A medical story that is over and ended well ("he pulled
    through", "it cleared up", "all fine now"): a possible emergency is none (a line for a story told after the
    event is a false alarm); a crisis told as over keeps its line (a recent attempt is a risk in itself). A routine
    statement of the day (``routine``: text/safety_routine.py, "took my tablets with my porridge and had a shower",
    no amount, no sign told in the present): each detector one step down (they read the medicine's or the
    treatment's words, not that nothing happened)."""
    step = {"sure": "possible", "possible": "no", "no": "no"}
    levels = {"emergency": scores.emergency_level, "crisis": scores.crisis_level}
    for kind, level in levels.items():
        if kind not in phrase_kinds and unnamed_question(kind, text, ws, framed, named):
            levels[kind] = "possible" if kind == "crisis" and level != "no" else step[level]
    if routine:
        levels = {kind: step[level] for kind, level in levels.items()}
    if resolved_story and levels["emergency"] == "possible":
        levels["emergency"] = "no"
    return replace(scores, emergency_level=levels["emergency"], crisis_level=levels["crisis"])


def told_story(red_flags: tuple[RedFlag, ...], doubted: tuple[RedFlag, ...], scores: SafetyScores | None, *,
               ended: bool, asks: bool, calm: bool = False
               ) -> tuple[tuple[RedFlag, ...], tuple[RedFlag, ...], SafetyScores | None]:
    """(red flags, doubted flags, scores) of a story told as over (``ended``: no emergency answer or line, a crisis at
    most its gentle line; the caller reads no story as over when a clause tells of something now: "i overdosed last
    year and survived. i want to try again") or of a story question that names no crisis concept (``asks``): no
    crisis answer, at most its gentle line; or of a message saying that what was alarming has settled now (``calm``:
    "the cut stopped bleeding after 5 minutes, all good", "the fever broke, her temp is normal now", with no clause
    telling of anything alarming now): at most a possible emergency (the safety line first), never an urgent answer (the
    detectors read the symptom's words, not that it stopped); a crisis unchanged.
    Unchanged otherwise."""
    if calm:
        doubted += tuple(f for f in red_flags if f.kind == "emergency")
        red_flags = tuple(f for f in red_flags if f.kind != "emergency")
        if scores is not None and scores.emergency_level == "sure":
            scores = replace(scores, emergency_level="possible")
    if asks:
        doubted += tuple(f for f in red_flags if f.kind == "crisis")
        red_flags = tuple(f for f in red_flags if f.kind != "crisis")
        if scores is not None:
            scores = replace(scores, crisis_level="possible" if scores.crisis_level != "no" else "no")
    if ended:  # (an attempt, even long ago, is a risk in itself: a crisis keeps its gentle line)
        doubted = tuple(f for f in (*doubted, *red_flags) if f.kind == "crisis")
        red_flags = ()
        if scores is not None:
            scores = replace(scores, emergency_level="no",
                             crisis_level="possible" if scores.crisis_level != "no" else "no")
    return red_flags, doubted, scores


def landmark_stepped(scores: SafetyScores | None, landmark: bool) -> SafetyScores | None:
    """A landmark told as where it is ("the bridge is close to my house", safety_means.place_only): a crisis detector
    sure on it is a possible crisis (at most the gentle line), not a plan."""
    if scores is not None and scores.crisis_level == "sure" and landmark:
        return replace(scores, crisis_level="possible")
    return scores


#: Concepts often said with a negation of their own ("no point", "without me", "never wake up", "no tener que
#: vivir", "not be here"): a message that names one is never denied away.
_SELF_DENYING = frozenset(("hopeless", "death", "burden", "goodbye"))
#: Spanish "no" before a pronoun negates the verb after it, which is often the symptom ("no me entra el aire"); and
#: an act denied whole ("no se tomo ninguna") may be followed by another told in words no list holds ("..., se
#: inyecto toda la insulina"): a message with one is never denied away.
#: (... but an intent denied, "no me voy a hacer daño", "no se va a lastimar": the auxiliary of the future or of a
#: wish after the pronoun says what the writer will not do to themself, no symptom.)
_NO_CLITIC = re.compile(r"\bno (?:me|te|le|se|nos|les|lo|la)\b(?! (?:voy|vas|va|vamos|van|pienso|piensa|quiero|"
                        r"quiere) (?:a )?(?:hacer(?:me|se|te)? (?:ningun )?dano|lastimar|cortar|quemar)\b)")


#: The word "plan" itself (not a time or an amount: "have not drunk enough" denies a plan concept too).
_PLAN_WORD = re.compile(r"\bplan(?:s|ning|ned)?\b")


def plan_alone(normal: str) -> bool:
    """Is a plan, said in the word "plan", the only alarming concept a message names? Denied ("been wondering how i
    would do it, not planning"), it denies no thoughts the crisis detector is sure of."""
    named = concepts(normal) & (ALARMING["emergency"] | ALARMING["crisis"])
    return named == {"plan"} and bool(_PLAN_WORD.search(normal))


def all_denied(normal: str, affirmed_text: str, death: re.Pattern[str]) -> bool:
    """Does a message name alarming concepts only where a negation governs them, and no ``death`` word?"""
    alarming = ALARMING["emergency"] | ALARMING["crisis"]
    named = concepts(normal) & alarming
    return bool(named) and not concepts(normal) & _SELF_DENYING and not concepts(affirmed_text) & alarming \
        and not death.search(affirmed_text) and not _NO_CLITIC.search(normal)
