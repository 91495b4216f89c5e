"""Round 37 (b): the page and the sentence for questions about library conditions, questions about one person's own
case, and long or typo-laden messages whose question opens them (messages written for these tests in our own words,
not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_ones_own_count_asked_about_is_personal(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my platelet count was 60 at the clinic, is that bad")
    assert answer.intent == "personal_advice"
    assert not answer.urgent


def test_a_complaint_the_lay_words_do_not_know_with_do_i_have_it_stays_a_symptom_check(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "i keep getting headaches and my cheeks are flushed, do i have polycythemia vera")
    assert answer.intent in ("symptom_check", "personal_advice")


def test_a_relatives_complaint_with_does_he_have_it_is_no_question_about_the_condition(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my husband has sickle cell and his hip aches badly this week, does he have marrow necrosis")
    assert answer.intent in ("symptom_check", "personal_advice")


def test_a_relatives_complaint_asked_as_part_of_the_condition_is_its_symptoms(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my brother has bone marrow necrosis and his eyes went yellow, is that part of it? thank you")
    assert answer.intent == "symptoms"
    assert "jaundice" in answer.text


def test_a_message_opening_with_what_is_a_name_is_a_definition_whatever_story_follows(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "what exactly is DIC, nobody has told us what it means")
    assert answer.intent == "definition"
    assert "blood clots form throughout the body's small blood vessels" in answer.text


def test_what_is_x_anyway_with_no_complaint_is_no_symptom_check(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is ALL anyway, i just nod along whenever the nurses say it")
    assert answer.intent == "definition"
    assert "lymphoblastic leukemia" in answer.text


def test_a_sibling_summing_the_kind_up_with_using_is_quoted(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is multiple myeloma", "how do the doctors find out someone has it")
    assert answer.intent == "diagnosis"
    assert "bone marrow biopsy" in answer.text


def test_a_sibling_whose_section_is_a_side_topic_is_passed_over(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what causes polycythemia vera", "and how do doctors treat PV")
    assert answer.intent == "treatment"
    assert "Phlebotomy" in answer.text
    assert "itching" not in answer.text


def test_the_words_asked_said_on_a_sibling_page_too_are_quoted_from_both(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is the most common cause of anemia")
    assert "not having enough iron" in answer.text
    assert "Blood loss is the most common cause of anemia" in answer.text


def test_a_letter_doubled_or_dropped_is_put_right(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "can the marow heal again after it")
    assert not answer.abstained
    assert "able to grow and thrive again" in answer.text


def test_a_long_messages_question_that_names_the_condition_before_this_is_read_alone(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my brother has lived with sickle cell since he was born and normally knows his pain crises, "
                       "but last week the hematologist did a marrow biopsy and said necrosis. is necrosis something "
                       "sickle cell can lead to or is this a new problem")
    assert not answer.abstained
    assert "sickle cell" in answer.snippets[0].text  # (its question's own words pick the sentence, not the story's)
