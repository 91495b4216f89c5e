"""Short messages (round 54, issue 10): thanks, greetings and goodbyes in other languages get the small-talk reply
(one checked lexicon, text/courtesies.yml); one- or two-word questions are read in the conversation's topic; "what
do platelets do" with no topic asks what they are."""

from __future__ import annotations

import json

import pytest
from conftest import ask_all, run_marrowbot

from marrowbot import Bot, Session
from marrowbot.text.courtesies import Courtesies, CourtesiesError, check, packaged
from marrowbot.yamlio import load_yaml_with_nodes


@pytest.mark.parametrize(("text", "kind"), [
    ("merci", "thanks"), ("Merci beaucoup !", "thanks"), ("obrigada", "thanks"), ("valeu, obrigado", "thanks"),
    ("salamat po", "thanks"), ("danke schön", "thanks"), ("arigatou", "thanks"), ("grazie mille", "thanks"),
    ("tchau", "goodbye"), ("au revoir", "goodbye"), ("merci, au revoir", "goodbye"),
    ("ok thanks gracias bye", "goodbye"), ("bonjour", "greeting"), ("namaste", "greeting"),
])
def test_courtesies_in_other_languages_get_the_small_talk_reply(bot: Bot, text: str, kind: str) -> None:
    a = bot.ask(text, Session())
    assert a.intent == kind and not a.abstained and not a.urgent
    assert "don't have information" not in a.text and "no tengo" not in a.text


def test_a_question_that_ends_in_merci_is_still_a_question(bot: Bot) -> None:
    a = bot.ask("what are the symptoms of bone marrow necrosis? merci", Session())
    assert a.intent == "symptoms" and a.topic == "bone-marrow-necrosis" and not a.abstained
    assert "bone pain, fever, fatigue, and jaundice" in a.text


@pytest.mark.parametrize("text", [
    "danke. i want to end my life tonight",
    "merci. my chest hurts so bad and i cant breathe",
])
def test_a_courtesy_never_turns_an_urgent_message_into_small_talk(bot: Bot, text: str) -> None:
    a = bot.ask(text, Session())
    assert a.urgent and a.intent == "emergency"
    assert bot.safety_decision(text).urgent


def test_merci_typed_to_the_real_command_line_is_thanked() -> None:
    r = run_marrowbot("ask", "--json", input="merci beaucoup\n")
    assert r.returncode == 0, r.stderr
    answer = json.loads(r.stdout.splitlines()[0])
    assert answer["intent"] == "thanks" and not answer["abstained"]


def _checked(text: str) -> Courtesies:
    root, value = load_yaml_with_nodes(text, "c.yml", CourtesiesError)
    return Courtesies(check(value, root, "c.yml"))


@pytest.mark.parametrize(("text", "says"), [
    ("courtesies:\n  - {kind: thanks, english: thank you, lang: fr, says: [merci]}\n"
     "  - {kind: hello, english: hello, lang: fr, says: [bonjour]}\n", "c.yml:3: kind 'hello'"),
    ("courtesies:\n  - {kind: thanks, english: what is leukemia, lang: fr, says: [merci]}\n", "c.yml:2: english"),
    ("courtesies:\n  - {kind: thanks, english: thank you, lang: fr, says: [merci]}\n"
     "  - {kind: thanks, english: thank you, lang: pt, says: [Mérci]}\n", "listed twice (first on line 2)"),
    ("courtesies:\n  - {kind: greeting, english: hello, lang: de, says: [blood]}\n", "everyday English word"),
    ("courtesies:\n  - {kind: thanks, english: thanks, lang: es, says: [gracias]}\n", "not en or es"),
    ("courtesies:\n  - {kind: thanks, english: thanks, lang: fr, says: [merci], sure: yes}\n", "exactly the keys"),
])
def test_a_mistake_in_the_lexicon_is_reported_where_it_is(text: str, says: str) -> None:
    with pytest.raises(CourtesiesError) as err:
        _checked(text)
    assert says in str(err.value)


def test_the_packaged_lexicon_loads_and_keeps_the_rest_as_typed() -> None:
    c = packaged()
    assert c.english("Merci, au revoir!") == "thank you, goodbye!"
    assert c.english("what is the treatment? obrigado") == "what is the treatment? thank you"
    assert c.english("mercy me") == "mercy me"  # (whole words only)


def test_a_bare_group_follow_up_is_asked_of_the_topic(bot: Bot) -> None:
    a = ask_all(bot, "what is bone marrow necrosis", "kids?")
    assert a.topic == "bone-marrow-necrosis" and a.intent != "support"
    assert "Children with acute lymphoblastic leukemia (ALL) and bone marrow necrosis" in a.text


@pytest.mark.parametrize("text", ["kids?", "what does it do to kids"])
def test_a_group_asked_of_no_condition_asks_which_condition(bot: Bot, text: str) -> None:
    """A review found "kids?" with nothing said before it answered "I don't have information about that"."""
    a = bot.ask(text, Session())
    assert "Which condition do you mean?" in a.text


def test_asking_for_something_for_kids_to_read_is_still_support(bot: Bot) -> None:
    a = ask_all(bot, "what is bone marrow necrosis", "anything for kids to read")
    assert a.intent == "support" and "Children with acute lymphoblastic" not in a.text


def test_a_short_follow_up_after_a_page_named_by_its_head_is_read_in_it(bot: Bot) -> None:
    a = ask_all(bot, "what is thrombocythemia", "symptoms?")
    assert a.intent == "symptoms" and a.topic == "essential-thrombocythemia-ghr" and not a.abstained
    assert "Which condition do you mean" not in a.text


def test_what_a_blood_cell_does_with_no_topic_is_what_it_is(bot: Bot) -> None:
    a = bot.ask("what do platelets do", Session())
    assert a.intent == "definition" and not a.abstained
    assert "the platelets that help with blood clotting" in a.text


def test_what_doctors_do_with_no_topic_still_asks_which_condition(bot: Bot) -> None:
    a = bot.ask("what do doctors do for it", Session())
    assert a.intent == "treatment" and a.abstained and "Which condition do you mean" in a.text


@pytest.mark.parametrize("text", [
    "merci, je veux mourir", "danke. ich will sterben", "tchau, quero morrer", "salamat po, gusto ko nang mamatay",
    "au revoir pour toujours", "obrigado por tudo, adeus",
])
def test_a_courtesy_before_words_the_bot_does_not_read_is_no_small_talk(bot: Bot, text: str) -> None:
    """A cold review: a crisis in a language the bot does not read, after a courtesy, got a cheerful "You are
    welcome" or "Take care". The message is read as typed instead (no small talk about what it could not read)."""
    a = bot.ask(text, Session())
    assert a.intent not in ("thanks", "goodbye", "greeting"), a.text
    assert "You are welcome" not in a.text and "Take care" not in a.text and "Cuídese" not in a.text


@pytest.mark.parametrize(("text", "not_intent"), [
    ("what does ciao mean", "goodbye"), ("is the Ciao diet good for anemia?", "goodbye"),
    ("what does OBG mean", "thanks"), ("I ate logo cookies, does that affect anemia", "goodbye"),
])
def test_a_courtesy_word_inside_a_question_or_asked_about_is_not_read_as_one(bot: Bot, text: str,
                                                                              not_intent: str) -> None:
    assert bot.ask(text, Session()).intent != not_intent


@pytest.mark.parametrize("text", ["thanks, what is MDS?", "merci, what is MDS?", "thank you! what is MDS"])
def test_thanks_before_a_question_is_a_question(bot: Bot, text: str) -> None:
    a = bot.ask(text, Session())
    assert a.intent == "definition" and "Myelodysplastic syndromes (MDS) are" in a.text
