"""marrowbot: answers questions about bone marrow diseases by quoting trusted documents. Not medical advice."""

from __future__ import annotations

from .bot import Bot
from .errors import CorpusError, FixtureError, IntentsError, MarrowbotError
from .messages import Emergency
from .model import Answer, Snippet, Source
from .session import Session

__all__ = [
    "Answer", "Bot", "CorpusError", "Emergency", "FixtureError", "IntentsError", "MarrowbotError", "Session",
    "Snippet", "Source",
]
