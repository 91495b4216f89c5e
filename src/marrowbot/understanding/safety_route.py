"""Which answer a medical emergency told of someone else gets: the emergency's, not the crisis answer.

The crisis detector learnt overdoses and attempts, whose words are a collapse's or a bleed's too ("he won't wake up",
"she's barely breathing", "he cut his leg and it won't stop bleeding"), and its concepts read "won't wake up" as a wish
not to wake and "cut" as self-harm. A wife whose husband collapsed needs "call 911, do not wait, stay with him", not
"you matter ... 988". So a medical emergency told of another person, that the emergency detector reads more surely
than the crisis detector, with no crisis phrase and no word of intent, pills or self-harm, is answered as a medical
emergency. The writer's own emergencies keep the crisis answer where the crisis detector is sure: "i cut too deep"
may be self-harm, and the crisis answer calls the emergency number first anyway."""

from __future__ import annotations

import re

from marrowbot.intents import RedFlag
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_medical import (
    CUT_ON,
    accident_told,
    emergency_words,
    hanged,
    harm_act,
    own_crisis,
    self_act,
)
from marrowbot.understanding.safety_model import SafetyScores
from marrowbot.understanding.safety_plan import crisis_said

#: Another person as the one it happens to (English and Spanish, in the normal form: no accents, lower case).
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:my|our|his|her) (?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|baby|child|kid|toddler|"
    r"brother|sister|grandma|grandpa|grandmother|grandfather|nan|nana|granny|friend|aunt|uncle|neighbour|neighbor|"
    r"boyfriend|girlfriend|flatmate|roommate|colleague|boss|teacher|student|patient|niece|nephew|cousin)s?|"
    r"(?:mi|mis|nuestro|nuestra) (?:esposo|esposa|marido|mujer|pareja|mama|madre|papa|padre|hijo|hija|bebe|nino|nina|"
    r"hermano|hermana|abuelo|abuela|amigo|amiga|novio|novia|tio|tia|vecino|vecina|suegro|suegra|sobrino|sobrina|"
    r"primo|prima)s?|he|she|hes|shes|him|ella)\b")

#: Words of intent, of taking medicines or of hurting oneself: a crisis may be in it, so the crisis answer stays.
_CRISIS_WORDS = re.compile(
    r"\b(?:himself|herself|themselves|themself|myself|on purpose|deliberately|suicid\w*|overdos\w*|od|pills?|"
    r"tablets?|capsules?|meds|medicine|medication|insulin|bottle|wrists?|razor|blade|slash\w*|"
    r"stabb?\w*|scars|burns|hang\w*|hung|jump\w*|letter|note|goodbye|bye|kill|end it|end his|end her|better off|"
    r"without (?:him|her|me)|took all|a proposito|pastillas?|matarse|matarme|quitarse|cortarse|cortarme|colg\w*|"
    r"ahorc\w*|tiro|carta|nota|despedid\w*|sobredosis|insulina|mejor sin)\b")

#: A cut told with no accident: it may be self-harm ("my girlfriend has been cutting"); with one ("he cut his arm on
#: the saw") it is a wound.
_CUT = re.compile(r"\b(?:cut|cuts|cutting|cortes|cortado|corte|corto|cortando)\b")

#: The writer telling of an act of their own ("i cut", "i took", "me corte"): it may be self-harm, whoever else the
#: message names ("my boyfriend left me and i ...").
_OWN_ACT = re.compile(r"\b(?:i|i have|ive|i just|i've) (?:just )?(?:\w+ )?(?:cut|took|taken|swallowed|slashed|stabbed|"
                      r"burnt|burned|hurt|jumped|overdosed|injected|drank)\b|\bme (?:he )?(?:corte|cortado|tome|tomado|"
                      r"trague|tire|lastime|queme)\b")

#: Where a wound or a fall is told, how it came about by accident ("on the saw", "chopping", "fell off the ladder"):
#: "harm" read in "cut" is then a wound, not self-harm. (Only words of how: not a place or a thing a cut may be made
#: with on purpose, "kitchen", "glass", "knife"; nor "can", which every "can not" holds.)
_ACCIDENT = re.compile(r"\b(?:saw|chainsaw|knife slipped|slipped|chopping|cooking|shaving|tool|drill|mower|machine|"
                       r"fell|fall|ladder|stairs|bike|crash|accident|dog|garden|hit by|car door|fire|"
                       r"sierra|se cayo|caida|choque|accidente)\b")

#: How much more surely the emergency detector reads it than the crisis detector (each past its own "sure"
#: threshold, in the detectors' log-odds).
MARGIN = 0.0


def medical_for_another(normal: str, scores: SafetyScores | None, named_crisis: set[str]) -> bool:
    """Is this, in the normal form ``normal``, a medical emergency told of someone else rather than a crisis?
    ``named_crisis``: the crisis concepts the message names (only "death", read in "won't wake up", and "harm", read
    in "cut", may be a medical emergency's)."""
    if scores is None or named_crisis - {"death", "harm"}:
        return False
    if ("harm" in named_crisis or _CUT.search(normal)) and not _accident(normal):
        return False
    if not _SOMEONE_ELSE.search(normal) or _CRISIS_WORDS.search(normal) or _OWN_ACT.search(normal) \
            or own_crisis(normal):
        return False
    return (scores.emergency - scores.emergency_sure) - (scores.crisis - scores.crisis_sure) > MARGIN


#: Cuts made to one's own arms, legs or thighs, or to oneself ("my son cut his arms", "she slashed her thighs", "cut
#: himself"): the way self-harm is told; a wound of one arm or wrist may be anyone's accident.
_SELF_CUT = re.compile(r"\b(?:cut|cuts|cutting|slashed|slashing|sliced|slicing) (?:up )?(?:(?:his|her|their|my) "
                       r"(?:own )?(?:arms|legs|thighs|wrists)|himself|herself|themselves|themself|myself)\b|"
                       r"\b(?:se|me) (?:corto|corte|ha cortado|he cortado|corta) (?:los brazos|las piernas|"
                       r"los muslos|las munecas|las venas)\b|"
                       # ... or "cut" with no object, the way self-harm is told by whoever does it ("i cut too deep",
                       # "just cut and it will not stop", "cut and bleeding a lot"): a wound of something names it
                       r"(?:^|\bi |\bive |\bi have |\bjust )(?:just )?cut(?: (?:too |really |very |so )?"
                       r"deep(?:er|ly)?\b| again\b| and\b| tonight\b| last night\b| *$)")


def self_harm_cut(normal: str) -> bool:
    """Does a message (normal form) tell of cuts made to oneself with no word of an accident ("my son cut his arms and
    we cant stop the bleeding"), or another act of self-harm by its shape (safety_medical.self_act), or a person
    found hanging (safety_medical.hanged: both answers, whatever the crisis detector reads)? With an
    emergency, both answers: the crisis line as well as the emergency number."""
    return bool(_SELF_CUT.search(normal)) and not _accident(normal) or self_act(normal) or hanged(normal)


#: A cut made on something: an accident's shape (safety_medical.CUT_ON).
_CUT_ON = re.compile(CUT_ON)


def _accident(normal: str) -> bool:
    return bool(_ACCIDENT.search(normal) or _CUT_ON.search(normal))


#: How much more surely (log-odds past each one's "sure" threshold) the emergency detector must read a message than a
#: sure crisis detector for the emergency's words alone to answer it. Chosen on the development sets (safety-blind-1 to
#: 24, safety-dev-es1): from 0.5 about 380 emergencies with no crisis signal of their own lost the crisis answer, and
#: no crisis did (nearer, "picked up 3 bottles of tylenol today, for later": a crisis detector that reads it nearly as
#: surely keeps it).
ALONE_MARGIN = 0.5


def medical_alone(normal: str, affirmed: str, scores: SafetyScores | None) -> bool:
    """Is a medical emergency only that (``normal``: its safety normal form; ``affirmed``: the same, negated words
    blanked; ``scores``: the detectors' plain reading)? No crisis said (safety_plan.crisis_said), no crisis signal of
    its own (safety_medical.own_crisis), and a crisis detector not sure or read less surely by ``ALONE_MARGIN``.
    (A crisis said is read outside the emergency's own idioms: "me siento morir" with a racing heart is a sense of
    doom, no wish to die; and a sure crisis detector whose crisis concepts are all inside those idioms reads them.)"""
    return scores is not None and (scores.crisis_level != "sure" or (scores.emergency - scores.emergency_sure)
                                   - (scores.crisis - scores.crisis_sure) > ALONE_MARGIN or accident_told(affirmed)
                                   or _idiom_only(affirmed, scores)) \
        and crisis_said(emergency_words(normal)) is None and not own_crisis(affirmed)


def _idiom_only(affirmed: str, scores: SafetyScores) -> bool:
    """Are the crisis concepts a message names all in the emergency's own idioms (safety_medical.emergency_words),
    with the crisis detector reading it no more surely than the emergency detector by ``ALONE_MARGIN``? (Far more
    surely, "going to take all of it and not wake up", it reads an intent the idiom's words also carry.)"""
    crisis = ALARMING["crisis"]
    return (scores.crisis - scores.crisis_sure) - (scores.emergency - scores.emergency_sure) <= ALONE_MARGIN \
        and bool(concepts(affirmed) & crisis) and not concepts(emergency_words(affirmed)) & crisis


def self_harm_now(affirmed: str, framed: frozenset[str], ended: bool) -> bool:
    """Is self-harm's own act that no accident explains (wrists slashed, a stab to oneself: ``SELF_HARM_ACT``) told as
    done, not asked about, imagined, past or over (``affirmed``: the safety normal form, negated words blanked)? An
    emergency whatever the detectors read ("slashed my wrists while making tea"), and both answers
    (``self_harm_cut``)."""
    return harm_act(affirmed) and not _WANT_TO_FIGURE.search(affirmed) \
        and not ended and not framed & {"asking", "past", "hypothetical"}


#: A wish said as a figure of speech or laughed off ("this queue makes me want to slit my wrists lol"): no act told.
_WANT_TO_FIGURE = re.compile(r"\b(?:makes?|making|made) me want to\b|\b(?:lol|lmao|haha\w*|jaja\w*)\b")


def wound_flags(red_flags: tuple[RedFlag, ...], normal: str, affirmed: str) -> tuple[RedFlag, ...]:
    """The red flags with no crisis flag where the message tells a wound by its own shape or by an accident
    (safety_medical.accident_told: "me corte la mano con el cuchillo", a cut finger, a hand in a machine) and no crisis
    of its own (no crisis said, no crisis signal outside the wound's words, no act on oneself): a crisis phrase read
    there (mostly a typo-tolerant match of a self-harm verb, "me corto" in "me corte la mano") is the wound's."""
    if not any(f.kind == "crisis" for f in red_flags) or not accident_told(affirmed) or own_crisis(affirmed) \
            or crisis_said(emergency_words(normal)) is not None:
        return red_flags
    return tuple(f for f in red_flags if f.kind != "crisis")
