"""Round 37, follow-ups that ask a question of their own after naming something, lay words (low iron, at first, a
marrow transplant), yes/no forms of what brings a condition about and of one person's outlook, and whom a
treatment is for (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_what_about_message_with_its_own_question_asks_that_kind(bot) -> None:  # noqa: ANN001
    # (the last question was about treatment; the clause after the name asks how the two conditions are tied)
    answer = _ask(bot, "what are the signs of marrow necrosis", "and how do doctors treat that",
                  "what about tuberculosis then, how is it connected with necrosis")
    assert answer.intent == "causes"
    assert "tuberculosis" in answer.text.lower()


def test_a_what_about_message_asking_if_it_belongs_reads_what_it_is(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what causes bone marrow necrosis", "what about necrosis then, is it among those diseases?")
    assert answer.intent == "definition"
    assert answer.topic == "bone-marrow-necrosis"


def test_a_bare_what_about_still_keeps_the_last_kind(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how is polycythemia vera treated", "what about myelofibrosis?")
    assert answer.intent == "treatment"


def test_what_several_conditions_share_is_no_question_of_how_common(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what do all the bone marrow disorders have in common")
    assert answer.intent == "definition"
    assert not answer.abstained
    assert "stem cells" in answer.text


def test_a_statement_with_a_yes_tag_asks_what_brings_it_about(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "cancer drugs can make this happen, yes?")
    assert answer.intent == "causes"
    assert "anticancer drugs" in answer.text


def test_will_he_be_fine_after_is_one_persons_outlook(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "my uncle will be fine later? he is 55")
    assert answer.intent == "prognosis"
    assert not answer.urgent
    assert "age of the patient" in answer.text


def test_a_marrow_transplant_said_without_bone_names_the_transplant_page(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "is a marrow transplant meant to swap out faulty stem cells")
    assert not answer.abstained
    assert answer.topic == "bone-marrow-transplantation-medlineplus"
    assert "faulty bone marrow stem cells" in answer.text


def test_a_marrow_problem_beside_a_blood_test_stays_the_general_page(bot) -> None:  # noqa: ANN001
    # ("marrow" alone is read as "bone marrow" only when no name found says it: "marrow problem" does here)
    answer = _ask(bot, "are transplants used for diseases of the marrow?", "is a routine blood test able to find a "
                  "marrow problem")
    assert answer.topic == "bone-marrow-diseases"
    assert not answer.abstained


def test_who_needs_one_after_a_transplant_lists_whom_it_treats(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "tell me what a bone marrow transplant is", "so who would need one")
    assert answer.intent in ("treatment", "definition")
    assert "treat people with certain diseases" in answer.text
    assert "Multiple myeloma" in answer.text


def test_low_iron_is_read_as_not_enough_iron(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "tell me about anemia", "is it usually down to low iron")
    assert "not having enough iron" in answer.text


def test_no_symptoms_at_first_is_read_as_early(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "are there usually no symptoms at first with myelodysplastic syndromes")
    assert answer.intent == "symptoms"
    assert "early symptoms" in answer.text
