"""conv50: conv49b's ways of asking re-landed without the three behaviours they had cost. A goodbye is learned from
its words of leaving, not from a thanks said beside them; a later clause asking whether a newly named condition is
one of a group asks what it is; a yes/no question of whether the condition brings on a complaint stays its symptoms
when the model leans that way only a little (messages written for these tests in our own words)."""

from __future__ import annotations

import re

from conversing import last_answer as _ask

from marrowbot.text import fold
from marrowbot.understanding.asked_kinds import ASKS_IF_AMONG
from marrowbot.understanding.conversation import is_small_talk, takes_leave

_THANKS = re.compile(r"\b(?:thank|thanks|thx|grateful|gratitude|obliged|cheers)\b")


def test_every_goodbye_example_that_thanks_also_takes_leave_in_words(bot) -> None:  # noqa: ANN001
    # (a thanks with no word of leaving taught as a goodbye pulls every relieved thank-you towards goodbye)
    hand = [e for i in bot.intent_set.intents if i.name == "goodbye" for e in i.examples]
    generated = [e for e, name in bot.intent_set.generated if name == "goodbye"]
    for example in (*hand, *generated):
        if _THANKS.search(fold(example)):
            assert takes_leave(example), example


def test_a_relieved_thanks_for_patience_is_a_thanks(bot) -> None:  # noqa: ANN001
    assert is_small_talk("you have set my mind at rest, thank you")
    assert not is_small_talk("that eases my mind about the biopsy, what happens next")
    answer = _ask(bot, "what does the marrow do", "ok, that puts my mind at ease. thanks for being so patient")
    assert answer.intent == "thanks"


def test_a_thanks_that_takes_leave_is_still_a_goodbye(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what does the marrow do", "thanks for your patience, bye for now")
    assert answer.intent == "goodbye"


def test_a_later_clause_asking_if_it_belongs_to_a_group() -> None:
    for said in ("is that one of those?", "would it be among them", "is it part of that group",
                 "could this be one of these disorders"):
        assert ASKS_IF_AMONG.search(fold(said)), said
    for said in ("is it among the causes", "one of my friends has it", "is it passed on among families"):
        assert not ASKS_IF_AMONG.search(fold(said)), said


def test_what_about_a_new_name_asking_if_it_is_one_of_them_asks_what_it_is(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what causes myelofibrosis", "and what about polycythemia vera, would it be among those?")
    assert answer.intent == "definition"
    assert answer.topic is not None and answer.topic.startswith("polycythemia-vera")


def test_a_later_clause_asking_if_it_is_one_of_a_kind_that_does_something_is_not_read_as_belonging(
        bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what causes myelofibrosis",
                  "what about polycythemia vera, is it one of those things that runs in families?")
    assert answer.intent == "genetics"


def test_a_bare_what_about_still_carries_the_last_kind(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what causes myelofibrosis", "what about polycythemia vera?")
    assert answer.intent == "causes"


def test_asking_if_it_brings_on_a_complaint_stays_its_symptoms(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "does PNH make people get blood clots")
    assert a.intent == "symptoms"
    b = _ask(bot, "what is paroxysmal nocturnal hemoglobinuria", "can it give you clots")
    assert b.intent == "symptoms"
