"""A crisis said as a whole idea (safety_plan.crisis_said / said_now): a wish to be dead, no future, a farewell,
read as constructs in any wording, and told by the writer now (not denied, past, a joke or a question about others).
The examples are written for this test, in the categories' own terms (the Columbia screener, 988 warning signs)."""

from __future__ import annotations

import pytest

from marrowbot import Bot
from marrowbot.text.safety import frame, safety_normal
from marrowbot.understanding.safety_plan import crisis_said, said_now


@pytest.mark.parametrize(("text", "kind"), [
    ("some nights i pray i just dont wake up", "wish"),
    ("honestly it would be a relief if the infection took me", "wish"),
    ("i keep hoping the leukemia wins this time", "wish"),
    ("part of me wishes the ambulance had been too late", None),  # (the detector.s to read)
    ("id welcome it if my heart gave out in my sleep and just stopped", "wish"),
    ("ojala no despertara mañana", "wish"),
    ("i really wish i was dead", "wish"),
    ("no future for me, none at all", "no_future"),
    ("there is no reason to keep going with any of this", "no_future"),
    ("no veo ninguna salida", "no_future"),
    ("this is my goodbye to everyone here", "farewell"),
    ("catch you all on the other side", "farewell"),
    ("me despido de todos", "farewell"),
    ("look after my cat for me", "parting"),
    ("what are the side effects of the second cycle", None),
    ("i'd rather die than sit through another waiting room", None),
])
def test_the_constructs(text: str, kind: str | None) -> None:
    assert crisis_said(safety_normal(text)) == kind


@pytest.mark.parametrize("text", [
    "some nights i pray i just dont wake up",
    "farewell everyone, it was kind of you to answer all my questions",
    "cant see a future for myself anymore",
])
def test_told_now(text: str) -> None:
    normal = safety_normal(text)
    assert said_now(text, normal, frame(normal), hedged=False) is not None


@pytest.mark.parametrize("text", [
    "years ago i wished i was dead, but that passed long before my diagnosis",  # the past
    "is wanting to die a symptom of depression in general",  # a question about no one in particular
    "what should a nurse say when a patient says he wants to die",  # others
])
def test_not_told_now(text: str) -> None:
    normal = safety_normal(text)
    assert said_now(text, normal, frame(normal), hedged=False) is None


def test_a_denial_or_reassurance_is_the_callers_hedge() -> None:
    text = "i do not want to die, i want every treatment there is"
    normal = safety_normal(text)
    assert crisis_said(normal) == "wish" and said_now(text, normal, frame(normal), hedged=True) is None


def test_a_wish_said_now_is_never_left_with_nothing(bot) -> None:  # noqa: ANN001
    for text in ("catch you all on the other side", "some nights i pray i just dont wake up"):
        decision = bot.safety_decision(text)
        assert decision.urgent in ("crisis", "crisis_now") or decision.line == "despair", text


@pytest.mark.parametrize("text", [
    # review 11, finding 5: the writer must be the one gone or done fighting; and our own
    "i want the fatigue to disappear",  # (round 33 fa33: no longer a sure crisis, its xfail removed)
    "i'm done fighting with the insurance company about my transfusions",
    "is there no way out of transfusions for thalassemia",
])
def test_a_thing_wished_gone_is_no_crisis(bot: Bot, text: str) -> None:
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", ["i just want to disappear", "i'm done fighting, love you all",
                                  "there is no way out"])
def test_the_writer_gone_or_done_is_a_crisis(bot: Bot, text: str) -> None:
    assert bot.safety_decision(text).urgent is not None
