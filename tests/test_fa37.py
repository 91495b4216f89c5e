"""Round 37, false alarms: an episode dated long ago with nothing told now, alarming words caused by a thing (the
writer the object of its verb), a person's "'s not" read as a negation, and one Spanish question between its marks
get no urgent answer. The same episodes told as happening again or now, the same words said of a person or a pain,
and an emergency asked in Spanish stay urgent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my brother passed out once at a school assembly when he was a teenager",
    "in 2017 my husband had a clot in his leg, they put him on tablets for six months",
    "my mum collapsed in the supermarket years ago because her sugar was low",
    "mi tio tuvo un derrame en 2012, le quedo la mano un poco torpe y ahora le han encontrado anemia",
])
def test_an_episode_of_long_ago_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


def test_a_crisis_of_long_ago_keeps_at_most_its_gentle_line(bot) -> None:  # noqa: ANN001
    decision = bot.safety_decision("as a teenager i cut my arms for a while, now the nurses ask about the marks")
    assert decision.urgent is None


@pytest.mark.parametrize("text", [
    "had a heart attack years ago and now my chest is crushing and my left arm is numb",
    "she had a fit as a child and she is fitting again right now on the kitchen floor",
    "he was found unconscious once years ago and he has collapsed again this morning",
    "the pain in my chest began while i was gardening and its not easing, i had chemo years ago",
    "i tried to end my life in my twenties and i want to do it again tonight",
])
def test_an_old_episode_told_with_something_now_stays_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None


@pytest.mark.parametrize("text", [
    "that football game made me want to jump off the roof, we were useless",
    "the lift music on the ward makes me want to throw myself out the window honestly",
    "this endless waiting game is slowly killing me but we carry on",
    "id rather die than eat that hospital custard one more time",
])
def test_a_figure_caused_by_a_thing_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent not in ("crisis", "crisis_now")


@pytest.mark.parametrize("text", [
    "watching my wife suffer every day makes me want to die",
    "the pain in my back makes me want to die",
    "losing my job made me want to kill myself and i have the pills here",
])
def test_a_wish_caused_by_a_person_or_a_pain_stays_a_crisis(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent in ("crisis", "crisis_now")


@pytest.mark.parametrize("text", [
    "mums not unconscious, shes only dozing after her pain relief",
    "my son's not choking, he just coughed on his juice and he is laughing",
])
def test_a_persons_s_not_is_a_negation(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "my dad's not breathing and his lips are blue",
    "mums not waking up and her breathing is strange",
])
def test_a_persons_s_not_before_an_emergency_stays_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None


@pytest.mark.parametrize("text", [
    "¿la fiebre despues de la transfusion siempre es una urgencia o depende del dia?",
])
def test_one_spanish_question_is_asked(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "¿mi padre no respira y tiene los labios morados, que hago?",
    "¿se esta ahogando con un caramelo y no puede hablar?",
])
def test_an_emergency_asked_in_spanish_stays_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None
