"""Round 42, conversations: a follow-up about a thing no document names is out of scope, and so is one pointing back
right after such a subject; help asked for a chore ("my taxes"); a message ending in "bye" closes; a name said alone
after another subject asks what it is; "and then?" keeps the last kind; "is it X?" in a conversation is no small
talk; a list's "the following ..." lead-in comes with its item; "X - is that inherited?" asks of genetics (messages
written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_follow_up_comparing_two_things_no_document_names_is_out_of_scope(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is aplastic anemia", "is gout basically the same as bunions")
    assert a.intent == "out_of_scope" and a.abstained and a.topic is None


def test_someone_having_a_thing_no_document_names_is_out_of_scope_in_a_conversation(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is aplastic anemia", "my wife has rosacea on her cheeks, what helps")
    assert a.intent == "out_of_scope" and a.abstained


def test_asking_what_an_uncovered_thing_is_mid_conversation_is_out_of_scope(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is myelofibrosis", "new question: what is gingivitis? my aunt has it")
    assert a.intent == "out_of_scope" and a.abstained


def test_a_follow_up_pointing_back_after_an_uncovered_subject_stays_out_of_scope(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "how do i get rid of dandruff", "is it contagious")
    assert a.intent == "out_of_scope" and a.abstained
    # (an uncovered question about the conversation's own condition keeps that condition for what follows)
    then = _ask(bot, "what is essential thrombocythemia", "can pets have it as well", "how is it treated")
    assert then.intent == "treatment" and then.topic is not None and "thrombocythemia" in then.topic
    back = _ask(bot, "what is bone marrow necrosis", "how do i get rid of dandruff", "ok back to it, how is it treated")
    assert back.intent == "treatment" and back.topic == "bone-marrow-necrosis"


def test_help_with_a_chore_no_document_speaks_of_is_out_of_scope(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "could you help me fill in my taxes")
    assert a.intent == "out_of_scope" and a.abstained
    assert _ask(bot, "can you help me").intent == "help"


def test_a_message_ending_in_bye_closes_the_conversation(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is leukemia", "right, you only know about blood things, fair enough. bye")
    assert a.intent == "goodbye"


def test_a_name_said_alone_after_another_subject_asks_what_it_is(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what are the symptoms of multiple myeloma", "amyloidosis?")
    assert a.intent == "definition" and a.topic is not None and a.topic.startswith("amyloidosis")
    kept = _ask(bot, "what are the symptoms of multiple myeloma", "and amyloidosis?")
    assert kept.intent == "symptoms"


def test_and_then_keeps_the_last_kind_of_question(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "bone marrow necrosis outlook", "and then?")
    assert a.intent == "prognosis" and a.topic == "bone-marrow-necrosis"


def test_is_it_curable_with_a_lead_in_is_a_question_not_small_talk(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is bone marrow necrosis", "ok scratch that, is it treatable?")
    assert a.intent not in ("goodbye", "thanks", "greeting", "help")


def test_a_persons_chances_asked_after_a_topic_is_the_outlook(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is bone marrow necrosis", "and her chances. be straight with me")
    assert a.intent == "prognosis" and a.topic == "bone-marrow-necrosis"


def test_pointing_at_the_last_answers_words_then_narrowing_keeps_the_kind(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what causes bone marrow necrosis", "you mentioned solid tumors. which ones")
    assert a.intent == "causes" and a.topic == "bone-marrow-necrosis"


def test_a_list_item_is_quoted_with_its_the_following_lead_in(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "can leukemia be cured", "will it come back", "is smoking a factor?")
    assert "smoking" in a.text and "the following risk factors" in a.text


def test_a_name_then_is_that_with_a_kinds_word_asks_that_kind(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what is aplastic anemia", "diamond-blackfan anemia - is that hereditary?")
    assert a.intent == "genetics" and a.topic is not None and a.topic.startswith("diamond-blackfan")
    meaning = _ask(bot, "is marrow necrosis when the marrow dies?")
    assert meaning.intent == "definition"
