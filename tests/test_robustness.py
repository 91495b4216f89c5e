"""Any text at all gets a calm, valid answer with a disclaimer; emergencies are never missed."""

from __future__ import annotations

import json

import pytest
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marrowbot import Bot, Session
from marrowbot.intents import load_intents

KEYS = ["question", "intent", "topic", "confidence", "abstained", "urgent", "text", "snippets", "disclaimer", "lang"]


def _valid(bot: Bot, answer) -> None:  # noqa: ANN001
    d = answer.to_dict()
    assert list(d) == KEYS
    json.dumps(d)
    assert d["disclaimer"] and d["text"].endswith(d["disclaimer"])
    assert d["intent"] in bot.intent_names
    assert d["lang"] in bot.languages
    assert not (d["abstained"] and d["snippets"])
    assert "\x1b" not in d["text"] and "\x00" not in d["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_gets_a_valid_answer(bot: Bot, text: str) -> None:
    _valid(bot, bot.ask(text, Session()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chunks=st.lists(st.sampled_from(["bone", "marrow", "\x1b[31m", "\x00", "necrosis", "?", "é", "🩸", "\n",
                                        "what", "causes", "it", "ALL", "PV", "\u202e", "<script>", "%s", "{call}"]),
                       max_size=40))
def test_conversations_of_odd_pieces_stay_valid(bot: Bot, chunks: list[str]) -> None:
    session = Session()
    for i in range(0, len(chunks), 5):
        _valid(bot, bot.ask("".join(chunks[i : i + 5]), session))


@pytest.mark.parametrize("text", ["", "   ", "\x00" * 10, "a" * 100_000, "\ud800", "ـ" * 3000, "的" * 5000],
                         ids=["empty", "blank", "nul", "huge", "surrogate", "arabic", "cjk"])
def test_empty_huge_and_strange_inputs(bot: Bot, text: str) -> None:
    _valid(bot, bot.ask(text, Session()))


def test_every_red_flag_phrase_is_an_emergency(bot: Bot) -> None:
    """Recall over the lexicon itself, also with the phrase inside a sentence and in capitals."""
    flags = load_intents(REPO / "intents").red_flags
    missed = []
    for flag in flags:
        for phrase in flag.phrases:
            for text in (phrase, f"Help, {phrase.upper()} right now", f"my husband says {phrase}"):
                if not bot.ask(text, Session()).urgent:
                    missed.append(text)
    assert not missed, missed
