"""Round 50: with no condition named and none in the conversation, a question no seed sentence answers is answered
from a library page whose sentence says every word asked, together near its start, in its summary or a section of
the kind asked ("what is the normal range for platelets": "A normal platelet count ranges from ..."), instead of an
abstention. A thing a library sentence names only in passing, or with the words of its name apart, stays out of
scope."""

from __future__ import annotations

import pytest

from marrowbot import Session
from marrowbot.respond_library import RULE_LIBRARY, _together
from marrowbot.text import terms


@pytest.mark.parametrize("text", [
    "whats the normal range of a platelet count",
    "what is a normal platelet range",
    "what is the normal platelet count range",
])
def test_a_blood_count_range_is_answered_from_the_library(bot, text: str) -> None:  # noqa: ANN001
    a = bot.ask(text, Session())
    assert not a.abstained
    assert "150,000 to 450,000" in a.text
    assert RULE_LIBRARY in a.explanation.rules


@pytest.mark.parametrize("text", [
    "is high blood pressure dangerous",
    "what is the normal range for blood pressure",
    "what is bone cancer",
    "which shampoo is best for dandruff",
    "is heart disease common in older people",
])
def test_things_the_library_names_in_passing_stay_out_of_scope(bot, text: str) -> None:  # noqa: ANN001
    a = bot.ask(text, Session())
    assert a.abstained
    assert RULE_LIBRARY not in a.explanation.rules


def test_the_words_asked_must_stand_together_near_the_start() -> None:
    asked = terms("platelet range")
    assert _together(asked, terms("A normal platelet count ranges from 150,000 to 450,000"))
    assert not _together(terms("high blood pressure"),
                         terms("Have risk factors for heart disease, such as high blood cholesterol, high blood "
                               "pressure, or diabetes"))
    assert not _together(terms("bone cancer"), terms("Cancer that started elsewhere can spread to the bone"))


def test_a_conversation_topic_is_not_left_for_the_library(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is aplastic anemia", s)
    a = bot.ask("and what is the normal range for platelets", s)
    assert RULE_LIBRARY not in a.explanation.rules


def test_a_word_let_go_as_a_new_subject_is_not_read_in_any_library_page(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what causes aplastic anemia", s)
    a = bot.ask("my doctor wrote that mine is 'acquired', what does acquired mean in that", s)
    assert RULE_LIBRARY not in a.explanation.rules
    assert a.topic != "polycythemia-vera-gard"
