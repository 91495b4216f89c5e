"""norm51: norm50's one normal form (spelling.asking_form) re-landed without what it broke. The speller alone keeps a
person's own spelling of a contraction (the normal form is ``Speller.reading_form``'s, one place); a negation typed
without its apostrophe after the thing it negates is still asked ("cancer isnt the only cause"), as "isn't" was; a
bare follow-up asking for test results after the signs is still the signs' kind (the laboratory findings). Messages
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from marrowbot import Session


def _last(bot, *messages: str):  # noqa: ANN001, ANN202
    s = Session()
    answer = None
    for m in messages:
        answer = bot.ask(m, s)
    return answer


def test_the_speller_keeps_contractions_the_reading_form_joins_them(bot) -> None:  # noqa: ANN001
    sp = bot.understander.speller
    assert sp.correct("I wouldn't know, what's it") == "I wouldn't know, what's it"
    assert sp.reading_form("I wouldn't know, what's it") == "I wouldnt know, whats it"
    assert sp.reading_form("HOW IS IT TREETED THANKS") == "how is it treated"


def test_the_question_is_shown_as_typed(bot) -> None:  # noqa: ANN001
    for typed in ("WHAT'S MYELOFIBROSIS", "what's myelofibrosis thanks"):
        assert bot.ask(typed, Session()).question == typed


@pytest.mark.parametrize("negated", [
    "so leukemia isnt the only reason for it?",
    "so leukemia isn't the only reason for it?",
    "and cancer isnt the sole cause right?",
])
def test_a_negation_without_its_apostrophe_is_still_asked(bot, negated: str) -> None:  # noqa: ANN001
    a = _last(bot, "what causes bone marrow necrosis", negated)
    assert a.intent == "causes"
    assert any("Non-cancerous" in s.text for s in a.snippets)


def test_a_negation_opening_a_question_only_asks(bot) -> None:  # noqa: ANN001
    a = _last(bot, "what causes bone marrow necrosis", "isnt it passed down in families?")
    assert a.intent == "genetics"


@pytest.mark.parametrize("asked", ["and the lab results?", "and what do the blood tests show?"])
def test_test_results_after_the_signs_quote_the_laboratory_findings(bot, asked: str) -> None:  # noqa: ANN001
    a = _last(bot, "what are the signs of bone marrow necrosis", asked)
    assert not a.abstained
    assert "lactic dehydrogenase" in a.text


@pytest.mark.parametrize(("typed", "doc"), [
    ("WHAT EXACTLY IS ALL", "acute-lymphocytic-leukemia-medlineplus"),
    ("HOW DO THEY TREAT ALL IN KIDS", "acute-lymphocytic-leukemia-medlineplus"),
    ("TELL ME ABOUT ET PLEASE", "essential-thrombocythemia-ghr"),
])
def test_a_message_in_capitals_keeps_an_abbreviation_named_only_in_capitals(bot, typed: str, doc: str) -> None:  # noqa: ANN001
    # The whole message in capitals is read in lowercase, but "ALL" and "ET" are words in lowercase ("all", "et"):
    # they stay the conditions they name.
    answer = _last(bot, typed)
    assert not answer.abstained and answer.topic == doc
