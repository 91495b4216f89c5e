"""A test, a procedure or a treatment named in a question ("can a blood test tell", "Bone Marrow Transplantation"):
the new subject of the conversation only when the question asks about the thing itself; asked of as a condition's,
the message is read in the conversation's condition. Part of the understanding (``Understander`` mixes it in)."""

from __future__ import annotations

import re

from marrowbot.index import Name
from marrowbot.session import Session
from marrowbot.text import fold, names_a_condition
from marrowbot.text.questions import POINTS_AT_TOPIC
from marrowbot.understanding.topics import GENERAL_TOPIC, Topic, TopicFinder, names_a_thing

#: A test or a treatment asked of in a conversation about a condition as that condition's (folded text): what it
#: would tell, show or find ("can a blood test tell", "would a scan pick it up"), the conversation's subject or a
#: person in it pointed at ("can a transplant cure it", "what would her blood tests show", "why does she need
#: transfusions"). Not what the thing is or does itself ("is a transplant dangerous", "what does a CBC measure").
THING_IN_CONDITION = re.compile(r"\b(?:it|its|this|that one|she|he|her|his|him"
                                r"|tell(?!\s+(?:me|us)\b)|tells|show|shows|showed|detect|detects|find|finds|pick\s+(?:it|them|that)\s+up"
                                r"|diagnose|diagnoses|confirm|confirms|catch\s+(?:it|them|that)"
                                r"|rule\s+(?:it|that)\s+out|reveal|reveals)\b")


class LinkedThings:
    """Needs ``topics`` and an empty ``_things`` cache, which ``Understander`` sets."""

    topics: TopicFinder
    _things: dict[str, bool]

    def thing_page(self, doc: str) -> bool:
        """True for a page about a test, a procedure, a treatment or a part of the body (``names_a_thing``)."""
        known = self._things.get(doc)
        if known is None:
            d = self.topics.index.corpus.document(doc)
            known = self._things[doc] = names_a_thing((d.title, *d.aliases), d.section_names())
        return known

    def is_thing(self, topic: Topic) -> bool:
        """True for a name found that is no condition a person has: a test or a treatment a page links ("Blood
        Tests"), or the name of a page about such a thing ("Bone Marrow Transplantation")."""
        if topic.condition is not None:
            return not names_a_condition(topic.condition.text)
        return self.thing_page(topic.doc)

    def about_a_condition(self, session: Session) -> bool:
        """True when the conversation is about a condition: a page of one, or a condition a page names."""
        carried = session.topic_value() if session.topic else None
        if carried is None or self.is_thing(carried):
            return False
        return carried.condition is not None or carried.doc != GENERAL_TOPIC

    def linked_thing(self, found: list[Topic], text: str, session: Session, intent: str = "") -> list[Topic]:
        """The names found, when the best is a test or a treatment a page links ("Blood Tests"), or a page about
        such a thing ("Blood Count Tests"), read in the conversation: in the conversation's own page, it is that
        page; in a conversation about a condition, it is the new subject only when the question asks about the
        thing itself (``THING_IN_CONDITION``: not "can a blood test tell", "what would her blood tests show", "can
        a transplant cure it"): then the message is read in the conversation's topic, its words still retrieved."""
        topic = found[0] if found else None
        if topic is None or not self.is_thing(topic):
            return found
        if topic.condition is not None and topic.doc == session.topic and session.condition is None:
            # "is a blood test enough" in a conversation about the page that links "Blood Tests"
            d = self.topics.index.corpus.document(topic.doc)
            return [Topic(topic.doc, topic.score, Name(d.title, topic.doc, "title"), topic.evidence), *found[1:]]
        if session.topic and topic.doc != session.topic and session.topic_value() is not None \
                and topic.condition is not None and POINTS_AT_TOPIC.search(fold(text)):
            return []  # "would it show in a blood test" in a conversation about necrosis
        if intent not in ("definition", "personal_advice") and self.about_a_condition(session) \
                and topic.doc != session.topic and not any(t.doc == session.topic for t in found) \
                and all(self.is_thing(t) for t in found) \
                and THING_IN_CONDITION.search(fold(text)):
            return []  # (a condition named too is the subject as ever: "a transplant for my dad with MDS")
        return found
