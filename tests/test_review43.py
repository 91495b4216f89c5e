"""Review of round 43: the sentence that explains a term explains that term, not a word said of it; "these diseases"
after one disease whose name merely ends in s (a "-sis" name) is read like any disease named in the singular.
Messages written for these tests in our own words."""

from __future__ import annotations


def test_a_word_said_of_the_term_is_not_what_the_term_means(bot) -> None:  # noqa: ANN001
    # "X are sporadic, which means they ..." says what "sporadic" means, not what X is.
    hits = bot.responder.retriever.explaining("antiphospholipid syndrome")
    assert all("sporadic, which means" not in h.passage.text for h in hits)


def test_a_term_followed_by_a_word_of_its_name_is_still_explained(bot) -> None:  # noqa: ANN001
    hits = bot.responder.retriever.explaining("autosomal recessive")
    assert any("which means both copies" in h.passage.text for h in hits)
