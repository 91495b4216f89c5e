"""Round 52: what a code review of the requests to go on ("more", "go on", "you already said that") found.

- going on through a long page never quotes a sentence again (the session remembered only the last 64);
- a list's items come with the sentence leading into the list, said again if need be;
- "more" right after an urgent answer says what to do now first again (after a crisis answer, only that);
- a lone "y?" is English ("why?"), "¿y?" Spanish;
- a session's pending passages must be of its page (a forged or stale one is refused, a real one never);
- "you said?" and "i know it" are no complaint of repetition;
- "in simpler words" (the bot cannot paraphrase): a plainer quote of the same kind if a page has one, said to be a
  quote; else that it has none, and what it can do.

Messages are written for these tests; the safety screen's own decisions are never changed here."""

from __future__ import annotations

from collections import Counter

import pytest

from marrowbot import Answer, Bot, Session
from marrowbot.language import detect
from marrowbot.respond_more import RULE_CRISIS_AGAIN, RULE_NONE_PLAINER, RULE_PLAINER, RULE_URGENT_FIRST
from marrowbot.respond_siblings import plainness
from marrowbot.session import MAX_QUOTED
from marrowbot.text import fold
from marrowbot.text.follow_ups import PLAINER, SAID_ALREADY, continuation

EMERGENCY = "my little girl has sickle cell and her lips went blue and she is gasping for breath"
CRISIS = "i have aplastic anemia and i plan to end my life tonight"


def _texts(answer: Answer) -> list[str]:
    return [s.text for s in answer.snippets]


# -- 1. a long page, gone through to its end --------------------------------------------------------------------


def test_the_session_remembers_more_than_the_longest_page(bot: Bot) -> None:
    longest = max(Counter(p.doc for p in bot.corpus.passages).values())
    assert MAX_QUOTED >= longest


def test_going_on_through_a_long_page_never_says_a_sentence_again(bot: Bot) -> None:
    s = Session()
    said = _texts(bot.ask("could you tell me about sickle cell disease", s))
    for _ in range(45):  # (over 64 sentences: the old memory's size)
        answer = bot.ask("keep going", s)
        if not answer.snippets:
            break
        said += _texts(answer)
    assert len(said) > 120
    assert [t for t, n in Counter(said).items() if n > 1] == []


def test_a_full_memory_forgets_other_pages_first() -> None:
    s = Session(topic="page")
    page = range(1000, 1000 + MAX_QUOTED)
    s.note_quoted((1, 2, 3))  # (another page, quoted first)
    s.note_quoted(tuple(page[:-3]), page)
    assert len(s.quoted) == MAX_QUOTED
    s.note_quoted(tuple(page[-3:]), page)
    assert len(s.quoted) == MAX_QUOTED and set(s.quoted) == set(page)
    s.note_quoted((5000,), page)  # (then the page's oldest)
    assert len(s.quoted) == MAX_QUOTED and 1000 not in s.quoted and s.quoted[-1] == 5000


# -- 2. a list's items with their lead-in -----------------------------------------------------------------------


def test_list_items_come_with_the_sentence_leading_into_their_list(bot: Bot) -> None:
    composer = bot.responder.composer
    passages = bot.corpus.passages
    s = Session()
    bot.ask("what is aplastic anemia", s)
    items = 0
    for _ in range(4):
        ids = [x.passage for x in bot.ask("what else", s).snippets if x.passage is not None]
        for i in ids:
            lead = composer.lead_of(passages[i])
            if lead is not None and composer.lead_of(lead) is None:
                items += 1
                assert lead.id in ids, passages[i].text
    assert items  # (the page's list of causes was reached)


def test_an_item_ending_like_a_lead_in_is_not_said_again(bot: Bot) -> None:
    s = Session()
    said = _texts(bot.ask("what causes fanconi anemia", s))
    for _ in range(4):
        said += _texts(bot.ask("go on", s))
    assert [t for t, n in Counter(said).items() if n > 1] == []


# -- 3. "more" right after an urgent answer ---------------------------------------------------------------------


def test_more_after_an_emergency_says_what_to_do_first_then_goes_on(bot: Bot) -> None:
    assert bot.safety_decision(EMERGENCY).urgent == "emergency"
    assert bot.safety_decision("more").urgent is None
    s = Session()
    bot.ask(EMERGENCY, s)
    for request in ("more", "tell me a bit more"):
        answer = bot.ask(request, s)
        assert answer.urgent and answer.text.startswith(bot.messages.emergency)
        assert RULE_URGENT_FIRST in answer.explanation.rules and answer.snippets
    said = [t for t in _texts(answer)]
    assert len(said) == len(set(said))
    calm = bot.ask("how is it treated", s)  # (a question of its own: answered as usual)
    assert not calm.urgent and s.urgent is None and calm.snippets


def test_more_after_a_crisis_answer_gives_the_help_again_and_nothing_else(bot: Bot) -> None:
    assert bot.safety_decision(CRISIS).urgent in ("crisis", "crisis_now")
    s = Session()
    first = bot.ask(CRISIS, s)
    again = bot.ask("go on", s)
    assert again.urgent and not again.snippets and again.lead == first.lead
    assert RULE_CRISIS_AGAIN in again.explanation.rules


def test_the_urgent_kind_travels_with_the_session_and_is_checked(bot: Bot) -> None:
    s = Session()
    bot.ask(EMERGENCY, s)
    back = Session.from_dict(s.to_dict())
    assert back.urgent == "emergency"
    assert bot.ask("more", back).urgent
    for bad in ("calm", 3, "EMERGENCY"):
        with pytest.raises(ValueError):
            Session.from_dict({"urgent": bad})
    s.reset()
    assert s.urgent is None


# -- 4. a lone "y?" ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [("y?", "en"), ("Y", "en"), ("y ?", "en"), ("u?", "en"), ("¿y?", "es"),
                                        ("y eso?", "es"), ("sí", "es"), ("cuéntame más", "es")])
def test_one_letter_alone_is_no_sign_of_spanish(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_y_after_an_english_answer_is_answered_in_english(bot: Bot) -> None:
    s = Session()
    bot.ask("what is essential thrombocythemia", s)
    assert bot.ask("y?", s).lang == "en"


# -- 5. pending passages of the session's page ------------------------------------------------------------------


def test_pending_passages_of_another_page_are_refused(bot: Bot) -> None:
    s = Session()
    bot.ask("what are the symptoms of polycythemia vera", s)
    assert s.topic is not None
    other = next(p.id for p in bot.corpus.passages if p.doc != s.topic)
    with pytest.raises(ValueError):
        bot.check_session(Session(topic=s.topic, pending=(other,)))
    with pytest.raises(ValueError):
        Session.from_dict({"pending": [other]})  # (no topic at all)


def test_a_real_conversation_always_passes_the_check(bot: Bot) -> None:
    s = Session()
    for text in ("what is myelofibrosis", "what causes it", "that's not what i meant", "what about aplastic anemia",
                 EMERGENCY, "more", "how do doctors test for leukemia", "you already told me that"):
        bot.ask(text, s)
        back = Session.from_dict(s.to_dict())
        bot.check_session(back)
        page = bot.corpus.passage_ids(s.topic) if s.topic else range(0)
        assert all(i in page for i in s.pending)


# -- 6. "you said?", "i know it" --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["you said?", "i know it", "you said", "you told me", "you said it", "knew it"])
def test_a_bare_telling_or_knowing_is_no_complaint(text: str) -> None:
    assert continuation(fold(text)) is None


@pytest.mark.parametrize("text", ["you said it already", "you just told me", "i already know it", "i know that",
                                  "you told me that before", "i know it already"])
def test_a_complaint_of_repetition_is_still_one(text: str) -> None:
    assert continuation(fold(text)) == SAID_ALREADY


# -- 7. the next-best passages, scored once ---------------------------------------------------------------------


def test_the_next_best_passages_are_those_of_two_searches(bot: Bot) -> None:
    s = Session()
    answer = bot.ask("how is multiple myeloma diagnosed", s)
    assert answer.topic == s.topic and s.pending
    u = bot.understander.understand("how is multiple myeloma diagnosed", Session())
    sections = bot.intent_set.intent(answer.intent).sections
    hits = bot.index.search(u.query, 8, answer.topic, sections) + bot.index.search(u.query, 8, answer.topic)
    shown = {x.passage for x in answer.snippets}
    expected = [h.passage.id for h in hits if h.score > 0 and h.passage.id not in shown and not h.passage.context]
    assert list(s.pending) == list(dict.fromkeys(expected))[: len(s.pending)]


# -- "in simpler words": a quoting bot looks for a plainer sentence, and says it only quotes ----------------------


@pytest.mark.parametrize("text", ["in simple words please", "explain it more simply", "can you say that in plain "
                                  "english?", "ok, simpler please", "dumb it down for me", "más fácil por favor",
                                  "explícamelo más sencillo", "en palabras sencillas"])
def test_asking_for_plainer_words_is_told_apart(text: str) -> None:
    assert continuation(fold(text), spanish=True) == PLAINER


@pytest.mark.parametrize("text", ["simple", "claro", "is it easy to treat", "what is a simple test for it",
                                  "explain it", "easy", "fácil"])
def test_a_word_of_ease_alone_or_in_a_question_is_no_such_request(text: str) -> None:
    assert continuation(fold(text), spanish=True) != PLAINER


def test_plainer_words_are_a_plainer_quote_of_the_same_kind_said_to_be_a_quote(bot: Bot) -> None:
    s = Session()
    first = bot.ask("how do they treat aplastic anemia", s)
    answer = bot.ask("in simple words please", s)
    assert RULE_PLAINER in answer.explanation.rules and answer.snippets and not answer.urgent
    assert answer.lead.startswith("I can only quote the documents word for word")
    assert not set(_texts(answer)) & set(_texts(first))
    texts = {p.text for p in bot.corpus.passages}
    assert all(t in texts for t in _texts(answer))  # (quotes only: nothing written by the bot)
    assert max(plainness(t) for t in _texts(answer)) > max(plainness(t) for t in _texts(first))


def test_with_nothing_plainer_it_says_so_and_what_it_can_do(bot: Bot) -> None:
    s = Session()
    bot.ask("what is essential thrombocythemia", s)
    answer = bot.ask("could you explain that in simpler words", s)
    assert RULE_NONE_PLAINER in answer.explanation.rules and not answer.snippets
    assert "word for word" in answer.text and "what a word means" in answer.text


def test_plainer_words_in_spanish_speak_spanish(bot: Bot) -> None:
    s = Session()
    bot.ask("what is polycythemia vera", s)
    answer = bot.ask("más fácil por favor", s)
    assert answer.lang == "es" and answer.lead.startswith("Solo puedo citar")
