"""One conversation's small, bounded state: the last topic and intent, for follow-up questions, and which
passages were quoted, for a request to go on ("more", "what else": the sentences not said yet).

A session holds ids, never text: the document id, the id of the passage that names a condition in it, the
intent name, the ids of the passages quoted (at most ``MAX_QUOTED``) and of the last question's next-best passages
not quoted (at most ``MAX_PENDING``). Clients of the HTTP API send it back with the next message, so whatever it
holds is checked against the loaded bot (``Bot.check_session``) and the condition's name is always looked up there,
never taken from the client.
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
FIELDS = ("topic", "condition", "intent", "quoted", "pending", "urgent", "said")
#: How many quoted passages a session remembers; a kiosk's reset forgets them all. More than the longest page has
#: (468 passages), so that going on through one page never quotes a sentence again; past it, those of other pages
#: are forgotten first, then the oldest (``note_quoted``). (About 3 KB as JSON at most.)
MAX_QUOTED = 512
#: What an urgent answer said first, remembered for a request to go on right after it ("more").
URGENT_KINDS = ("emergency", "poisoning", "crisis", "crisis_now")
#: How many of the last question's next-best passages it remembers, for "that's not what i asked".
MAX_PENDING = 12
#: How many passages of the last answer it remembers, in its order, for "say that again", "shorter please" (an
#: answer quotes a few sentences, and a list's items: at most 3 and 8 each, a lead-in said again besides).
MAX_SAID = 32

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
        "quoted": {"type": "array", "nullable": True, "maxItems": MAX_QUOTED,
                   "items": {"type": "integer", "minimum": 0, "maximum": _MAX_PASSAGE},
                   "description": "the passage ids quoted so far (the latest), so that 'more' says something new"},
        "pending": {"type": "array", "nullable": True, "maxItems": MAX_PENDING,
                    "items": {"type": "integer", "minimum": 0, "maximum": _MAX_PASSAGE},
                    "description": "the last question's next-best passage ids (in session.topic), not quoted yet"},
        "urgent": {"type": "string", "nullable": True, "enum": [*URGENT_KINDS, None],
                   "description": "the kind of urgent answer just given, said again first if the next message "
                   "asks to go on"},
        "said": {"type": "array", "nullable": True, "maxItems": MAX_SAID,
                 "items": {"type": "integer", "minimum": 0, "maximum": _MAX_PASSAGE},
                 "description": "the passage ids the last answer quoted, in its order, for 'say that again'"},
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
    quoted: tuple[int, ...] = ()  # passage ids quoted in this conversation, oldest first (at most MAX_QUOTED)
    pending: tuple[int, ...] = ()  # the last question's next-best passage ids not quoted, best first
    #: The kind of urgent answer just given (``URGENT_KINDS``), or None: a request to go on right after it says
    #: it again first (a safety signal is never dropped by "more").
    urgent: str | None = None
    #: The passage ids the last answer quoted, in its order (at most MAX_SAID): "say that again", "shorter".
    said: tuple[int, ...] = ()

    def reset(self) -> None:
        self.topic = self.condition = self.intent = self.condition_name = self.urgent = None
        self.quoted = self.pending = self.said = ()

    def note_quoted(self, ids: tuple[int, ...], topic_ids: range | frozenset[int] = range(0)) -> None:
        """Remember passages just quoted; they leave the pending ones. Past MAX_QUOTED, those quoted before from
        other pages than ``topic_ids`` (the conversation's page) are forgotten first, oldest first, then the oldest of
        the page's; never those just quoted."""
        have = set(self.quoted)
        new = tuple(dict.fromkeys(i for i in ids if i not in have))
        old = self.quoted
        extra = len(old) + len(new) - MAX_QUOTED
        if extra > 0:
            order = [i for i in old if i not in topic_ids] + [i for i in old if i in topic_ids]
            gone = set(order[:extra])
            old = tuple(i for i in old if i not in gone)
        self.quoted = (old + new)[-MAX_QUOTED:]
        self.pending = tuple(i for i in self.pending if i not in ids)

    def note_pending(self, ids: tuple[int, ...]) -> None:
        """Remember the last question's next-best passages (those not quoted yet, the best MAX_PENDING)."""
        self.pending = tuple(dict.fromkeys(i for i in ids if i not in self.quoted))[:MAX_PENDING]

    def remember(self, intent: str, topic: Topic | None) -> None:
        self.intent = intent
        if topic is not None:
            if topic.doc != self.topic:
                self.pending = ()  # (the next-best passages of another page's question)
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
        return {"topic": self.topic, "condition": self.condition, "intent": self.intent,
                "quoted": list(self.quoted), "pending": list(self.pending), "urgent": self.urgent,
                "said": list(self.said)}

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
        quoted = _ids(data.get("quoted"), MAX_QUOTED, "quoted")
        pending = _ids(data.get("pending"), MAX_PENDING, "pending")
        if pending and topic is None:
            raise ValueError("session.pending needs session.topic")
        urgent = data.get("urgent")
        if urgent is not None and urgent not in URGENT_KINDS:
            raise ValueError("session.urgent must be one of " + ", ".join(URGENT_KINDS) + " or null")
        said = _ids(data.get("said"), MAX_SAID, "said")
        return cls(topic, condition, intent, quoted=quoted, pending=pending, urgent=urgent, said=said)


def _ids(value: Any, most: int, name: str) -> tuple[int, ...]:
    """A list of passage ids a client sent back (None: none); anything else raises ValueError."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > most or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i <= _MAX_PASSAGE for i in value):
        raise ValueError(f"session.{name} must be a list of at most {most} passage ids or null")
    return tuple(value)
