"""Routine statements of the day: a message whose every clause tells an everyday act done as planned ("took my
tablets with my porridge", "had my bloods done, all went fine", "my sister drove me to clinic and waited with me",
"took mum to her appointment, her platelets are up", "me tome la medicina y almorce"). The detectors read the words
of medicines, treatments and readings, which their emergencies are full of, not that nothing happened. A message with
any other clause ("... and slumped over", "... and then her lips went blue"), a sign told in the present
(text/safety_now.py ``PRESENT_SIGN``) or something that just happened is no routine statement. Each reads a message
as typed (its clauses) and in the normal form of text/safety.py."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_now import JUST_HAPPENED, PRESENT_SIGN

#: A clause: a sentence or a part of one between commas or semicolons, or joined by "and", "then", "y", "luego".
_CLAUSE = lazy_re(r"(?:[!;,\n]|\.(?!\d))+|\s+(?:and then|and|then|after that|y luego|y despues|luego|y)\s+")

#: When and how, which change nothing about an act ("this morning", "as usual", "like they said", "hoy").
_WHEN = lazy_re(
    r"\b(?:this (?:morning|afternoon|evening)|today|earlier(?: today)?|first thing|on time|as usual|like (?:they|the "
    r"(?:nurse|doctor|team)|she|he) (?:said|told (?:me|us|him|her))|as (?:they|the nurse|the doctor) said|"
    r"at (?:teatime|lunchtime|bedtime|breakfast|lunch|dinner|noon)|with (?:my |his |her |a |some )?(?:breakfast|"
    r"lunch|dinner|food|water|porridge|toast|cereal|tea|coffee|juice|milk)|at \d+(?: \d+)?(?: am| pm)?|"
    r"(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|no problem|no problems|"
    r"fine|ok|okay|all good|"
    r"hoy|esta (?:manana|tarde)|en la (?:manana|tarde)|de la (?:manana|tarde)|temprano|como siempre|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|ayer|ya|bien|sin problema)\b")

#: Someone else (the taker of "his" or "her" medicine), and anyone (the writer too).
_OTHER = (r"(?:he|she|they|mum|mom|mam|dad|my (?:\w+ )?(?:son|daughter|husband|wife|partner|mum|mom|dad|mother|"
          r"father|sister|brother|friend|neighbour|neighbor|kid|boy|girl)|mi (?:hijo|hija|esposo|esposa|marido|mama|"
          r"papa|hermana|hermano|amiga|amigo|pareja|vecina|vecino)|a mi \w+)")
_WHO = r"(?:i|we|" + _OTHER + r")"
_WHOSE = r"(?:my|his|her|our|their|the|mis|sus|la|las|el|los|su|mi)"
#: An everyday act done (English and Spanish): medicines taken, a meal or a wash, a reading taken, a treatment or a
#: visit had, being taken to clinic or kept company.
_MEDS = (r"(?:morning |evening |night |usual |daily |weekly )?(?:pills?|tablets?|meds|medication|medicines?|dose|"
         r"injection|jab|vitamins|antibiotics|eye drops|mouthwash)")
_ACT = lazy_re(
    # ... one's own medicines taken: the owner is the taker ("my son took my pills", "she swallowed the tablets" are
    # someone else's medicine, never routine; nor "swallowed"). "Finished my pills" is a course ended, like
    # "finished my antibiotics"; "finished the bottle" or "all of them" tell an amount, which is never routine.
    r"^(?:(?:(?:i|we) )?(?:took|had|did|finished|have finished) (?:my|our) (?:course of )?" + _MEDS + r"|"
    + _OTHER + r" (?:took|had|did|finished|has finished) (?:his|her|their) (?:course of )?" + _MEDS + r")$|"
    r"^(?:" + _WHO + r" )?(?:"
    # ... a meal, a drink, a wash, a rest
    r"(?:had|ate|made|finished|enjoyed) (?:" + _WHOSE + r" |a |some )?(?:\w+ )?(?:breakfast|lunch|dinner|supper|"
    r"tea|coffee|snack|meal|shower|bath|nap|walk)|"
    # ... a reading taken (what it read: ``_NORMAL_READING``)
    r"(?:took|checked|did) " + _WHOSE + r" (?:temperature|temp|blood pressure|bp|pulse|sugars?|weight)|"
    # ... a treatment, a test or a visit had, and how it went
    r"(?:got|had|went for) (?:" + _WHOSE + r" )?(?:\w+ )?(?:transfusion|infusion|bloods|blood test|line flushed|"
    r"flush|dressing changed|check ?up|appointment|scan)(?: done)?|"
    r"(?:it |that |everything )?(?:all )?went(?: (?:really |very )?(?:smoothly|well|great))?|"
    r"(?:one|two|three|\d+) (?:bags|units)|"
    # ... taken to clinic or kept company
    r"(?:took|drove|brought|walked) (?:me|him|her|us|mum|mom|dad|" + _WHOSE + r" \w+) to (?:" + _WHOSE + r" )?"
    r"(?:\w+ )?(?:clinic|appointment|hospital|ward|infusion|day unit)|(?:stayed|sat|waited) with (?:me|him|her|us)|"
    # ... and the blood counts' good news heard there ("his counts are going up", "her platelets were fine")
    r"(?:" + _WHOSE + r" )?(?:counts|bloods|blood counts|platelets|neutrophils|numbers) (?:are|were) (?:going up|"
    r"coming up|up|recovering|good|stable|fine|better)|"
    # ... the same in Spanish
    r"(?:(?:me )?tome (?:mis |mi |la |las )?|se tomo (?:sus |su )|(?:nos )?tomamos (?:nuestras |las )?)"
    r"(?:pastillas|medicinas?|medicamentos?|"
    r"pildoras|dosis|temperatura)|"
    r"(?:desayune|desayuno|desayunamos|almorce|almorzo|comi|comio|cene|ceno|me bane|se bano)|"
    r"(?:me|le|nos) (?:hicieron|pusieron) (?:la |una |su )?(?:transfusion|infusion|quimio|analisis)|"
    r"(?:me|lo|la|nos) (?:llevo|trajo|acompano) a (?:la |el |al |su |mi )?(?:clinica|cita|consulta|hospital)|"
    r"se quedo (?:conmigo|con el|con ella)|salio (?:feliz|contenta?|tranquil[oa])"
    r")$")
#: A normal reading said alone ("36.8", "36 8"): 35 to 37.4 degrees.
_NORMAL_READING = lazy_re(r"^(?:3[56](?: \d)?|37(?: [0-4])?)$")


@remembered(maxsize=256)
def routine_only(text: str) -> bool:
    """Does a message tell only everyday acts done ("took my tablets with my porridge and had a shower"), with no
    sign told in the present and nothing that just happened?"""
    normal = safety_normal(text)
    if PRESENT_SIGN.search(normal) or JUST_HAPPENED.search(normal):
        return False
    clauses = [" ".join(_WHEN.sub(" ", safety_normal(part)).split()) for part in _CLAUSE.split(text.lower())]
    clauses = [c for c in clauses if c]
    return bool(clauses) and all(_ACT.search(c) or _NORMAL_READING.search(c) for c in clauses)
