"""Round 39, the kind of question, lay words and the sentence that answers: a name's quantifier, a thing described
and its name asked, lay words put in the documents' words ("overactive X", "blood flow"), a follow-up that says its
own kind, and "what are X for" in the conversation's seed (messages written for these tests in our own words, not
taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_quantifier_before_a_name_is_no_part_of_it(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "is a marrow transplant needed for each and every bone marrow disorder")
    assert not a.abstained and a.intent == "treatment" and a.topic == "bone-marrow-diseases"
    assert "Treatments depend on the disorder" in a.text


def test_a_thing_described_and_its_name_asked_is_answered_by_the_seed(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "so what's that mushy stuff found inside of bones called")
    assert not a.abstained and a.intent == "definition" and a.topic == "bone-marrow-diseases"
    assert "spongy tissue inside some of your bones" in a.text


def test_a_name_asked_of_something_no_document_describes_is_still_out_of_scope(bot) -> None:  # noqa: ANN001
    for message in ("whats the capital of spain called", "what is the round thing on top of a church called"):
        a = _ask(bot, message)
        assert a.abstained and a.intent == "out_of_scope", message


def test_overactive_gland_is_the_documents_hyper_word(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "how does a person end up with necrosis of the marrow", "can an overactive parathyroid lead to it")
    assert not a.abstained and a.intent == "causes" and "hyperparathyroidism" in a.text


def test_an_underactive_gland_the_documents_never_name_is_not_said(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "how does a person end up with necrosis of the marrow", "can an underactive thyroid lead to it")
    assert a.abstained and "hypothyroid" not in a.text.lower()


def test_blood_flow_is_what_the_documents_call_circulation(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "does marrow necrosis happen when too little blood flow reaches the marrow")
    assert not a.abstained and a.topic == "bone-marrow-necrosis"
    assert "poor circulation of oxygen and nutrients" in a.text


def test_a_follow_up_saying_its_kind_is_answered_however_unsure_the_model(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "explain to me what a disease of the bone marrow is", "which inherited conditions involve the marrow")
    assert not a.abstained and a.intent == "genetics" and a.topic == "bone-marrow-diseases"
    assert "MedlinePlus Genetics" in a.text


def test_what_a_thing_is_for_is_said_by_the_conversations_seed(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "which cells does the bone marrow produce", "so what are the white cells for")
    assert not a.abstained and a.topic == "bone-marrow-diseases" and "fight infections" in a.text

