"""norm50: the same question typed a little differently is read the same. One normal form (spelling.asking_form,
and spelling.model_form for the intent model) that the speller's output and the intent model's training examples and
messages all go through: a contraction's apostrophe, a message in capitals only, a courtesy after a question, "u"
and "r". The safety screen still reads the message as typed."""

from __future__ import annotations

import pytest

from marrowbot import Session
from marrowbot.understanding.spelling import asking_form, model_form


@pytest.mark.parametrize(("typed", "normal"), [
    ("What's thalassemia?", "Whats thalassemia?"),
    ("I don't get why it's happening", "I dont get why its happening"),
    ("I'll ask her later", "I'll ask her later"),  # not "ill"
    ("we're worried", "we're worried"),  # not "were"
    ("HOW LONG DOES RECOVERY TAKE", "how long does recovery take"),
    ("is MDS a cancer", "is MDS a cancer"),  # capitals in a message that has lowercase: kept
    ("CML?", "CML?"),  # an acronym alone: kept
    ("how do they test for it, thank you", "how do they test for it"),
    ("could you explain hemochromatosis please!", "could you explain hemochromatosis"),
    ("ok thanks", "ok thanks"),  # a thank-you, not a question
    ("thanks", "thanks"),
    ("my legs ache please", "my legs ache please"),  # no question before it: as typed
])
def test_the_asking_form(typed: str, normal: str) -> None:
    assert asking_form(typed) == normal


def test_the_model_form_puts_texting_words_in_full() -> None:
    assert model_form("what r the side effects") == "what are the side effects"
    assert model_form("can u tell me about gaucher disease") == "can you tell me about gaucher disease"
    assert model_form(model_form("how's it passed on thx")) == model_form("how's it passed on thx")


def test_the_conversation_matcher_reads_the_normal_form_the_screens_as_written(bot) -> None:  # noqa: ANN001
    u = bot.understander
    assert u.matcher.normal
    assert not u.screen_matcher.normal


def _intent(bot, text: str) -> str:  # noqa: ANN001
    return str(bot.ask(text, Session()).intent)


@pytest.mark.parametrize("variants", [
    ("what's the outlook for someone with myelofibrosis?", "whats the outlook for someone with myelofibrosis",
     "WHAT'S THE OUTLOOK FOR SOMEONE WITH MYELOFIBROSIS", "what's the outlook for someone with myelofibrosis thanks"),
    ("what are the treatments for polycythemia vera", "what r the treatments for polycythemia vera",
     "WHAT ARE THE TREATMENTS FOR POLYCYTHEMIA VERA?", "what are the treatments for polycythemia vera, please"),
    ("can you tell me what causes aplastic anemia", "can u tell me what causes aplastic anemia",
     "can you tell me what causes aplastic anemia? thank you"),
])
def test_variants_of_one_question_read_alike(bot, variants: tuple[str, ...]) -> None:  # noqa: ANN001
    intents = {v: _intent(bot, v) for v in variants}
    assert len(set(intents.values())) == 1, intents


def test_a_thank_you_alone_is_still_thanks(bot) -> None:  # noqa: ANN001
    assert _intent(bot, "ok that helps, thanks") == "thanks"
    assert _intent(bot, "THANK YOU SO MUCH") == "thanks"


def test_the_screen_reads_the_message_as_typed(bot) -> None:  # noqa: ANN001
    # A courtesy after an emergency told as a question is not left out for the safety screen.
    d = bot.safety_decision("my husband just collapsed and he's not breathing, what do i do?? please")
    assert d.urgent == "emergency"
    # In capitals and with its apostrophe, as typed, the screen's matcher reads an emergency; the reading form would
    # not: the screen gets the typed form.
    typed = "I CAN'T BREATHE PROPERLY WHAT DO I DO"
    said = bot.understander.speller.reading_form(typed)
    u = bot.understander.understand(said, Session(), typed=typed)
    screen = bot.understander.screen_matcher
    assert u.screen_intent == bot.understander.typed_scores(typed, Session(), screen).best
    assert u.screen_intent != bot.understander.typed_scores(said, Session(), screen).best
