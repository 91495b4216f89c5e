""""To die for" is an idiom for wonderful ("a view to die for"); said of a wish ("i've wanted to die for months")
or a time it is a wish to die, and the idiom rule had turned it into "wonderful": no answer, no line (found by
round 27's cold review)."""

from __future__ import annotations

import pytest

from marrowbot.text.safety import safety_normal


@pytest.mark.parametrize("text", [
    "i've wanted to die for months, is that normal?", "i have wanted to die for weeks now",
    "ive been wanting to die for a while and nobody knows",
])
def test_a_wish_to_die_for_a_long_time_gets_the_crisis_answer(bot, text: str) -> None:  # noqa: ANN001
    assert "to die" in safety_normal(text)
    decision = bot.safety_decision(text)
    assert decision.urgent in ("crisis", "crisis_now") or decision.line == "despair"


@pytest.mark.parametrize("text", ["the chocolate cake here is to die for", "she has hair to die for"])
def test_the_idiom_still_means_wonderful(bot, text: str) -> None:  # noqa: ANN001
    assert "die" not in safety_normal(text)
    assert bot.safety_decision(text).urgent is None
