"""Message + session -> what the user wants: intent, topic, symptoms, urgency, follow-up."""

from __future__ import annotations

from dataclasses import dataclass

from marrowbot.intents import SMALL_TALK, IntentSet, RedFlag
from marrowbot.session import Session
from marrowbot.text import fold
from marrowbot.understanding.intent_model import IntentMatcher, IntentScores
from marrowbot.understanding.safety import LaySymptoms, RedFlagScreen, SafetyDecision, decide
from marrowbot.understanding.safety_model import SafetyModel, SafetyScores
from marrowbot.understanding.topics import Topic, TopicFinder

#: Below this probability the matcher's best guess is not trusted.
INTENT_THRESHOLD = 0.30


@dataclass(frozen=True)
class Understanding:
    text: str  # the cleaned message
    query: str  # the text retrieval uses (abbreviations expanded)
    intent: str
    intent_confidence: float
    scores: IntentScores
    topic: Topic | None
    followup: bool  # the topic came from the session, not the message
    red_flags: tuple[RedFlag, ...]
    symptoms: tuple[tuple[str, str], ...]
    expansions: tuple[str, ...]
    alternatives: tuple[Topic, ...] = ()  # other documents that share the topic's name, best first
    safety: SafetyScores | None = None  # the safety detectors' scores
    decision: SafetyDecision = SafetyDecision()  # urgent, or a safety line first (understanding.safety.decide)

    @property
    def doc(self) -> str | None:
        return self.topic.doc if self.topic else None


class Understander:
    def __init__(self, intent_set: IntentSet, matcher: IntentMatcher, topics: TopicFinder,
                 safety_model: SafetyModel | None = None) -> None:
        self.intent_set = intent_set
        self.matcher = matcher
        self.topics = topics
        self.screen = RedFlagScreen(intent_set.red_flags)
        self.lay = LaySymptoms(intent_set.lay_terms)
        self.safety_model = safety_model

    def understand(self, text: str, session: Session) -> Understanding:
        red_flags = self.screen.screen(text)
        safety = self.safety_model.score(text) if self.safety_model is not None else None
        query, expansions = self.topics.expand(text)
        scores = self.matcher.score(text)
        intent, confidence = scores.best
        found = self.topics.candidates(query)
        topic = found[0] if found else None
        symptoms = self.lay.find(text)
        followup = False
        if confidence < INTENT_THRESHOLD and topic is not None and intent not in ("symptom_check", "personal_advice"):
            intent = "definition"  # a bare condition name ("polysythemia?"): say what it is
        medical = self.intent_set.medical
        if topic is not None and session.intent in medical and _only_names(text, topic, expansions):
            # "what about bone marrow necrosis?", "and essential thrombocythemia?": same question, new topic.
            if intent != "emergency" and intent not in SMALL_TALK:
                intent = session.intent  # type: ignore[assignment]
        if topic is None and session.topic and (intent in medical or intent in ("personal_advice", "symptom_check")):
            topic = session.topic_value()
            followup = topic is not None
        decision = decide(text, red_flags, safety, scores.best[0], scores.best[1])
        return Understanding(text, query, intent, confidence, scores, topic, followup, red_flags, symptoms,
                             expansions, tuple(found[1:]), safety, decision)


_CARRY_WORDS = frozenset("what about and how the of for with regarding re ok okay so then now also too same "
                         "question for is are it there any".split())


def _only_names(text: str, topic: Topic, expansions: tuple[str, ...]) -> bool:
    """True when a message is nothing but a topic's name and a few joining words."""
    name_words = set(fold(topic.name.text).split())
    for e in expansions:
        name_words.update(fold(e).split())
    rest = [w for w in fold(text).split() if w not in name_words and w not in _CARRY_WORDS]
    return not rest or (len(rest) == 1 and len(rest[0]) >= 4 and _close_to(rest[0], name_words))


def _close_to(word: str, names: set[str]) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(word, n) >= 80 for n in names)
