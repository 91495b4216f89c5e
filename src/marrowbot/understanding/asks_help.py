"""Whether a message naming no condition asks about the bot itself: how to use it, or where its answers come from
(the conversation model's help rules, ``understanding.conversation.read``)."""

from __future__ import annotations

import re

from marrowbot.text import fold
from marrowbot.understanding.intent_model import IntentScores
from marrowbot.understanding.topics import Topic

RULE_HELP = "the intent model is sure it asks how to use the bot, and no condition is named: help"
RULE_SOURCES = ("asks where the bot's own answers come from or who wrote them ('where do your quotes come from', "
                "'who wrote that answer'), and no condition is named: help")
#: Asks of the bot's answers where they come from or who wrote them (folded): "where do your answers come from",
#: "who wrote the text you showed me", "what is the source of these quotes". Not where a condition comes from.
_OUR_WORDS = (r"(?:(?:all )?(?:your|these|those|this|that|the) )"
              r"(?:answers?|information|info|quotes?|statements?|text|facts|sentences?|replies|reply)")
ASKS_OUR_SOURCES = re.compile(
    rf"\b(?:where (?:(?:do|does|did) )?{_OUR_WORDS}(?: you (?:give|gave|quote|show|showed|just gave)(?: me)?)? "
    r"(?:come|came|comes) from"
    rf"|who (?:wrote|writes|made|makes|put together|puts together) {_OUR_WORDS}"
    rf"|(?:what|which) (?:is|are) (?:the |your )?sources? (?:of|for) {_OUR_WORDS})\b")
#: The intent model this sure of "help" keeps it, however many words the message has ("how do i use this thing, do
#: i just type a question?" is no small talk, but asks how to use the bot).
SURE_HELP = 0.8


def asks_for_help(text: str, intent: str, topic: Topic | None, scores: IntentScores) -> str | None:
    """The rule by which a message naming no condition asks for help, or None: the intent model sure of it ("how do
    i use this thing, do i just type?"), or it asks where the bot's answers come from ("who wrote that answer")."""
    if topic is not None:
        return None
    if intent == "help" and scores.best[0] == "help" and scores.best[1] >= SURE_HELP:
        return RULE_HELP
    return RULE_SOURCES if intent != "emergency" and ASKS_OUR_SOURCES.search(fold(text)) else None
