"""Round 35, turns people write: asking for something to read (handouts, other languages, pages for families), a
message of a condition's name alone, "can't tell" as not knowing, a thanks with what it is for (messages written for
these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask

from marrowbot.understanding.conversation import is_small_talk


def test_a_handout_asked_for_about_coming_home_lists_the_discharge_page(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how are bone marrow diseases treated",
                  "is there a leaflet for when he comes home from the transplant?")
    assert answer.intent == "support"
    assert not answer.abstained
    assert "Bone marrow transplant - discharge" in answer.text


def test_reading_for_relatives_about_a_transplant_lists_the_transplant_pages(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what are bone marrow diseases",
                  "do you have anything written for relatives going thru a marrow transplant")
    assert answer.intent == "support"
    assert "Bone marrow transplant" in answer.text


def test_a_spanish_request_for_spanish_reading_gets_the_handouts_in_spanish(bot) -> None:  # noqa: ANN001
    # (the Spanish reader is given the documents' pages in Spanish, as tests/test_language.py asks)
    answer = _ask(bot, "que es la necrosis de la medula osea", "tienen folletos en español?")
    assert answer.intent == "support"
    assert answer.own_language_links and "En español" in answer.text


def test_handouts_asked_for_in_a_necrosis_conversation_come_from_the_list_that_has_them(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "got any printable handouts?")
    assert answer.intent == "support"
    assert not answer.abstained
    assert "Bone marrow aspiration" in answer.text


def test_a_condition_name_alone_with_a_question_mark_is_answered_in_english(bot) -> None:  # noqa: ANN001
    assert bot.detect_language("fanconi anemia?") == "en"
    assert bot.detect_language("anemia de fanconi, que es?") == "es"
    answer = _ask(bot, "Fanconi anemia??")
    assert answer.text.startswith("“")  # (no Spanish note before the quotes)


def test_not_being_able_to_tell_which_is_no_despair(bot) -> None:  # noqa: ANN001
    for message in ("so the doctors can't tell which one caused it?", "i cannot even pronounce the name of it"):
        assert bot.safety_decision(message).line is None, message
    assert bot.safety_decision("i cant go on like this anymore").urgent  # (the despair of "can't" kept)


def test_a_thanks_with_what_it_is_for_and_relief_told_is_small_talk(bot) -> None:  # noqa: ANN001
    assert is_small_talk("alright, i'm feeling much calmer. thanks so much for taking the time")
    assert not is_small_talk("thanks for that, but what causes the cells to die?")
    answer = _ask(bot, "what is bone marrow", "that helps, im less scared now. thank you for your patience")
    assert answer.intent == "thanks"
