"""Round 36's speed work changed no reading: a question offering what a condition is read with patterns made once
(understanding/meaning_offered.py) as with one pattern per name, a cause named in a question tested only where its
words are there, and the safety screen's normal form shared by pieces that fold alike."""

from __future__ import annotations

import itertools
import re

import pytest

from marrowbot import Session
from marrowbot.text.safety import safety_normal
from marrowbot.understanding.meaning_offered import offers_a_meaning
from marrowbot.understanding.topics import brings_about


def _one_pattern_per_name(asked: str, names: set[str]) -> bool:
    """The reading as it was: one pattern made for each name."""
    return any(re.match(rf"^(?:so\s+|and\s+)?(?:(?:is|isnt)\s+(?:the\s+)?{re.escape(n)}\s+(?:when|where|basically|"
                        rf"just|the\s+one\s+where|what\s+happens\s+when)|does\s+(?:the\s+)?{re.escape(n)}\s+mean"
                        rf"|(?:the\s+)?{re.escape(n)}\s+(?:is|means)\s+(?:when|where|that))\b", asked)
               for n in names)


_NAMES = {"pure red cell aplasia", "red cell aplasia", "the marrow", "marrow", "pnh", "mds", "the blues"}
_LEADS = ("", "so ", "and ", "so so ", "or ")
_OPENINGS = ("is ", "isnt ", "does ", "", "the ", "is the ", "does the ", "is the the ", "was ")
_SAID = ("pure red cell aplasia", "red cell aplasia", "the marrow", "marrow", "pnh", "mds", "mdss", "the blues",
         "red cell", "marrows")
_AFTER = (" when", " whenever", " where", " basically", " just", " the one where", " what happens when", " mean",
          " means", " means that", " is when", " is that", " is", " means where", " meant", "", " really when")
_END = ("", " your blood is low", "?", "s")


def test_a_meaning_offered_is_read_as_one_pattern_per_name_read_it() -> None:
    for lead, opening, said, after, end in itertools.product(_LEADS, _OPENINGS, _SAID, _AFTER, _END):
        asked = f"{lead}{opening}{said}{after}{end}"
        assert offers_a_meaning(asked, _NAMES) == _one_pattern_per_name(asked, _NAMES), asked


def test_a_name_the_question_does_not_hold_offers_nothing() -> None:
    assert not offers_a_meaning("is it when your marrow gets tired", {"aplastic anemia"})
    assert not offers_a_meaning("is aplastic anemia when the marrow gets tired", set())


@pytest.mark.parametrize("question", [
    "is aplastic anemia when the marrow stops making enough blood cells",
    "so aplastic anemia is when your marrow gives up making cells?",
])
def test_a_question_offering_what_a_condition_is_asks_what_it_is(bot, question: str) -> None:  # noqa: ANN001
    reading = bot.understander.understand(question, Session())
    assert bot.intent_set.reported(reading.intent) == "definition"


@pytest.mark.parametrize("text,phrase,expected", [
    ("can sickle cell cause the marrow to die", "marrow die", True),
    ("could an infection make the bone marrow cells die off", "marrow die", True),
    ("does chemo make the marrow cells die", "marrow die", False),
    ("can sickle cell cause pain in the legs", "marrow die", False),
    ("can it cause the bones to die", "marrow die", False),
])
def test_a_cause_named_in_a_question_needs_the_meanings_words(text: str, phrase: str, expected: bool) -> None:
    assert brings_about(text, phrase) is expected


@pytest.mark.parametrize("pieces", [
    ("He collapsed,", " he collapsed", "HE COLLAPSED!!"),
    (" i cant breathe rn", "I can't breathe RN.", "i cant breathe rn"),
    ("Se desmayó hace un rato", "se desmayo hace un rato"),
])
def test_pieces_that_fold_alike_have_one_safety_normal_form(pieces: tuple[str, ...]) -> None:
    assert len({safety_normal(p) for p in pieces}) == 1


def test_the_normal_form_still_spells_out_and_corrects() -> None:
    assert safety_normal("I cant breth, pls help") == "i can not breathe please help"
    assert safety_normal("my 5 yo has a temp of 39") == "my 5 year old has a temperature of 39"
    assert safety_normal("yo no puedo respirar").startswith("yo no puedo")
