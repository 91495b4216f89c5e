"""Which crises call for the emergency number as well as the crisis line (issue 9): once a crisis is established,
a time set, a plan worked out, methods looked up, means at hand, an attempt under way or a farewell. The decision
(``understanding.safety.decide``) asks ``calls_for_the_number`` besides its own plan and preparation words."""

from __future__ import annotations

import re

#: ... and, once a crisis is established, what else calls for the emergency number first (read where no negation
#: governs it: "i have not worked out how or when" plans nothing), from the Columbia screener's questions 4-6 and the
#: 988 warning signs: a time set (a day, tonight, "once the kids are at school", "by the time anyone reads this"),
#: a plan worked out ("every step", "how and when", "decided"), methods looked up, means acquired or at hand (a gun
#: bought, a rope, bleach, "everything ready", "right here"), a height or a road, an attempt under way (taken,
#: bleeding, cut deep) and a farewell ("forgive me", "it was not their fault", "final message", "not answering").
_CALL_FIRST = re.compile(
    r"\b(?:(?:^|(?:on|this|next|by|until|till|before|after) )"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonights?|"
    r"(?<!wake up )(?<!waking up )(?<!woke up )tomorrow|next week|its happening|the anniversary|"
    r"pick (?:a|the) day|picked (?:a|the) day|(?:its )?almost time|(?:its|it is) time|"
    r"once (?:the|my|everyone|he|she|they)|before anyone|by the time|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|(?<!amanecer )manana|esta noche|(?:la )?proxima semana|"
    r"(?:este )?fin de semana|"
    r"(?<!not )(?<!never )(?:worked|figured|thought|planned) (?:it |it all |everything |all )?(?:out|through)|"
    r"all (?:planned|figured|worked)|"
    r"every step|how and when|when and where|exactly (?:how|what|where|when|which)|know (?:how|where|when|which)|"
    r"i (?:have )?decided|decided to|ya decidi|planead[oa]|lo he pensado|ill do it|i will do it|"
    r"methods?|ways? to (?:die|end|kill|go)|how to (?:die|end|kill)|lethal|deadly|painless\w*|"
    r"(?:research\w*|look(?:ed|ing)? up|googl\w*|search\w*) (?:\w+ ){0,3}?"
    r"(?:how|ways?|methods?|doses?|lethal|overdos\w*|pills?|rope|gun|bridges?|heights?)|"
    r"bought|got (?:a|the) (?:gun|rope)|"
    r"ropes?|noose|bleach|soga|everything (?:ready|i need)|what i need|all i need|todo (?:listo|lo necesario)|"
    r"lo necesario|listo|lista|frasco|morfina\w*|fentanyl\w*|fentanilo|oxy\w*|medicine cabinet|botiquin|right here|"
    r"aqui mismo|roof|rooftop|balcony|railing|overpass|motorway|highway|into the sea|into traffic|techo|azotea|"
    r"took (?:everything|them all|it all|all of)|me tome|tomarmelas|cut (?:deep|up)|deep cut|stitches|bleeding|"
    r"sangrando|(?:deja|para) de sangrar|"
    r"(?:will|ill) be gone|be gone|gone soon|when i am gone|be soon|forgive me|perdon(?:a|e|en)(?:me)?|me perdone\w*|"
    r"last night on earth|final message|over for me|done now|take care|tell (?:my|her|him|them)|diganle|"
    r"ultima vez|other side|thanks? (?:you )?for trying|me despido|unlocked|find me|love you all|"
    r"suicide notes?|notes|my will|arrangements|actually do|despues de (?:la|mi|el) (?:ultima|proxima|siguiente)|"
    r"after (?:my|the) (?:last|next|final)|"
    # ... round 7: a day or a moment chosen in Spanish, means being gathered, a method said with the self it is for,
    # the steps written, a time when no one is there, affairs wound up (accounts deleted, money moved, "all sorted")
    # and farewells that read as final ("done trying", "at peace now", "if you are reading this", a pet entrusted).
    r"(?:escog\w*|eleg\w*|elegi|fij\w*|tengo) (?:ya )?(?:el|la) (?:dia|fecha|momento)|tengo pensado|lo voy a hacer|"
    r"voy a hacerlo|(?:guard|junt|acumul|ahorr|escond)\w* (?:\w+ ){0,2}?(?:medicinas|medicamentos|pastillas|pildoras)|"
    r"(?:saving|saved|collecting|collected|keeping|kept|hiding|hid|stashing|stashed) (?:up )?(?:\w+ ){0,2}?"
    r"(?:pills|tablets|meds|medication|painkillers|patches|insulin)|"
    r"hose\w*|exhaust|charcoal|carbon monoxide|manguera|carbon|"
    r"(?:shoot|hang|drown|stab|poison|gas|overdose|electrocute) (?:myself|himself|herself|themselves|themself)|"
    r"(?:dispar|ahorc|colg|envenen|avent)ar(?:me|se)|tirar(?:me|se) (?:de|del|por|al|a las)|"
    r"(?:written|wrote|writing) (?:out |down )?(?:the |all the |my )?steps|(?:i am|im) doing it|"
    r"(?:going to|gonna) do it|when (?:the (?:house|flat|place) is empty|(?:every ?one|every body|nobody|no one) "
    r"(?:is |has )?(?:out|gone|away|asleep|left))|"
    r"cuando (?:\w+ ){1,3}?(?:salga\w*|se vaya\w*|se vayan|no este\w*|se duerma\w*|este\w* dormid\w*)|"
    r"delet\w* (?:\w+ ){0,2}?(?:social media|accounts?|profiles?|facebook|instagram)|"
    r"(?:savings|money|house|car|accounts?) (?:into|in|to|over to) (?:my|her|his|their) (?:\w+ )?names?|"
    r"(?:its |it is |everything is |everything |all )sorted|(?:deje|tengo) todo (?:en orden|arreglado|listo)|"
    r"done (?:trying|fighting)|(?:i am|im) done$|at peace now|(?:if|when) (?:you are|youre|anyone is|someone is) "
    r"reading this|look after my|cuiden a mi|(?:i|we) tried$|tried (?:again|and failed))\b")
#: ... and the farewells said with a negation ("it was not their fault", "they will not have to deal with it", "ya no
#: van a saber de mi"), read on the plain normal form.
_CALL_FIRST_SAID = re.compile(
    r"\b(?:(?:not|was not|is not) (?:your|their|his|her|anyones?) fault|no es (?:su|tu) culpa|(?:will not|wont) matter|"
    r"(?:no one|nobody|they|my family|family) (?:has|have|will have|will not have|wont have) to deal|"
    r"(?:will not|wont) be a need|no longer need|ya no van a saber|no me busquen|"
    r"ya no (?:lo|la|los|las|me) (?:voy|van) a|not answering|no contesta|"
    r"none of (?:this|it|that) (?:was|is) (?:your|their|his|her|anyones?|any ones?) fault|"
    r"(?:nobody|no one|no ones?|not anyones?)s? fault|nadie tiene la culpa|no fue (?:su|tu) culpa)\b")


def calls_for_the_number(normal: str, affirmed: str) -> bool:
    """``normal``: the message's safety normal form; ``affirmed``: the same with every negated word blanked."""
    return bool(_CALL_FIRST.search(affirmed) or _CALL_FIRST_SAID.search(normal))
