"""A message read sentence by sentence where its whole reads as only possible (issue 9): a curated emergency phrase in
a sentence of its own, or a crisis told in one sentence of a long story, is what the whole message's words made the
detectors doubt. ``understanding.safety_decide_clauses.decide_by_clauses`` asks these with the decision of one
sentence read alone (``alone``: the urgent key of the decision, or None) and keeps the whole message's decision
where they find nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.intents import RedFlag
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_split import sentence_pattern
from marrowbot.text.safety_unknown import read_negated as negated
from marrowbot.understanding.safety_features import ALARMING, EVERYDAY_PLAN, concepts
from marrowbot.understanding.safety_levels import HEDGE_MARGIN
from marrowbot.understanding.safety_means import NO_CRISIS_PLAN, PLAN, PREPARED
from marrowbot.understanding.safety_model import SafetyScores
from marrowbot.understanding.safety_plan import FIRST_PERSON, calls_for_the_number, crisis_said

#: A sentence and its end (a full stop, "!" or "?", however many).
SENTENCE = re.compile(sentence_pattern(r".!?"))

#: A sentence read alone counts for a crisis where its crisis detector is clearly sure (this far, log-odds, above its
#: threshold, as for a hedged message) and it tells a crisis construct, a plan or preparations: the detector reads
#: a few words of a sentence cut from its story ("i'm going to make myself some pasta", "when i got diagnosed i wanted
#: to die, honestly.") as anything.
SENTENCE_MARGIN = HEDGE_MARGIN
#: ... or, telling none of them, where its crisis detector is this far (log-odds) above its threshold and the whole
#: message's own value (no sentence's) is clearly sure too (HEDGE_MARGIN above): a quiet crisis said in words no
#: construct holds ("nobody would even notice if i was not around", "i lie awake wishing i had not woken up") in a calm
#: story that ends in a question about forms or fatigue; the story's question had capped it at the gentle line. A
#: sentence merely possible, or just sure, is a few words cut from a story, read as anything. Chosen on the development
#: sets (safety-blind-1..31, safety-dev-es1; round 44): 7 crises more, no control more alarmed (at 3.0 with no
#: condition on the whole message: 3 controls alarmed, "the last thing i want is to waste time", "i gave up trying to
#: sleep"; at 4.0 alone: 3 crises).
QUIET_SENTENCE_MARGIN = 3.0
#: ... but never such a sentence said of another and not of the writer ("mum keeps saying she's ready to go whenever
#: god wants her"): that person's words, not a crisis of the writer's own.
_OF_ANOTHER = re.compile(r"\b(?:he|she|hes|shes|him|his|her|hers|they|them|their)\b")

Alone = Callable[[str, tuple[RedFlag, ...], SafetyScores], "str | None"]


def affirmed(normal: str) -> str:
    """A normal form with every word a negation governs blanked."""
    ws = normal.split()
    return " ".join("_" if n else w for w, n in zip(ws, negated(ws)))


def emergency_in_a_sentence(text: str, screen: Callable[[str], tuple[RedFlag, ...]],
                            score: Callable[[str], SafetyScores], alone: Alone) -> bool:
    """A curated emergency phrase in a sentence of its own that is an emergency read alone ("grandpa is not
    breathing!! if he dies it's my fault"): the other sentence's words only made the detector doubt it.
    (Never a question: "does anemia make you short of breath?" asks, whatever it names.)"""
    for sentence in (s.group(0) for s in SENTENCE.finditer(text) if "?" not in s.group(0)):
        flags = screen(sentence)
        if any(f.kind == "emergency" for f in flags) and alone(sentence, flags, score(sentence)) == "emergency":
            return True
    return False


#: A short message of a question and a statement ("is my dad going to die? he is not breathing"): at most this many
#: words.
ASKED_AND_TOLD_MAX_WORDS = 30


def asked_and_told(text: str) -> bool:
    """Is a message short, of a question and at least one sentence that is no question? The question's frame made the
    whole message read as asking; the sign told in the other sentence is read alone (``emergency_in_a_sentence``)."""
    sentences = [s.group(0) for s in SENTENCE.finditer(text) if s.group(0).strip()]
    return len(text.split()) <= ASKED_AND_TOLD_MAX_WORDS and len(sentences) >= 2 \
        and any("?" in s for s in sentences) and any("?" not in s for s in sentences)


#: A question's opening words ("how can i tell if ...", "is it ...", "what does ... mean").
_ASKS = re.compile(r"^\s*(?:how|what|which|why|is|are|could|can|should|do|does|would|will|when|whats)\b", re.IGNORECASE)
#: ... and a clause that asks again, or imagines ("or is it", "if she ...").
_ASKS_AGAIN = re.compile(r"^\s*(?:or|if|and if|what|how|is|are|could|can|should|do|does|would|will|when|whats)\b",
                         re.IGNORECASE)


def told_after_asking(text: str) -> str | None:
    """The last clause of a short one-sentence question that goes on, after a comma, to tell something ("how can i
    tell if it is a stroke or a migraine, half my face has gone numb"): the clause told, read alone (as
    ``emergency_in_a_sentence`` reads a sentence), or None."""
    sentences = [s.group(0) for s in SENTENCE.finditer(text) if s.group(0).strip()]
    if len(sentences) != 1 or len(text.split()) > ASKED_AND_TOLD_MAX_WORDS or not _ASKS.match(text) \
            or "," not in text:
        return None
    told = text.rsplit(",", 1)[1].strip(" ?.!")
    return told if len(told.split()) >= 3 and not _ASKS_AGAIN.match(told) else None


def tells_a_plan(normal: str, affirmed_text: str | None = None) -> bool:
    """Does a message (safety normal form; ``affirmed_text``: with the words a negation governs blanked) tell a plan,
    a time, preparations or a final farewell: the emergency number as well as the crisis line? (Not a care plan,
    ``NO_CRISIS_PLAN``, nor "drinking enough", ``EVERYDAY_PLAN``.) The one reading of both the whole message
    (``safety.decide``) and of a crisis found in one sentence."""
    return bool(PLAN.search(EVERYDAY_PLAN.sub(" ", NO_CRISIS_PLAN.sub(" ", normal))) or PREPARED.search(normal)) \
        or calls_for_the_number(normal, affirmed(normal) if affirmed_text is None else affirmed_text) \
        or crisis_said(normal) in _NOW_SAID  # (a farewell, a parting or affairs put in order: the time is now)


#: The crisis concepts a sentence names of a crisis itself ("never wake up", "better off without me"; not the tablets of
#: a treatment, nor an everyday plan): for a sentence read alone (``crisis_in_a_sentence``), as a crisis construct where
#: the whole message reads at least as a possible crisis (its own value, no sentence's: "... so i want a plan written
#: down on the fridge", the concept read in "live", is a calm message's sentence).
_CRISIS_ITSELF = ALARMING["crisis"] - {"swallowed", "plan"}

#: The crisis constructs said that call for the number once a crisis is established.
_NOW_SAID = frozenset(("farewell", "parting", "preparation", "plan"))


def crisis_in_a_sentence(text: str, screen: Callable[[str], tuple[RedFlag, ...]],
                         score: Callable[[str], SafetyScores], alone: Alone, whole: float | None = None) -> str | None:
    """A long message whose whole reads only as a possible crisis (the gentle line) but one of whose sentences is a
    crisis read alone, its detector clearly sure, telling a wish to be dead, a plan or preparations in the middle of a
    story about benefits, pasta or blood products ("... i've worked out exactly what i'm going to do and when, it's
    this weekend ... will my life insurance still pay out?"): the words around it made the detector doubt it, not
    what it says. "crisis_now" (the number first) where the sentence or the whole message tells a plan, a time or
    preparations, "crisis", or None. ``whole``: the whole message's own crisis value (its sentences not weighed), for a
    sentence that tells no construct (QUIET_SENTENCE_MARGIN; None: such a sentence never counts)."""
    sentences = [s.group(0) for s in SENTENCE.finditer(text)]
    if len(sentences) < 2:
        return None
    for sentence in sentences:
        normal = safety_normal(sentence)
        if "?" in sentence:
            continue
        told = bool(crisis_said(normal) or calls_for_the_number(normal, affirmed(normal)))
        named = not told and bool(concepts(normal) & _CRISIS_ITSELF)
        if not (told or named) and _OF_ANOTHER.search(normal) and not FIRST_PERSON.search(normal):
            continue
        scores = score(sentence)
        if scores.crisis < scores.crisis_sure + (SENTENCE_MARGIN if told or named else QUIET_SENTENCE_MARGIN):
            continue
        if not told and (whole is None or whole < (scores.crisis_band if named else scores.crisis_sure + HEDGE_MARGIN)):
            continue
        urgent = alone(sentence, screen(sentence), scores)
        if urgent in ("crisis", "crisis_now"):
            return "crisis_now" if urgent == "crisis_now" or tells_a_plan(safety_normal(text)) else "crisis"
    return None
