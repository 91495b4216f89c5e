"""A conversation told to the bot in turn, for tests that read the answer to its last message."""

from __future__ import annotations

from marrowbot import Answer, Bot, Session


def last_answer(bot: Bot, *messages: str) -> Answer:
    """The answer to the last of ``messages``, each asked in turn in one new conversation."""
    session = Session()
    answers = [bot.ask(message, session) for message in messages]
    return answers[-1]
