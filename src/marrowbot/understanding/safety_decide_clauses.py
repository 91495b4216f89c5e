"""The decision read again clause by clause (``decide_by_clauses``): a clause told as happening now outweighs a calm
frame elsewhere in the message; an amount of medicine taken may be an attempt; then read again without a denial of
harm or the minutes a bleed took to stop (safety_reread). Takes the whole message's decision from ``safety.decide``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import astuple

from marrowbot.intents import RedFlag
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_episode import episode_over
from marrowbot.understanding.safety import (
    AGAIN_TODAY,
    SafetyDecision,
    decide,
    names_alarming,
    names_crisis_itself,
)
from marrowbot.understanding.safety_accident import accidental
from marrowbot.understanding.safety_acute import hazard_named, ingested, owned
from marrowbot.understanding.safety_calm_whole import calm_whole
from marrowbot.understanding.safety_denial import denial_reread
from marrowbot.understanding.safety_model import SafetyModel, SafetyScores
from marrowbot.understanding.safety_reread import read_instead, reread
from marrowbot.understanding.safety_sentences import (
    asked_and_told,
    crisis_in_a_sentence,
    emergency_in_a_sentence,
    told_after_asking,
)
from marrowbot.understanding.safety_told import urgent_apart

#: An amount told as an afterthought, in a clause of its own at the end ("..., the whole packet", "..., all of the
#: box"): the taking before the comma is of that amount.
_AMOUNT_AFTER = re.compile(r",\s*(?:and )?(?:the |all (?:of )?(?:the |my )?|a )?(?:whole |entire )?(?:packet|pack|box|"
                           r"bottle|strip|blister|tub|jar|lot)\b[^,.]*$", re.IGNORECASE)


def decide_by_clauses(text: str, decision: SafetyDecision, screen: Callable[[str], tuple[RedFlag, ...]],
                      model: SafetyModel | None) -> SafetyDecision:
    """``_by_clauses``, then read again without a denial of harm or the minutes a bleed took to stop (safety_reread)."""
    decision = _by_clauses(text, decision, screen, model)
    first = decision.urgent

    def decided(t: str, f: tuple[RedFlag, ...], s: SafetyScores) -> tuple[str | None, str | None]:
        return astuple(decide(t, f, s, "", 0.0))

    again = reread(text, decision.urgent, screen, model, decided)
    decision = decision if again is None else SafetyDecision(*again)
    # (... and without the writer's own denial of the crisis or the danger itself: safety_denial)
    milder = denial_reread(text, decision.urgent, decision.line, screen, model, decided, first)
    return decision if milder is None else SafetyDecision(*milder)


def _by_clauses(text: str, decision: SafetyDecision, screen: Callable[[str], tuple[RedFlag, ...]],
                model: SafetyModel | None) -> SafetyDecision:
    """A clause told as happening now outweighs a calm frame in another clause (fine now, joking, haha, over, a
    question): the whole message's ``decision``, unless an amount of medicine taken or a dangerous thing swallowed is
    told, or asked about and owned as done ("i am fine now and just took 30 sleeping pills", "my kid ate a dishwasher
    pod haha", "what happens if someone takes 40 tylenol? i just did": urgent, both numbers
    where its clause alone is a crisis, else poison control's message), or a clause telling of a sign as just happened
    or happening is urgent on its own ("ya esta bien pero se desmayo hace cinco minutos"; safety_told: a clause told
    after a calm and a contrast or before a question, a method of dying asked). ``screen`` and ``score``:
    the red-flag screen and the detectors (``model``: none in a bot without them), for a clause."""
    if model is None:
        return decision
    score = model.score
    if decision.urgent in ("emergency", "poisoning") \
            and (ingested(text) or bool(_AMOUNT_AFTER.search(text)) and ingested(text.replace(",", " "))) \
            and not hazard_named(text, writer_excepted=True) \
            and not accidental(safety_normal(text)):
        # An amount of medicine taken, by the writer, a teenager or an adult, with no word of an accident ("my
        # brother took a bottle of his tablets"; "swallowed my tablets with my toast, the whole packet": the amount
        # may come after a comma): it may be an attempt, so the crisis line as well as the emergency number. (An
        # accident, or a household product not the writer's own, mostly a child's or a mistake's: the decision made.)
        return SafetyDecision(urgent="crisis_now")
    if decision.urgent in ("crisis_now", "emergency", "poisoning"):
        return decision
    over = decision.urgent is None and episode_over(text, names_alarming, names_crisis_itself) \
        and not AGAIN_TODAY.search(safety_normal(text))
    if not over and (ingested(text) or owned(text)):
        own = decide(text, screen(text), score(text), "", 0.0) if decision.urgent is None else decision
        # (... a possible crisis too, its despair line: "i'm fine now, just swallowed 20 of my oxycodone, nobody
        # cares" keeps the crisis line and both numbers)
        # (... or an amount taken with no accident nor household product, as above: "took a handful to see")
        crisis = own.urgent in ("crisis", "crisis_now") or "despair" in (own.line, decision.line) \
            or ingested(text) and not hazard_named(text, writer_excepted=True) and not accidental(safety_normal(text))
        return SafetyDecision(urgent="crisis_now" if crisis else "poisoning")
    if decision.urgent is None and (apart := urgent_apart(  # (safety_told: a method of dying, a clause told now)
            text, lambda c: decide(c, screen(c), score(c), "", 0.0).urgent)):
        return SafetyDecision(urgent=apart)
    if over:  # an episode told as over (safety_episode), no clause told now alone urgent
        return decision
    if decision.urgent is None and (told := _told_in_place(text, screen, score)) is not None:
        return SafetyDecision(urgent=told)

    def urgent_alone(sentence: str, flags: tuple[RedFlag, ...], scores: SafetyScores) -> str | None:
        return decide(sentence, flags, scores, "", 0.0).urgent

    if decision.urgent is None and (decision.line == "possible_emergency" or not decision.line and asked_and_told(
            text)) and not calm_whole(text) and emergency_in_a_sentence(text, screen, score, urgent_alone):
        return SafetyDecision(urgent="emergency")
    if decision.urgent is None and decision.line == "despair":
        urgent = crisis_in_a_sentence(text, screen, score, urgent_alone, float(model.decision(text)[1]))
        return SafetyDecision(urgent=urgent) if urgent else decision
    return decision


def _told_in_place(text: str, screen: Callable[[str], tuple[RedFlag, ...]],
                   score: Callable[[str], SafetyScores]) -> str | None:
    """The urgent key of an emergency told in the place of something denied or asked, read on its own, or None:
    "not X, only Y" (the negation ends at "only / just / but": "no fever, just purple spots that do not fade and a
    stiff neck", "not vomiting blood, only coughing it up") and a question that goes on to tell ("how can i tell a
    stroke from a migraine, half my face has gone numb"). Only where what is told says a curated emergency phrase:
    the detector alone reads too much in a few words ("never passed out, just dizzy")."""
    def alone(part: str, flags: tuple[RedFlag, ...]) -> str | None:
        if not any(f.kind == "emergency" for f in flags):
            return None
        again = decide(part, flags, score(part), "", 0.0).urgent
        return again if again not in ("crisis", "crisis_now") else None

    instead = read_instead(text)
    if instead is not None and (urgent := alone(instead, screen(instead))) is not None:
        return urgent
    told = told_after_asking(text)
    return alone(told, screen(told)) if told is not None else None
