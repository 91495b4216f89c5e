"""Speed only: one answer reads what a message asks about many times over (each check, and each fallback that
answers again from another document), for the same message, topic and kind of question. ``per_reading``
remembers such a reading of ``Asked`` by everything of the message it depends on."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from marrowbot.memory import Memo
from marrowbot.understanding.understand import Understanding

F = TypeVar("F", bound=Callable[..., Any])

#: How many readings an ``Asked`` remembers (emptied when full, and by ``memory.forget``).
READINGS_MEMO = 4096
_MISSING = object()


def reading_key(u: Understanding, intent: str | None) -> tuple[Any, ...]:
    """What a reading of a message depends on: its text as retrieval reads it, its topic's document and the name
    it was said by, its expansions and lay symptoms, and the kind of question answered."""
    topic = (u.topic.doc, u.topic.name.text) if u.topic is not None else None
    return u.query, intent, topic, u.expansions, u.symptoms


def per_reading(method: F) -> F:
    """Remember ``method(self, u, intent=None)`` by ``reading_key`` (a list result is kept as a tuple and handed
    back as a new list, so a caller may change it)."""
    name = method.__name__

    @functools.wraps(method)
    def wrapper(self: Any, u: Understanding, intent: str | None = None) -> Any:
        memo = self.__dict__.get("_readings")
        if memo is None:
            memo = self.__dict__["_readings"] = Memo(READINGS_MEMO)
        key = (name, *reading_key(u, intent))
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            value = method(self, u, intent)
            found = memo.keep(key, tuple(value) if isinstance(value, list) else value)
        return list(found) if isinstance(found, tuple) else found

    return wrapper  # type: ignore[return-value]
