"""Round 49: the ways people put a question that the intent reading missed: a formal letter ("might I enquire ...",
"with gratitude, J."), a clinician's or student's shorthand ("tx?", "AA", "MM"), slang that only leans on the
question ("ngl what even is it tho"), a pasted report quoted before the question ("... 'extensive marrow necrosis.'
what is that?"); and the follow-up whose story clause names something else ("ok ill text them. what ...")."""

from __future__ import annotations

import pytest
from conftest import ask_all

from marrowbot.text.questions import EVERYDAY, MESSAGE_CLAUSE_END
from marrowbot.understanding.clauses import closes
from marrowbot.understanding.spelling import SHORTHAND

# -- a formal letter --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("follow_up", "intent"), [
    ("Dear Madam, might I enquire which signs a patient ought to look out for?", "symptoms"),
    ("Lastly, what is the customary outlook for a lady of seventy?", "prognosis"),
    ("I should be grateful to learn by what means it is customarily treated.", "treatment"),
])
def test_a_formal_follow_up_is_asked_in_the_conversations_topic(bot, follow_up: str, intent: str) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is polycythemia vera", follow_up)
    assert a.intent == intent, (a.intent, a.explanation.rules)
    assert a.topic and a.topic.startswith("polycythemia-vera")


@pytest.mark.parametrize("text", [
    "Much obliged to you for all this. Kind regards, Peter",
    "With heartfelt thanks, Mrs. W. Doyle",
    "I am ever so grateful. Yours sincerely, Tom",
    "Thank you kindly, and good day to you.",
])
def test_a_letters_sign_off_closes_the_conversation(bot, text: str) -> None:  # noqa: ANN001
    assert closes(text)
    a = ask_all(bot, "what is myelofibrosis", text)
    assert a.intent in ("thanks", "goodbye"), (a.intent, a.explanation.rules)


@pytest.mark.parametrize("text", [
    "Dear Sir, what brings it on? With thanks, H.",
    "with thanks, and what is the outlook",
    "Kind regards - how is it treated",
])
def test_a_sign_off_around_a_question_is_no_closing(text: str) -> None:
    assert not closes(text)


def test_a_sign_off_never_hides_an_emergency(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is aplastic anemia", "With thanks. My husband collapsed and he is not breathing")
    assert a.urgent


def test_formal_words_are_everyday_words() -> None:
    assert {"enquire", "customary", "gratitude", "obliged"} <= EVERYDAY
    assert not {"rosacea", "eczema", "turmeric"} & EVERYDAY


# -- shorthand and slang -----------------------------------------------------------------------------------------


def test_clinical_shorthand_is_put_right() -> None:
    assert SHORTHAND["tx"] == "treatment" and SHORTHAND["sx"] == "symptoms" and SHORTHAND["dx"] == "diagnosis"


@pytest.mark.parametrize(("follow_up", "intent"), [("tx?", "treatment"), ("sx??", "symptoms"),
                                                   ("and the dx?", "diagnosis")])
def test_a_shorthand_follow_up_asks_its_kind(bot, follow_up: str, intent: str) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is myelofibrosis", follow_up)
    assert a.intent == intent, (a.intent, a.explanation.rules)
    assert a.topic and "myelofibrosis" in a.topic


@pytest.mark.parametrize(("text", "doc"), [
    ("what exactly is AA", "aplastic-anemia"),
    ("how is MM staged", "multiple-myeloma"),
])
def test_aa_and_mm_name_their_conditions(bot, text: str, doc: str) -> None:  # noqa: ANN001
    a = ask_all(bot, text)
    assert a.topic and doc in a.topic, (a.topic, a.explanation.topic_evidence)


def test_lower_case_mm_is_no_myeloma(bot) -> None:  # noqa: ANN001
    query, expansions = bot.understander.topics.expand("the spot is 3 mm wide, mm ok")
    assert not expansions


def test_slang_that_leans_on_a_question_is_no_subject(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "ngl what even is bone marrow tho")
    assert a.intent == "definition" and a.topic is not None, (a.intent, a.topic)


# -- a pasted report ----------------------------------------------------------------------------------------------


def test_a_closing_quote_after_a_full_stop_ends_the_clause() -> None:
    parts = MESSAGE_CLAUSE_END.split("The scan says 'patchy change noted.' What does it mean?")
    assert parts[-1] == "What does it mean?"


def test_a_report_quoted_before_the_question_is_answered(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "Her biopsy summary reads: 'Focal marrow necrosis, cellularity reduced.' What is marrow "
                     "necrosis, please?")
    assert a.intent == "definition" and a.topic == "bone-marrow-necrosis", (a.intent, a.topic, a.explanation.rules)


# -- guards ---------------------------------------------------------------------------------------------------------


def test_another_subject_in_a_follow_up_is_still_not_covered(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is polycythemia vera", "is rosacea the same thing as acne?")
    assert a.abstained


def test_a_story_clause_does_not_move_a_follow_up_to_another_page(bot) -> None:  # noqa: ANN001
    a = ask_all(bot, "what is aplastic anemia", "ok i will text my sister later. what treatment does he usually get")
    assert not a.abstained and a.topic and a.topic.startswith("aplastic-anemia"), (a.topic, a.explanation.rules)
