"""Signs that are an emergency once told as happening, whatever words the detectors learnt (issue 9): chest pain the
GTN spray has not eased after a second dose (NHS, angina: "call 999 if the pain does not go after the second dose"),
severe hypothermia (NHS: cold to the touch with confusion, slurred speech or drowsiness, shivering that has
stopped), bleeding from several places at once (gums and nose, "from everywhere": low platelets or a clotting
failure), and a temperature read now at the fever line with low counts or their treatment (NCI: neutropenic fever).
Bleeding told in everyday words on such a treatment is a possible emergency at least (``bleeding_on_treatment``).
The detectors read "not shivering" as a fever denied and "used my spray" as a treatment that worked. Used by
``understanding.safety.decide``."""

from __future__ import annotations

import re

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
_FEVER_NOW = re.compile(
    r"\b(?<!was )(?<!had )(?<!had a )(?:temp|temperature|fever|thermometer)(?: (?:is|s|reads|says|shows|showing|now|"
    r"at|of|currently|still|just|up to|gone up to))* (?:3[89](?: \d)?|4[0-2](?: \d)?|10[1-5](?: \d)?|100 [4-9])\b"
    r"(?! (?:\w+ ){0,4}?(?:last|ago|yesterday|during|back in)\b)")
#: ... with a condition or a treatment that lowers the counts (neutropenic fever: call at once, whatever else is said)
_LOW_COUNTS = re.compile(r"(?<!not on )(?<!off )(?<!no )(?<!finished )\b(?:chemo|quimio|neutropeni\w*|anc|neutrophils?|"
                         r"neuts|leuka?emia|aml|cll|cml|mds|myeloma|lymphoma|transplant|aplastic|low counts?)\b")
#: Asked about or imagined ("what if the gtn spray does not work twice"): no sign told.
_ASKED = re.compile(r"^(?:what|when|how|why|should|is|does|do|can|could|would)\b|\bwhat if\b|\bif (?:he|she|i|they)\b")


def sign_told(normal: str) -> bool:
    """Does a message (safety normal form) tell chest pain the GTN spray did not ease, severe hypothermia, bleeding
    from several places or a fever with low counts, as happening (not asked about nor imagined)?"""
    if _ASKED.search(normal):
        return False
    return bool(_GTN_UNEASED.search(normal)) or bool(_COLD.search(normal) and _SEVERE_COLD.search(normal)) \
        or bool(_BLEEDING_PLACES.search(normal)) and not _NOT_NOW.search(normal) \
        or bool(_FEVER_NOW.search(normal) and _LOW_COUNTS.search(normal))


#: Bleeding told in everyday words (peeing or weeing blood, blood in the pee or the poo, red or pink wee, bleeding
#: gums or nose, black or tarry poo) ...
_BLEED = re.compile(
    r"\b(?:(?:peeing|weeing|pissing|pooing|pooping|passing|coughing up|spitting|throwing up|vomiting) (?:up )?(?:some |"
    r"fresh |bright red |dark )?blood|blood (?:in|on|when i) (?:(?:my|his|her|the|their) )?(?:pee|wee|urine|piss|poo|"
    r"poop|stools?|toilet|nappy|spit)|(?:bloody|red|pink|brown|dark red) (?:pee|wee|urine|piss|stools?)|"
    r"(?:pee|wee|urine|piss) (?:is|s|looks|has gone|turned|went|keeps coming out|coming out)(?: \w+)?? "
    r"(?:red|pink|bloody|dark red|brown)|(?:bleeding|bloody) (?:gums?|nose)|(?:gums?|nose) (?:(?:is|are|s|keep|keeps|"
    r"have been|has been|started|won t stop|will not stop|wont stop|just|still|now|both) )*bleeding|nose ?bleeds? "
    r"(?:that )?(?:will not|won t|wont) stop|(?:black|tarry|black tarry) (?:poo|poos|poop|stools?)|"
    r"(?:poo|poop|stools?) (?:is|are|s|looks|has gone|have gone|turned)(?: \w+)?? (?:black|tarry|bloody|red))\b")
#: ... with a treatment or a condition that lowers the counts (``_LOW_COUNTS``) or low platelets ...
_LOW_PLATELETS = re.compile(r"\b(?:low platelets?|platelets? (?:\w+ ){0,3}?(?:low|down)|thrombocytopeni\w*|itp)\b")
#: ... not asked about, nor told as what happens at times or long past (``_NOT_NOW``), nor once ("bled once").
_ONCE = re.compile(r"\b(?:once|one time|a while ago|a while back)\b")


def bleeding_on_treatment(normal: str, affirmed: str) -> bool:
    """Does a message (safety normal form) tell of bleeding in everyday words by someone on a treatment that lowers
    the counts or with low platelets (the chemotherapy teams' "call us now" lists), not denied ("not vomiting blood":
    ``affirmed`` is the words no negation governs), not asked about, not told as what happens at times, once or long
    ago? A possible emergency at least: the decision puts the line first."""
    if _ASKED.search(normal) or not _BLEED.search(affirmed) or _NOT_NOW.search(normal) or _ONCE.search(normal):
        return False
    return bool(_LOW_COUNTS.search(affirmed) or _LOW_PLATELETS.search(affirmed))
