"""Round 50: a test, a procedure or a treatment named in a question about the conversation's condition ("can a blood
test pick it up", "what might her blood tests reveal") is no new subject: the conversation stays with its condition,
and so do the questions after it; asked about itself ("what is a bone marrow transplant", "is a transfusion risky"),
it is (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

import pytest
from conversing import last_answer as _ask

from marrowbot.understanding.topics import names_a_thing


@pytest.mark.parametrize(("turns", "doc"), [
    (("tell me about polycythemia vera", "could a blood test pick it up"), "polycythemia-vera"),
    (("what is multiple myeloma", "what do his blood tests usually show with this"), "multiple-myeloma"),
    (("what is polycythemia vera", "so what would the blood tests find"), "polycythemia-vera"),
    (("what is sickle cell disease", "would a blood test detect that one"), "sickle-cell"),
    (("what is myelofibrosis", "can a stem cell transplant fix it"), "myelofibrosis"),
    (("what is aplastic anemia", "the doctors say he needs transfusions all the time, how come"), "aplastic-anemia"),
])
def test_a_test_or_treatment_asked_of_the_condition_keeps_the_topic(bot, turns, doc) -> None:  # noqa: ANN001
    answer = _ask(bot, *turns)
    assert answer.topic is not None and doc in answer.topic, answer.topic


@pytest.mark.parametrize(("turns", "doc"), [
    (("what is essential thrombocythemia", "would a blood count test show that", "how is it treated"),
     "essential-thrombocythemia"),
    (("what is aplastic anemia", "so would a blood test find that", "is it curable"), "aplastic-anemia"),
])
def test_the_next_question_is_still_about_the_condition(bot, turns, doc) -> None:  # noqa: ANN001
    answer = _ask(bot, *turns)
    assert answer.topic is not None and doc in answer.topic, answer.topic


@pytest.mark.parametrize(("turns", "doc"), [
    (("what is leukemia", "what is a bone marrow transplant"), "bone-marrow-transplantation-medlineplus"),
    (("what is leukemia", "is a blood transfusion risky"), "blood-transfusion-and-donation-medlineplus"),
    (("what is lymphoma", "can you get an infection from a blood transfusion"),
     "blood-transfusion-and-donation-medlineplus"),
    (("what are blood count tests",), "blood-count-tests-medlineplus"),
])
def test_the_thing_asked_about_itself_is_the_subject(bot, turns, doc) -> None:  # noqa: ANN001
    assert _ask(bot, *turns).topic == doc


def test_a_page_about_a_thing_is_told_by_its_own_data() -> None:
    assert names_a_thing(("Blood Count Tests", "CBC", "Complete Blood Count"), ("Summary",))
    assert names_a_thing(("Bone Marrow Transplantation",), ("Summary",))
    assert not names_a_thing(("Disseminated Intravascular Coagulation",), ("Summary", "Symptoms", "Causes"))
    assert not names_a_thing(("Tuberculosis",), ("Summary",))
    assert not names_a_thing(("Primary Hyperparathyroidism",), ("Summary",))
