"""Round 43, conversations: a term asked about is answered by the sentence that explains it, also when the documents
explain it in plain words beside it ("jaundice (a yellowish color ...)", "..., known as jaundice", "an autosomal
recessive pattern, which means ...") and when the question is put around it ("sorry, ...", "..., I hear it all the
time", "the meaning of ...", "in everyday language"); "these diseases" after a page about no disease is about the
marrow's diseases (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_term_the_documents_explain_in_brackets_is_answered_by_that_sentence(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what symptoms does bone marrow necrosis cause", "excuse me, what's jaundice?")
    assert "yellowish color of the skin" in a.text
    assert not a.abstained and not a.urgent


def test_a_term_explained_by_what_it_means_after_it(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "is fanconi anemia passed down in families",
             "what does autosomal recessive mean in everyday language")
    assert "both copies of the gene" in a.text


def test_a_term_asked_with_a_story_after_it_gets_what_it_is(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about multiple myeloma", "what's hemoglobin, the nurse keeps using that word")
    assert "Hemoglobin is an iron-rich protein" in a.text or "protein that carries oxygen" in a.text


def test_the_meaning_of_a_word_is_what_the_documents_say_it_is(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is leukemia", "what is the meaning of lymphocytes")
    assert "a type of white blood cell" in a.text or "(white blood cells)" in a.text


def test_these_diseases_after_a_page_about_no_disease_are_the_marrows(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what are bone marrow diseases", "what do the stem cells turn into",
             "and what brings on these diseases")
    assert a.topic == "bone-marrow-diseases" and a.intent == "causes"
    assert "genetics and environmental factors" in a.text


def test_asking_how_two_kinds_differ_quotes_a_sentence_on_each(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about leukemia", "so what is the difference between chronic and acute")
    assert "Chronic leukemia grows slowly" in a.text and "In acute leukemia" in a.text
    assert a.topic == "leukemia-medlineplus" and not a.abstained


def test_these_diseases_after_one_disease_named_in_the_singular_are_the_marrows(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what are bone marrow diseases", "can lymphoma spread to the marrow",
             "are these diseases always treated with a transplant")
    assert a.topic == "bone-marrow-diseases" and a.intent == "treatment"
    assert "Treatments depend on the disorder" in a.text
