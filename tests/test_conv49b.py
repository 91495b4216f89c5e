"""conv49b: the ways of asking added for the conversation (intents/examples.*.yml) train the intent matcher only. The
safety screen weighs the emergency guess of a matcher trained on intents.yml alone, and its detectors never read
them either, so a way of asking added for an answer cannot move a safety decision."""

from __future__ import annotations

from dataclasses import replace

import pytest

from marrowbot import Bot, Session
from marrowbot.understanding.intent_model import IntentMatcher


def test_the_conversation_examples_are_generated_examples(bot) -> None:  # noqa: ANN001
    generated = dict(bot.intent_set.generated)
    assert generated.get("Much obliged, sir") == "thanks"
    assert "Much obliged, sir" not in {e for i in bot.intent_set.intents for e in i.examples}


def test_the_screen_weighs_a_matcher_trained_on_intents_yml_alone(bot) -> None:  # noqa: ANN001
    u = bot.understander
    hand = replace(bot.intent_set, generated=())
    assert u.screen_matcher is not u.matcher
    assert u.screen_matcher.example_matrix.shape[1] == len(IntentMatcher.example_list(hand))
    assert u.matcher.example_matrix.shape[1] == len(IntentMatcher.example_list(bot.intent_set))


def test_without_generated_examples_the_matcher_is_the_screens_too(bot) -> None:  # noqa: ANN001
    hand = replace(bot.intent_set, generated=())
    assert IntentMatcher.screen_arrays(hand) == {}
    matcher = bot.understander.matcher
    assert IntentMatcher.screen({}, hand, matcher) is matcher


def test_the_screen_reads_its_own_matcher_on_the_message(bot) -> None:  # noqa: ANN001
    text = "what is the outlook for someone with myelofibrosis"
    u = bot.understander.understand(text, Session())
    screen = bot.understander.screen_matcher.score(bot.understander.spelled(text))
    assert u.screen_intent[0] == screen.best[0]
    assert u.screen_intent[1] == pytest.approx(screen.best[1], abs=0.05)


def test_an_emergency_worded_generated_example_moves_no_safety_decision(bot) -> None:  # noqa: ANN001
    # Ways of asking taught as 'thanks' that read as a crisis: the answer's matcher learns them, the screen does not.
    odd = tuple((f"thinking about ending it all tonight {w}", "thanks") for w in ("cheers", "ta", "thx", "ty", "tq"))
    taught = replace(bot.intent_set, generated=(*bot.intent_set.generated, *odd))
    arrays = IntentMatcher.build_arrays(taught)
    matcher = IntentMatcher(arrays, IntentMatcher.example_list(taught))
    screen = bot.understander.screen_matcher
    learnt = Bot(bot.corpus, taught, bot.index, matcher, bot.info, bot.emergency, bot.understander.safety_model,
                 screen)
    for text in ("i keep thinking about ending it all tonight", "my dad collapsed and is not breathing",
                 "im fine, just tired after chemo, thanks"):
        assert learnt.safety_decision(text) == bot.safety_decision(text)


@pytest.mark.parametrize("text", [
    "i have the pills counted out and i am going to take them all tonight",
    "my brother texted me that he is going to end his life and now he wont answer",
])
def test_crises_the_conversation_examples_come_near_stay_crises(bot, text: str) -> None:  # noqa: ANN001
    # (the conversation examples add slang and letter sign-offs: a crisis told around them stays a crisis)
    assert bot.safety_decision(text).urgent in ("crisis", "crisis_now")
    assert bot.safety_decision(f"ngl {text} tbh").urgent in ("crisis", "crisis_now")
    assert bot.safety_decision(f"{text}. Yours sincerely, Ann").urgent in ("crisis", "crisis_now")


def test_formal_thanks_still_closes_the_conversation(bot) -> None:  # noqa: ANN001
    a = bot.ask("I am greatly obliged for your patience. Yours faithfully, Margaret", Session())
    assert a.intent == "thanks"
    assert not a.urgent
