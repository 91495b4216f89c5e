"""Round 51: a request to go on with no subject of its own ("more", "go on", "and?", "what else", "you already said
that", "that's not what i asked") continues the conversation's topic with sentences not quoted yet, never the same
sentence twice; with no topic, the help text; a reset forgets what was quoted. (Conversation rule: respond_more.py.)

Phrasings here are ones the safety screen lets through as they are; the screen's own decision is never changed."""

from __future__ import annotations

import pytest

from marrowbot import Answer, Bot, Session
from marrowbot.respond_more import RULE_GO_ON, RULE_MISSED, RULE_NEXT_SECTION, RULE_NO_TOPIC_YET, RULE_SAID_ALREADY
from marrowbot.session import MAX_PENDING, MAX_QUOTED
from marrowbot.text import fold
from marrowbot.text.follow_ups import GO_ON, MISSED, SAID_ALREADY, continuation

NECROSIS = "bone-marrow-necrosis"


def _texts(answer: Answer) -> list[str]:
    return [s.text for s in answer.snippets]


@pytest.mark.parametrize("text, kind", [
    ("more", GO_ON), ("Tell me a little more", GO_ON), ("hmm ok, more please", GO_ON), ("so... and?", GO_ON),
    ("what else is there", GO_ON), ("Anything else?", GO_ON), ("keep goin", GO_ON), ("carry on please", GO_ON),
    ("contiue", GO_ON), ("mroe", GO_ON), ("is there any more?", GO_ON), ("cuéntame más", GO_ON), ("sigue", GO_ON),
    ("you said that before", SAID_ALREADY), ("you're repeating yourself", SAID_ALREADY),
    ("i knew that already", SAID_ALREADY), ("ya me lo dijiste", SAID_ALREADY),
    ("that isn't what i asked", MISSED), ("you did not answer my question", MISSED),
    ("but that doesn't answer the question", MISSED), ("not quite what i meant", MISSED),
])
def test_requests_to_go_on_are_told_apart(text: str, kind: str) -> None:
    assert continuation(fold(text)) == kind


@pytest.mark.parametrize("text", [
    "more information about leukemia", "what else can bring it on", "tell me more about the transplant",
    "no more questions", "and then?", "why?", "y?", "ok", "got it, thanks", "i got it", "and the treatment?",
    "you already said that, what does it do to the kidneys", "what more can i do for her",
])
def test_a_message_with_a_subject_or_another_question_is_no_request_to_go_on(text: str) -> None:
    assert continuation(fold(text)) is None


def test_spanish_y_alone_goes_on_only_in_spanish() -> None:
    assert continuation(fold("¿y?"), spanish=True) == GO_ON
    assert continuation(fold("y?")) is None  # (an English "y?" is a "why?")


def test_more_twice_gives_new_sentences_each_time(bot: Bot) -> None:
    session = Session()
    first = bot.ask("what are the signs of bone marrow necrosis", session)
    second = bot.ask("tell me a bit more", session)
    third = bot.ask("more please", session)
    for answer in (second, third):
        assert answer.topic == NECROSIS and not answer.abstained and answer.snippets
        assert RULE_GO_ON in answer.explanation.rules
    said = _texts(first) + _texts(second) + _texts(third)
    assert len(said) == len(set(said))  # never the same sentence twice
    assert second.intent in ("symptoms", "causes", "diagnosis", "treatment", "prognosis")


def test_going_on_to_the_end_never_repeats_and_then_says_where_to_look(bot: Bot, ) -> None:
    session = Session()
    said = _texts(bot.ask("how do doctors treat bone marrow necrosis", session))
    moved = False
    for _ in range(40):
        answer = bot.ask("keep goin", session)
        assert not answer.urgent
        if not answer.snippets:
            break
        moved = moved or RULE_NEXT_SECTION in answer.explanation.rules
        said += _texts(answer)
    assert not answer.snippets and "MedlinePlus" in answer.text and answer.topic == NECROSIS
    assert moved  # the treatment's sentences ran out: the page's next section, said plainly
    assert len(said) == len(set(said))


def test_the_next_section_is_said_plainly(bot: Bot) -> None:
    session = Session()
    bot.ask("what is the outlook for bone marrow necrosis", session)
    answers = [bot.ask("what else is there", session) for _ in range(3)]
    moved = next(a for a in answers if RULE_NEXT_SECTION in a.explanation.rules)
    assert moved.lead.startswith("That is all the documents say about") and moved.snippets


def test_with_no_topic_yet_the_help_text(bot: Bot) -> None:
    answer = bot.ask("go on", Session())
    assert answer.intent == "help" and answer.lead == bot.messages.help
    assert RULE_NO_TOPIC_YET in answer.explanation.rules


def test_said_already_apologises_and_says_something_new(bot: Bot) -> None:
    session = Session()
    first = bot.ask("what causes bone marrow necrosis", session)
    again = bot.ask("you said that before", session)
    assert not again.urgent and again.snippets and again.topic == NECROSIS
    assert again.lead.startswith("Sorry for saying that again")
    assert RULE_SAID_ALREADY in again.explanation.rules
    assert not set(_texts(again)) & set(_texts(first))


def test_not_answered_gives_the_next_best_answer_to_the_last_question(bot: Bot) -> None:
    session = Session()
    first = bot.ask("which medicines are linked to bone marrow necrosis", session)
    other = bot.ask("that is not what i was asking", session)
    assert not other.urgent and other.topic == NECROSIS
    assert RULE_MISSED in other.explanation.rules and other.lead.startswith("Sorry")
    assert not set(_texts(other)) & set(_texts(first))
    for _ in range(6):  # at last nothing else: an invitation to ask in other words, nothing repeated
        other = bot.ask("you did not answer my question", session)
    assert not other.snippets and "other words" in other.text


def test_a_real_question_after_going_on_is_answered_as_usual(bot: Bot) -> None:
    session = Session()
    bot.ask("what is bone marrow necrosis", session)
    bot.ask("and?", session)
    answer = bot.ask("how is it treated", session)
    assert answer.intent == "treatment" and answer.topic == NECROSIS and answer.snippets


def test_spanish_go_on_speaks_spanish(bot: Bot) -> None:
    session = Session()
    bot.ask("what is polycythemia vera", session)
    answer = bot.ask("cuéntame más", session)
    assert answer.lang == "es" and answer.snippets and not answer.urgent


def test_the_reset_forgets_what_was_quoted(bot: Bot) -> None:
    session = Session()
    first = bot.ask("what are the symptoms of bone marrow necrosis", session)
    assert session.quoted and set(session.quoted) >= {s.passage for s in first.snippets}
    session.reset()
    assert session.quoted == () and session.pending == () and session.topic is None
    assert bot.ask("more", session).intent == "help"
    again = bot.ask("what are the symptoms of bone marrow necrosis", session)
    assert _texts(again) == _texts(first)  # (nothing of the first conversation is left to change it)


def test_the_session_stays_small_and_is_checked(bot: Bot) -> None:
    session = Session()
    bot.ask("what is sickle cell disease", session)  # (a long page; the cap itself: tests/test_more52.py)
    for _ in range(30):
        bot.ask("go on", session)
    assert 30 < len(session.quoted) <= MAX_QUOTED and len(session.pending) <= MAX_PENDING
    back = Session.from_dict(session.to_dict())
    bot.check_session(back)
    assert back.quoted == session.quoted and back.pending == session.pending
    for bad in ({"quoted": [-1]}, {"quoted": ["1"]}, {"pending": list(range(MAX_PENDING + 1))},
                {"quoted": [True]}, {"quoted": 5}):
        with pytest.raises(ValueError):
            Session.from_dict(bad)
    with pytest.raises(ValueError):
        bot.check_session(Session(quoted=(10**8,)))


def test_a_sentence_a_page_says_twice_is_quoted_once(bot: Bot) -> None:
    # A page may say the same sentence in two sections (the sickle cell page does): going on through the whole page
    # never quotes it twice in one answer.
    s = Session()
    bot.ask("tell me about sickle cell disease", s)
    for _ in range(40):
        quotes = _texts(bot.ask("go on", s))
        assert len(quotes) == len(set(quotes))
