"""Two plain messages whose words a detector reads as alarming (``safety_normal`` form): a question whether to give or
take a medicine ("can i give her ibuprofen tonight": personal advice, its "tonight" the time of a dose, no sign told
now) and a fever of some days told with no sign of danger and no risk ("my back hurts and ive had a fever since
tuesday": a doctor's visit or 111, not the emergency number). The decision (safety.py) hedges both and reads no
more than a possible emergency in them: the question gets no safety line, the fever the line at most."""

from __future__ import annotations

from dataclasses import replace

from marrowbot.text.lazy import lazy_re
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_model import SafetyScores

#: A question asking leave to give or take a medicine, at the start of the message or of a sentence ("can i give her
#: ibuprofen tonight", "is it ok to take paracetamol now", "should we give him calpol before bed").
_ASKS_TO_GIVE = lazy_re(
    r"(?:^|\b(?:so|and|ok|okay|also|hi|hello|quick question) )(?:(?:can|could|may|should|shall) (?:i|we|you) "
    r"(?:still |safely )?|is it (?:ok|okay|safe|alright|all right|fine) (?:for (?:me|us|her|him|them) )?to |"
    r"am i allowed to |are we allowed to |(?:do|does) (?:i|we) need to )"
    r"(?:give|take|have|use|try|start|keep giving|keep taking)\b")
#: What makes such a question more than one about a dose: an amount of it, a store of it or a crisis's words
#: ("can i take the whole box tonight", "should i take all of them").
_MORE_THAN_A_DOSE = lazy_re(
    r"\b(?:\d+ (?:of|more|extra)|all (?:of )?(?:them|it|my|her|his|the)|whole|entire|box|bottle|packet|pack|strip|"
    r"stash|saved|double|extra|too many|too much|overdose\w*|die|dying|end it|kill\w*|never wake|not wake|sleep "
    r"forever)\b")

#: A fever (or a temperature) that has lasted some days ("a fever since tuesday", "temperature for 3 days") ...
_FEVER_FOR_DAYS = lazy_re(
    r"\b(?:fever\w*|temperature|temps?)\b(?: \w+){0,3}? (?:since (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the weekend|last week)|for (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|several|a few|"
    r"a couple of|couple of|a couple) days)\b")
#: ... told with no risk (a treatment or a condition that lowers the counts, a child, old age) and no sign of danger,
#: nor worse now (NHS: a high temperature for days is for the GP or 111; on chemotherapy or with these signs, 999).
_RISK_OR_DANGER = lazy_re(
    r"\b(?:chemo\w*|quimio|neutropeni\w*|transplant\w*|stem cell|immun\w*|counts?|platelets?|neutrophils?|wbc|"
    r"myeloma|leuka?emia|lymphoma|mds|aml|cll|cml|sickle|aplastic|fanconi|pnh|myelofibrosis|spleen|steroids?|"
    r"azacitidine|lenalidomide|methotrexate|antibiotics?|picc|port|line|catheter|baby|newborn|infant|toddler|"
    r"months? old|weeks? old|pregnan\w*|elderly|\d+ year old|confus\w*|drowsy|sleepy|floppy|unresponsive|stiff|rash|"
    r"spots?|purple|blotch\w*|mottled|pale|grey|gray|blue|cold|clammy|shiver\w*|shak\w*|rigou?rs?|breath\w*|"
    r"chest|fits?|seizure|vomit\w*|blood|bleed\w*|pee|peeing|urine|wee|dizzy|faint\w*|collaps\w*|worse|worst|"
    r"severe|unbearable|agony|now|today|tonight|suddenly|sudden|40|39|104|103)\b")


def asks_to_give(normal: str) -> bool:
    """Does a message ask whether to give or take a medicine, and no more than a dose of it?"""
    return bool(_ASKS_TO_GIVE.search(normal)) and not _MORE_THAN_A_DOSE.search(normal)


def plain_lasting_fever(normal: str) -> bool:
    """Does a message tell of a fever of some days with no risk, no sign of danger and nothing worse now?"""
    return bool(_FEVER_FOR_DAYS.search(normal)) and not _RISK_OR_DANGER.search(normal)


#: The most words such a message has: said alone, not one sentence of a longer message (a long one tells more:
#: "... half her face slid down ... oh and also, is it ok to give her paracetamol for her usual back pain").
DOSE_WORDS = 14
FEVER_WORDS = 25


def plain_told(normal: str, affirmed: str, flagged: bool) -> str | None:
    """"dose" for a question whether to give a medicine, "fever" for a plain fever of some days, else None; never
    with a red flag, nor with an emergency concept named beyond the fever (``affirmed``: the words no negation
    governs), nor in a long message."""
    n = len(normal.split())
    if flagged or n > FEVER_WORDS:
        return None
    named = concepts(affirmed) & ALARMING["emergency"]
    if not named and n <= DOSE_WORDS and asks_to_give(normal):
        return "dose"
    return "fever" if named <= {"fever"} and plain_lasting_fever(normal) else None


def capped(scores: SafetyScores | None, plain: str | None) -> SafetyScores | None:
    """The emergency detector's level for a plain message (``plain_told``): a dose asked about is none, a plain fever
    of days at most a possible one (a safety line)."""
    if scores is None or plain is None or scores.emergency_level == "no":
        return scores
    return replace(scores, emergency_level="no" if plain == "dose" else "possible")
