"""Round 41, conversations: whether a condition passes from person to person is asked with its causes ("is it
catching"); a last sentence asking what a newly named condition is turns to it, whatever the sentences before it
point back at; conditions said in everyday words ("low blood", "thick blood", "scarred marrow"); "is X a bone
marrow disease" goes on about X; "whats a CBC thanks" asks what a CBC is (messages written for these tests in our
own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_whether_a_condition_is_catching_asks_how_people_get_it_not_its_outlook(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is bone marrow necrosis", "is it catching")
    assert a.intent == "causes" and a.topic == "bone-marrow-necrosis"
    assert a.abstained and "don't say" in a.text  # (honestly: the page says nothing of it)


def test_catching_it_from_a_person_keeps_the_conversations_condition(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is hemolytic uremic syndrome", "could my kids catch it off me")
    assert a.intent == "causes" and a.topic is not None and a.topic.startswith("hemolytic-uremic-syndrome")


def test_a_last_sentence_asking_what_a_new_condition_is_turns_to_it(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is bone marrow necrosis",
             "your answer mentions tuberculosis in it. what is tuberculosis")
    assert not a.abstained and a.topic is not None and a.topic.startswith("tuberculosis")


def test_low_blood_in_everyday_words_is_anemia_and_the_conversation_stays_on_it(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "my nan was told she has low blood, what does that mean")
    assert not a.abstained and a.topic is not None and a.topic.startswith("anemia")
    a = _ask(bot, "my nan was told she has low blood, what does that mean", "and what brings it on")
    assert not a.abstained and a.intent == "causes" and a.topic is not None and a.topic.startswith("anemia")


def test_what_about_thick_blood_turns_from_anemia_to_polycythemia_vera_and_stays(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is anemia", "what about thick blood")
    assert not a.abstained and a.topic is not None and a.topic.startswith("polycythemia-vera")
    a = _ask(bot, "what is anemia", "what about thick blood", "why is thick blood a worry")
    assert a.topic is not None and a.topic.startswith("polycythemia-vera")


def test_scarred_marrow_in_everyday_words_is_myelofibrosis(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "could a persons marrow become scarred")
    assert not a.abstained and a.topic is not None and "myelofibrosis" in a.topic
    assert "scar" in a.text


def test_is_x_a_bone_marrow_disease_goes_on_about_x(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "would you call aplastic anemia a bone marrow disease", "and what brings it on")
    assert not a.abstained and a.intent == "causes" and a.topic is not None and a.topic.startswith("aplastic-anemia")


def test_asking_what_a_test_is_with_thanks_after_it_is_a_question(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is a CBC thank you")
    assert a.intent not in ("thanks", "goodbye") and not a.abstained
    assert "blood" in a.text.lower()


def test_whether_a_relative_can_donate_is_answered_by_the_sentence_on_donors(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about bone marrow transplants", "could a relative of mine donate")
    assert not a.abstained and "family member" in a.text


def test_when_a_condition_starts_is_answered_by_when_it_becomes_apparent(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about diamond blackfan anemia", "when would it normally begin")
    assert not a.abstained and "first year of life" in a.text


def test_is_it_infectious_is_not_answered_by_infection_as_a_cause(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is bone marrow necrosis", "is it infectious, can my kids get it from me")
    assert "infection" not in a.text.split("Sources")[0].lower()
