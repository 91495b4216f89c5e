"""The groups of people a message names in general ("kids?", "in children", "can kids get it"): what it asks about,
even when a kind of question has them among its own words (support's "for kids": something to read for them)."""

from __future__ import annotations

from typing import NamedTuple

from marrowbot.intents import IntentSet
from marrowbot.text import fold, terms
from marrowbot.text.questions import GENERIC_GROUP


class Groups(NamedTuple):
    named: set[str]  # the terms of the groups named in general ("my kid" is who asks, no group)
    asked: set[str]  # those asked about, whatever the keywords of the kind of question


def groups_asked(asked: str, intent_set: IntentSet, intent: str | None, of_topic: bool) -> Groups:
    """The groups named in general in ``asked`` (a folded message), and those it asks about: not those said inside a
    keyword phrase of ``intent`` (of any intent when None), nor when another of its keywords says what is asked for
    them ("anything for kids to read", "a support group for parents of kids": material and groups for them). "kids?"
    after a condition (``of_topic``) asks what the documents say of children with it; with none it asks of no group
    (the question still needs its condition: "which condition do you mean?")."""
    named = set(terms(" ".join(GENERIC_GROUP.findall(asked))))
    said = f" {asked} "
    keywords: set[str] = set()
    for i in intent_set.intents:
        if intent is None or i.name == intent:
            for phrase in (fold(k) for k in i.keywords):
                if " " in phrase:
                    said = said.replace(f" {phrase} ", " , ")
                keywords.update(terms(phrase))
    groups = set(terms(" ".join(GENERIC_GROUP.findall(said))))
    return Groups(named, set() if not of_topic or (set(terms(said)) - groups) & keywords else groups)
