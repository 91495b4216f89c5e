"""A plan or means word lifts a possible crisis to an urgent one only with a crisis concept named, the writer at the
means or a clear crisis detector: a fall from a roof is an emergency, a care plan or a plan made with a counsellor is
no crisis plan, and a denial of one act does not cancel a second act told (understanding.safety.decide)."""

import pytest


@pytest.mark.parametrize("text", [
    "mi hermano se resbalo del techo de la casa y no puede mover las piernas",
    "my neighbour fell off his roof clearing the gutters and he cant feel his legs",
])
def test_a_fall_from_a_roof_is_an_emergency_not_a_crisis(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent == "emergency"


@pytest.mark.parametrize("text", [
    "the nurse helped us write a care plan for when his temperature goes up",
    "my counsellor and i made a plan together for the bad days, i feel steady now",
    "grandma is still planning her vegetable patch for spring even though she says she's exhausted",
])
def test_a_care_plan_or_an_everyday_plan_never_gets_the_emergency_number(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent != "crisis_now"


@pytest.mark.parametrize("text", [
    "i'm on the roof of the car park and i can't do this anymore",
    "tengo la cuerda en la mano y ya no quiero seguir",
    "i have a plan to end it this weekend",
])
def test_a_crisis_with_the_means_or_a_plan_keeps_both_numbers(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent == "crisis_now"


@pytest.mark.parametrize("text", [
    "no me tome el jarabe, pero me inyecte toda la insulina que tenia",
    "no se trago la pastilla, se bebio todo el frasco de morfina",
    "no me tome las pastillas de la presion, pero me trague todas las de dormir",
])
def test_a_denied_act_does_not_cancel_a_second_act_told(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent == "crisis_now"


def test_an_amount_of_a_drug_taken_beside_a_denial_is_urgent(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("no se tomo nada, se inyecto todo el fentanilo").urgent is not None


def test_pills_counted_and_none_missing_stay_calm(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("i counted every tablet and none are missing, nobody swallowed any").urgent is None
