"""Round 47, the kind of question as people put it: a term asked inside a polite request or named as a word, whether
an illness comes back or goes away, and whether a condition named in full is catching."""

from __future__ import annotations

from conftest import ask_all

from marrowbot import Session


def test_a_term_asked_inside_a_polite_request_is_explained(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "hello, i'm studying nursing. could you please explain what a platelet is?")
    assert answer.intent == "definition"
    assert not answer.abstained
    assert "platelet" in answer.text.lower()


def test_a_word_named_as_a_word_is_the_condition_it_heads(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "the term necrosis was on my dad's results and it frightens me, what does that mean")
    assert answer.intent == "definition"
    assert answer.topic == "bone-marrow-necrosis"
    assert not answer.abstained


def test_whether_an_illness_comes_back_is_its_outlook(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "what is leukemia", "after the chemo ends does it usually come back")
    assert answer.intent == "prognosis"
    assert not answer.abstained


def test_whether_an_illness_goes_away_by_itself_is_its_outlook_but_a_symptom_going_away_is_not(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is sickle cell disease", s)
    assert bot.ask("can it clear up by itself as kids get older", s).intent == "prognosis"
    assert bot.ask("will the pain go away", s).intent != "prognosis"


def test_whether_a_condition_named_in_full_is_catching_is_how_people_get_it(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "is polycythemia vera catching? my flatmate wants to know")
    assert answer.intent == "causes"
