"""Round 34, understanding real questions: yes/no questions in lay words, a condition offered as one of the causes,
mixed English and Spanish, a plan to ask the doctor before a question (messages written for these tests in our own
words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask

from marrowbot.language import spanish_word
from marrowbot.text.questions import REFERS_BACK, tells_own_complaint


def test_a_name_spelt_in_full_is_not_read_loosely_as_part_of_a_longer_one(bot) -> None:  # noqa: ANN001
    # "necrosis ... the marrow" later in the message once read as a longer name no document used: not covered
    answer = _ask(bot, "is bone marrow necrosis when the cells of the marrow die?")
    assert not answer.abstained
    assert answer.topic == "bone-marrow-necrosis"
    assert answer.intent == "definition"


def test_a_yes_no_question_offering_a_meaning_asks_what_it_is(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "so is myelofibrosis where the marrow slowly fills up with scarring?")
    assert answer.intent == "definition"
    assert "scar" in answer.text


def test_the_marrow_described_in_lay_words_is_the_marrow(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "is the bone marrow that squishy stuff inside our bones?")
    assert not answer.abstained
    assert "spongy tissue" in answer.text


def test_a_spanish_word_before_an_english_name_is_no_part_of_it(bot) -> None:  # noqa: ANN001
    assert spanish_word("tiene") and not spanish_word("disease")
    answer = _ask(bot, "hello, mi papá tiene bone marrow necrosis, how do they treat it?")
    assert not answer.abstained
    assert answer.topic == "bone-marrow-necrosis"
    assert answer.intent == "treatment"


def test_a_word_of_joining_before_a_name_is_no_part_of_it(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "could an infection be behind bone marrow necrosis in kids?")
    assert not answer.abstained
    assert answer.topic == "bone-marrow-necrosis"


def test_a_condition_offered_as_one_of_the_causes_keeps_the_conversation(bot) -> None:  # noqa: ANN001
    assert REFERS_BACK.search("is tuberculosis one of the causes")
    assert not REFERS_BACK.search("what is the cause of tuberculosis")
    answer = _ask(bot, "what causes bone marrow necrosis", "and tuberculosis, is that among the causes?")
    assert answer.topic == "bone-marrow-necrosis"
    assert "tuberculosis" in answer.text


def test_a_plan_to_ask_the_doctor_is_no_complaint_of_ones_own(bot) -> None:  # noqa: ANN001
    assert not tells_own_complaint("alright ill call his doctor tomorrow what signs do we look for")
    assert tells_own_complaint("ill call my doctor my knee is swollen")
    answer = _ask(bot, "what is bone marrow necrosis",
                  "fine, we are going to call the specialist. what signs should the family look out for")
    assert answer.intent == "symptoms"
    assert "bone pain" in answer.text


def test_advice_about_ones_own_marrow_is_refused_not_called_uncovered(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "can you tell me if my marrow is giving up, my ribs have been killing me since summer")
    assert answer.intent in ("personal_advice", "symptom_check")


def test_another_kinds_word_besides_a_name_is_not_asking_what_it_is(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis",
                  "right, and what about marrow diseases overall, how do doctors treat those")
    assert answer.intent == "treatment"
    assert answer.topic == "bone-marrow-diseases"


def test_whether_doctors_can_put_it_right_asks_for_the_treatment(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "the doctors can fix it for him?")
    assert answer.intent == "treatment"


def test_how_they_check_in_lay_words_asks_for_the_tests(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what are bone marrow diseases", "how do they check for that, with a needle in the hip?")
    assert answer.intent == "diagnosis"
