"""The kind of a message the intent model guessed weakly as an emergency or as personal advice."""

from __future__ import annotations

from marrowbot.intents import SMALL_TALK
from marrowbot.text import fold
from marrowbot.text.care import asks_own_care, tells_own_state
from marrowbot.understanding import conversation
from marrowbot.understanding.intent_model import IntentScores

RULE_OWN_CARE = ("the model's weak emergency guess is below the safety screen, and the message asks about one "
                 "person's own care: personal advice")
RULE_OWN_STATE = ("the model's weak emergency guess is below the safety screen, and the message tells of a person's "
                  "own complaint: a symptom check")
RULE_WEAK_PERSONAL = ("a weak personal-advice guess, and nothing asked about one person's own care: its next kind of "
                      "question")
RULE_KEPT_PERSONAL = "a weak personal-advice guess, and the message asks about one person's own care: personal advice"


def instead_of_emergency(text: str, scores: IntentScores, rules: list[str]) -> str:
    """The kind of a message the model weakly guessed an emergency, below the safety screen ("and why is it hard for
    them to know right now"): its next kind of question (the screen alone decides what is urgent), unless it asks
    about one person's own care ("sounds like what my son has": personal advice) or tells of a person's own
    complaint ("he is confused and very pale after the transfusion": a symptom check). The rule is added to
    ``rules``."""
    if asks_own_care(fold(text)):
        rules.append(RULE_OWN_CARE)
        return "personal_advice"
    if tells_own_state(fold(text)):
        rules.append(RULE_OWN_STATE)
        return "symptom_check"
    return conversation.best_other_than(scores, frozenset(("emergency",)))[0]


def weak_personal_advice(text: str, scores: IntentScores, rules: list[str]) -> str:
    """The kind of a message the model weakly guessed personal advice: personal advice when it asks about one
    person's own care (its confidence stays the weak guess's), else its next kind of question ("tell me more about
    the transplant part"). The rule is added to ``rules``."""
    if asks_own_care(fold(text)):
        rules.append(RULE_KEPT_PERSONAL)
        return "personal_advice"
    rules.append(RULE_WEAK_PERSONAL)
    return conversation.best_other_than(scores, frozenset((*SMALL_TALK, "emergency", "personal_advice")))[0]
