"""Round 36, yes/no questions of cause and effect in lay words, brand names of medicines, lay names of blood
conditions, and how a thing no document names is treated (messages written for these tests in our own words, not
taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_condition_named_as_what_the_last_one_might_cause_asks_its_causes(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "tell me about sickle cell disease", "could it bring on bone marrow necrosis as well")
    assert answer.intent == "causes"
    assert answer.topic == "bone-marrow-necrosis"
    assert "sickle cell disease" in answer.text


def test_a_person_getting_a_condition_named_after_another_asks_what_brings_it(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is polycythemia vera", "so my uncle might end up with bone marrow necrosis then?")
    assert answer.intent == "causes"
    assert answer.topic == "bone-marrow-necrosis"


def test_a_condition_named_as_the_subject_of_is_it_from_asks_its_causes(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "is marrow necrosis usually from a blood cancer")
    assert answer.intent == "causes"
    assert answer.topic == "bone-marrow-necrosis"


def test_does_it_cause_low_blood_is_answered_with_the_sentence_that_names_it(bot) -> None:  # noqa: ANN001
    # (round 36: "low blood" is no longer rewritten as anemia: "how is low blood treated" then abstained)
    answer = _ask(bot, "does bone marrow necrosis give people low blood")
    assert not answer.abstained
    assert "low blood count" in answer.text and "anemia" in answer.text


def test_a_brand_name_is_read_as_the_medicine_the_documents_name(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "might a drug like gleevec be behind it")
    assert answer.intent == "causes"
    assert not answer.abstained
    assert "imatinib" in answer.text


def test_things_that_can_do_it_in_a_clause_of_their_own_ask_its_causes(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is bone marrow necrosis", "are there infections which can cause it")
    assert answer.intent == "causes"


def test_how_a_thing_no_document_names_is_treated_in_general_is_not_covered(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "which tablets do people use against seasickness on a cruise")
    assert answer.abstained
    assert not answer.urgent
    assert "care team" not in answer.text.split("This is general information")[0]


def test_ones_own_medicine_question_is_still_refused_kindly(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "should i take my seasickness tablets before the cruise")
    assert answer.intent == "personal_advice"
