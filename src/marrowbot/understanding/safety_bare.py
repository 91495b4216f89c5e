"""An emergency told by its bare name (issue 9): "head injury", "heart attack i think", "stroke, help", "infarto creo".
A message that is nothing but the name of an acute event, with at most a hedge, a plea or who it is, is the event
happening: the detectors have read two words and their value stays near the intercept (they do not know), and the
curated phrases want a sentence around the name ("having a heart attack"). Used by ``understanding.safety.decide``.
"""

from __future__ import annotations

import re

#: Acute events whose name alone tells one happening (the NHS and MedlinePlus "call 999/911" lists).
_ACUTE = (r"head injury|head trauma|serious head injury|heart attack|cardiac arrest|anaphylaxis|anaphylactic (?:shock|"
          r"reaction)|(?:severe|bad|serious|strong|major|big) allergic reaction|allergic reaction (?:bad|severe)|"
          r"infarto|ataque al corazon|paro cardiaco|traumatismo craneal|golpe (?:fuerte )?en la cabeza|anafilaxia|"
          r"choque anafilactico|reaccion alergica (?:fuerte|grave|severa)")
#: ... and names that are also topics someone asks about ("stroke", "sepsis"): an emergency only with a word that
#: tells one happening to someone (a hedge, a plea, a person, now).
_TOPIC = (r"stroke|a stroke|seizures?|a seizure|overdose|overdosed|an overdose|sepsis|choking|allergic reaction|"
          r"an allergic reaction|haemorrhage|hemorrhage|derrame(?: cerebral)?|ictus|convulsion(?:es)?|una convulsion|"
          r"sobredosis|hemorragia|reaccion alergica")
_NAME = re.compile(rf"\b(?:(?P<acute>{_ACUTE})|(?P<topic>{_TOPIC}))\b")
#: The words that may stand around the name: a hedge, a plea, now, who it is.
_MARKERS = frozenset((
    "i think help please now right again urgent omg quick maybe probably possibly suspected having "
    "massive severe bad major big serious huge sudden another second "
    "it its im he she hes shes they my mum mom dad husband wife son daughter brother sister baby grandma grandpa "
    "nan partner friend kid child think thinks just oh god someone "
    "creo que ayuda por favor ahora rapido mi esposo esposa hijo hija papa mama hermano hermana abuelo abuela "
    "bebe le me esta tiene teniendo dios").split())
_FILLER = frozenset("a an the this un una el la".split())
#: A message that asks ("is it sepsis", "was it a stroke"): no event told. (Nor are "had", "has", "no" words that may
#: stand around a bare name: "my dad had a heart attack" may be his history, "no heart attack" denies one.)
_ASKED = re.compile(r"(?:is|was|are|were|does|did|do|can|could|would|what|how|why|when|es|fue|que|cual|como|cuando|"
                    r"por que|sera)\b")
#: "It is" said of the event, the hedge's own verb ("i think it is sepsis", "creo que es sepsis"): read as one marker.
_IT_IS = re.compile(r"\b(?:it|that|this|que) (?:is|es|sea)\b")
#: A question mark that is alarm, not a question: doubled, or with an exclamation ("heart attack??", "stroke?!").
_ALARMED = re.compile(r"\?\s*[?!]|!\s*\?")
#: The most words a bare name comes with.
_MAX_AROUND = 5


def bare_emergency(text: str, normal: str) -> bool:
    """Is a message (``normal``: its safety normal form) only an acute event's name, with at most a few words of
    hedge, plea or person (for a name that is also a topic, at least one), and no question ("heart attack?" may ask
    about one)?"""
    m = _NAME.search(normal)
    # (A bare name with one question mark may ask about it, "heart attack?"; with two, or "?!", it is alarm: the
    # question words, "is it a stroke??", still make it a question.)
    asked = "?" in text and not _ALARMED.search(text) and "help" not in normal and "ayuda" not in normal
    if m is None or asked or _ASKED.match(normal):
        return False
    around = _IT_IS.sub("its", normal[:m.start()] + " " + normal[m.end():]).split()
    words = [w for w in around if w not in _FILLER]
    if len(words) > _MAX_AROUND or any(w not in _MARKERS for w in words):
        return False
    return bool(m.group("acute")) or bool(words)
