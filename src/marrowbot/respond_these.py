"""A follow-up about "these diseases" while the conversation is on a page about no disease (stem cells, a
transfusion) or about one disease named in the singular (lymphoma): the diseases talked about are the marrow's, the
general document's subject, not that page's."""

from __future__ import annotations

import re
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.index import Name
from marrowbot.text import fold, names_a_condition
from marrowbot.understanding.topics import GENERAL_TOPIC, Topic
from marrowbot.understanding.understand import Understanding

#: Pointing back at diseases talked about (folded): "these diseases", "those blood disorders", "such conditions".
_THESE_DISEASES = re.compile(r"\b(?:these|those|such)\s+(?:\w+\s+)?(?:diseases|disorders|conditions|illnesses)\b")
RULE_THESE_DISEASES = ("a follow-up about 'these diseases' while the conversation's page is about no disease (stem "
                       "cells, a transfusion) or one disease (lymphoma): read in the general document on the marrow's "
                       "diseases")


def back_to_diseases(asked: Asked, u: Understanding) -> Understanding:
    """The message read in the general document when it asks of "these diseases" and the conversation is about no
    disease or one disease named in the singular; otherwise the message as it is."""
    topic = u.topic
    if not u.followup or topic is None or (topic.doc == GENERAL_TOPIC and topic.condition is None) \
            or not asked.has_document(GENERAL_TOPIC) or not _THESE_DISEASES.search(fold(u.text)):
        return u
    talked_of = topic.condition.text if topic.condition is not None else asked.document(topic.doc).title
    if _names_kinds(talked_of):
        return u
    d = asked.document(GENERAL_TOPIC)
    general = Topic(GENERAL_TOPIC, 1.0, Name(d.title, GENERAL_TOPIC, "title"), "the diseases talked about")
    return replace(u, topic=general, rules=u.rules + (RULE_THESE_DISEASES,))


def _names_kinds(name: str) -> bool:
    """True for a disease whose name's last word ends in "s": named in the plural ("Myelodysplastic Syndromes"),
    "these diseases" may be its own kinds. Not for "Lymphoma", nor for no disease ("Stem Cells"). The test is by
    spelling only, so "Bone marrow necrosis", "Myelofibrosis", "Amyloidosis" count too; reading them as singular was
    tried (round 43): no development turn moved, and "how are these diseases treated" after each then quoted the
    general page's "Treatments depend on the disorder ..." instead of the condition's own treatment, so it stays."""
    return names_a_condition(name) and fold(name).split()[-1].endswith("s")
