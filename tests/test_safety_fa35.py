"""Round 35, false alarms: a message whose every alarming sign is denied or said to be normal (text/safety_absent.py),
read clause by clause, gets no urgent answer, in English and Spanish; a Spanish question about what something can
cause, or a case imagined of anyone ("si alguien ..."), gets none either. The same signs told as present, a normal
word negated ("not breathing normally"), or a denial that ends at a comma before a sign stay urgent."""

from __future__ import annotations

import pytest

from marrowbot.text.safety_absent import denials, fine_now
from marrowbot.text.safety_hypothetical import decision_frames


@pytest.mark.parametrize("text", [
    "my little one is breathing normally and his colour is good, just a blocked nose from his cold",
    "after the wasp sting there's no puffiness in his face, no wheeze and no hives, that was two hours ago",
    "grandma took a tumble in the garden but she is totally fine, no knock to the head, no blood, no soreness",
    "su temperatura esta normal y respira bien, solo tiene mocos desde ayer",
])
def test_every_sign_denied_or_normal_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "la anemia fuerte puede provocar un infarto en personas mayores?",
    "si alguien se desmaya en la sala de espera, que deberia hacer uno mientras llega la ayuda",
])
def test_a_spanish_question_about_a_sign_gets_no_urgent_answer(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is None


@pytest.mark.parametrize("text", [
    "my wife is not breathing normally and her lips look grey",
    "le puse la inyeccion de adrenalina y aun sin poder respirar bien, que hago",
    "he's having a bad reaction right now, no epipen in the house, tongue swelling up",
    "my dad was speaking fine at lunch and now his words come out scrambled and his face droops",
    "si alguien me puede ayudar, mi mama no reacciona y no respira",
])
def test_the_same_signs_told_now_stay_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None


def test_a_sign_said_normal_counts_as_denied_but_not_when_negated() -> None:
    assert denials("she is breathing normally".split()) == [False, False, True, True]
    assert not any(denials("she is not breathing normally".split())[3:])
    assert fine_now("he is absolutely fine no bleeding") and not fine_now("he was talking fine and now he is not")


def test_the_spanish_decision_frames() -> None:
    def frames(*clauses: str) -> frozenset[str]:
        return decision_frames(clauses, " ".join(clauses), lambda normal: "morir" in normal)
    assert frames("si alguien tiene una convulsion que hay que hacer") == {"hypothetical"}
    assert frames("si alguien me puede ayudar mi esposo no despierta") == frozenset()
    assert frames("las plaquetas bajas pueden causar un derrame") == {"asking"}
    # only a message all of whose clauses the reading frames, and none that names a crisis
    assert frames("mi madre tiene la boca torcida", "la anemia puede causar eso") == frozenset()
    assert frames("si alguien quiere morir cuantas necesita") == frozenset()
