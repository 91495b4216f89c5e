"""Round 36 (conv36b), the sentence that answers is quoted: a condition said by what it means is asked about in
those words, and of several pages about one condition the plainest sentence saying what it is comes with the
answer (messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_condition_said_by_what_it_means_is_explained_by_the_sentence_using_those_words(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "the nurse told us her marrow cells have been dying, how can that come about?")
    assert answer.topic == "bone-marrow-necrosis"
    assert answer.snippets
    assert "causing the cells to die" in answer.snippets[0].text


def test_its_lay_words_stay_its_name_when_another_kind_is_asked(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "how is dying bone marrow treated by doctors")
    assert answer.intent == "treatment"
    assert answer.snippets
    assert answer.snippets[0].section == "Treatment"


def test_the_plainest_sibling_sentence_says_what_a_condition_is(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "could you explain polycythemia vera to me")
    assert answer.intent == "definition"
    assert "too many red blood cells" in answer.text
