"""How long messages and follow-ups are read: which condition a message is about when its story names several things,
and which kind of question its asking clause puts (messages written for these tests, not taken from any set)."""

from __future__ import annotations

import pytest

from marrowbot import Session
from marrowbot.understanding.topics import SENTENCE_END


def _after(bot, first: str, then: str):  # noqa: ANN001, ANN202
    session = Session()
    bot.ask(first, session)
    return bot.understander.understand(then, session)


@pytest.mark.parametrize("then", [
    "the team wants to sort out the other disease first. why cant they just repair the marrow",
    "they said the disease behind it matters most. so why not treat the marrow itself",
])
def test_a_names_words_in_two_sentences_out_of_order_do_not_switch_the_topic(bot, then: str) -> None:  # noqa: ANN001
    u = _after(bot, "what is bone marrow necrosis", then)
    assert u.doc == "bone-marrow-necrosis"


def test_a_name_said_in_pieces_in_its_order_still_counts(bot) -> None:  # noqa: ANN001
    found = bot.understander.topics.candidates("the scan showed bone marrow?? necrosis?? what now")
    assert found and found[0].doc == "bone-marrow-necrosis"
    assert SENTENCE_END.split("one. two? three") == ["one", "two", "three"]


def test_the_conversations_own_marrow_is_not_a_new_subject(bot) -> None:  # noqa: ANN001
    u = _after(bot, "what is bone marrow necrosis", "can the marrow itself heal after that")
    assert u.doc == "bone-marrow-necrosis"
    u = _after(bot, "what is bone marrow necrosis", "and what is bone marrow exactly")
    assert u.intent == "definition"  # what it is: still asked


@pytest.mark.parametrize("then", [
    "she bruises so easily now and gets nosebleeds, is that from it",
    "her gums bleed a lot lately. could that be part of it?",
])
def test_complaints_asked_as_coming_from_the_condition_ask_its_symptoms(bot, then: str) -> None:  # noqa: ANN001
    u = _after(bot, "what is aplastic anemia", then)
    assert u.intent == "symptoms" and u.doc is not None and "aplastic" in u.doc


def test_a_condition_that_makes_the_marrow_die_asks_how_they_relate(bot) -> None:  # noqa: ANN001
    u = bot.understander.understand("is it true that leukemia can make the marrow die", Session())
    assert u.doc == "bone-marrow-necrosis"
    # the marrow in which the cancer cells die is no dying marrow, however it is asked
    u = bot.understander.understand("the leukemia cells in the marrow die with chemo, right?", Session())
    assert u.doc != "bone-marrow-necrosis"


def test_another_condition_said_with_the_conversations_own_words_relates_to_it(bot) -> None:  # noqa: ANN001
    u = _after(bot, "what is bone marrow necrosis", "could sickle cell do something to the marrow?")
    assert u.doc == "bone-marrow-necrosis" and u.followup
    u = _after(bot, "what is bone marrow necrosis", "what is sickle cell disease")
    assert u.doc != "bone-marrow-necrosis"  # asked of whole, it is a new subject


def test_what_else_can_do_that_asks_other_causes(bot) -> None:  # noqa: ANN001
    u = _after(bot, "can chemo drugs cause bone marrow necrosis", "what else can do that")
    assert u.intent == "causes" and u.doc == "bone-marrow-necrosis"
