"""Round 53: requests about the bot's last answer itself ("say that again", "shorter, only the list", "what did you
tell me first"), answered from what it already quoted, never with new sentences; real questions that use such a
word stay questions; an urgent answer is said again alone, and a new urgent message is screened first.

Messages are written for these tests; the safety screen's own decisions are never changed here."""

from __future__ import annotations

import pytest

from marrowbot import Answer, Bot, Session
from marrowbot.respond_again import RULE_FIRST_SAID, RULE_REPEAT, RULE_SHORTER
from marrowbot.session import MAX_SAID
from marrowbot.text.about_answer import FIRST_SAID, REPEAT, SHORTER, about_answer

EMERGENCY = "my dad has leukemia and he just fainted and now he is not breathing"
CRISIS = "i have myelofibrosis and i am going to kill myself tonight"


def _texts(answer: Answer) -> list[str]:
    return [s.text for s in answer.snippets]


def _quotes(answer: Answer) -> list[str]:
    return [s.text for s in answer.snippets if not s.link_title]


# -- 1. which messages are such requests ------------------------------------------------------------------------


@pytest.mark.parametrize("message, kind", [
    ("could you say that once more", REPEAT),
    ("Repeat it please", REPEAT),
    ("pardon? come again", REPEAT),
    ("can you repeat that slowly, i did not catch it", REPEAT),
    ("¿Me lo puedes repetir?", REPEAT),
    ("repítelo, por favor", REPEAT),
    ("dilo otra vez", REPEAT),
    ("too long! a bit shorter please", SHORTER),
    ("in one sentence please", SHORTER),
    ("ok, only the list", SHORTER),
    ("sorry, that is too much, i dont understand it. give me the short version", SHORTER),
    ("más breve, por favor", SHORTER),
    ("en una frase", SHORTER),
    ("what was the very first thing you told me?", FIRST_SAID),
    ("um, what did you say at the start", FIRST_SAID),
    ("¿qué fue lo primero que me dijiste?", FIRST_SAID),
])
def test_requests_about_the_answer_are_told_apart(message: str, kind: str | None) -> None:
    assert about_answer(message) == kind


@pytest.mark.parametrize("message", [
    "what does the short name MDS stand for",
    "why did my anemia return again after treatment",
    "is there a quicker, shorter treatment for aplastic anemia",
    "what was the first sign of leukemia in children",
    "do they repeat the bone marrow biopsy",
    "again the fevers are back, is that the leukemia",
    "in short, is it cancer?",
])
def test_questions_with_such_words_stay_questions(message: str) -> None:
    assert about_answer(message) is None


def test_a_clause_in_unknown_words_goes_with_a_request_only() -> None:
    known = {"what", "is", "leukemia"}.__contains__
    assert about_answer("ripeti per favore, say that again", known) == REPEAT  # (words the bot does not know)
    assert about_answer("what is leukemia, say that again", known) is None  # (a question of its own)
    assert about_answer("ripeti per favore", known) is None  # (no request the bot knows)


# -- 2. in a conversation ---------------------------------------------------------------------------------------


def test_say_that_again_repeats_the_last_answer(bot: Bot) -> None:
    s = Session()
    first = bot.ask("what happens in polycythemia vera?", s)
    again = bot.ask("sorry, could you say that once more, slowly", s)
    assert _texts(again) == _texts(first) and [x.doc for x in again.sources] == [x.doc for x in first.sources]
    assert (again.intent, again.topic) == (first.intent, first.topic) and s.topic == first.topic
    assert again.lead.startswith(bot.messages.again_lead) and RULE_REPEAT in again.explanation.rules
    assert again.disclaimer and not again.urgent
    twice = bot.ask("repeat that please", s)  # (said again again: the same)
    assert _texts(twice) == _texts(first)


def test_shorter_gives_the_fewest_of_the_last_answers_sentences(bot: Bot) -> None:
    s = Session()
    first = bot.ask("which signs does marrow necrosis cause", s)
    assert len(_quotes(first)) > 1
    short = bot.ask("too long for me, a shorter one please", s)
    assert _quotes(short) == _quotes(first)[:1] and short.intent == first.intent and short.topic == first.topic
    assert RULE_SHORTER in short.explanation.rules and short.sources and short.disclaimer
    assert set(_texts(short)) <= set(_texts(first))


def test_only_the_list_gives_the_lead_in_and_its_items(bot: Bot) -> None:
    s = Session()
    first = bot.ask("tell me what bone marrow diseases are", s)
    texts = _texts(first)
    lead = next(t for t in texts if t.rstrip().endswith(":"))  # (a list's lead-in, not the answer's first sentence)
    assert texts[0] != lead
    short = bot.ask("just the list please", s)
    got = _texts(short)
    assert got[0] == lead and len(got) > 1 and set(got) <= set(texts) and short.intent == first.intent
    assert len(got) < len(texts)


def test_the_first_thing_said_is_the_topics_first_sentence(bot: Bot) -> None:
    s = Session()
    first = bot.ask("what is shwachman diamond syndrome", s)
    bot.ask("what gene causes it", s)
    bot.ask("how is it passed on in families", s)
    said = bot.ask("hmm, what was the very first thing you told me about it?", s)
    assert _quotes(said)[:1] == _quotes(first)[:1] and said.intent == "definition"
    assert said.topic == first.topic and RULE_FIRST_SAID in said.explanation.rules


def test_nothing_said_yet(bot: Bot) -> None:
    s = Session()
    answer = bot.ask("can you repeat that", s)
    assert answer.intent == "help" and not answer.snippets
    assert bot.messages.again_none in answer.text and bot.messages.help.split("\n")[0] in answer.text
    bot.ask("hi there", s)
    assert bot.messages.again_none in bot.ask("say it again", s).text


def test_spanish_say_it_again(bot: Bot) -> None:
    s = Session()
    first = bot.ask("¿qué es la mielofibrosis?", s)
    again = bot.ask("¿me lo puedes repetir?", s)
    assert again.lang == "es" and again.lead.startswith(bot.messages_for("es").again_lead)
    assert _texts(again) == _texts(first) and again.topic == first.topic


def test_the_questions_are_still_answered_as_questions(bot: Bot) -> None:
    s = Session()
    bot.ask("what is myelodysplastic syndrome", s)
    for message in ("what does the short name MDS stand for", "do they repeat the bone marrow biopsy"):
        answer = bot.ask(message, s)
        assert not any(r in answer.explanation.rules for r in (RULE_REPEAT, RULE_SHORTER, RULE_FIRST_SAID))


# -- 3. urgent answers ------------------------------------------------------------------------------------------


def test_after_an_urgent_answer_its_advice_is_said_again_alone(bot: Bot) -> None:
    s = Session()
    bot.ask("what is aplastic anemia", s)
    urgent = bot.ask(EMERGENCY, s)
    assert urgent.urgent and s.said == ()
    again = bot.ask("say that again please", s)
    assert again.urgent and bot.messages.emergency in again.text and not again.snippets
    crisis = bot.ask(CRISIS, s)
    assert crisis.urgent
    shorter = bot.ask("shorter please", s)
    assert shorter.urgent and not shorter.snippets


def test_a_new_urgent_message_is_screened_before_a_request_to_repeat(bot: Bot) -> None:
    s = Session()
    bot.ask("what causes bone marrow necrosis", s)
    answer = bot.ask("say that again. my wife just collapsed and she is not breathing", s)
    assert answer.urgent and not answer.snippets
    assert bot.safety_decision("say that again please").urgent is None


# -- 4. the session ---------------------------------------------------------------------------------------------


def test_the_session_carries_the_last_answer_and_refuses_forged_ones(bot: Bot) -> None:
    s = Session()
    first = bot.ask("what is polycythemia vera", s)
    assert list(s.said) == [x.passage for x in first.snippets]
    again = Session.from_dict(s.to_dict())
    bot.check_session(again)
    assert _texts(bot.ask("say that again", again)) == _texts(first)
    with pytest.raises(ValueError):
        Session.from_dict({"said": list(range(MAX_SAID + 1))})
    with pytest.raises(ValueError):
        bot.check_session(Session.from_dict({"said": [10**9]}))
