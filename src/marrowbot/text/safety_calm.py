"""What says a message in the safety screen's normal form is calm: reassurance ("otherwise fine", "for weeks") and
small talk alone ("ok thanks, bye")."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re

_REASSURED = lazy_re(
    r"\b(?:(?:is|are|am|seems?|feels?|looks?|was|s|m) (?:fine|ok|okay|well|normal|alright|all right)"
    r"|otherwise (?:fine|ok|okay|well|normal)|stopped on (?:its|it s|their) own|for (?:weeks|months|ages|years)"
    r"|over (?:the )?(?:weeks|months)|on and off"
    # Years or months of it (NHS: a problem of long standing is for the GP): "for like 2 years", "the past 3 months".
    r"|(?:for|over|since) (?:like |about |around |over |nearly |almost |at least |the (?:last|past) )?"
    r"(?:\d+|two|three|four|five|six|several|a few|a couple of|many) (?:years|months)"
    r"|keeps? (?:getting|having|catching)|one (?:\w+ )?after another"
    r"|every (?:few )?(?:days|weeks|months)|recurring|recurrent"
    r"|(?:eating|drinking|playing|talking|walking) (?:fine|normally|well|ok)|no other symptoms|nothing else|i promise"
    r"|always (?:normal|fine|ok|okay)|(?:bleeding|it) (?:has )?stopped (?:after|with|within|in) (?:a |\d+ )?(?:few )?"
    r"(?:minutes?|mins?|seconds?|pressure|a plaster)|mild|slight|slightly"
    r"|just (?:moody|venting|want(?:ed)? to (?:check|know|ask|vent|understand|learn|read|find out))|need to vent"
    # Mild or passing: "a 3 out of 10", "not severe", "goes away after breakfast", "comes and goes".
    r"|(?:a |an )?[0-4] out of (?:10|ten)|(?:is|was|are|were) not (?:severe|bad|too bad|that bad|serious)"
    r"|(?:goes|went|go) away (?:after|with|when|on its own|by itself|in)|comes and goes|settles (?:after|with|in|down)"
    r"|(?:nobody|no one|noone) (?:is|was|got|has been|were) (?:hurt|injured|harmed)"
    r"|every(?:one|body) is (?:fine|ok|safe)"
    r"|esta bien|estoy bien|nada mas)\b")


@remembered(maxsize=1024)  # the decision asks it of the same message up to three times
def reassured(normal: str) -> bool:
    """Does a message (``safety_normal`` form) also say that things are fine, mild or long-standing ("otherwise
    fine", "for weeks", "stopped on its own")? A safe message uses alarming words this way; the decision asks
    more of a detector then."""
    return bool(_REASSURED.search(normal))


#: Words of social chat: greetings, farewells, thanks and their fillers ("ok thanks, bye for now", "have a good day,
#: goodbye", "gracias, adios"). A message of these words alone is small talk: "goodbye" said as a conversation ends
#: is no farewell before a suicide, which says more ("this is the last time i write", "tell my kids i loved them":
#: the crisis detectors read those). Words of finality or of other people ("forever", "for good", "last", "everyone",
#: "all", "kids", "forgive") are not in the list: a message with them is read as usual.
_SOCIAL_WORDS = frozenset(
    "hi hello hey hiya howdy yo greetings morning afternoon evening night good goodnight nite bye byebye goodbye "
    "cya ciao cheers ta thanks thank thankyou thx ty tysm you u ya yah ye see later soon talk tomorrow then now "
    "for again ok okay okey k kk alright right cool great nice lovely wonderful awesome perfect fine sounds got it "
    "have a an the day one weekend take care much very so lot lots really appreciate appreciated helpful help "
    "bot chatbot buddy mate friend dear sir madam well oh ah and bueno hola adios chao chau "
    "gracias muchas mil buenos buenas dias tardes noches hasta luego pronto manana nos vemos cuidate que le vaya bien "
    "saludos vale listo perfecto ".split())
#: ... but a message of them must say one of these (greeting, farewell or thanks), not only fillers ("ok", "then").
_SOCIAL_CORE = frozenset(
    "hi hello hey hiya howdy greetings morning afternoon evening goodnight bye byebye goodbye cya ciao cheers ta "
    "thanks thank thankyou thx ty tysm see later care hola adios chao chau gracias luego vemos cuidate saludos".split())


def small_talk(normal: str) -> bool:
    """Is a message (``safety_normal`` form) only a greeting, a farewell or thanks ("see ya", "ok gracias, adios",
    "have a good day, goodbye")? Such a message carries no emergency or crisis by itself."""
    ws = normal.split()
    return 0 < len(ws) <= 12 and all(w in _SOCIAL_WORDS for w in ws) and any(w in _SOCIAL_CORE for w in ws)
