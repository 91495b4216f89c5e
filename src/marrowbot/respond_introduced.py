"""A bare "what about X?" that moves the conversation to another condition ("what about polycythemia vera?" after its
symptoms were asked of aplastic anemia) is answered in the last question's kind, and first says what X is: the new
condition is introduced by its page's own sentence saying what it is, before that kind's sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marrowbot.model import Passage
from marrowbot.understanding.conversation import RULE_WHAT_ABOUT
from marrowbot.understanding.understand import Understanding

if TYPE_CHECKING:
    from marrowbot.retrieve import Retriever

#: The kind of question whose answer already says what the condition is.
_WHAT_IT_IS = "definition"


def introduced(u: Understanding, retriever: Retriever,
               picked: list[tuple[Passage, float]]) -> list[tuple[Passage, float]]:
    """``picked`` with the sentence saying what the new condition is first, for a "what about X?" carrying the last
    kind to another condition's own page (not a condition a page only names); else ``picked``."""
    topic = u.topic
    if topic is None or not u.switched or u.followup or u.intent == _WHAT_IT_IS or topic.condition is not None \
            or RULE_WHAT_ABOUT not in u.rules or not picked:
        return picked
    title = retriever.index.corpus.document(topic.doc).title  # (the name said may be an alias: "Myeloma - multiple")
    own = [h for n in dict.fromkeys((topic.name.text, title))
           for h in retriever.defining(n, topic.doc, k=1) if h.passage.doc == topic.doc]
    if not own or any(p.id == own[0].passage.id for p, _ in picked):
        return picked
    return [(own[0].passage, max(score for _, score in picked)), *picked]
