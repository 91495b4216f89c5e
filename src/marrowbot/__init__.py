"""marrowbot: answers questions about bone marrow diseases by quoting trusted documents. Not medical advice."""

from __future__ import annotations

from marrowbot.bot import Bot
from marrowbot.errors import CorpusError, FixtureError, IntentsError, MarrowbotError
from marrowbot.messages import Emergency
from marrowbot.model import Answer, Snippet, Source
from marrowbot.session import Session

__all__ = [
    "Answer", "Bot", "CorpusError", "Emergency", "FixtureError", "IntentsError", "MarrowbotError", "Session",
    "Snippet", "Source",
]
