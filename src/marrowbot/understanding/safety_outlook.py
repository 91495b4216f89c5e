"""A question or a fear about the outlook of an illness: "am i going to die from this", "is it fatal", "i'm afraid my
dad will die of it", "my son asks if i am going to die", "if the transplant fails would i just die", "me voy a morir
de esto?". The death word is the illness's possible outcome, asked about or feared, not a wish to die (the 988 and
NHS screeners ask about wanting to die, not about fearing it). Read by the decision only (safety.py), as a negation
is: the death word is not said as the writer's wish.

Never where the cause is a medicine, an amount or a means ("will i die if i take all of them", "is 30 of these
fatal", "would the rope kill me": a method asked), nor a wish or a relief ("i hope i die of it", "it would be a
relief if i died"): those keep their words (the means and the wishes are read by the decision as they are)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re

#: What an illness's outlook is asked of: this illness, it, a disease named.
_ILLNESS = (r"(?:this|it|that|esto|eso|ella|la enfermedad|el cancer|(?:the|this|my|his|her|a|el|la|esta|este) "
            r"(?:\w+ )?(?:disease|illness|condition|cancer|leuka?emia|lymphoma|myeloma|infection|necrosis|tumou?r|"
            r"syndrome|sepsis|relapse|enfermedad|leucemia|infeccion|linfoma|sindrome|recaida)|cancer|leuka?emia|"
            r"aml|all|cml|cll|mds|myeloma|lymphoma|myelofibrosis|aplastic anaemia|aplastic anemia|leucemia|linfoma)")
#: Who may die of it, asked ("am i going to", "will my dad", "would i just", "si me voy a").
_ASKED = (r"(?:am i|are we|are you|is (?:he|she|my \w+|mum|mom|dad)|will (?:i|he|she|we|they|my \w+|mum|mom|dad)|"
          r"would (?:i|he|she)(?: just)?|(?:if|whether|si) (?:i|he|she) (?:am|is|will|would)|"
          r"(?:si|que) (?:me|se|te) (?:voy|va|vas) a)(?: going to| ever)?")
#: ... or feared ("i am scared my dad will", "afraid she is going to", "tengo miedo de que se").
_FEARED = (r"(?:afraid|scared|frightened|terrified|worried|worry|fear|miedo)(?: that| de que| que)? "
           r"(?:i|he|she|they|we|my \w+|mum|mom|dad|(?:mi|el|la) \w+|se|me)(?: \w+)? "
           r"(?:will|would|is going to|am going to|are going to|might|could|may|muera|muere|va a|vaya a)")
_OUTLOOK = lazy_re(
    r"\b(?:" + _ASKED + "|" + _FEARED + r") (?:die|morir|morirse|morirme)(?: (?:from|of|de|por) " + _ILLNESS + r")?\b"
    # "will die of it", "me voy a morir de esto": the illness named as the cause
    r"|\b(?:will|would|going to|voy a|va a) (?:die|morir|morirme) (?:from|of|de|por) " + _ILLNESS + r"\b"
    # "is it fatal", "is bone marrow necrosis fatal", "es mortal", "is this a death sentence"
    r"|\b(?:is|es) (?:(?:it|this|that|esto|eso|\w+ \w+ \w+|\w+ \w+|\w+) )?(?:fatal|deadly|terminal|mortal|"
    r"a death sentence|una sentencia de muerte)\b")
#: A medicine, an amount, a means or a wish near: a method asked or a wish, never an outlook.
_NOT_OUTLOOK = lazy_re(
    r"\b(?:pills?|tablets?|overdose|dose|doses|take|took|taking|swallow\w*|rope|gun|bridge|jump\w*|knife|drown\w*|"
    r"hang\w*|bleach|poison\w*|hope|hoping|wish|want|wanted|wants|relief|better off|rather|pastillas?|tomar|tomo|"
    r"ojala|quiero|quisiera|tonight|do it|end it|kill (?:myself|me|him|her)|suicid\w*|end my life|matarme|matarse|"
    r"esta noche|\d+ (?:of|mg|x)|how (?:much|many)|cuant[oa]s?|medicine|medication|meds|drugs?|medicina|"
    r"medicamentos?|morphine|morfina|insulin|insulina|paracetamol|tylenol|acetaminophen|ibuprofen|oxycodone|"
    r"fentanyl|fentanilo|codeine|tramadol|warfarin|aspirin|opioids?|sleeping)\b")


def _spans(words: tuple[str, ...], matches: Iterable[re.Match[str]]) -> tuple[bool, ...]:
    """For each word (of ``" ".join(words)``), is it inside one of the matches?"""
    marks = [False] * len(words)
    for m in matches:
        first = m.string.count(" ", 0, m.start())
        for i in range(first, first + m.group(0).count(" ") + 1):
            marks[i] = True
    return tuple(marks)


@remembered(maxsize=512)
def _outlook(words: tuple[str, ...]) -> tuple[bool, ...]:
    normal = " ".join(words)
    return _spans(words, () if _NOT_OUTLOOK.search(normal) else _OUTLOOK.finditer(normal))


def outlook_asked(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it part of a question or a fear about whether
    someone will die of an illness?"""
    return list(_outlook(tuple(words)))


#: A medicine said to do too little ("the pain pills barely work", "my tablets are not helping", "las pastillas no me
#: hacen nada"): the medicine named as what fails, not as taken. (Only the medicine's words: "the pills do not work, i
#: am going to take the whole bottle" still names the bottle.)
_NOT_WORKING = lazy_re(
    r"\b(?:(?:pain |sleeping |the |my |his |her |these |those )?(?:pills|tablets|meds|medicines?|painkillers|"
    r"medication)) (?:(?:just|really|still|even) )?(?:barely|hardly|do not|does not|are not|is not|never|no longer|"
    r"dont|doesnt|arent|isnt) (?:\w+ )?(?:work|working|help|helping|touch it|touch the pain|do anything|do much)|"
    r"\b(?:las |mis )?(?:pastillas|medicinas|calmantes) (?:ya )?no (?:me |le )?(?:hacen|sirven|funcionan|ayudan)")


@remembered(maxsize=512)
def _not_working(words: tuple[str, ...]) -> tuple[bool, ...]:
    return _spans(words, _NOT_WORKING.finditer(" ".join(words)))


def medicine_failing(words: list[str]) -> list[bool]:
    """For each word of a message (``safety_normal`` form, split), is it part of a medicine said to do too little?"""
    return list(_not_working(tuple(words)))
