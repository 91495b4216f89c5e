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

from marrowbot.text.safety import readings_apart

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


#: A fever told as the present state, in any of its forms (the past, a question about fevers in general or an
#: imagined one tell none): someone has or is running a fever or a temperature, feels feverish; a reading at the line
#: read now ("temp 38.4c", "it's 101", "fiebre de 38,5"), or opening the message written without a temperature word,
#: with its unit or its tenths ("101f on chemo", "100.8 F and chills": text/safety.readings_apart writes these
#: "101 f", "100 8 f"; not an age, a dose, a weight nor a duration). Not the word "fever" opening a message alone
#: ("fever clinic times ...", "fever is common after ..."), nor "ish" (an age as often as a reading: "40ish, on chemo").
#: Readings below the line are no fever (text/safety.py reads them "reading").
_WHO = r"(?:i|he|she|they|we|you|(?:my|his|her|our|their) (?:\w+ )?\w+)"
_UNIT_AFTER = r"(?! (?:kg|kilos?|g|mg|mcg|ml|l|cm|mm|mmol|years?|yo|yrs?|days?|weeks?|months?|hours?|minutes?|mins?|"\
              r"percent|miles?|km|units?|pounds?|lbs?|stone|st|seconds?|times|tablets?|pills?|x)\b)"
_AT_LINE = r"(?:3[89]|4[0-2]|10[1-5]|100 [4-9])(?: \d)?"
_BARE = (rf"(?:(?:3[89]|4[0-2])(?: \d)? (?:c|degrees|grados)|(?:10[1-5]|100 [4-9])(?: \d)? (?:f|degrees)|"
         rf"(?:3[89]|4[0-2]) \d{_UNIT_AFTER}|100 [4-9]{_UNIT_AFTER}|10[1-5] \d{_UNIT_AFTER})")
#: (A number said as "it's N" followed by money, a place or the weather, a preposition or a measure is no reading:
#: "it's 40 quid for parking", "it's 102 in the shade here".)
_NOT_READING = r"(?! (?:quid|pounds?|dollars?|bucks|euros?|pence|p|cents?|in|out|outside|here|there|for|per|each|" \
               r"a|an|the|at|on|to|from|percent|degrees outside|miles?|minutes?|mins?|hours?|days?|weeks?)\b)"
_FEVER_PRESENT = re.compile(
    rf"\b{_WHO}(?: (?:still|now|also|just|really))? (?:am|is|are|s|m|have|has|ve|have got|has got|ve got|got)"
    r"(?: (?:still|now|also|just|got|really))? (?:a |an )?(?:high |slight |bit of a |low grade |raised |small |little |"
    r"mild |very high |really high )?(?:fever|feverish|febrile|temperature(?! (?:check|chart|reading|of|probe|gun|"
    r"strip|monitor|sensor|thermometer|log|diary|tolerance|intolerance|sensitivity|issues?|problems?)\b))\b|"
    r"\b(?:running|spiking|burning up with) (?:a )?(?:high |slight |bit of a |raised )?(?:fever|temperature)\b|"
    r"\b(?:feeling|feel|feels) (?:hot and |really |very |a bit |quite )?(?:feverish|febrile)\b|"
    rf"\b(?:it is|it s|its|temperature is now|temperature now|temperature right now|thermometer says|thermometer "
    rf"reads|thermometer shows) {_AT_LINE}{_UNIT_AFTER}{_NOT_READING}\b|"
    rf"^(?:temperature |fever |fever of |temperature of )?{_BARE}\b|"
    r"\b(?:tengo|tiene|tienes|tenemos|estoy con|esta con|sigue con|sigo con) (?:algo de |un poco de |mucha |bastante )?"
    r"(?:fiebre|calentura|temperatura alta|(?:3[89]|4[0-2])(?! (?:anos|dias|semanas|meses|kilos|kg|horas)\b))\b|"
    r"\b(?:estoy|esta|estamos) (?:a|en) (?:3[89]|4[0-2])(?! (?:anos|dias|semanas|meses|kilos|kg|horas)\b)\b|"
    r"\b(?:fiebre|temperatura|termometro)(?: (?:de|es|esta en|esta a|marca|ahora|ya))+ (?:3[89]|4[0-2])\b"
    r"(?! (?:horas|dias|semanas|meses|minutos)\b)")
#: ... someone on a treatment that lowers the counts, told by its name or its timing (the nadir, a cycle's day,
#: radiotherapy: the cancer centres' fever line, 38.0 C / 100.4 F, covers them all) ...
_ON_TREATMENT = re.compile(
    r"(?<!not on )(?<!off )(?<!no )\b(?:radiotherapy|radiation therapy|radiation treatment|"
    r"(?:having|on|getting|started|start|doing) radiation|nadir|induction|consolidation|conditioning|"
    r"(?:after|since|of|from) (?:my |his |her |their |the )?(?:last |latest |first |second |third |\w+ )?"
    r"(?:chemo )?cycle|cycle (?:\d|one|two|three|four|five|six)|azacitidine|decitabine|venetoclax|cytarabine|"
    r"lenalidomide|revlimid|hydroxyurea|methotrexate|mercaptopurine|stem cell|bmt|radioterapia)\b")
#: ... not told as past, over, expected, handled or what happens at times ("a fever last cycle", "it has settled",
#: "in march", "the team said to expect it", "went to a&e", ``_NOT_NOW``), nor imagined ("if i get a fever", "si me da
#: fiebre", "imagine", "suppose"; not "if i feel fine", which concedes), nor a story or a lesson ...
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_FEVER_PAST = re.compile(
    rf"\b(?:fever\w*|temperature|febrile|fiebre)(?: \w+){{0,6}}? (?:"
    r"(?<!after )(?<!since )(?<!after my )(?<!since my )(?<!after his )(?<!since his )(?<!after her )(?<!since her )"
    r"(?<!after the )(?<!since the )last (?:year|month|time|cycle|round|course)|"
    rf"(?:\d+|a|two|three|few) (?:years?|months?) ago|back in|in {_MONTH}|(?:has |had |have )?(?:settled|went away|"
    rf"gone away|cleared|broke|broken|resolved)|(?:is|was|back to|came back) normal|back down to normal)\b|"
    rf"\bin {_MONTH}\b(?: \w+){{0,6}}? (?:fever\w*|temperature)\b|"
    r"\b(?:expect\w*|esperad[oa]s?|admitted|discharged|home now|went (?:to|into) (?:a e|er|the er|hospital|the "
    r"hospital|casualty|the ward)|fui a urgencias|internad[oa]|ingresad[oa]|me internaron|lo internaron|la internaron|"
    r"story|novel|scene|character|exam|nursing student|student|leaflet|explain\w*|mi hijo tuvo|tuve|tuvo|"
    r"sent (?:me|him|her|us|them) home|(?:was|were) in (?:the )?(?:er|a e|hospital|ward)|rushed in|"
    r"(?:a|one|two|\d+) decades? ago|when (?:i|he|she|they|(?:my|his|her|their) \w+) (?:was|were|had)|"
    r"cuando (?:yo )?(?:estaba|estuve|tenia|tuve))\b")
#: (A message opening with a question word; an "if" is read by ``_IMAGINED``, which lets "if i feel fine" concede.)
_ASKED_OPEN = re.compile(r"^(?:what|when|how|why|should|is|does|do|can|could|would|que|como|cuando|por que|"
                         r"puede|se puede)\b|\bwhat if\b")
_IMAGINED = re.compile(r"\b(?:what if|in case|if (?!(?:i|he|she|they|you) (?:feel|feels|seem|seems|look|looks) "
                       r"(?:fine|ok|okay|well|good|alright|normal)\b)(?:i|he|she|they|you|we|my|his|her|their|your|"
                       r"it|the|a|there|were)|(?:should|would|could|might) (?:i|he|she|they|you) (?:get|develop|have|"
                       r"run)|"
                       r"when (?:i|you|he|she|they) (?:get|gets|develop|develops|run|runs)|imagin\w*|suppos\w*|"
                       r"let us say|lets say|say (?:i|he|she|my)|si (?:me|le|te|mi|su|tiene|tengo|tuviera|da|el|ella)|"
                       r"en caso de|que pasa si|puede dar)\b")
#: ... nor a fever whose cause is what the message is about (a fever the team knows of, asked about or explained as a
#: symptom of the illness or of a medicine: "the doctor said the necrosis might be why he has fever", "is the fever
#: from the atg", "la fiebre es por la enfermedad"): a cause word within a few words of the fever, either side ...
_CAUSE_ASKED = re.compile(
    r"\b(?:why|the reason|cause of|causing|because of|due to|por que|porque)(?: \w+){0,3}? (?:has|have|gets|get|"
    r"getting|keeps getting|runs|run|is running|had|tiene|le da|le dan)(?: a| the| la)? (?:fevers?|temperatures?|"
    r"fiebres?)\b|"
    r"\b(?:fevers?|temperatures?|fiebres?) (?:is|are|was|were|might be|could be|may be|es|son|puede ser)(?: \w+){0,2}? "
    r"(?:from|caused by|due to|because of|a symptom of|part of|por la|por el|debida a|debido a)\b|"
    r"\b(?:fevers?|fiebres?) (?:from|caused by|due to|por) (?:the|his|her|my|la|el|su)\b")
#: ... not a reading a question asks about in general ("is 38 a fever on chemo": ``_ASKED_OPEN``, unless the reading
#: is owned, "why is my temp 38.5 ...").
_OWNED_READING = re.compile(r"\b(?:my|his|her|their|our|the baby s) (?:temperature|temp|reading|fever)\b")


#: A number is read as a reading only where the message speaks of a person's fever or temperature (``_TEMP_WORD``),
#: or where it has one decimal in a thermometer's fever range (37.5-42.0 C, 99.5-107.9 F) said of a person
#: (``_OF_A_PERSON``); never with the weather, money, the radio, a bus, an age or a time near it (``_NOT_A_BODY``):
#: "it's 101 today in phoenix", "it's 39.99 for the wig", "it's 100.5 fm" (round 48 cold review).
_TEMP_WORD = re.compile(r"\b(?:fever\w*|temp|temperature(?! (?:tolerance|intolerance|probe|chart|gun)\b)|"
                        r"thermometer|febrile|chills|shiver\w*|burning up|fiebre|temperatura|calentura|febril|"
                        r"escalofrios)\b")
_DECIMAL = re.compile(r"\b(?:3[89] \d|37 [5-9]|4[01] \d|42 0|99 [5-9]|10[0-7] \d)(?: ?[cf])?(?! ?\d)\b")
_OF_A_PERSON = re.compile(r"\b(?:i am|i m|im|he is|he s|she is|she s|my|his|her|tengo|tiene|estoy|esta)\b")
_NOT_A_BODY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|outside|out there|heat|heatwave|hot "
                         r"out|in the shade|weather|forecast|sunny|degrees outside|quid|dollars?|bucks|pounds?|euros?|"
                         r"pence|cents?|price|costs?|for the wig|fm|(?<!\bi )am|station|radio|channel|bus|route|"
                         r"weeks?|years?|"
                         r"aged?|hoy|afuera|fuera|calor|ola de calor|pesos?|anos|semanas)\b")


def _fever_told(affirmed: str) -> bool:
    """Does ``affirmed`` tell a fever now: in words, or a number read as a person's temperature (``_TEMP_WORD``,
    ``_DECIMAL`` with ``_OF_A_PERSON``; never with ``_NOT_A_BODY`` within a few words of it)?"""
    for m in _FEVER_NOW.finditer(affirmed):
        if not _NOT_A_BODY.search(affirmed[max(0, m.start() - 30):m.end() + 40]):
            return True
    for m in _FEVER_PRESENT.finditer(affirmed):
        if not any(c.isdigit() for c in m.group()):
            return True
        near = affirmed[max(0, m.start() - 30):m.end() + 40]
        if _NOT_A_BODY.search(near):
            continue
        if _TEMP_WORD.search(affirmed) or _DECIMAL.search(m.group()) and _OF_A_PERSON.search(affirmed):
            return True
    return False


def fever_on_treatment(normal: str, affirmed: str) -> bool:
    """Does a message (safety normal form; ``affirmed``: the words no negation governs) tell a fever as the present
    state (``_FEVER_PRESENT``, ``_FEVER_NOW``) of someone on a treatment that lowers the counts or with low counts
    (``_LOW_COUNTS``, ``_ON_TREATMENT``)? OncoLink, the cancer centres: 38.0 C / 100.4 F during chemotherapy or with
    low counts is an emergency, however well the person feels and whatever the last blood count said. Not asked about
    in general, imagined, told as past, over, expected or handled (``_FEVER_PAST``, ``_NOT_NOW``): read here on the
    fever itself, since the decision's own past and over read a last normal count ("my bloods were fine last week")
    or how well the writer feels as the story settled."""
    normal, affirmed = readings_apart(normal), readings_apart(affirmed)
    if _ASKED_OPEN.search(normal) and not _OWNED_READING.search(normal) or _IMAGINED.search(normal) \
            or _NOT_NOW.search(normal) or _FEVER_PAST.search(normal) or _CAUSE_ASKED.search(normal):
        return False
    if not _fever_told(affirmed):
        return False
    return bool(_LOW_COUNTS.search(affirmed) or _ON_TREATMENT.search(affirmed))


#: A painkiller or another medicine sold over the counter, counted past a day's most (ten and more: paracetamol's
#: daily most is eight tablets) and told as taken, by the writer or by someone whose words are pasted or passed on
#: ("she texted: took 16 or 18 paracetamol since last night", "he has had about twenty paracetamol over the day")
#: ...
_COUNT = (r"(?:[1-9]\d|\d{3}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
          r"thirty|forty|fifty|diez|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|"
          r"cuarenta|cincuenta)")
_DRUG = (r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|nurofen|advil|motrin|aspirin|co codamol|"
         r"cocodamol|codeine|naproxen|sleeping (?:pills|tablets)|antihistamines?|benadryl|piriton|diazepam|zopiclone|"
         r"tramadol|oxy\w*|morphine|pills? de paracetamol|(?:pastillas|comprimidos|capsulas) de (?:paracetamol|"
         r"ibuprofeno|aspirina|codeina|tramadol))")
#: ... the count bound to tablets (not milligrams: "had 20 mg of morphine") and to a verb of taking in its clause
#: ("took some tablets, then more, i think maybe 16 or 18 paracetamol since last night"; not "had 16 paracetamol
#: left", a supply, a prescription, nor doses spread over days or counted a day or a month) ...
#: (Having is not taking: "had 20 paracetamol in my bag"; "has had" / "'ve had" tablets over a day is taking.)
_TOOK = (r"(?:took|taken|(?:has|have|ve|had) had|swallowed|downed|necked|ate|eaten|tome|tomo|tomado|trago|tragado|"
         r"tomaste|tragu[eo])")
_COUNTED_DOSE = re.compile(
    rf"\b{_TOOK}\b(?: (?!(?:left|spare|prescribed|prescription|receta|over)\b)\w+){{0,16}}? {_COUNT}\b"
    rf"(?: (?:or|to|and|o|y|a) {_COUNT})?(?! ?(?:mg|ml|g|mcg|milligrams?|micrograms?|grams?|gramos|mls?)\b)"
    rf"(?: (?:of|de|x|the|my|his|her|their|extra|regular|strength|\d+ ?mg|tablets?|pills?|caplets?|capsules?|tabs|"
    rf"pastillas|comprimidos|capsulas))*? {_DRUG}\b"
    r"(?!(?: \w+){0,3}? (?:a|per|each|every|al|por|cada|for the) (?:day|week|month|dia|semana|mes)\b)"
    r"(?! (?:left|spare|in (?:the|my|his|her|their|our|a) (?:cupboard|house|drawer|cabinet|box|packet|bag|handbag|"
    r"purse|suitcase|car|pocket|backpack|rucksack|wallet))\b)"
    r"(?!(?: \w+){0,2}? (?:(?:over|across|during|in|en|durante|this|esta|este) (?:the |la |el )?(?:last |past |ultima |"
    r"ultimo )?(?:\w+ )?(?:days|weeks|months|week|month|fortnight|dias|semanas|meses|semana|mes)|since (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week))\b)")
#: ... not asked about, imagined, long ago or in another year, nor a supply or a prescription.
_SUPPLY = re.compile(r"\b(?:prescription|prescribed|receta|recetad[oa]s?|a (?:box|packet|pack|bottle) of|left in|"
                     r"in the cupboard|for the (?:week|month|trip|holiday|journey)|in (?:the|my|his|her|their|our|a) "
                     r"(?:bag|handbag|purse|suitcase|car|house|pocket|backpack|rucksack|wallet)|en (?:el|mi|la|su) "
                     r"(?:bolso|cartera|maleta|coche|carro|casa|mochila))\b")
_ANOTHER_YEAR = re.compile(r"\bin (?:19|20)\d\d\b|\bwhen (?:i|he|she|they) (?:was|were) (?:a |\d)")
#: ... nor days or more ago ("took 20 paracetamol last week, fine now": care then, not an ambulance now).
_DAYS_AGO = re.compile(r"\b(?:last (?:week|month|year)|(?:\d+|a few|few|two|three|four|five|six|several|a couple of) "
                       r"(?:days|weeks|months|years) ago|a (?:week|month|year) ago|la semana pasada|el mes pasado|"
                       r"hace (?:\d+|unos|unas|dos|tres|cuatro|cinco|varios|varias) (?:dias|semanas|meses|anos)|"
                       r"hace una semana|hace un mes)\b")


def counted_overdose(normal: str, affirmed: str) -> bool:
    """Does a message (safety normal form; ``affirmed``: the words no negation governs) tell of a medicine sold over
    the counter taken past a day's most, counted (``_COUNTED_DOSE``: ten and more), by the writer or someone whose
    words are passed on, not asked about, imagined or long past? Poison Help, NHS: more paracetamol than the dose
    needs help now, even with no symptoms (the liver damage shows days later), whether on purpose or by accident
    over a day."""
    if _ASKED_OPEN.search(normal) or _IMAGINED.search(normal) or _NOT_NOW.search(normal) \
            or _ANOTHER_YEAR.search(normal) or _DAYS_AGO.search(normal):
        return False
    return bool(_COUNTED_DOSE.search(affirmed)) and not _SUPPLY.search(normal)


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


#: An attempt on one's own life (the writer's or another's) ...
_ATTEMPT = re.compile(
    r"\b(?:(?:tried|attempted|tries|trying) (?:to )?(?:kill (?:my|him|her|them)sel(?:f|ves)|end (?:my|his|her|their) "
    r"(?:own )?life|take (?:my|his|her|their) (?:own )?life|hang (?:my|him|her)self|overdose|commit suicide)|"
    r"(?:attempted|tried) suicide|suicide attempt|(?:intente|intento|trate de|trato de|quise|quiso) (?:de )?"
    r"(?:suicidarme|suicidarse|matarme|matarse|ahorcarme|ahorcarse|quitarme la vida|quitarse la vida)|"
    r"intento de suicidio)\b")
#: ... told of the last day ("last night", "this morning", "anoche", "hace unas horas") ...
_LAST_DAY = re.compile(r"\b(?:last night|this (?:morning|afternoon|evening)|tonight|today|earlier|yesterday|"
                       r"(?:an|a few|\d+|two|three) hours? ago|anoche|esta (?:manana|tarde|noche)|hoy|ayer|"
                       r"hace (?:una hora|unas horas|un rato|\d+ horas|dos horas|tres horas))\b")
#: ... not denied ("not trying to kill myself"), long ago ("hace 12 anos", "decades ago", "back in school"), only
#: thought about, or asked about by someone else ("mi medico me pregunto si alguna vez intente") ...
_NOT_AN_ATTEMPT = re.compile(r"\b(?:not|never|no|wasn t|wasnt|didn t|didnt|nunca|sin) (?:\w+ )?(?:tried|attempted|"
                             r"trying|tries|intente|intento|quise|quiso|suicide|intencion)\b|\bhace (?:\w+ )?(?:anos|"
                             r"meses|semanas)\b|\b(?:decades? ago|long ago|once(?! (?:again|more))|back in|back when|"
                             r"in (?:19|20)\d\d|"
                             r"in (?:high )?school|at uni|as a (?:teen\w*|student)|de (?:adolescente|joven|nino|nina|"
                             r"pequen[oa])|cuando (?:era|tenia)|alguna vez|(?:thought|thinking|think) (?:about|of)|"
                             r"pense en|pensando en|hablamos|preguntaron?|asked (?:me )?if)\b")
#: (The time said next to the attempt, not anywhere: "tried to kill myself in 2019, yesterday i started chemo".)
_NEAR = 70
#: ... not in a story, a show or a book.
_FICTION = re.compile(r"\b(?:show|film|movie|book|novel|(?:in|from) (?:a|the|my) story|story (?:about|where)|episode|"
                      r"series|character|game|news|article|documentary|"
                      r"podcast|serie|pelicula|novela|noticias|articulo|"
                      r"libro|personaje|cuento)\b")


def recent_attempt(normal: str, affirmed: str) -> bool:
    """Does a message (safety normal form; ``affirmed``: the words no negation governs) tell of an attempt on one's own
    life made in the last day, whoever made it and however well they are said to be now ("last night i tried to hang
    myself, im ok now", "anoche intente suicidarme, ahora estoy bien")? The Columbia screener: an attempt, and the 988
    Lifeline: get help now. Not asked about, imagined, long ago or in a story."""
    if _ASKED_OPEN.search(normal) or _IMAGINED.search(normal) or _NOT_NOW.search(normal) or _FICTION.search(normal) \
            or _NOT_AN_ATTEMPT.search(normal):
        return False
    return bool(_ATTEMPT.search(affirmed)) and any(
        _LAST_DAY.search(normal[max(0, m.start() - _NEAR):m.end() + _NEAR]) for m in _ATTEMPT.finditer(normal))
