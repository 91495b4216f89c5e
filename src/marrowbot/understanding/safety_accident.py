"""An ingestion told as an accident: a young child into the medicines, a dose mixed up or given twice, a thing no one
takes on purpose (a button battery, a magnet). Poison control's advice is the right first message there, not the
crisis line: a toddler who got into the pills made no attempt (AAP, Poison Control: most poisonings of children under
six are accidents of exploring). An overdose of a teenager or an adult told without such words stays ambiguous and
keeps the crisis line ("my teenager took half a bottle of tylenol"). Used by ``understanding.safety.decide``."""

from __future__ import annotations

import re

from marrowbot.text.lazy import lazy_re

#: Words that tell the taking was a mistake ("by mistake", "mixed up his pills", "thought they were sweets", "instead
#: of 2.5ml", "por error", "se confundio", "pensando que eran dulces"), or an exploring child ("got into my pills",
#: "found the tablets").
_MISTAKE = lazy_re(
    r"\b(?:by (?:mistake|accident)|accident(?:al)?ly|mix(?:ed|es)? up|mixed (?:his|her|my|their|the)|"
    r"got (?:confused|mixed)|confused (?:his|her|my|their|the)|"
    # (a harmless thing mistaken for it, "thought they were her vitamins"; not "i think they were my sleeping pills",
    # which is a guess at what was taken)
    r"(?:thought|thinking) (?:it |they |that it |that they |\w+ )?(?:was|were|is|are) (?:\w+ )?(?:sweets?|candy|"
    r"candies|juice|water|a drink|soda|vitamins?|(?:his|hers|mine|theirs)(?! \w))|"
    # (a dose for another, "instead of 2.5ml", "instead of her vitamins"; not a thing done instead, "instead of going
    # to work", nor pills saved, "instead of taking them")
    r"instead of (?!taking|swallowing|using|tak\w+|\w+ing\b)|"
    r"wrong (?:pills?|tablets?|dose|medicine|bottle)|did not (?:realis|realiz|notice)\w*|without (?:realis|realiz)\w*|"
    # (not "without thinking", nor a staggered dose, "30 paracetamol over the day": an adult's overdose told so is no
    # less an attempt; a person with dementia is one who mixes doses up)
    r"forgot (?:i|she|he|they) had|dementia|demencia|alzheimer\w*|"
    r"doubled up|double (?:dose|his|her|my|the)|(?:out of|from) (?:a|an|the) (?:water|juice|soda|drink|drinks|pop) "
    r"(?:bottle|can|cup)|got into|into (?:my|her|his|the|grandma s|grandpa s|grandmas|"
    r"grandpas) (?:purse|bag|handbag|pill box|pillbox|medicine cabinet|cabinet)|"
    r"por (?:error|equivocacion|accidente|descuido)|sin querer|(?:se|me) confund\w+|me equivoque|se equivoco|"
    r"(?:pensando|creyendo|creia|creyo|penso) que (?:eran|era) (?:\w+ )?(?:dulces?|caramelos?|jugo|agua|vitaminas?)|"
    r"en (?:lugar|vez) de (?!tomar\w*))\b")
#: A child too young to mean harm: an age under ten, a baby or a toddler ("my 2 year old", "18 month old", "hes 4",
#: "mi bebe", "mi nina de 3 anos"). "My son", "my kid" alone could be a teenager: not these.
_YOUNG = lazy_re(
    r"\b(?:[1-9] ?(?:year|yr|month|week)s? old|1[0-9] ?(?:month|week)s? old|[1-9] ?yo|toddler|baby|infant|newborn|"
    r"little one|preschooler|(?:he|she) is [1-9](?: years old)?(?: and| so|$)|bebe|\d+ meses|(?:de|tiene) [1-9] anos|"
    r"nin[oa] pequen[oa]|hij[oa] pequen[oa]|little (?:boy|girl|one)|(?<!adult )(?<!grown )(?<!grown up )child(?:ren)?|"
    r"el nino|la nina|babysit\w*)\b")
#: ... or one who thought them sweets ("they look like candy", "thinking it was candy").
_SWEETS = lazy_re(r"\b(?:look(?:s|ed)? like (?:sweets|candy|candies)|"
                  r"thinking (?:they|it) (?:were|was) (?:sweets|candy))\b")
#: Things no one swallows to die (a button battery, a magnet, a coin, a toy), named as the thing swallowed ("swallowed
#: a button battery", "se trago una pila"; not "my phone battery is nearly out"): always an accident.
_OBJECT = lazy_re(r"\b(?:swallow\w*|ate|eaten|eats?|chewed|put|trago|trague|comio|se metio|tragado)(?: \w+){0,4}? "
                  r"(?:button batter(?:y|ies)|batter(?:y|ies)|magnets?|coins?|marbles?|lego|toy|pilas?|botones?|"
                  r"imanes|iman|monedas?)\b")
#: Words of the crisis itself: with them, no ingestion is read as an accident ("took them by mistake on purpose",
#: "i want to die", "so i would not wake up"); "instead of taking them" is pills saved up, no mistaken dose.
_CRISIS_WORDS = lazy_re(
    r"\b(?:on purpose|purposely|deliberately|meant to|wanted (?:to|it)|want (?:to|it)|suicid\w*|kill\w*|die|dying|dead|"
    # (not someone who cannot be woken, "we can not wake him up": the sign, not a wish)
    r"end it|(?<!can )(?<!could )not wake|never wake|goodbye|a proposito|queria|quiero|morir\w*|matar\w*|"
    # ... and means gathered (the Columbia screener's preparation: "saving them up", "so i have enough", "ready")
    r"enough|ready|stockpil\w*|hoard\w*|sav(?:ed|ing)|collect\w*|hid(?:ing|den|e)|stash\w*|guardand\w*|juntand\w*|"
    r"suficientes|lista|listo)\b")


#: A dose of a medicine given or taken ("gave my baby 10ml of calpol", "a double dose"): an ingestion with no word
#: of swallowing.
_DOSE = lazy_re(r"\b(?:doses?|dosis|\d+ ?ml|syrup|calpol|paracetamol|acetaminophen|tylenol|ibuprofen|jarabe|"
                r"medicine|medication|meds)\b")


#: Taking told ("ate", "got into", "found him with", "gave her", "se tomo"; "if the dog eats them" too: a toddler's
#: risk asked about), not "will not swallow anything" (a sign).
_TAKEN = lazy_re(r"\b(?:took|taken|take|takes|swallowed|swallows|ate|eaten|eat|eats|drank|drunk|drink|drinks|chewed|"
                 r"bit into|got into|gets into|found|gave|given|had|doubled|double dosed|overdos\w*|mixed|tomo|tome|"
                 r"trago|trague|comio|comi|bebio|bebi|di|dimos|dio|dieron|metio)\b")


#: A negation just before the words of an accident denies them ("it was not by accident", "she is not a small
#: child", "no fue sin querer"); the negations the words hold themselves ("did not realise", "sin querer") do not.
_DENIED_BEFORE = lazy_re(r"\b(?:not|no|never|nor|hardly)(?: (?:a|an|the|really|just|by|some))?\s*$")


def _told(pattern: re.Pattern[str], normal: str) -> bool:
    return any(not _DENIED_BEFORE.search(normal[:m.start()]) for m in pattern.finditer(normal))


#: A taking only asked about, still to come ("should i take a double dose tomorrow", "can i take another one"): no
#: ingestion told (a pill dropped or knocked under the fridge and the next dose asked about is a dosing question).
_ASKED_TAKING = lazy_re(r"\b(?:should|can|could|do|shall|may|must|would) (?:i|we|he|she|they|you) (?:just )?"
                        r"(?:take|have|give|double|eat|swallow)\w*\b")


def accidental_ingestion(normal: str, swallowed: bool) -> bool:
    """Is an ingestion told (taking done, and ``swallowed``: the concept named, or a dose) as an accident
    (``accidental``)?"""
    told = _ASKED_TAKING.sub(" ", normal)
    return bool(_TAKEN.search(told)) and (swallowed or bool(_DOSE.search(normal))) and accidental(normal)


#: A medicine taken for a bodily ailment named ("for toothache", "for my headache", "para el dolor de muelas"): more
#: than meant taken to treat it is the staggered overdose of someone in pain (NHS: paracetamol overdose is often
#: unintentional, taken over days for a pain), not an attempt; no pain "to stop" ("for the pain to end").
_FOR_AN_AILMENT = lazy_re(
    r"\b(?:for|para) (?:the |my |his |her |their |a |el |la |mi |su |un |una )?(?:bad |terrible |awful |fuerte )?"
    r"(?:toothache|tooth ache|tooth pain|headaches?|migraines?|back ?ache|back(?: pain)?|period pain|cramps|"
    r"sore throat|cold|flu|fever|dolor de (?:muelas|cabeza|espalda|garganta|regla|dientes|muela)|"
    r"jaqueca|migrana|fiebre|gripe|resfriado)\b(?! to (?:stop|end|go away))")

#: ... told as more than meant or taken over days ("way more than the packet says", "over the last two days", "lleva
#: tres dias tomando"): one dose for a headache is the treatment, no overdose.
_MORE_OR_OVER_DAYS = lazy_re(
    r"\b(?:too (?:many|much)|way more|far more|(?:loads|lots|a lot) (?:of|more)|more than|most of|"
    r"over (?:the )?(?:last )?(?:\w+ )?(?:days?|week|weekend)|for (?:\w+ )?days|since (?:the )?"
    r"(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|demasiad[oa]s?|muchisim[oa]s?|"
    r"mas de lo|(?:lleva|llevo|llevamos) (?:\w+ )?dias|durante (?:\w+ )?dias)\b")


def accidental(normal: str) -> bool:
    """Does a message (``safety_normal`` form) tell an ingestion as an accident: a mistake, a young child, a thing no
    one takes on purpose, not denied (``_DENIED_BEFORE``), and no word of the crisis itself?"""
    if _CRISIS_WORDS.search(normal):
        return False
    return any(_told(pattern, normal) for pattern in (_MISTAKE, _YOUNG, _SWEETS, _OBJECT)) \
        or bool(_FOR_AN_AILMENT.search(normal) and _MORE_OR_OVER_DAYS.search(normal))
