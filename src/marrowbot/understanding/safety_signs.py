"""Signs that are an emergency once told as happening, whatever words the detectors learnt (issue 9): chest pain the
GTN spray has not eased after a second dose (NHS, angina: "call 999 if the pain does not go after the second dose"),
severe hypothermia (NHS: cold to the touch with confusion, slurred speech or drowsiness, shivering that has
stopped), bleeding from several places at once (gums and nose, "from everywhere": low platelets or a clotting
failure), and a temperature read now at the fever line with low counts or their treatment (NCI: neutropenic fever).
The detectors read "not shivering" as a fever denied and "used my spray" as a treatment that worked. Used by
``understanding.safety.decide``."""

from __future__ import annotations

import re

from marrowbot.intents import RedFlag
from marrowbot.text.temperature import Reading, between_of, readings
from marrowbot.understanding.safety_features import concepts

#: The spray used twice or more, and nothing eased.
_GTN_UNEASED = re.compile(
    r"\b(?:gtn|nitro\w*|glyceryl trinitrate|angina spray|heart spray|spray for (?:my|his|her) (?:heart|angina))\b"
    r"(?: \w+){0,4}? (?:twice|two times|2 times|three times|3 times|again|a second time|two puffs|2 puffs|two sprays|"
    r"2 sprays|two doses|2 doses)\b(?: \w+){0,3}? (?:and )?(?:nothing|no (?:better|change|difference|relief|help)|"
    r"(?:it is |its )?not (?:helping|working|easing|eased|better|going)|(?:did|does|has|have) not (?:help|helped|work|"
    r"worked|ease|eased|do anything|done anything|touch it|touched it)|still (?:there|the same|bad|hurting|tight))\b")
#: A person's body cold to the touch (not a room, the weather, or hands and feet, which anaemia and poor circulation
#: make cold) ...
_PERSON = r"(?:he|she|they|i|grandma|grandpa|gran|nan|mum|mom|dad|mother|father|husband|wife|baby|partner|son|daughter)"
_COLD_WORD = r"(?: all| so| really| completely)? (?:ice|icy|freezing|stone) cold"
_COLD = re.compile(
    rf"\b(?:{_PERSON} (?:is|was|are|were|feels|felt|seems|seemed|looks|looked|am){_COLD_WORD}|"
    rf"(?:her|his|their|my) (?:whole )?(?:body|skin) (?:is|was|feels|felt){_COLD_WORD}|"
    r"cold to (?:the )?touch|freezing to (?:the )?touch|hypotherm\w*)\b")
#: ... with the signs of its severe stage (not "confused about the times", "mumbling about the bill").
_SEVERE_COLD = re.compile(
    r"\b(?:(?:not|stopped|no longer|is not|was not|isnt|wasnt)(?: even)? shivering|(?:mumbl\w*|slurr\w*|confused|"
    r"drowsy)(?! (?:about|over|by|with)\b)|barely (?:awake|talking|responding|conscious)|"
    r"(?:will not|wont|can not|cant) (?:wake|stay awake)|not making (?:any )?sense)\b")
#: Where a bleed comes from ...
_SITE = (r"(?:(?:his|her|my|the|their|both) )?(?:nose|nostrils|gums?|mouth|ears?|eyes?|lips?|bum|bottom|back passage|"
         r"skin|nails?|wee|pee|urine|poo|stools?)")
#: ... several places at once: "bleeding from his gums and nose", "blood from her nose, mouth and ears", "bleeding
#: from everywhere", "my gums and nose are both bleeding".
_BLEEDING_PLACES = re.compile(
    rf"\b(?:bleeding|blood(?: (?:is |s )?(?:coming|pouring|running|dripping|oozing))?) (?:out )?(?:from|out of) "
    rf"(?:everywhere|all over|every (?:hole|orifice)|several places|(?:lots of|many|different|multiple) places|"
    rf"{_SITE}(?: and| or)? {_SITE})\b|\b{_SITE}(?: and| or)? {_SITE} (?:(?:are|is|keep|keeps|have been|has been|"
    rf"both|all|started|just|now|still) )+bleeding\b")
#: ... not told as long past or as what happens at times ("used to ... as a kid", "... when i brush my teeth").
_NOT_NOW = re.compile(r"\b(?:used to|years? ago|months? ago|last (?:year|month)|as a (?:kid|child|teen\w*)|when i "
                      r"was (?:a |little|young|younger|small|\d+)|sometimes|often|easily|on and off|comes and goes|"
                      r"every (?:time|day|morning|now and then)|when (?:i|he|she|they) (?:brush|blow|floss))\b")
#: A temperature read now at or above the fever line (NCI/CDC: 38 C / 100.4 F; lower readings are "reading" in the
#: normal form, text/safety.py) ...
_FEVER_WORDS = frozenset(("temp", "temperature", "fever", "thermometer"))
_FEVER_BETWEEN = between_of(r"is|s|reads|says|shows|showing|now|at|of|currently|still|just|up to|gone up to")
#: ... not told of a time before ("temperature was 38 5", "had a fever of 39", "fever of 39 last week").
_BEFORE = re.compile(r"(?:\bwas|\bhad|\bhad a) $")
_DATED_AFTER = re.compile(r"^(?: \w+){0,4}? (?:last|ago|yesterday|during|back in)\b")
_DATED_SOON_AFTER = re.compile(r"^(?: \w+){0,3}? (?:last|ago|yesterday|during|back in)\b")


def _dated(r: Reading, after: str) -> bool:
    """Is a reading dated by a time of the past within four words of it (its whole degrees, when they alone are a
    fever: "38 6 had chemo 8 days ago" is read now)?"""
    return bool(_DATED_AFTER.search(after)) and not (r.decimal and r.whole.fever
                                                    and not _DATED_SOON_AFTER.search(after))


def _fever_now(normal: str) -> bool:
    return any(r.fever and r.word in _FEVER_WORDS and _FEVER_BETWEEN.fullmatch(r.between) is not None
               and not _BEFORE.search(normal[:r.start]) and not _dated(r, normal[r.end:])
               for r in readings(normal))


#: ... with a condition or a treatment that lowers the counts (neutropenic fever: call at once, whatever else is said;
#: the "treatment" concept of the detectors, safety_features), not told as over or absent: "off chemo", "not on chemo",
#: "no longer on treatment", "no chemo for 3 months", a course finished months or years ago ("finished chemo a year
#: ago"; one finished last week is still a risk: the counts are lowest one to two weeks after), nor counts told as
#: good ("his counts look great").
_OVER = re.compile(
    r"\b(?:not (?:on|having|getting|receiving)|off|no longer (?:on|having|getting)|no|never had|done with|"
    r"(?:has|have|had) not had)(?: (?:any|my|his|her|their|the|more|active|further))? \w+(?: \w+)?\b|"
    r"\b(?:finished|completed|stopped|ended)(?: (?:my|his|her|their|the))? \w+(?: \w+)?(?= (?:(?:\d+|a|an|one|two|"
    r"three|four|five|six|several|a few|a couple of) (?:months?|years?) ago|last year|years ago)\b)|"
    r"\b\w+ (?:finished|ended|stopped)(?= (?:(?:\d+|a|an|one|two|three|four|five|six|several|a few|a couple of) "
    r"(?:months?|years?) ago|last year|years ago)\b)|"
    # ... or the counts told as good ("his counts look great", "counts are back up"): no low counts
    r"\b(?:counts|platelets|neutrophils|anc|white count) (?:look|looks|are|is|were|was|have|has) (?:\w+ )?(?:great|"
    r"good|fine|normal|recovered|back up|back to normal|coming up|going up)\b")


def treatment_now(normal: str) -> bool:
    """Does a message (normal form) name a treatment or a condition that lowers the counts, not told as over?"""
    return "treatment" in concepts(_OVER.sub(" ", normal))


#: The red flag of a fever with a treatment that lowers the counts (intents/red_flags.yml): its treatment words
#: match "chemo" in "off chemo" too.
FEVER_ON_TREATMENT = "fever_on_treatment"


def treatment_flags(red_flags: tuple[RedFlag, ...], normal: str) -> tuple[RedFlag, ...]:
    """The red flags, less a fever on treatment where the message names no treatment now ("a temperature, but i am
    off chemo now", "feverish, no longer on chemo")."""
    if not any(f.name == FEVER_ON_TREATMENT for f in red_flags) or treatment_now(normal):
        return red_flags
    return tuple(f for f in red_flags if f.name != FEVER_ON_TREATMENT)


#: Asked about or imagined ("what if the gtn spray does not work twice"): no sign told.
_ASKED = re.compile(r"^(?:what|when|how|why|should|is|does|do|can|could|would)\b|\bwhat if\b|\bif (?:he|she|i|they)\b")


def sign_told(normal: str) -> bool:
    """Does a message (safety normal form) tell chest pain the GTN spray did not ease, severe hypothermia, bleeding
    from several places or a fever with low counts, as happening (not asked about nor imagined)?"""
    if _ASKED.search(normal):
        return False
    return bool(_GTN_UNEASED.search(normal)) or bool(_COLD.search(normal) and _SEVERE_COLD.search(normal)) \
        or bool(_BLEEDING_PLACES.search(normal)) and not _NOT_NOW.search(normal) \
        or bool(_fever_now(normal) and treatment_now(normal))
