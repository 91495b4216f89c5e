"""The safety screen in Spanish (issue 9, round 34): a "no" whose verb is the symptom, "nadie" before an act, time
long gone, endings told in Spanish, idioms of tiredness and shame, and the signs of a stroke or of not coming round;
each family with twins that must stay urgent or stay calm."""

from __future__ import annotations

import pytest

from marrowbot.text.safety import frame, negated, safety_normal, without_idioms
from marrowbot.text.safety_endings import over, stopped
from marrowbot.understanding.safety_plan import crisis_said

URGENT = ("emergency", "poisoning", "crisis", "crisis_now")


def _denied(text: str) -> list[str]:
    ws = safety_normal(text).split()
    return [w for w, n in zip(ws, negated(ws)) if n]


# --- negation: the "no" that IS the symptom, past a pronoun or two ------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("a mi tio la cortada no le deja de sangrar", "sangrar"),
    ("no se le quita el dolor de cabeza", "dolor"),
    ("mi abuelo ya no reconoce a sus hijos", "reconoce"),
    ("a la nena no le baja la fiebre", "fiebre"),
])
def test_a_spanish_no_before_a_verb_of_the_symptom_denies_nothing(text: str, word: str) -> None:
    assert word not in _denied(text)


@pytest.mark.parametrize(("text", "word"), [
    ("no le volvio a dar convulsiones", "convulsiones"),
    ("no me duele el pecho", "pecho"),
    ("nadie se trago las pastillas, estaban contadas", "pastillas"),
])
def test_a_spanish_denial_still_denies(text: str, word: str) -> None:
    assert word in _denied(text)


# --- frames: months ago and "hoy estoy bien" are no emergency now --------------------------------------------------

@pytest.mark.parametrize("text", [
    "hace tres meses me internaron por una neumonia",
    "hace unas semanas mi hermana se desmayo en misa",
])
def test_months_or_weeks_ago_is_the_past(text: str) -> None:
    assert "past" in frame(safety_normal(text))


def test_for_a_month_now_is_no_past() -> None:
    assert "past" not in frame(safety_normal("desde hace un mes me falta el aire al subir escaleras"))


@pytest.mark.parametrize(("text", "now"), [
    ("hace anos tuve una embolia pero hoy estoy muy bien", False),
    ("hace anos tuve una embolia y hoy me volvio a doler el pecho", True),
])
def test_today_is_now_unless_it_is_the_state_today(text: str, now: bool) -> None:
    assert ("now" in frame(safety_normal(text))) is now


@pytest.mark.parametrize("text", [
    "me dio una alergia fuerte en marzo pero ya paso",
    "anoche me ardia el pecho pero era reflujo",
    "ya se le quito la calentura a mi hijo",
])
def test_a_spanish_ending_says_it_is_over(text: str) -> None:
    assert stopped(safety_normal(text)) or over(safety_normal(text))


def test_time_gone_by_is_no_ending() -> None:
    assert not stopped(safety_normal("ya paso media hora y la herida sigue sangrando"))


# --- idioms ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("llegue muerto de sueno del turno de noche", "muerto"),
    ("me quiero morir de la risa con el perro", "morir"),
    ("el trafico me mata todos los dias, tres horas de camino", "mata"),
])
def test_a_spanish_idiom_is_said_plainly(text: str, gone: str) -> None:
    assert gone not in without_idioms(safety_normal(text)).split()


def test_yo_is_a_pronoun_in_spanish_and_an_age_after_a_number() -> None:
    assert "yo" in safety_normal("no se si yo puedo donar").split()
    assert "year old" in safety_normal("my 4 yo has a rash")


def test_not_minding_death_in_spanish_is_a_wish() -> None:
    assert crisis_said(safety_normal("si me muriera manana me daria igual")) == "wish"
    assert crisis_said(safety_normal("si me muriera quien pagaria la renta")) is None


# --- the whole decision: twins that must stay urgent and stay calm ------------------------------------------------

@pytest.mark.parametrize("text", [
    "a mi suegra se le ve la boca chueca y no puede levantar el brazo",
    "de pronto deje de ver por un ojo, todo negro",
    "mi tio se desvanecio en la cocina y sigue sin volver en si",
    "la cortada del dedo no deja de sangrar, ya van dos trapos empapados",
    "mi abuela con infeccion ya no reconoce a nadie y esta muy fria",
    "no encuentro ninguna razon para vivir, de verdad",
])
def test_a_spanish_emergency_or_crisis_stays_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent in URGENT


@pytest.mark.parametrize("text", [
    "hace dos anos a mi tia le dio un infarto, ahora esta recuperada y camina todos los dias",
    "anteayer senti un dolor en el pecho pero era acidez, me revisaron y me mandaron a casa",
    "no tengo dificultad para respirar, nada mas una tos que va y viene",
    "ando muerta de cansancio con la mudanza, cuantas horas debo dormir con anemia?",
])
def test_a_spanish_calm_twin_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None
