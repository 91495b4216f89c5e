"""The condition a question about the general page is really about: "is leukemia a bone marrow disease" is answered
from the general page (what bone marrow diseases are, and that leukemia is one), but what follows ("what types are
there", "symptoms?") asks about leukemia, the subject of the question, not about bone marrow diseases."""

from __future__ import annotations

from marrowbot.model import Answer
from marrowbot.text import fold, names_a_condition
from marrowbot.understanding.topics import GENERAL_TOPIC, Topic
from marrowbot.understanding.understand import Understanding


def subject_named(u: Understanding, answer: Answer) -> Topic | None:
    """The page of the one condition a message names besides the general page's own name ("is aplastic anemia a
    marrow disease"), when the general page answered and lists that condition; None otherwise (a follow-up, the
    general page asked about alone, or several conditions named: "are leukemia and lymphoma bone marrow diseases")."""
    t = u.topic
    if t is None or t.doc != GENERAL_TOPIC or answer.topic != GENERAL_TOPIC or answer.abstained or u.followup \
            or t.name.kind == "condition":
        return None
    listed = sorted({fold(o.name.text) for o in u.alternatives
                     if o.doc == GENERAL_TOPIC and o.name.kind == "condition" and names_a_condition(o.name.text)},
                    key=len, reverse=True)  # (no test or treatment the page names: "is a transplant used for these")
    if not listed or any(n not in listed[0] for n in listed[1:]):  # ("aplastic anemia" says "anemia" too)
        return None
    page = next((o for o in u.alternatives if o.doc != GENERAL_TOPIC and o.name.kind in ("title", "alias")
                 and o.condition is None and fold(o.name.text) == listed[0]), None)
    return None if page is None else Topic(page.doc, 1.0, page.name, "the condition the question was about")
