"""Round 38 (b): long frightened messages, personal advice or out of scope, and small talk (messages written for these
tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_thanks_that_takes_leave_is_a_goodbye(bot) -> None:  # noqa: ANN001
    for message in ("ta very much, nighty night... good night", "many thanks, see ya"):
        answer = _ask(bot, "in simple words, what is marrow necrosis", message)
        assert answer.intent == "goodbye", message


def test_a_plain_thanks_stays_a_thanks(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "in simple words, what is marrow necrosis", "thank you so much for that")
    assert answer.intent == "thanks"


def test_how_to_make_a_complaint_no_document_names_stop_is_out_of_scope(bot) -> None:  # noqa: ANN001
    for message in ("how can i stop my snoring keeping everyone up", "what do you do about a cough that never stops"):
        answer = _ask(bot, message)
        assert answer.abstained and not answer.urgent, message
        assert answer.intent == "out_of_scope", message


def test_stopping_ones_own_medicine_is_still_personal_advice(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how do i stop my hydroxyurea pills, they make me queasy")
    assert answer.intent == "personal_advice"


def test_ones_own_complaint_then_could_that_be_x_after_a_diagnosis_request_is_a_symptom_check(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "be honest, have i got bone marrow necrosis",
                  "my hip and knees have ached for a fortnight and i run a fever every night, could that be it, "
                  "bone marrow necrosis")
    assert answer.intent == "symptom_check"
    assert not answer.urgent


def test_a_bare_could_it_be_x_after_a_symptom_check_is_still_personal_advice(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my shins are covered in little red dots and i feel wiped out, what might that be",
                  "could it be aplastic anemia?")
    assert answer.intent in ("personal_advice", "symptom_check")


def test_could_that_be_connected_to_a_past_illness_asks_how_the_documents_relate_them(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what leads to marrow necrosis in people",
                  "years back she was treated for tuberculosis in another country, and it was cured. could that "
                  "be linked in any way, can tb really do this")
    assert answer.intent == "causes"
    assert "tuberculosis" in answer.text
    assert not answer.abstained


def test_is_it_from_x_with_no_complaint_told_is_a_cause_not_a_diagnosis(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "in simple words, what is marrow necrosis",
                  "my wife blames herself, she thinks it was the food she gave him. what causes the necrosis in "
                  "the first place, is it from his lymphoma")
    assert answer.intent == "causes"
    assert not answer.urgent


def test_the_marrow_said_first_then_asked_if_it_recovers(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "in simple words, what is marrow necrosis",
                  "and his marrow, will it grow back once this is over? he needs good blood counts")
    assert answer.intent in ("treatment", "prognosis")
    assert "able to grow and thrive again" in answer.text


def test_a_long_message_asks_its_last_unpunctuated_yes_no_question(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my cousin beat leukemia (ALL) three years ago and was doing great, but lately his shins ache "
                       "and he runs a temperature in the evenings, and his wife thinks it has returned. someone online "
                       "wrote about marrow necrosis and relapse?? is bone marrow necrosis linked to ALL returning")
    assert answer.intent in ("causes", "symptom_check")
    assert "recurrence" in answer.text


def test_a_follow_up_asking_whom_to_turn_to_gets_the_support_section(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "give me an overview of bone marrow diseases",
                  "where can my family find help, or someone to talk with who gets it, not chat rooms")
    assert answer.intent == "support"
    assert not answer.abstained
    assert answer.snippets or "Read more" in answer.text
