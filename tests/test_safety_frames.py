"""The safety screen's frames for stories, questions and idioms (issue 9, round 6): pure text rules, no bot."""

from __future__ import annotations

import pytest

from marrowbot.text.safety import frame, safety_normal, without_idioms
from marrowbot.text.safety_endings import stopped
from marrowbot.text.safety_stories import general_question, helping_other, long_story_asks, story_asks
from marrowbot.understanding.safety_features import concepts


@pytest.mark.parametrize(("text", "expected"), [
    ("my liver is enlarged", set()), ("i want to die", {"death"}), ("is it the diet", set()),
    ("the deadline is friday", set()), ("how much is a new phone", set()), ("how many pills would it take", {"plan"}),
    ("my legs hurt", set()), ("i hurt myself again", {"harm"}), ("she is stable", set()),
    ("the number on the card", set()),
    ("numbness in my face", {"stroke"}), ("it will come back", set()), ("i wrote my will", {"goodbye"}),
    ("itchy after hot showers", set()), ("she feels hot to touch", {"fever"}), ("nowhere to park", set()),
    ("temp 38c", {"fever"}), ("it costs 380", set()), ("airway", {"breath"}),
])
def test_a_concept_word_is_a_word_not_the_start_of_another(text: str, expected: set[str]) -> None:
    assert concepts(safety_normal(text)) - {"now", "self", "treatment"} == expected


@pytest.mark.parametrize("text", [
    "had a seizure two years ago, none since", "the rash went away after a day",
    "they switched the drug and it settled",
    "turned out to be a cold", "mi hijo tuvo una convulsion de chiquito y nunca mas", "the fever broke overnight",
])
def test_a_story_that_stopped(text: str) -> None:
    assert stopped(safety_normal(text))


@pytest.mark.parametrize("text", [
    "the bleeding will not go away", "her temperature went down to 35 and she is shivering", "it has not stopped",
])
def test_what_goes_on_has_not_stopped(text: str) -> None:
    assert not stopped(safety_normal(text))


def test_a_story_told_before_a_question() -> None:
    story = ("my dad was told he has a marrow disorder last week and honestly i am shaking. the letter uses words i do "
             "not know. what does it mean for him?")
    assert story_asks(story, safety_normal(story)) and long_story_asks(story, safety_normal(story))
    # A question first, then words around it, is no story; nor is a question about what to do now.
    first = "would anyone really notice if i was gone? everyone would just carry on with their lives"
    assert not story_asks(first, safety_normal(first))
    now = "my husband has leukemia and tonight his lips went blue and he is gasping. should i call 999?"
    assert not story_asks(now, safety_normal(now))


def test_general_questions_and_idioms() -> None:
    assert general_question(safety_normal("que temperatura se considera fiebre en quimio"))
    assert general_question(safety_normal("what temperature counts as a fever on chemo"))
    assert not general_question(safety_normal("my temperature is 39 on chemo"))
    assert "kill" not in without_idioms("id kill for a coffee")
    assert "dead" not in without_idioms("that alarm could wake the dead")
    assert "matar" not in without_idioms("el banco me va a matar de un disgusto")


def test_what_a_story_says_of_today_is_not_now() -> None:
    assert "now" not in frame(safety_normal("he had a febrile seizure as a toddler, he is 10 now"))
    assert "now" not in frame(safety_normal("ahora estoy en remision y contenta"))
    assert "now" in frame(safety_normal("he is back home now he is gasping for air"))
    assert "now" in frame(safety_normal("she was fine at lunch and now she has a fever of 39"))


def test_a_helper_imagining_someone_else() -> None:
    assert helping_other(safety_normal("if my brother ever said he wanted to die, how can i help him"))
    assert helping_other(safety_normal("si alguien me dice que quiere morirse, que le digo"))
    assert not helping_other(safety_normal("i want to die, how can i help myself"))


@pytest.mark.parametrize(("text", "gone"), [
    ("i got choked up at the wedding", "choked"), ("prices have gone through the roof", "roof"),
    ("this queue will finish me off", "finish"),
])
def test_an_idiom_alone_is_read_as_meant(text: str, gone: str) -> None:
    assert gone not in without_idioms(text)


def test_ending_oneself_is_death() -> None:
    assert "death" in concepts(safety_normal("i will find a way to end myself"))
