"""The kind of a message the intent model guessed weakly as an emergency or as personal advice."""

from __future__ import annotations

import re

from marrowbot.asked_term import term_asked
from marrowbot.intents import SMALL_TALK, IntentSet
from marrowbot.text import fold
from marrowbot.text.care import asks_own_care, tells_own_state
from marrowbot.text.questions import QUESTION_WORDS, opens_asking_what
from marrowbot.understanding import conversation
from marrowbot.understanding.clauses import asking_clauses
from marrowbot.understanding.intent_model import IntentScores

RULE_OWN_CARE = ("the model's weak emergency guess is below the safety screen, and the message asks about one "
                 "person's own care: personal advice")
RULE_OWN_STATE = ("the model's weak emergency guess is below the safety screen, and the message tells of a person's "
                  "own complaint: a symptom check")
RULE_WEAK_PERSONAL = ("a weak personal-advice guess, and nothing asked about one person's own care: its next kind of "
                      "question")
RULE_TOLD_OF_OTHER = ("a personal-advice guess below even odds, for a message that tells who has the condition and "
                      "asks about it in general ('my mother has X, what is the treatment of it'): its next kind of "
                      "question")
RULE_KEPT_PERSONAL = "a weak personal-advice guess, and the message asks about one person's own care: personal advice"
RULE_WHAT_A_THING_IS = ("no condition named nor in the conversation, a message asking what a thing is or does "
                        "('what do platelets do'), and an unsure guess of another kind in none of its words: "
                        "what it is")


#: Below this probability a personal-advice guess is no surer than another reading, for a message that tells of the
#: person who has the condition and asks about it in general.
EVEN_ODDS = 0.5
#: Someone told of as having a condition or being given a treatment ("my mother have the leukemia", "my husband takes
#: imatinib", "my son was diagnosed with X"). Folded text.
TELLS_WHO_HAS = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?\w+\s+(?:(?:just|now|also|recently)\s+)?"
                           r"(?:have|has|had|got|takes|is\s+on|was\s+diagnosed|been\s+diagnosed|is\s+diagnosed)\b")
#: A person said in a question (the one asked about, the asker, or the bot asked for an opinion).
ASKS_OF_SOMEONE = re.compile(r"\b(?:i|im|me|my|mine|we|us|our|he|him|his|she|her|hers|they|them|their|you|u|ur|your)\b")
#: A question whether something is safe, allowed or to be done, asked with no person in it ("is it safe for the
#: vaccines", "is it ok to skip the transfusion", "should the dose be lowered"): about the person just told of.
ASKS_IF_ALLOWED = re.compile(r"\b(?:safe|safer|ok|okay|alright|all\s+right|allowed|advisable|wise|should|shall)\b")


def told_of_other(text: str, confidence: float) -> bool:
    """True when a personal-advice guess below even odds is for a message that tells who has the condition and asks
    about it with no person in its question ("my mother have aplastic anemia. is dangerous?", "my son has X, what
    is this sickness exactly"): a question about the condition (not "... can i give him ibuprofen", nor "my son has
    X, is it safe for the vaccines": whether something is safe for him)."""
    said = fold(text)
    asking = fold(asking_clauses(text))
    return confidence < EVEN_ODDS and asking != said and bool(TELLS_WHO_HAS.search(said)) \
        and not ASKS_OF_SOMEONE.search(asking) and not ASKS_IF_ALLOWED.search(asking) and not asks_own_care(said)


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


def weak_personal_advice(text: str, scores: IntentScores, rules: list[str], confidence: float,
                         threshold: float) -> str:
    """The kind of a message the model guessed personal advice at ``confidence``: personal advice when the guess is
    not weak (at least ``threshold``, and not a question about someone else's condition: ``told_of_other``) or when
    it asks about one person's own care (its confidence stays the weak guess's), else its next kind of question
    ("tell me more about the transplant part"). A rule is added to ``rules`` when the guess was weak."""
    other = told_of_other(text, confidence)
    if confidence >= threshold and not other:
        return "personal_advice"
    if asks_own_care(fold(text)):
        rules.append(RULE_KEPT_PERSONAL)
        return "personal_advice"
    if other:
        rules.append(RULE_TOLD_OF_OTHER)
    rules.append(RULE_WEAK_PERSONAL)
    return conversation.best_other_than(scores, frozenset((*SMALL_TALK, "emergency", "personal_advice")))[0]


#: Below this probability the model's guess of another kind is no surer than what a message's form asks.
UNSURE_KIND = 0.5
#: Who or what a "what do X do" asks of that is no thing to explain ("what do they do", "what do doctors do").
_NOT_A_THING = frozenset(QUESTION_WORDS.split()) | frozenset("it they them this that these those".split())


def what_a_thing_is(text: str, intent: str, confidence: float, unnamed: bool, intent_set: IntentSet,
                    rules: list[str]) -> str:
    """Definition for a message whose form asks what a thing is or does ("what do platelets do", "explain
    hematocrit"), read by the model, unsure and in none of the message's words, as another medical kind ("what do
    doctors do for it" is how people ask of treatment). Only with no condition named nor in the conversation: there is
    no condition's section of that kind to answer from (``unnamed``: none, and no word of the kind guessed is said).
    The rule that decided is added to ``rules``."""
    if unnamed and intent in intent_set.medical and intent != "definition" and confidence < UNSURE_KIND \
            and opens_asking_what(text):
        term = term_asked(text)
        if term and not set(fold(term).split()) <= _NOT_A_THING:
            rules.append(RULE_WHAT_A_THING_IS)
            return "definition"
    return intent
