"""Round 38, the kind of question and the sentence that answers: a close call of the intent model settled by the words
of a kind the message says, and a bare "what about X?" carrying the last kind to another condition, which first says
what X is (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask

from marrowbot.understanding.intent_model import IntentScores
from marrowbot.understanding.kind_words import KindWords


def _scores(*ranked: tuple[str, float]) -> IntentScores:
    return IntentScores(tuple(ranked), (), ())


def test_a_close_call_goes_to_the_kind_whose_word_is_said(bot) -> None:  # noqa: ANN001
    words = KindWords(bot.intent_set)
    # (support a hair ahead, but only genetics' own word is said)
    assert words.settled(_scores(("support", 0.40), ("genetics", 0.38)),
                         "do some marrow illnesses come from genes")[0] == "genetics"


def test_no_close_call_is_settled_when_the_model_is_clear_or_both_words_are_said(bot) -> None:  # noqa: ANN001
    words = KindWords(bot.intent_set)
    assert words.settled(_scores(("support", 0.60), ("genetics", 0.30)), "do some marrow illnesses come from genes") \
        is None
    assert words.settled(_scores(("support", 0.40), ("genetics", 0.38)),
                         "is there a support group for the genetic kinds") is None


def test_a_guess_of_what_something_is_keeps_its_kind(bot) -> None:  # noqa: ANN001
    # ("dying" is a word of the outlook, but here it says what happens to the cells)
    words = KindWords(bot.intent_set)
    assert words.settled(_scores(("definition", 0.30), ("prognosis", 0.29)), "so his marrow cells are dying??") is None


def test_a_name_said_is_no_word_of_asking(bot) -> None:  # noqa: ANN001
    words = KindWords(bot.intent_set)
    scores = _scores(("research", 0.30), ("treatment", 0.29))
    assert words.settled(scores, "anything new on a bone marrow transplant") is not None
    assert words.settled(scores, "anything new on a bone marrow transplant", ["bone marrow transplant"]) is None


def test_a_bare_what_about_another_condition_says_what_it_is_first(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how do they treat aplastic anemia", "and what about essential thrombocythemia?")
    assert answer.intent == "treatment"  # the last question's kind is kept
    assert answer.topic == "essential-thrombocythemia-nci"
    assert "too many platelets" in answer.snippets[0].text  # what it is, first
    assert any("treatment" in s.text.lower() for s in answer.snippets[1:])


def test_what_about_a_condition_named_by_the_conversations_page_is_not_introduced(bot) -> None:  # noqa: ANN001
    # (how the two relate, from the conversation's own page: no sentence of another page first)
    answer = _ask(bot, "what brings on bone marrow necrosis", "and what about leukemia?")
    assert answer.intent == "causes"
    assert answer.topic == "bone-marrow-necrosis"
    assert all(s.doc == "bone-marrow-necrosis" for s in answer.snippets)


def test_a_new_question_of_its_own_kind_is_not_introduced(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how do they treat aplastic anemia", "what are the signs of essential thrombocythemia")
    assert answer.intent == "symptoms"
    assert "is a disease in which too many platelets" not in answer.snippets[0].text
