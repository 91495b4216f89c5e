"""Questions the documents answer are not abstained as out of scope (round 53): with no topic, the words no
document uses are counted in the clauses that ask only (chat or a story before the question is not what is asked),
an everyday one at half weight; a follow-up whose own words are more the page's than words no document names
stays on the page. The other side: questions about things the documents never speak of still abstain."""

from __future__ import annotations

import pytest
from conftest import ask_all

from marrowbot import Bot, Session


@pytest.mark.parametrize("text", [
    "OK totally different topic. where is marrow kept in the body",
    "I love pizza. what is bone marrow",  # (a story clause's words neither help nor hinder)
])
def test_chat_before_the_question_is_not_what_is_asked(bot: Bot, text: str) -> None:
    a = bot.ask(text, Session())
    assert not a.abstained and a.intent == "definition" and a.topic == "bone-marrow-diseases"
    assert "spongy tissue inside some of your bones" in a.text


def test_an_everyday_word_weighs_half(bot: Bot) -> None:
    # ("jelly", "inside": everyday words no document uses; "bones" is one it does)
    a = bot.ask("what's that jelly kind of stuff found inside our bones", Session())
    assert not a.abstained and a.topic == "bone-marrow-diseases"
    assert "spongy tissue" in a.text


def test_words_the_seed_uses_outnumbering_unknown_ones_are_read_in_the_seeds(bot: Bot) -> None:
    a = bot.ask("for myeloproliferative disorders, what ends up overproduced", Session())
    assert not a.abstained and a.topic == "bone-marrow-diseases"
    assert "In myeloproliferative disorders, the bone marrow makes too many white blood cells" in a.text


def test_a_follow_up_using_more_of_the_page_stays_on_it(bot: Bot) -> None:
    a = ask_all(bot, "can you explain bone marrow diseases",
                      "with myeloproliferative disorders, what gets overproduced?")
    assert not a.abstained and a.intent == "definition" and a.topic == "bone-marrow-diseases"
    assert "In myeloproliferative disorders, the bone marrow makes too many white blood cells" in a.text


@pytest.mark.parametrize("text", [
    "what is bone marrow soup",
    "ok another thing. how do I fix a flat tyre on my bike",
    "right, new question. what is the capital city of Peru",
    "good to know. is hair dye bad for you",
    "thanks. what is the best pizza topping for platelets",
])
def test_subjects_the_documents_never_speak_of_still_abstain(bot: Bot, text: str) -> None:
    a = bot.ask(text, Session())
    assert a.abstained and a.intent == "out_of_scope" and not a.snippets


@pytest.mark.parametrize("then", [
    "and what is fibromyalgia",
    "is eczema the same thing as psoriasis",
    "what about plantar fasciitis, what is it",
])
def test_a_follow_up_about_another_subject_still_abstains(bot: Bot, then: str) -> None:
    a = ask_all(bot, "can you explain bone marrow diseases", then)
    assert a.abstained and not a.snippets
