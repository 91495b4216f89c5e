"""One conversation's small, bounded state: the last topic and intent, for follow-up questions.

A session holds ids, never text: the document id, the id of the passage that names a condition in it, and the
intent name. Clients of the HTTP API send it back with the next message, so whatever it holds is checked
against the loaded bot (``Bot.check_session``) and the condition's name is always looked up there, never
taken from the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from marrowbot.index import Name
from marrowbot.understanding.topics import Topic

_ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
_INTENT_PATTERN = "^[a-z_]{1,40}$"
_ID = re.compile(_ID_PATTERN)
_INTENT = re.compile(_INTENT_PATTERN)
_MAX_ID = 200
_MAX_PASSAGE = 1_000_000_000
FIELDS = ("topic", "condition", "intent")

#: The session object as the HTTP API sends and accepts it (OpenAPI 3.0); ``from_dict`` enforces the same.
SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "What the bot remembers between two messages (ids only, never what was typed). Send it back "
    "unchanged with the next message; null starts a new conversation. Anything else is refused with 422.",
    "additionalProperties": False,
    "properties": {
        "topic": {"type": "string", "nullable": True, "pattern": _ID_PATTERN, "maxLength": _MAX_ID,
                  "description": "the document id of the last topic"},
        "condition": {"type": "integer", "nullable": True, "minimum": 0, "maximum": _MAX_PASSAGE,
                      "description": "the passage id that names the condition talked about, in that document"},
        "intent": {"type": "string", "nullable": True, "pattern": _INTENT_PATTERN,
                   "description": "the last intent answered"},
    },
}


@dataclass
class Session:
    """Everything the bot remembers between two messages of one person; nothing they typed is kept."""

    topic: str | None = None  # document id
    condition: int | None = None  # id of the passage naming a condition inside that document, if any
    intent: str | None = None
    #: The condition's name as the bot's index has it; filled by the bot, never sent or accepted.
    condition_name: str | None = field(default=None, repr=False, compare=False)

    def reset(self) -> None:
        self.topic = self.condition = self.intent = self.condition_name = None

    def remember(self, intent: str, topic: Topic | None) -> None:
        self.intent = intent
        if topic is not None:
            self.topic = topic.doc
            cond = topic.condition
            known = cond is not None and cond.passage >= 0
            self.condition = cond.passage if known else None  # type: ignore[union-attr]
            self.condition_name = cond.text if known else None  # type: ignore[union-attr]

    def topic_value(self) -> Topic | None:
        if not self.topic:
            return None
        if self.condition is not None and self.condition_name:
            name = Name(self.condition_name, self.topic, "condition", self.condition)
        else:
            name = Name(self.topic, self.topic, "title")
        return Topic(self.topic, 1.0, name, "the conversation so far")

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "condition": self.condition, "intent": self.intent}

    @classmethod
    def from_dict(cls, data: Any) -> Session:
        """Rebuild a session a client sent back; anything malformed raises ValueError. (Whether the ids exist
        in the loaded bot is ``Bot.check_session``'s question.)"""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValueError("session must be an object")
        unknown = set(data) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown session field {str(sorted(map(str, unknown))[0])[:40]!r}")
        topic, condition, intent = data.get("topic"), data.get("condition"), data.get("intent")
        if topic is not None and (not isinstance(topic, str) or len(topic) > _MAX_ID or not _ID.fullmatch(topic)):
            raise ValueError("session.topic must be a document id or null")
        if condition is not None and (not isinstance(condition, int) or isinstance(condition, bool)
                                      or not 0 <= condition <= _MAX_PASSAGE):
            raise ValueError("session.condition must be a passage id (a whole number) or null")
        if condition is not None and topic is None:
            raise ValueError("session.condition needs session.topic")
        if intent is not None and (not isinstance(intent, str) or not _INTENT.fullmatch(intent)):
            raise ValueError("session.intent must be an intent name or null")
        return cls(topic, condition, intent)
