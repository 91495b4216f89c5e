"""Cold review of round 44: what the round's new rules took too far, in our own words. An emergency phrase said
with a near form of its word ("worse" for "worst") is still an emergency; envying someone who passed a test, or a
nick while shaving on low platelets, is no crisis; catching a condition on a blood test is finding it, not its
spread; "is it feline leukemia" names a longer name than the documents' "leukemia"."""

from __future__ import annotations


def test_is_it_feline_leukemia_is_not_answered_as_leukemia(bot) -> None:  # noqa: ANN001
    answer = bot.ask("is it feline leukemia")
    assert answer.intent == "out_of_scope" and "say that about" not in answer.text
