"""Which page and which sentence answer: the words a question asks weigh over the section its kind prefers (issue
10). Questions written for these tests, in our own words."""

from __future__ import annotations

from marrowbot import Bot, Session
from marrowbot.choose import RULE_ASKED_WORDS
from marrowbot.linked_pages import RULE_TITLED_PAGE


def _ask(bot: Bot, *messages: str):  # noqa: ANN202
    s = Session()
    answer = None
    for m in messages:
        answer = bot.ask(m, s)
    assert answer is not None
    return answer


def test_a_yes_no_question_is_answered_from_the_page_whose_sentence_says_the_asked_word(bot: Bot) -> None:
    # The page of the conversation speaks of transplants only as a treatment; another page about the same
    # condition says whether one cures it.
    a = _ask(bot, "tell me about aplastic anemia", "is a cure possible with a transplant for aplastic anemia?")
    assert not a.abstained and a.topic == "aplastic-anemia-nhlbi"
    assert any("may cure" in s.text for s in a.snippets)


def test_is_it_a_cancer_quotes_the_summary_that_says_so(bot: Bot) -> None:
    a = _ask(bot, "is myelodysplastic syndrome a type of cancer")
    assert RULE_ASKED_WORDS in a.explanation.rules
    assert "group of cancers" in a.snippets[0].text and a.snippets[0].section == "Summary"


def test_a_yes_no_question_keeps_the_page_with_the_section_of_its_kind(bot: Bot) -> None:
    # Pages that use the asked word as well as another (a summary) do not take the question from the one whose
    # section of that kind says it.
    a = _ask(bot, "tell me about polycythemia vera", "is polycythemia vera passed on genetically?")
    assert not a.abstained and RULE_ASKED_WORDS not in a.explanation.rules


def test_a_condition_the_seeds_only_link_to_is_answered_from_its_library_page(bot: Bot) -> None:
    a = _ask(bot, "PNH: is it something you inherit?")
    assert RULE_TITLED_PAGE in a.explanation.rules
    assert any("acquired, rather than inherited" in s.text for s in a.snippets)
    # A question whose answer is the seed's links keeps them.
    b = _ask(bot, "any handouts for families about paroxysmal nocturnal hemoglobinuria")
    assert RULE_TITLED_PAGE not in b.explanation.rules


def test_the_page_titled_with_the_name_as_typed_wins_over_an_alias_spelled_otherwise(bot: Bot) -> None:
    a = _ask(bot, "tell me about pearson marrow-pancreas syndrome")
    assert a.topic == "pearson-marrow-pancreas-syndrome-ghr"


def test_a_page_whose_kind_words_are_said_in_passing_hands_the_question_on(bot: Bot) -> None:
    # The GARD page says "signs and symptoms" only in its treatment sentence; a page about the same condition has
    # a Symptoms section.
    a = _ask(bot, "what is myelofibrosis", "which symptoms does it cause")
    assert not a.abstained and a.snippets[0].section == "Symptoms"
    assert a.snippets[0].text.startswith("Symptoms of primary myelofibrosis")


def test_a_long_message_is_read_for_the_clause_that_asks(bot: Bot) -> None:
    a = _ask(bot, "my mum's scan mentioned bone marrow necrosis and I panicked after reading forums?? what is it, "
                  "in simple words")
    assert not a.abstained and a.topic == "bone-marrow-necrosis"
    assert any("causing the cells to die" in s.text for s in a.snippets)


def test_the_sentence_next_to_a_quoted_one_that_says_the_asked_thing_too_is_quoted(bot: Bot) -> None:
    a = _ask(bot, "what is a bone marrow transplant", "so where would the donor come from")
    texts = [s.text for s in a.snippets]
    assert any("from a donor" in t for t in texts)
    assert any("family member or unrelated person" in t for t in texts)


def test_the_question_clauses_of_a_long_message() -> None:
    from marrowbot.choose import question_clauses as _question_clauses

    assert _question_clauses("we heard about it last week. my question is can a drug do that") == "can a drug do that"
    assert _question_clauses("she is tired all the time, what could help her?") == "what could help her"
    assert _question_clauses("my dad has it and im scared") == ""
