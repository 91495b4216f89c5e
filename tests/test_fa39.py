"""Round 39, false alarms: a medicine named as the person's treatment ("a rash from the new capsules... tablets",
"con las pastillas de siempre") is no crisis concept of something swallowed; the Spanish "tengo", "tenía" and "tener"
are no amount ("ten"); an apology for the writing itself ("perdón por el mensaje", "disculpad el rollo") is no
farewell. None of these gets an urgent answer; an overdose told with an amount, a farewell asking forgiveness and a
wish to die with the pills to hand stay crises."""

from __future__ import annotations

import pytest

from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_courtesy import without_apology
from marrowbot.understanding.safety_means import AMOUNT, medicine_only


@pytest.mark.parametrize("text", [
    "tengo las uñas quebradizas desde que empecé con las pastillas de hierro, ¿se lo digo al hematólogo?",
    "my only gripe at the moment is an itchy scalp since starting the tablets, is there a shampoo that helps?",
    "le pongo a mi padre un pastillero con las pastillas de la semana, ¿conviene tomarlas con comida?",
])
def test_a_medicine_named_as_treatment_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "Disculpad el rollo, os escribo con calma. Mi tía tiene anemia aplásica y está mejor, sin fiebre y sin "
    "sangrados. Lo que le molesta es el sabor metálico de la comida. ¿Hay algo que ayude con eso?",
    "Sorry for the essay. My dad's counts are steady, no temperature and no bruising this week, the nurse is happy. "
    "What's a good snack for him between meals?",
])
def test_an_apology_for_the_writing_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "me tomé todas las pastillas de dormir que tenía, treinta o así",
    "just swallowed forty of my tablets and i want it all to stop",
])
def test_pills_taken_in_an_amount_stay_a_crisis(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent in ("crisis", "crisis_now")


def test_a_farewell_asking_forgiveness_stays_a_crisis(bot) -> None:  # noqa: ANN001
    decision = bot.safety_decision("perdonadme por todo, ya no puedo más, esta noche me voy para siempre")
    assert decision.urgent in ("crisis", "crisis_now")


def test_tengo_is_no_amount_but_ten_is() -> None:
    assert AMOUNT.search(safety_normal("tengo tos y he tenido que tener paciencia")) is None
    assert AMOUNT.search(safety_normal("took ten of them")) is not None
    assert AMOUNT.search(safety_normal("fifteen pills")) is not None


def test_a_medicine_noun_alone_is_only_the_treatment() -> None:
    assert medicine_only("a rash since the new tablets")
    assert not medicine_only("i have thirty tablets here")
    assert not medicine_only("i took my tablets")
    assert not medicine_only("thinking of an overdose of my pills")


def test_only_the_apology_for_the_writing_is_read_away() -> None:
    assert "perdon" not in without_apology(safety_normal("Perdón por los errores, escribo desde el móvil"))
    assert "perdon" in without_apology(safety_normal("perdón por todo, os quiero"))
