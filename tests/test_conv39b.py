"""Round 39 (b): frightened caregivers' messages, one's own complaint or results, and a word the documents use as it
is (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask

from marrowbot import Bot


def test_a_caregiver_wishing_for_hope_gets_no_crisis_answer(bot: Bot) -> None:
    for message in ("if the tests show no cancer, are his odds any better? we just need a little hope right now",
                    "my dad beat sepsis after his transplant last year and is thriving, i wanted to share some hope"):
        decision = bot.safety_decision(message)
        assert decision.urgent is None, message


def test_hope_lost_or_a_wish_to_die_is_still_a_crisis(bot: Bot) -> None:
    for message in ("there is no hope left for me and i want to end my life",
                    "i hope i never wake up tomorrow, i am so done with all of it"):
        assert bot.safety_decision(message).urgent in ("crisis", "crisis_now"), message


def test_hope_in_a_prognosis_question_answers_the_prognosis(bot: Bot) -> None:
    answer = _ask(bot, "my aunt was told she has bone marrow necrosis",
                  "would her outlook be better if it is not a cancer? i just need some hope here")
    assert not answer.urgent
    assert answer.intent == "prognosis"


def test_ones_own_aches_then_could_that_be_x_is_no_diagnosis(bot: Bot) -> None:
    # (The rule that made every such question a symptom check was withdrawn in the round's review: "worn out and
    # pale, could it be aplastic anemia" quoted necrosis's fever and bone pain.)
    answer = _ask(bot, "i keep reading about marrow problems",
                  "my shins and hips have ached for ten days and i feel drained all the time. "
                  "might that be bone marrow necrosis")
    assert answer.intent in ("personal_advice", "symptom_check") and "you have" not in answer.text.lower()
    assert not answer.urgent


def test_a_count_told_then_could_that_be_x_is_personal_advice(bot: Bot) -> None:
    answer = _ask(bot, "my white count was high on my last test, could it be leukemia")
    assert answer.intent == "personal_advice"


def test_asking_whether_ones_own_results_look_fine_is_personal_advice(bot: Bot) -> None:
    for message in ("could you say whether my lab results look okay", "are my blood results ok"):
        answer = _ask(bot, message)
        assert answer.intent == "personal_advice", message
        assert not answer.urgent, message


def test_a_lab_word_the_document_uses_keeps_the_conversations_topic(bot: Bot) -> None:
    answer = _ask(bot, "what are the symptoms of bone marrow necrosis",
                  "the hospital letter also says thrombocytopenia, what does that word mean, is it part of this")
    assert answer.topic == "bone-marrow-necrosis"
    assert "thrombocytopenia" in answer.text


def test_a_misspelt_condition_name_is_still_found(bot: Bot) -> None:
    answer = _ask(bot, "wat is myelofibrossis")
    assert answer.topic is not None and "myelofibrosis" in answer.topic
