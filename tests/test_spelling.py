"""Misspelt words put right once, for every stage but the safety screen (understanding.spelling)."""

from __future__ import annotations

from collections import Counter

from marrowbot.session import Session
from marrowbot.understanding.spelling import Speller


def _speller() -> Speller:
    targets = Counter({"what": 50, "treat": 20, "treated": 5, "street": 1, "both": 9, "cause": 12, "lives": 3,
                       "symptoms": 8, "ache": 4})
    return Speller(targets, known=frozenset({"broth"}), terms=(frozenset({"hive"}),), asking=frozenset({"treat"}))


def test_a_word_one_edit_from_a_known_word_becomes_it() -> None:
    s = _speller()
    assert s.correct("waht do they do to treet it?") == "what do they do to treat it?"
    assert s.correct("Sypmtoms, please") == "symptoms, please"


def test_real_words_and_short_words_stay_as_typed() -> None:
    s = _speller()
    assert s.correct("my bone broth") == "my bone broth"  # a known word
    assert s.correct("hives again") == "hives again"  # a stem people type: a word of its own
    assert s.correct("acne") == "acne"  # four letters: only a swap is a typo ("ache" is another word)
    assert s.correct("I couldn't, wasnt") == "I couldn't, wasnt"  # contractions as typed
    assert s.correct("bdna 2024") == "bdna 2024"  # nothing near


def test_a_misspelt_follow_up_is_answered_in_the_conversation(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is bone marrow necrosis", s)
    a = bot.ask("how do ppl treet it", s)
    assert a.intent == "treatment" and a.topic == "bone-marrow-necrosis" and not a.abstained
    assert a.question == "how do ppl treet it"  # shown as typed
    b = bot.ask("waht brings it on", s)
    assert b.topic == "bone-marrow-necrosis" and not b.abstained


def test_the_safety_screen_reads_the_message_as_typed(bot) -> None:  # noqa: ANN001
    typed = "my dad's cough is easing a little after the antibiotics"
    u = bot.understander.understand(bot.understander.speller.correct(typed), Session(), typed=typed)
    assert u.decision == bot.understander.understand(typed, Session()).decision
