"""Round 44, conversations: the rules after the models (messages written for these tests in our own words, not taken
from any set). A verb said after who does it ("can you catch ...", "do kids outgrow ...") is no part of a longer
name the documents never use, so the condition named after it is still answered, and the conversation goes on
about it; whether one can catch a named condition is read as how people get it (its causes)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_can_you_catch_a_named_condition_is_about_that_condition(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "could you catch bone marrow necrosis off a relative")
    assert a.topic == "bone-marrow-necrosis" and a.intent == "causes"
    assert "I don't have information about that" not in a.text
    # (a longer name the documents never use is still not covered)
    other = _ask(bot, "can you catch hairy cell leukemia")
    assert other.abstained and other.topic is None


def test_the_conversation_goes_on_about_a_condition_named_after_a_verb(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "can you catch bone marrow necrosis", "and does it hurt a lot")
    assert a.topic == "bone-marrow-necrosis" and not a.abstained
    assert "bone pain" in a.text


def test_can_people_catch_leukemia_gets_what_the_documents_say_of_its_causes(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "can people catch leukemia")
    assert a.intent == "causes" and not a.abstained
    assert "leukemia" in a.text.lower()




def test_telling_who_has_it_then_asking_in_general_is_a_question_about_it(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "my mother have leukemia, how is the treatment")
    assert a.intent == "treatment" and not a.abstained
    assert "can't tell you what is wrong" not in a.text


def test_a_sentence_from_a_summary_does_not_turn_a_question_about_what_it_does_into_what_it_is(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "does PNH give people blood clots")
    assert a.intent == "symptoms" and "blood clotting" in a.text
    b = _ask(bot, "tell me about PNH", "does it bring on blood clots")
    assert b.intent == "symptoms" and "blood clotting" in b.text
