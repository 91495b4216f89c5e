"""Round 33 (issue 9): a last time kept for the family is a parting, and a crisis detector nearly sure of it puts
the gentle line first; a last question or a trip before treatment is no parting. Messages written for these tests,
not taken from an evaluation set."""

import pytest

from marrowbot.text.safety import safety_normal
from marrowbot.understanding.safety_plan import crisis_said


@pytest.mark.parametrize("text", [
    "waiting till new year so my husband has one last good holiday with me",
    "the grandkids should have one last summer with us first",
])
def test_a_last_time_kept_for_the_family_is_a_parting(text: str) -> None:
    assert crisis_said(safety_normal(text)) == "parting"


@pytest.mark.parametrize("text", [
    "one last question about the transplant",
    "we booked one last trip with the grandkids before my transplant",
])
def test_a_last_question_or_a_trip_before_treatment_is_no_parting(bot, text: str) -> None:  # noqa: ANN001
    assert crisis_said(safety_normal(text)) is None or bot.safety_decision(text).urgent is None


def test_a_last_holiday_kept_for_the_children_before_going_is_a_crisis(bot) -> None:  # noqa: ANN001
    # (a parting the crisis detector reads: the crisis answer, not only the gentle line)
    decision = bot.safety_decision("i'll wait till after christmas so they have one last nice one with me")
    assert decision.urgent in ("crisis", "crisis_now")


# --- a cold reading of round 32's rules: nothing real read away ------------------------------------------------

@pytest.mark.parametrize("text", [
    "my grown up child swallowed a whole bottle of his antidepressants",
    "it was not by accident, my brother took the whole box of his pills",
    "i took 30 of my painkillers over the day",
    "i swallowed all my sleeping tablets without thinking about it",
    "i took the whole bottle, i think they were my blood pressure pills",
    "took all my tablets and my phone battery is nearly flat",
])
def test_an_adults_overdose_is_not_read_as_an_accident(bot, text: str) -> None:  # noqa: ANN001
    # (an urgent answer, never poison control's advice alone: an adult's overdose may be an attempt)
    assert bot.safety_decision(text).urgent in ("crisis_now", "emergency")


@pytest.mark.parametrize("text", [
    "my 4 year old got into the cupboard and ate some of my tablets",
    "grandad has dementia and took his morning tablets twice",
    "my son swallowed one of those flat batteries from the remote",
])
def test_a_childs_or_a_mistakes_ingestion_keeps_poison_controls_advice(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent == "poisoning"


def test_a_place_near_home_dwelt_on_is_no_landmark(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("the railway is near my flat and i keep picturing it every night").urgent \
        in ("crisis", "crisis_now")


@pytest.mark.parametrize("text", [
    "one more bad week and the answer is suicide",
    "after this cycle the only option left is suicide",
    "i want to kill myself for being such a letdown",
    "i would rather die than sit through another round of chemo",
    "mi hermano dice que nos va a matar a todos cuando vuelva",
    "my brother says he's going to kill us all when he gets back",
])
def test_an_idiom_rewrite_never_swallows_a_real_statement(bot, text: str) -> None:  # noqa: ANN001
    decision = bot.safety_decision(text)
    assert decision.urgent is not None or decision.line is not None


@pytest.mark.parametrize("text", [
    "my mum will kill us all with her questions about the wedding",
    "i could kill myself for forgetting my appointment letter",
    "he'd rather die than eat that hospital jelly again",
])
def test_the_idioms_still_read_plainly(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


# --- a cold reading of round 33's own rules: no urgent answer for everyday words --------------------------------

@pytest.mark.parametrize("text", [
    "i wont make it to my appointment tomorrow, the bus is cancelled. ok bye",
    "we are checking out early on friday, the ward said i can go home",
    "no heart attack",
    "is it sepsis",
    "the wait for my bone marrow match is killing me",
    "i'd rather die than watch another episode of that quiz show",
])
def test_everyday_words_near_a_new_rule_get_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", ["another stroke help", "massive heart attack", "bad head injury"])
def test_a_bare_name_with_a_word_of_severity_is_an_emergency(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None


def test_a_past_heart_attack_told_bare_is_no_emergency_answer(bot) -> None:  # noqa: ANN001
    # (his history or today's news: the possible-emergency line first, not the emergency answer)
    assert bot.safety_decision("my grandad had a heart attack").urgent is None


def test_a_slip_of_being_daft_is_said_plainly_and_worthlessness_is_not() -> None:
    assert "cross with myself" in safety_normal("i could kill myself for being so daft, i left my bag on the bus")
    assert "cross with myself" not in safety_normal("i could kill myself for being such a useless waste")


def test_nothing_left_to_do_but_wait_is_no_preparation() -> None:
    from marrowbot.understanding.safety_plan import prepared
    assert not prepared(safety_normal("there is nothing left to do but wait for the scan"))
    assert prepared(safety_normal("i sorted my papers so nobody has to deal with it after"))
