"""Round 39, false alarms: a medicine named as the person's treatment ("an itchy scalp since starting the tablets",
"las pastillas de hierro") is no crisis concept of something swallowed; the Spanish "tengo" is no amount ("ten"); an
apology for the writing itself ("disculpad el rollo", "sorry for the essay") is no farewell; a general question about
emergencies (telling two apart, a first aid class, "pongamos que ..."), killing said of someone else in exasperation
and self-harm denied after a Spanish pronoun ("no me voy a hacer daño") get no urgent answer. Pills taken in an
amount, a farewell asking forgiveness, killing another and oneself and an emergency told now after a question stay
urgent."""

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


@pytest.mark.parametrize("text", [
    "what is the difference between a panic attack and a heart attack?",
    "in our cpr class we practised what to do when someone stops breathing, how long do you keep going?",
    "pongamos que a mi padre le da un mareo en la calle, ¿lo siento o lo tumbo?",
])
def test_a_question_about_emergencies_in_general_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


def test_a_question_with_an_emergency_told_now_stays_urgent(bot) -> None:  # noqa: ANN001
    text = "what is the difference between a faint and a seizure? my dad just collapsed and he is jerking all over"
    assert bot.safety_decision(text).urgent == "emergency"


@pytest.mark.parametrize("text", [
    "i swear i am going to strangle my flatmate, he left the dishes again",
    "voy a matar a mi hermano, se terminó el café otra vez",
])
def test_killing_said_of_someone_else_in_exasperation_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


def test_killing_another_and_oneself_stays_a_crisis(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("i am going to kill my husband and then myself tonight").urgent == "crisis_now"


def test_self_harm_denied_after_a_spanish_pronoun_gets_no_urgent_answer(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("no me voy a hacer daño, tranquila, solo necesito desahogarme un rato").urgent is None


def test_a_wish_denied_is_read_as_denied_but_indifference_to_dying_is_not() -> None:
    from marrowbot.text.safety_absent import denials
    from marrowbot.understanding.safety_plan import wish_denied

    def affirmed(text: str) -> tuple[str, str]:
        ws = safety_normal(text).split()
        return " ".join(ws), " ".join("_" if n else w for w, n in zip(ws, denials(ws, True)))

    assert wish_denied(*affirmed("no pienso en quitarme la vida, solo estoy cansado"))
    assert not wish_denied(*affirmed("si mañana me atropellara un camión, sinceramente no me importaría"))
    assert not wish_denied(*affirmed("me quiero morir"))


def test_a_spanish_dated_past_gets_no_urgent_answer_and_a_choking_now_stays_urgent(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("mi hija se ahogó con un caramelo a los 4 años, se lo sacaron, ahora tiene 12").urgent \
        is None
    assert bot.safety_decision("mi hija de 4 años se ahoga con un caramelo y se está poniendo morada").urgent \
        == "emergency"
