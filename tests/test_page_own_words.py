"""Which page about a condition answers a question with words of its own (choose_page_words): the conversation's page,
unless a sentence of another page about the same condition says every word asked, and more of them than any sentence
of the conversation's page. Questions written for these tests, in our own words."""

from __future__ import annotations

from conftest import ask_all

from marrowbot import Bot
from marrowbot.choose_page_words import RULE_OWN_WORDS


def test_another_page_that_says_the_words_asked_answers(bot: Bot) -> None:
    # The genetics page about sickle cell disease never says what helps when a crisis starts; the NHLBI page does.
    for question in ("what eases things when a pain crisis begins", "what helps once a pain crisis is starting"):
        a = ask_all(bot, "tell me about sickle cell disease", question)
        assert any("When an acute crisis is just starting" in s.text for s in a.snippets), question
        assert a.topic == "sickle-cell-disease-nhlbi"
        assert RULE_OWN_WORDS in a.explanation.rules


def test_the_conversation_stays_on_its_page_when_it_says_the_words_as_well(bot: Bot) -> None:
    # Both pages say men and women; the page of the conversation answers, whichever section the other's sentence is in.
    first = ask_all(bot, "tell me about polycythemia vera", "is that serious")
    a = ask_all(bot, "tell me about polycythemia vera", "is that serious", "who gets it more often, men or women")
    assert a.topic == first.topic
    assert RULE_OWN_WORDS not in a.explanation.rules
    assert any("men" in s.text and "women" in s.text for s in a.snippets)


def test_a_question_asking_only_its_kind_is_not_moved_by_its_words(bot: Bot) -> None:
    a = ask_all(bot, "tell me about sickle cell disease", "what are the symptoms")
    assert RULE_OWN_WORDS not in a.explanation.rules
