"""conv52: a question of where the bot's answers come from is help; a closing line that ends with a thanks or a
texting goodbye ('cya') after telling something is a closing line, not a question read in the conversation's topic; a
long word of the documents typed as two words ('myelo fibrosis', 'prog noses') is read as that word by the speller,
never a word of the documents split off nor two everyday words (messages written for these tests in our own
words)."""

from __future__ import annotations

from conversing import last_answer as _ask

from marrowbot.understanding.clauses import closes
from marrowbot.understanding.conversation import takes_leave


def _speller(bot):  # noqa: ANN001, ANN202
    return bot.understander.speller


def test_a_statement_ending_in_thanks_closes() -> None:
    assert closes("alright, we will phone the clinic on friday. thanks")
    assert closes("that is a little clearer now. ty")
    assert closes("haha ok thank you, very handy")
    # (still a question: asks something, whatever it ends with)
    assert not closes("what do they check in the blood test, thanks")
    assert not closes("and how is it treated? thanks")


def test_cya_takes_leave() -> None:
    assert takes_leave("ok cya")
    assert closes("ok cya")
    assert not takes_leave("can you explain anemia")


def test_closing_lines_after_an_answer_are_small_talk(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is aplastic anemia", "alright, we will phone the clinic on friday. thanks")
    assert answer.intent == "thanks"
    assert not answer.abstained or not answer.snippets
    answer = _ask(bot, "what is aplastic anemia", "ok cya")
    assert answer.intent == "goodbye"
    answer = _ask(bot, "what is aplastic anemia", "haha ok thanks, this thing is really handy")
    assert answer.intent == "thanks"


def test_a_question_ending_in_thanks_is_still_answered(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is aplastic anemia", "how is it treated thanks")
    assert answer.intent == "treatment"
    assert answer.snippets


def test_a_long_word_typed_in_two_is_joined(bot) -> None:  # noqa: ANN001
    sp = _speller(bot)
    assert sp.correct("my uncle has myelo fibrosis") == "my uncle has myelofibrosis"
    assert sp.correct("what is the prog noses") == "what is the prognosis"
    assert sp.correct("why is the hemo globin low") == "why is the hemoglobin low"


def test_words_of_the_documents_and_everyday_pairs_are_not_joined(bot) -> None:  # noqa: ANN001
    sp = _speller(bot)
    for text in ("what happens to the marrow in leukemia", "what is hemolytic uremic syndrome",
                 "my sister she has it", "some times it hurts", "is the marrow in the hip"):
        assert sp.correct(text) == text
    # (a typo of a word of its own is put right as that word, not joined into another)
    assert sp.correct("is it a gene mutaion") == "is it a gene mutation"


def test_a_condition_typed_in_two_words_is_answered(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my aunt has myelo fibrosis, what is that")
    assert answer.intent == "definition"
    assert answer.topic is not None and "myelofibrosis" in answer.topic
    assert not answer.abstained


def test_asking_where_the_answers_come_from_is_help(bot) -> None:  # noqa: ANN001
    for message in ("so where do all these quotes come from", "who writes the text you are showing me",
                    "what are the sources of your facts"):
        answer = _ask(bot, "what is aplastic anemia", message)
        assert answer.intent == "help", message
        assert not answer.snippets


def test_where_a_condition_comes_from_is_still_a_medical_question(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "what is aplastic anemia", "where does this kind of anemia come from")
    assert answer.intent != "help"
    answer = _ask(bot, "who wrote the leaflet about sickle cell for kids")
    assert answer.intent != "help"
