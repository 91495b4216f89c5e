"""An apology for the writing itself ("sorry for the long message", "perdón por los errores", "perdonad la
parrafada", "perdon que escriba tanto"): a courtesy about the message, not a farewell. The crisis detectors learnt
"perdón" from farewells ("perdón por todo"); read on the safety screen's normal form (text/safety.py)."""

from __future__ import annotations

from marrowbot.text.lazy import gated_re

#: The apology and what it is for: the message, its length or its mistakes, the writing, the bother or the hour.
_FOR_THE_WRITING = gated_re(
    r"\b(?:(?:i am )?sorry|apologies|perdon(?:a|ad|en|ame|enme)?|disculp(?:a|ad|e|en|as|ame|enme)|lo siento)"
    r"(?: (?:in advance|de antemano|por adelantado))?"
    r"(?: (?:for|about|por|de|que|if|si))? (?:the |this |my |such a |el |la |los |las |este |esta |mi |tan )*"
    r"(?:(?:long|longer|lengthy|rambling|essay|largo|larga|larguisimo|larguisima) )?"
    r"(?:message|msg|essay|ramble|rambling|length|novel|wall of text|typos?|spelling|mistakes|errors?|english|"
    r"mensaje|parrafada|rollo|tocho|testamento|biblia|errores|faltas|ortografia|molestias?|bother(?:ing you)?|"
    r"writing (?:so much|this much|again)|escrib\w* tanto|(?:que )?escriba tanto|molestar|la hora|the hour|"
    r"writing at this hour|lo largo)(?: (?:tan|so|muy) (?:largo|larga|long))?\b")


def without_apology(normal: str) -> str:
    """``normal`` (the safety normal form) with each apology for the writing itself blanked."""
    return _FOR_THE_WRITING.sub(" ", normal)


#: An apology for the number of messages or questions sent ("sorry for all the messages", "sorry for so many
#: questions", "perdon por tantos mensajes"): read only beside thanks alone (``thanks_and_apology``); a message with
#: anything more is read as usual ("sorry for all the messages, this is the last one" is a farewell).
_FOR_THE_MESSAGES = gated_re(
    r"\b(?:(?:i am |i m |im )?(?:so |very |really )?sorry|apologies|perdon(?:a|ad|en|ame|enme)?|disculp(?:a|ad|e|en|as|"
    r"ame|enme)|lo siento) (?:for|about|por) (?:all |all of |so many |the |my |these |todos |tantos |tantas |los |las |"
    r"mis )*(?:messages|msgs|texts|questions|mensajes|preguntas)\b")
#: Thanks and its fillers; no farewell ("bye", "take care", "goodnight": a goodbye with an apology may be a farewell
#: before a suicide, read as usual).
_THANKS = frozenset("thank thanks thankyou thx ty tysm gracias".split())
_THANKS_WORDS = _THANKS | frozenset("you u so much very a lot lots really ok okay oh muchas mil de verdad".split())


def thanks_and_apology(normal: str) -> bool:
    """Is a message (the safety normal form) only thanks and an apology for the writing or for all the messages
    ("thank you, i am sorry for all the messages", "gracias, perdon por tantos mensajes")? A courtesy, no farewell."""
    rest = _FOR_THE_MESSAGES.sub(" ", without_apology(normal)).split()
    return rest != normal.split() and 0 < len(rest) <= 8 and all(w in _THANKS_WORDS for w in rest) \
        and any(w in _THANKS for w in rest)
