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


@pytest.mark.parametrize(("first", "then"), [
    ("what is bone marrow necrosis", "i have had bone pain and a fever for a week, could that be from it"),
    ("what is aplastic anemia", "i keep getting bruises and im exhausted all the time, could this be from it"),
    ("what is aplastic anemia", "my dad sprayed pesticides for years and now his gums bleed, are those part of it"),
    ("what is aplastic anemia",
     "my mom takes a lot of ibuprofen and now has nosebleeds and is tired all the time, is that from it"),
    ("what is myelofibrosis", "my spleen is big and i sweat at night, is that caused by it"),
    ("what is leukemia", "my son is pale and bruising a lot and has fevers, are these a sign of the disease"),
    ("what is aplastic anemia", "she bruises so easily now and gets nosebleeds, is that from it"),
])
def test_a_persons_complaints_asked_as_coming_from_the_condition_stay_a_symptom_check(
        bot, first: str, then: str) -> None:  # noqa: ANN001
    # Never the condition's bare symptom list: the caution first and last, and only sentences naming a told symptom.
    session = Session()
    bot.ask(first, session)
    a = bot.ask(then, session)
    assert a.intent == "symptom_check"
    assert bot.messages.symptom_check in a.lead and a.after == bot.messages.symptom_check_after
    for s in a.snippets:  # (of the conversation's condition only)
        assert bot.corpus.document(s.doc).title == bot.corpus.document(session.topic or "").title


def test_complaints_asked_of_no_one_as_coming_from_the_condition_ask_its_symptoms(bot) -> None:  # noqa: ANN001
    u = _after(bot, "what is aplastic anemia", "are bruising and nosebleeds part of it?")
    assert u.intent == "symptoms" and u.doc is not None and "aplastic" in u.doc


def test_a_condition_that_makes_the_marrow_die_asks_how_they_relate(bot) -> None:  # noqa: ANN001
    u = bot.understander.understand("is it true that leukemia can make the marrow die", Session())
    assert u.doc == "bone-marrow-necrosis"
    u = bot.understander.understand("can sickle cell cause the marrow to die", Session())
    assert u.doc == "bone-marrow-necrosis"
    # the marrow in which the cancer cells die is no dying marrow, however it is asked; nor is a treatment's effect
    for text in ("the leukemia cells in the marrow die with chemo, right?",
                 "does chemo for leukemia make the marrow cells die?", "can leukemia make you need donated blood?"):
        u = bot.understander.understand(text, Session())
        assert u.doc is not None and "leukemia" in u.doc, text


def test_a_treatment_making_the_marrow_die_keeps_the_condition_for_what_follows(bot) -> None:  # noqa: ANN001
    session = Session()
    bot.ask("does chemo for leukemia make the marrow cells die?", session)
    a = bot.ask("how is it treated", session)
    assert a.topic is not None and "leukemia" in a.topic


def test_a_name_split_across_sentences_with_no_topic_yet_still_counts(bot) -> None:  # noqa: ANN001
    u = bot.understander.understand("my anemia got worse. the doctor said aplastic, what does that mean", Session())
    assert u.doc is not None and "aplastic" in u.doc


def test_another_condition_said_with_the_conversations_own_words_relates_to_it(bot) -> None:  # noqa: ANN001
    u = _after(bot, "what is bone marrow necrosis", "could sickle cell do something to the marrow?")
    assert u.doc == "bone-marrow-necrosis" and u.followup
    u = _after(bot, "what is bone marrow necrosis", "what is sickle cell disease")
    assert u.doc != "bone-marrow-necrosis"  # asked of whole, it is a new subject


def test_what_else_can_do_that_asks_other_causes(bot) -> None:  # noqa: ANN001
    u = _after(bot, "can chemo drugs cause bone marrow necrosis", "what else can do that")
    assert u.intent == "causes" and u.doc == "bone-marrow-necrosis"


def test_what_else_can_do_that_asks_other_causes_whatever_the_models_guess(bot) -> None:  # noqa: ANN001
    session = Session()
    bot.ask("tell me about paroxysmal nocturnal hemoglobinuria", session)
    bot.ask("can leukemia cause it", session)
    assert bot.ask("and what else can do that", session).intent == "causes"
