"""One conversation's small, bounded state: the last topic and intent, for follow-up questions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from marrowbot.index import Name
from marrowbot.understanding.topics import Topic

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_TEXT = 200


@dataclass
class Session:
    """Everything the bot remembers between two messages of one person; nothing they typed is kept."""

    topic: str | None = None  # document id
    condition: str | None = None  # a named condition inside it ("Polycythemia Vera"), if any
    condition_passage: int = -1
    intent: str | None = None
    turns: int = 0

    def reset(self) -> None:
        self.topic = self.condition = self.intent = None
        self.condition_passage = -1
        self.turns = 0

    def remember(self, intent: str, topic: Topic | None) -> None:
        self.turns = min(self.turns + 1, 1_000_000)
        self.intent = intent
        if topic is not None:
            self.topic = topic.doc
            cond = topic.condition
            self.condition = cond.text[:_MAX_TEXT] if cond else None
            self.condition_passage = cond.passage if cond else -1

    def topic_value(self) -> Topic | None:
        if not self.topic:
            return None
        if self.condition:
            name = Name(self.condition, self.topic, "condition", self.condition_passage)
        else:
            name = Name(self.topic, self.topic, "title")
        return Topic(self.topic, 1.0, name, "the conversation so far")

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "condition": self.condition, "condition_passage": self.condition_passage,
                "intent": self.intent, "turns": self.turns}

    @classmethod
    def from_dict(cls, data: Any) -> Session:
        """Rebuild a session a client sent back; anything malformed raises ValueError."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValueError("session must be an object")
        unknown = set(data) - {"topic", "condition", "condition_passage", "intent", "turns"}
        if unknown:
            raise ValueError(f"unknown session field {sorted(unknown)[0]!r}")
        topic, condition, intent = data.get("topic"), data.get("condition"), data.get("intent")
        passage, turns = data.get("condition_passage", -1), data.get("turns", 0)
        if topic is not None and (not isinstance(topic, str) or not _ID.fullmatch(topic) or len(topic) > _MAX_TEXT):
            raise ValueError("session.topic must be a document id or null")
        if condition is not None and (not isinstance(condition, str) or len(condition) > _MAX_TEXT):
            raise ValueError("session.condition must be short text or null")
        if intent is not None and (not isinstance(intent, str) or not re.fullmatch(r"[a-z_]{1,40}", intent)):
            raise ValueError("session.intent must be an intent name or null")
        for key, value, low in (("condition_passage", passage, -1), ("turns", turns, 0)):
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= 10**9:
                raise ValueError(f"session.{key} must be a whole number")
        return cls(topic, condition, passage, intent, turns)
