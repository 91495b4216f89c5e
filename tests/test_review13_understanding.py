"""The review13 understanding findings as expectations (a cold review's probes): "is that what he's got" still asks
whether a person has a condition, "forever" is no word for a cure, a story of a person's own diagnosis stays with
the question after it, and when they need it by is no part of what they ask."""

from __future__ import annotations

import pytest

from marrowbot.session import Session
from marrowbot.text import fold
from marrowbot.text.questions import ASKS_IF_IT_IS
from marrowbot.understanding.clauses import asked_clause, asked_sentence, from_question

ASKS_IF_A_PERSON_HAS_IT = [
    "my son is always tired and pale, is that what he's got, aplastic anemia?",
    "i bruise a lot and feel weak, is this what i might have, aplastic anemia?",
    "my daughter keeps bruising and is tired all the time, is this what mum has got?",
    "is this what my little boy has, leukemia? he has fevers",
    "my dad gets itchy after showers, is that what is wrong with him, polycythemia vera?",
    "i feel weak all the time, is this what i am suffering from, myelofibrosis?",
    "my son has been bruising and is pale, is that when you need a bone marrow test?",
    "i have red skin and headaches, is this what polycythemia vera looks like?",
    "i bruise easily and i am tired, is that what aplastic anemia feels like?",
    "my dad has a big spleen and is tired, is that what myelofibrosis does?",
    "my dad's counts are low. is that what he's got, leukemia?",
]


@pytest.mark.parametrize("text", ASKS_IF_A_PERSON_HAS_IT)
def test_is_that_what_a_person_has_asks_if_it_is(text: str) -> None:
    assert ASKS_IF_IT_IS.search(fold(text))


@pytest.mark.parametrize("text", ["is that what mds looks like on the tests?",
                                  "is this what leukemia looks like in the blood test",
                                  "is that how it starts?", "is this how myelofibrosis usually begins"])
def test_what_it_looks_like_on_the_tests_asks_about_it(text: str) -> None:
    assert not ASKS_IF_IT_IS.search(fold(text))


FOLLOW_UP = ["tell me about aplastic anemia", "my daughter is pale and tired, is that what she's got?"]


@pytest.mark.parametrize("turns", [[t] for t in ASKS_IF_A_PERSON_HAS_IT] + [FOLLOW_UP])
def test_asking_if_a_person_has_it_gets_no_symptom_list(bot, turns: list[str]) -> None:  # noqa: ANN001
    session = Session()
    for turn in turns:
        answer = bot.ask(turn, session)
    assert answer.intent in ("personal_advice", "symptom_check"), (turns, answer.intent)


@pytest.mark.parametrize("turns", [
    ["tell me about bone marrow necrosis", "is it forever?"],
    ["tell me about aplastic anemia", "will it last forever?"],
    ["tell me about mds", "will she feel like this forever?"],
    ["is polycythemia vera forever"],
    ["is fanconi anemia forever"],
    ["tell me about fanconi anemia", "is it forever?"],
    ["can mds be cured forever"],
])
def test_forever_is_no_cure_word(bot, turns: list[str]) -> None:  # noqa: ANN001
    session = Session()
    for turn in turns:
        answer = bot.ask(turn, session)
    quoted = " ".join(s.text for s in answer.snippets).lower()
    assert "cure" not in quoted and "long-term treatments" not in quoted and "drugs approved" not in quoted, \
        (turns, quoted[:120])


def test_can_it_be_fixed_still_asks_for_a_cure(bot) -> None:  # noqa: ANN001
    session = Session()
    bot.ask("tell me about polycythemia vera", session)
    answer = bot.ask("can it be fixed?", session)
    assert any("cure" in s.text.lower() for s in answer.snippets)


def test_or_is_it_forever_is_the_other_side_of_a_cure_question(bot) -> None:  # noqa: ANN001
    session = Session()
    bot.ask("tell me about aplastic anemia", session)
    answer = bot.ask("does anything cure it, or is it there for good?", session)
    assert not answer.abstained and any("cure" in s.text.lower() for s in answer.snippets)


def test_a_story_of_ones_own_diagnosis_stays_with_the_question(bot) -> None:  # noqa: ANN001
    text = "i am 45 and i was told i have mds but i feel fine so why do i need treatment"
    assert asked_sentence(text) == text
    assert bot.ask(text, Session()).intent == "personal_advice"
    # a story of no diagnosis, treatment or complaint is still cut
    assert from_question("but my husband and i are both totally healthy so how can she have a genetic thing??") \
        == "how can she have a genetic thing??"


@pytest.mark.parametrize(("text", "asked"), [
    ("i need to understand what it is before the doctor comes back", "i need to understand what it is"),
    ("i need to understand what bone marrow necrosis is before the specialist sees him on monday",
     "i need to understand what bone marrow necrosis is"),
    ("how do they prepare her before the transplant", "how do they prepare her before the transplant"),
])
def test_when_they_need_it_by_is_not_asked(text: str, asked: str) -> None:
    assert asked_clause(text) == asked


def test_waiting_tail_and_lead_in_ask_what_it_is(bot) -> None:  # noqa: ANN001
    answer = bot.ask("i need to understand what bone marrow necrosis is before the specialist sees him on monday",
                     Session())
    assert answer.intent == "definition"
    assert not any("research" in s.text.lower() for s in answer.snippets)
