"""Round 48: a bare request to say plainly yes or no ("so is that a yes?", "yes or no then?") right after an answer
asks the last question again, its kind and its subject; it is no new question of its own (before, the intent model
read it as "what is it" and the answer went back to the page's summary)."""

from __future__ import annotations

import pytest
from conftest import ask_all

from marrowbot import Session
from marrowbot.text import fold
from marrowbot.text.follow_ups import YES_OR_NO_OF_IT
from marrowbot.understanding.conversation import RULE_YES_OR_NO_OF_IT


@pytest.mark.parametrize("text", [
    "so is that a yes?",
    "Is that a yes or a no",
    "ok so yes or no?",
    "so thats a no then",
    "was that a no?",
    "so the answer is yes?",
    "is it a yes or no please",
])
def test_a_bare_request_for_yes_or_no_is_recognised(text: str) -> None:
    assert YES_OR_NO_OF_IT.search(fold(text))


@pytest.mark.parametrize("text", [
    "yes",
    "no",
    "is it bad, yes or no?",  # (a question of its own, with its own words)
    "can chemotherapy bring it on yes or no",
    "is that serious",
    "yes please tell me more",
])
def test_a_question_with_words_of_its_own_is_not_a_bare_yes_or_no(text: str) -> None:
    assert not YES_OR_NO_OF_IT.search(fold(text))


def test_yes_or_no_after_an_outlook_question_keeps_the_outlook(bot) -> None:  # noqa: ANN001
    s = Session()
    first = bot.ask("my father was told he has marrow necrosis", s)
    assert first.topic == "bone-marrow-necrosis"
    asked = bot.ask("does the marrow ever recover from it", s)
    again = bot.ask("so is that a yes?", s)
    assert again.intent == asked.intent
    assert again.intent in ("prognosis", "treatment")
    assert again.topic == "bone-marrow-necrosis"
    assert not again.abstained
    assert RULE_YES_OR_NO_OF_IT in again.explanation.rules


def test_yes_or_no_after_a_cure_question_quotes_the_cure_sentences_again(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "my aunt has leukemia", "can leukemia be cured completely", "ok so yes or no")
    assert answer.intent in ("treatment", "prognosis")
    assert not answer.abstained
    assert "cured" in answer.text


def test_yes_or_no_with_no_conversation_is_not_a_medical_answer(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "so is that a yes?")
    assert answer.topic is None
    assert not answer.urgent


def test_a_yes_no_question_with_its_own_words_keeps_its_own_kind(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "what is sickle cell disease", "is it inherited, yes or no?")
    assert answer.intent in ("genetics", "causes")
    assert RULE_YES_OR_NO_OF_IT not in answer.explanation.rules


# -- the MedQuAD importer: a term's dash inside a spaced-out list item ---------------------------------------------

def test_a_term_and_what_it_means_stay_one_list_item() -> None:
    from marrowbot.importers.medquad import _inline_list
    line = ("Kinds of checks include       - Alpha level - how much alpha is in your blood    - Beta count - how many "
            "young beta cells there are    - Gamma - the size of the gamma cells       Most panels include these.")
    blocks = [(b.kind, b.text) for b in _inline_list(line)]
    assert ("item", "Alpha level - how much alpha is in your blood") in blocks
    assert ("item", "Beta count - how many young beta cells there are") in blocks
    assert ("item", "Gamma - the size of the gamma cells") in blocks
    assert blocks[0] == ("para", "Kinds of checks include")
    assert blocks[-1] == ("para", "Most panels include these.")


def test_a_list_whose_items_are_sentences_is_still_cut_at_every_dash() -> None:
    from marrowbot.importers.medquad import _inline_list
    line = ("The gland makes two things. - The first one keeps you warm.  - The second one keeps you dry.  - A third "
            "thing is rare.")
    items = [b.text for b in _inline_list(line) if b.kind == "item"]
    assert items == ["The first one keeps you warm.", "The second one keeps you dry.", "A third thing is rare."]


def test_dashes_around_an_aside_with_no_spaced_list_are_cut_as_before() -> None:
    from marrowbot.importers.medquad import _inline_list
    line = "It comes from changes - ones that are not inherited - in cells that later become blood."
    assert [b.kind for b in _inline_list(line)] == ["para", "item", "item"]


def test_a_blood_count_term_is_quoted_with_what_it_means(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "what do blood count tests check", "what does the hematocrit on my results tell them")
    assert "Hematocrit - how much space red blood cells take up in your blood" in answer.text


# -- a donor asked about in everyday words -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    ("could her cousin give marrow for it", "donor"),
    ("so where would the stem cells come from then", "donor"),
    ("can his twin donate stem cells", "family member"),
    ("who can be the donor, his dad?", "family member"),
])
def test_giving_marrow_is_donating_it_and_a_relative_is_a_family_member(text: str, said: str) -> None:
    from marrowbot.text import everyday
    assert said in everyday(fold(text))


@pytest.mark.parametrize("text", [
    "my brother has leukemia",  # (a relative told of, no donor asked about)
    "where does the blood come from",
    "what does the marrow do",
])
def test_no_donor_is_read_into_other_questions(text: str) -> None:
    from marrowbot.text import everyday
    assert "donor" not in everyday(fold(text))
    assert "family member" not in everyday(fold(text))


def test_where_the_new_marrow_comes_from_is_answered_with_the_donor(bot) -> None:  # noqa: ANN001
    answer = ask_all(bot, "what happens in a bone marrow transplant", "could her cousin give marrow for it")
    assert not answer.abstained
    assert "The donor might be a family member or unrelated person." in answer.text
