"""A second page about the same condition, in one sentence (respond_siblings): the page answering a question of one
kind is quoted first, then another page's sentence summing that kind up. Questions written for these tests, in our
own words."""

from __future__ import annotations

from conftest import ask_all

from marrowbot import Bot, Session
from marrowbot.respond_siblings import RULE_SIBLING


def test_a_definition_adds_the_other_pages_sentence_saying_what_the_condition_is(bot: Bot) -> None:
    a = ask_all(bot, "explain primary myelofibrosis to me please")
    assert RULE_SIBLING in a.explanation.rules
    docs = [s.doc for s in a.snippets if not s.text.startswith("http")]
    assert docs[0] == a.topic  # the page answering comes first
    assert any(s.doc == "primary-myelofibrosis-nci" and "fibers build up" in s.text for s in a.snippets)


def test_a_kind_of_question_adds_the_summary_pages_sentence_summing_it_up(bot: Bot) -> None:
    a = ask_all(bot, "aplastic anemia: the symptoms?")
    assert any(s.doc == "aplastic-anemia-medlineplus" and s.text.startswith("Symptoms include") for s in a.snippets)


def test_the_sibling_sentence_comes_with_its_list(bot: Bot) -> None:
    a = ask_all(bot, "we were told it is myelodysplastic syndrome", "how do doctors usually treat it")
    texts = [s.text for s in a.snippets]
    assert any("transfusions, drug therapy" in t for t in texts)


def test_no_sibling_sentence_for_a_yes_no_question_or_a_question_with_its_own_words(bot: Bot) -> None:
    assert RULE_SIBLING not in ask_all(bot, "is essential thrombocythemia passed down in families").explanation.rules
    # (a question with its own words: a sibling's sentence only where it says them too, after the page's own)
    heart = ask_all(bot, "what does aplastic anemia do to the heart")
    assert "heart" in heart.snippets[0].text
    siblings = [s.text for s in heart.snippets if s.doc not in (heart.snippets[0].doc, "bone-marrow-diseases")]
    assert not siblings or any("heart" in text for text in siblings)


def test_a_seed_page_has_no_sibling(bot: Bot) -> None:
    a = ask_all(bot, "what causes bone marrow necrosis")
    assert RULE_SIBLING not in a.explanation.rules
    assert {s.doc for s in a.snippets} <= {"bone-marrow-necrosis", "bone-marrow-diseases"}


def test_a_library_condition_asked_of_in_the_marrow_is_answered_by_the_seed(bot: Bot) -> None:
    a = bot.ask("when someone has leukemia, what goes on inside their marrow", Session())
    assert a.topic == "bone-marrow-diseases" and a.snippets[0].doc == "bone-marrow-diseases"
    # its own name saying the marrow is the page's subject
    b = bot.ask("what is a bone marrow transplant", Session())
    assert b.topic == "bone-marrow-transplantation-medlineplus"
