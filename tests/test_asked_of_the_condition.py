"""What a message asks of a condition, as a user notices it in the answer: inheritance questions answered as
inheritance, a complaint asked of a named condition answered with its symptoms, the dying marrow named in plain
words found as bone marrow necrosis. Messages written for these tests."""

from __future__ import annotations

import pytest
from conftest import ask_all

from marrowbot import Session


@pytest.mark.parametrize(("first", "follow_up"), [
    ("what is fanconi anemia", "is it from the genes of one parent"),
    ("tell me about shwachman diamond syndrome", "is that inherited from mum or dad"),
])
def test_asking_if_it_comes_from_a_parent_is_an_inheritance_question(bot, first: str, follow_up: str) -> None:  # noqa: ANN001
    a = ask_all(bot, first, follow_up)
    assert a.intent == "genetics", (follow_up, a.intent)


@pytest.mark.parametrize("text", [
    "with myelofibrosis do your bones ache",
    "myelofibrosis, can you feel fine for years",
])
def test_a_complaint_asked_of_a_named_condition_gets_its_symptoms(bot, text: str) -> None:  # noqa: ANN001
    a = bot.ask(text, Session())
    assert a.intent == "symptoms", (text, a.intent)


@pytest.mark.parametrize("text", ["polycythemia vera?", "fanconi anemia", "myeloma is what kind of illness"])
def test_a_bare_name_still_asks_what_it_is(bot, text: str) -> None:  # noqa: ANN001
    # ("anemia" in a name is no complaint told)
    assert bot.ask(text, Session()).intent == "definition"


def test_a_complaint_asked_as_part_of_the_condition_is_its_symptoms(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is bone marrow necrosis", "being short of breath, is that part of it")
    assert a.intent == "symptoms" and a.topic == "bone-marrow-necrosis"


def test_a_relatives_complaint_asked_as_part_of_it_keeps_the_symptom_check(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is bone marrow necrosis", "my dad is short of breath, is that part of it")
    assert a.intent == "symptom_check"


@pytest.mark.parametrize("text", [
    "the scan found dead spots in her marrow, what could cause that",
    "which medicines are known to bring on marrow death",
])
def test_dying_marrow_in_plain_words_is_bone_marrow_necrosis(bot, text: str) -> None:  # noqa: ANN001
    assert bot.ask(text, Session()).topic == "bone-marrow-necrosis"


def test_cells_dying_in_someones_marrow_are_no_dying_marrow(bot) -> None:  # noqa: ANN001
    # (whose marrow may be said inside a phrase, "dead spots in her marrow"; what dies in it is still not the marrow)
    found = bot.understander.topics.lay_names.find("the doctor said the bad cells in his marrow are dying off now")
    assert found == ()


@pytest.mark.parametrize("text", [
    "could marrow necrosis turn up with tuberculosis",
    "bone marrow necrosis and lymphoma together?",
])
def test_a_short_question_naming_a_second_condition_asks_how_they_are_tied(bot, text: str) -> None:  # noqa: ANN001
    a = bot.ask(text, Session())
    assert a.intent == "causes", (text, a.intent)
    assert "associated" in a.text.lower()


@pytest.mark.parametrize("text", [
    "who gets the myelodysplastic syndrome",
    # (read as a definition from round 34 to 36; "tied to" asks how two things relate since round 37)
    "what is marrow necrosis tied to",
])
def test_a_short_question_in_anothers_kinds_words_is_not_read_as_what_it_is(bot, text: str) -> None:  # noqa: ANN001
    a = bot.ask(text, Session())
    assert a.intent == "causes", (text, a.intent)
