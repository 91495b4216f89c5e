"""Round 35, short follow-ups: a word the document only uses inside a longer one, test results read as findings, a
bare "why?" after an answer, lay words for testing the marrow, and an ordinary how-to no document covers (messages
written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_word_the_document_uses_inside_a_longer_one_finds_that_sentence(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "is bone marrow necrosis linked to tuberculosis", "and thyroid glands, parathyroid ones?")
    assert not answer.abstained
    assert answer.topic == "bone-marrow-necrosis"
    assert "hyperparathyroidism" in answer.text


def test_test_results_asked_after_the_signs_are_the_laboratory_findings(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what are the symptoms of marrow necrosis", "and the blood results?")
    assert not answer.abstained
    assert "lactic dehydrogenase" in answer.text
    assert answer.intent != "research"


def test_a_clotting_disorder_asked_of_as_a_cause_finds_the_coagulation_one(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what conditions cause bone marrow necrosis", "can a clotting disorder be one of them")
    assert answer.topic == "bone-marrow-necrosis"
    assert "disseminated intravascular coagulation" in answer.text


def test_a_bare_why_asks_why_of_the_last_answer(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is the outlook for bone marrow necrosis", "how come?")
    assert answer.intent == "prognosis"
    assert answer.topic == "bone-marrow-necrosis"


def test_checking_the_marrow_is_testing_it(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how would a doctor check somebody's marrow")
    assert not answer.abstained
    assert answer.intent == "diagnosis"
    assert "bone marrow tests" in answer.text.lower()


def test_stopping_a_habit_no_document_covers_is_out_of_scope(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how can i stop grinding my teeth at night")
    assert answer.abstained
    assert answer.intent == "out_of_scope"


def test_stopping_a_treatment_is_still_refused_kindly(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "can i stop taking my tablets when i feel better")
    assert answer.intent == "personal_advice"
    assert not answer.abstained
