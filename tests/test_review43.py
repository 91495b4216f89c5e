"""Review of round 43: the sentence that explains a term explains that term, not a word said of it; "what is meant by
X" asks about X. Messages written for these tests in our own words."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_word_said_of_the_term_is_not_what_the_term_means(bot) -> None:  # noqa: ANN001
    # "X are sporadic, which means they ..." says what "sporadic" means, not what X is.
    hits = bot.responder.retriever.explaining("antiphospholipid syndrome")
    assert all("sporadic, which means" not in h.passage.text for h in hits)


def test_a_term_followed_by_a_word_of_its_name_is_still_explained(bot) -> None:  # noqa: ANN001
    hits = bot.responder.retriever.explaining("autosomal recessive")
    assert any("which means both copies" in h.passage.text for h in hits)


def test_what_is_meant_by_a_term_asks_about_the_term(bot) -> None:  # noqa: ANN001
    from marrowbot.asked_term import term_asked

    assert term_asked("what is meant by jaundice?") == "jaundice"
    a = _ask(bot, "tell me about sickle cell disease", "what is meant by jaundice")
    assert "yellowish color of the skin" in a.text and not a.urgent
