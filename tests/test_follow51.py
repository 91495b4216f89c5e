"""Short follow-ups keep the conversation's condition: an everyday word of how often or how likely ("tends",
"typically") is no unknown subject, and a group of people named in general ("can kids get them") asks who gets the
condition, answered from the conversation's page (round 51)."""

from __future__ import annotations

import pytest

from marrowbot import Bot, Session
from marrowbot.text import fold
from marrowbot.text.question_kinds import ASKS_IF_A_GROUP_GETS_IT


def _follow(bot: Bot, first: str, then: str):  # type: ignore[no-untyped-def]
    s = Session()
    bot.ask(first, s)
    return bot.ask(then, s)


@pytest.mark.parametrize("then", ["who tends to get these", "who typically ends up with them",
                                  "which people tend to develop it", "who generally gets those"])
def test_frequency_words_are_no_new_subject(bot: Bot, then: str) -> None:
    a = _follow(bot, "could you explain myelodysplastic syndromes to me", then)
    assert a.intent == "causes" and not a.abstained
    assert a.topic is not None and "myelodysplastic" in a.topic


@pytest.mark.parametrize("then", ["can kids get them", "can children get those", "do kids ever get these"])
def test_a_group_named_in_general_asks_who_gets_it(bot: Bot, then: str) -> None:
    a = _follow(bot, "could you explain myelodysplastic syndromes to me", then)
    assert a.intent == "causes" and not a.abstained
    assert a.topic is not None and "myelodysplastic" in a.topic  # (not the general bone marrow page)
    assert "60 years of age" in a.text


def test_a_group_keeps_a_neoplasm_page(bot: Bot) -> None:
    a = _follow(bot, "i'd like to learn about myeloproliferative neoplasms", "can children get these")
    assert a.intent == "causes" and not a.abstained and a.topic is not None and "myeloproliferative" in a.topic


def test_own_children_still_ask_about_inheritance(bot: Bot) -> None:
    # "my kids", or "from me": whether it is passed on, not who gets it.
    a = _follow(bot, "could you explain myelodysplastic syndromes to me", "could my children get it from me")
    assert a.intent == "genetics"
    a = _follow(bot, "could you explain myelodysplastic syndromes to me", "can kids get it from their parents")
    assert a.intent == "genetics"


def test_an_unknown_subject_still_changes_it(bot: Bot) -> None:
    a = _follow(bot, "could you explain myelodysplastic syndromes to me", "what is osteoporosis")
    assert a.abstained


@pytest.mark.parametrize("then", ["do kids get that test too", "can children have this treatment"])
def test_a_group_asked_of_a_test_or_treatment_is_no_question_of_who_gets_it(then: str) -> None:
    # "that test", "this treatment": the pronoun is no condition.
    assert not ASKS_IF_A_GROUP_GETS_IT.search(fold(then))
    assert ASKS_IF_A_GROUP_GETS_IT.search(fold("do kids get that too?"))
