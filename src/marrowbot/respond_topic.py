"""What a conversation is about after an answer: the topic the session remembers for the next message."""

from __future__ import annotations

from marrowbot.asked import Asked
from marrowbot.choose import RULE_KIND_PAGE
from marrowbot.index import Name
from marrowbot.intents import IntentSet
from marrowbot.linked_pages import RULE_PAGE_OF_NAME
from marrowbot.model import Answer
from marrowbot.respond_rules import RULE_ONLY_MENTIONED, RULE_TERM_DEFINED, RULE_TERM_EXPLAINED, RULE_TERM_GLOSSED
from marrowbot.respond_subject import subject_named
from marrowbot.text import names_a_condition
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding


def topic_after(asked: Asked, intent_set: IntentSet, u: Understanding, answer: Answer) -> Topic | None:
    """The conversation's topic after an answer: what the message was about, or, when a message naming no
    condition was answered from another document ("necrosis symptoms" after a general question), that one."""
    if not answer.topic:
        return None
    if RULE_TERM_GLOSSED in answer.explanation.rules or RULE_TERM_EXPLAINED in answer.explanation.rules:
        # A word explained by a sentence that glosses it in brackets: no new subject, and the page that sentence
        # is from (or a name the word looked like) is none either; only the conversation's own topic stays. But when
        # the word is a page's own name (its title or an alias, said whole or by its head) and that page answered
        # ("what is thrombocythemia": the page on primary thrombocythemia), what follows ("symptoms?") is about it.
        if u.topic is not None and u.topic.name.kind in ("title", "alias") and u.topic.doc == answer.topic \
                and not u.topic.vague and not answer.abstained:
            return u.topic
        return u.topic if u.followup else None
    rules = answer.explanation.rules
    if RULE_PAGE_OF_NAME in rules and not answer.abstained:
        # The library's page on the thing named answered ("blood transfusions"): what follows is about it.
        d = asked.document(answer.topic)
        return Topic(answer.topic, 1.0, Name(d.title, answer.topic, "title"), "the page of the name asked")
    if u.topic is not None and (RULE_TERM_DEFINED in rules or (RULE_KIND_PAGE in rules and not u.topic.condition)):
        return u.topic  # a word explained, not a new subject; or another page answered this kind only
    if (u.topic is None or (u.followup and u.topic.doc != answer.topic)) and not answer.abstained \
            and answer.intent in intent_set.medical:
        d = asked.document(answer.topic)
        return Topic(answer.topic, 1.0, Name(d.title, answer.topic, "title"), "the document answered from")
    topic = u.topic
    if topic is not None and topic.condition is not None and not names_a_condition(topic.condition.text) \
            and any(not s.link_title and s.doc == topic.doc for s in answer.snippets) \
            and RULE_ONLY_MENTIONED not in answer.explanation.rules:
        # A test or a treatment the document links to, answered from the document's own sentences, not as
        # what they say about it ("which test finds bone marrow illness"): what follows is about the document.
        d = asked.document(topic.doc)
        return Topic(topic.doc, topic.score, Name(d.title, topic.doc, "title"), topic.evidence)
    return subject_named(u, answer) or topic  # ("is leukemia a bone marrow disease": then of leukemia)
