"""Worried follow-ups in a conversation, end to end: whether someone will be well, what the doctors will do for
them, whether a complaint is part of it, and a condition's name said without the word that starts it. The messages
are our own, written for these tests (none from the development sets)."""

from __future__ import annotations

import pytest

from marrowbot import Session


def _after(bot, first: str, then: str):  # noqa: ANN001, ANN202
    s = Session()
    bot.ask(first, s)
    return bot.ask(then, s)


@pytest.mark.parametrize("then", [
    "will my grandmother be alright?",
    "is he gonna be okay, be honest with me",
])
def test_whether_someone_will_be_well_gets_the_pages_general_outlook(bot, then: str) -> None:  # noqa: ANN001
    a = _after(bot, "my gran's biopsy showed bone marrow necrosis, what is that", then)
    assert a.intent == "prognosis"
    assert a.topic == "bone-marrow-necrosis"  # the conversation's condition stays
    assert not a.abstained
    assert "depends on the age" in a.text  # what the page says of the outlook, for anyone


def test_whether_someone_will_be_well_with_a_care_decision_stays_personal_advice(bot) -> None:  # noqa: ANN001
    a = _after(bot, "what is bone marrow necrosis", "should my dad skip his next chemo, will he be fine?")
    assert a.intent == "personal_advice"


def test_whether_someone_will_be_well_without_an_outlook_section_is_personal_advice(bot) -> None:  # noqa: ANN001
    a = bot.ask("my brother has MDS, will he be okay?", Session())
    assert a.intent == "personal_advice"


@pytest.mark.parametrize("then", [
    "so what will the doctors do for my aunt",
    "and how do they cure it",
])
def test_what_the_doctors_will_do_asks_the_treatment(bot, then: str) -> None:  # noqa: ANN001
    a = _after(bot, "tell me about bone marrow necrosis", then)
    assert a.intent == "treatment"
    assert a.topic == "bone-marrow-necrosis"


def test_what_a_test_does_with_a_sample_is_no_treatment_question(bot) -> None:  # noqa: ANN001
    a = _after(bot, "tell me about bone marrow necrosis", "what do they do with the marrow they take out")
    assert a.intent != "treatment"


def test_a_complaint_told_of_no_one_asked_as_part_of_it_gets_the_symptoms(bot) -> None:  # noqa: ANN001
    a = _after(bot, "what is bone marrow necrosis", "and feeling feverish on and off, is that part of it?")
    assert a.intent == "symptoms"
    assert a.topic == "bone-marrow-necrosis"


def test_a_relatives_complaint_asked_as_part_of_it_is_still_a_symptom_check(bot) -> None:  # noqa: ANN001
    a = _after(bot, "what is bone marrow necrosis", "my uncle keeps running a fever, is that part of it?")
    assert a.intent == "symptom_check"


def test_a_name_said_without_its_first_qualifier_is_that_condition(bot) -> None:  # noqa: ANN001
    a = bot.ask("could you explain myeloproliferative neoplasms to me", Session())
    assert a.topic == "chronic-myeloproliferative-neoplasms-nci"
    assert not a.abstained


def test_a_longer_name_ending_the_same_way_keeps_its_own_page(bot) -> None:  # noqa: ANN001
    a = bot.ask("could you explain myelodysplastic/myeloproliferative neoplasms to me", Session())
    assert a.topic == "myelodysplastic-myeloproliferative-neoplasms-nci"


@pytest.mark.parametrize("then", ["could radiation do that too?", "and an infection can make this also?"])
def test_whether_another_thing_brings_it_on_as_well_asks_the_causes(bot, then: str) -> None:  # noqa: ANN001
    a = _after(bot, "what is bone marrow necrosis", then)
    assert a.intent == "causes"
    assert a.topic == "bone-marrow-necrosis"


def test_whether_a_person_pulls_through_as_well_is_no_cause_question(bot) -> None:  # noqa: ANN001
    a = _after(bot, "what is bone marrow necrosis", "will my little girl make it too")
    assert a.intent != "causes"
