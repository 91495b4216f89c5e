"""Reading what was asked by its meaning: a condition named in everyday words (lay_names), the kind of question
decided by its own words, and what is no person's question (an animal's complaint, help with unrelated things)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marrowbot import Session
from marrowbot.errors import IntentsError
from marrowbot.intents import load_intents
from marrowbot.understanding.intent_model import intent_words
from marrowbot.understanding.lay_names import LayName, LayNames

REPO = Path(__file__).resolve().parents[1]


def _finder() -> LayNames:
    return LayNames(load_intents(REPO / "intents").lay_names)


@pytest.mark.parametrize("text", [
    "what do they do about dead bone marrow",
    "why does the marrow die",
    "my brothers marrow cells have died, what now",
    "the report says necrotic marrow",
    "is the death of the marrow permanent",
])
def test_a_condition_said_by_what_it_means_is_found(text: str) -> None:
    assert [name for _, name in _finder().find(text)] == ["bone marrow necrosis"]


@pytest.mark.parametrize("text", [
    "my aunt died of bone marrow cancer",  # a link word between: what she died of
    "dead tired after the marrow biopsy",  # a word of another thing between
    "the marrow donor list is long and people die waiting",  # too far apart
    "does the marrow make blood",
])
def test_the_words_of_a_lay_name_far_apart_or_linked_to_other_things_name_nothing(text: str) -> None:
    assert _finder().find(text) == ()


def test_a_lay_names_examples_are_checked_when_the_file_is_read(tmp_path: Path) -> None:
    target = tmp_path / "intents"
    shutil.copytree(REPO / "intents", target)
    path = target / "lay_terms.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("why would marrow cells die]",
                                                             "why would marrow cells die, a marrow transplant]"),
                    encoding="utf-8")
    with pytest.raises(IntentsError, match="not found in its example 'a marrow transplant'"):
        load_intents(target)


def test_an_entry_that_finds_its_not_example_is_refused() -> None:
    entry = LayName("bone marrow necrosis", ("dead marrow",), not_examples=("dead marrow",))
    from marrowbot.understanding.lay_names import check_examples
    assert check_examples(entry) is not None


def test_a_lay_name_is_the_topic_and_the_conversation_keeps_it(bot) -> None:  # noqa: ANN001
    s = Session()
    first = bot.ask("how do doctors deal with marrow that has died", s)
    assert first.topic == "bone-marrow-necrosis" and not first.abstained
    assert any("= bone marrow necrosis" in e for e in bot.understander.understand(
        "how do doctors deal with marrow that has died", Session()).expansions)
    then = bot.ask("and whats the outlook", s)
    assert then.topic == "bone-marrow-necrosis" and then.intent == "prognosis" and not then.abstained


def test_a_lay_name_wins_over_the_general_name_its_words_also_fit(bot) -> None:  # noqa: ANN001
    assert bot.ask("what is the illness where the bone marrow dies", Session()).topic == "bone-marrow-necrosis"


def test_filler_words_do_not_change_how_a_question_is_read() -> None:
    assert intent_words("what even is it") == intent_words("what is it")
    assert intent_words("what does it actually do") == intent_words("what does it do")


@pytest.mark.parametrize("first,question,intent", [
    ("what is polycythemia vera", "is there anything that eases the headaches", "treatment"),
    ("what is bone marrow", "so what does it do", "definition"),
    ("what is aplastic anemia", "it comes from what?", "causes"),
    ("what is multiple myeloma", "is it more likely in older men", "causes"),
])
def test_the_kind_of_question_its_own_words_say(bot, first: str, question: str, intent: str) -> None:  # noqa: ANN001
    s = Session()
    bot.ask(first, s)
    assert bot.intent_set.reported(bot.understander.understand(question, s).intent) == intent


@pytest.mark.parametrize("text", [
    "our cat keeps sneezing and won't eat, is she ok",
    "my puppy has diarrhea since yesterday, should i worry",
    "can you help me fix my printer",
    "do horses get multiple myeloma",
])
def test_what_is_no_persons_health_question_is_out_of_scope(bot, text: str) -> None:  # noqa: ANN001
    answer = bot.ask(text, Session())
    assert answer.intent == "out_of_scope" and answer.abstained and not answer.urgent


@pytest.mark.parametrize("text", ["how do i use this", "can you help me plz", "help"])
def test_asking_how_to_use_the_bot_is_still_help(bot, text: str) -> None:  # noqa: ANN001
    assert bot.ask(text, Session()).intent == "help"


def test_a_complaint_of_ones_own_asked_about_is_a_symptom_check(bot) -> None:  # noqa: ANN001
    assert bot.ask("i keep getting bruises on my arms, what are they from", Session()).intent == "symptom_check"


def test_the_conversations_own_page_said_by_its_head_is_that_page(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("my son has ALL and now bone marrow necrosis, does ALL make it worse", s)
    answer = bot.ask("ok and how do they treat the necrosis part", s)
    assert answer.topic == "bone-marrow-necrosis" and answer.intent == "treatment" and not answer.abstained


def test_a_short_story_then_what_is_that_asks_what_the_named_thing_is(bot) -> None:  # noqa: ANN001
    u = bot.understander.understand("the hospital letter mentions polycythemia vera. whats that", Session())
    assert u.intent == "definition" and u.topic is not None and u.topic.doc.startswith("polycythemia-vera")


def test_can_a_thing_do_this_asks_whether_it_causes_it(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is aplastic anemia", s)
    assert bot.intent_set.reported(bot.understander.understand("could the medicine do that?", s).intent) == "causes"


def test_asking_if_animals_get_it_leaves_the_conversations_topic_for_the_next_question(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is essential thrombocythemia", s)
    assert bot.ask("can pets have it as well", s).intent == "out_of_scope"
    then = bot.ask("how is it treated", s)
    assert then.intent == "treatment" and then.topic is not None and "thrombocythemia" in then.topic


@pytest.mark.parametrize("text", [
    "my dad is dead, he had marrow cancer, will I get it too",  # across a clause break
    "my dad is dead he had marrow cancer",  # a person's words between
    "after the death of my marrow donor, how can I find another one",  # "my" between, "donor" after
    "a dying marrow donor registry",  # marrow naming a thing
    "do the cancer cells in the marrow die off with the chemo",  # what dies is in the marrow
    "my husband is dying, his marrow transplant failed, what happens now",
    "what is marrow rot in deer",  # an animal
    "is the marrow dead or alive after it is frozen for transplant",  # a choice asked
    "marrow marrow marrow dead dead die die",
    "our uncle died. his marrow had been tested twice",
])
def test_a_lay_name_stays_in_one_clause_and_is_of_no_person_or_animal(text: str) -> None:
    assert _finder().find(text) == ()


@pytest.mark.parametrize("text", [
    "the marrow in your bones dies, what is that called",
    "her marrow is dead in places",
    "doctors found dead marrow tissue in his hip",
    "why would a persons marrow die",
])
def test_a_lay_name_said_plainly_is_still_found(text: str) -> None:
    assert [name for _, name in _finder().find(text)] == ["bone marrow necrosis"]


@pytest.mark.parametrize("first,turns,doc", [
    ("what is acute lymphoblastic leukemia", ["how is it treated", "do the cancer cells in the marrow die off with the "
                                              "chemo", "what is the outlook"], "acute-lymphocytic-leukemia"),
    ("what is aplastic anemia", ["what happens when the marrow dies", "how is it treated"], "aplastic-anemia"),
])
def test_a_lay_name_never_switches_the_conversations_topic(bot, first: str, turns: list[str],  # noqa: ANN001
                                                            doc: str) -> None:
    s = Session()
    bot.ask(first, s)
    for turn in turns:
        answer = bot.ask(turn, s)
        assert answer.topic is not None and answer.topic.startswith(doc), (turn, answer.topic)


@pytest.mark.parametrize("text,doc", [
    ("what happens when the marrow dies in aplastic anemia", "aplastic-anemia"),
    ("do the leukemia cells in the marrow die after chemo", "leukemia"),
])
def test_a_condition_named_beats_a_lay_name(bot, text: str, doc: str) -> None:  # noqa: ANN001
    topic = bot.ask(text, Session()).topic
    assert topic is not None and topic.startswith(doc)


def test_a_lay_name_is_no_topic_of_a_request_for_personal_advice(bot) -> None:  # noqa: ANN001
    answer = bot.ask("the doctor says my marrow is dying, should I stop my chemo", Session())
    assert answer.intent == "personal_advice" and answer.topic != "bone-marrow-necrosis"


@pytest.mark.parametrize("text", [
    "how much of my fish oil can i take with low platelets",
    "my cat ate my warfarin, how many should i take now",
    "our dog chewed up my hydroxyurea tablets, can i skip a dose today",
])
def test_an_animal_named_never_turns_personal_advice_out_of_scope(bot, text: str) -> None:  # noqa: ANN001
    assert bot.ask(text, Session()).intent in ("personal_advice", "emergency")  # (a swallowed drug may be urgent)


def test_an_animal_in_a_conversation_never_turns_personal_advice_out_of_scope(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what is polycythemia vera", s)
    answer = bot.ask("my dog knocked my hydroxyurea pill under the fridge, should i take a double dose tomorrow", s)
    assert answer.intent == "personal_advice"


@pytest.mark.parametrize("text", [
    "my PET scan showed bright spots in my bones, what does that mean",
    "my PETs are booked for may, will they hurt",
    "the PET showed hot spots in my hip, is that bad",
    "the chicken soup made me feel sick and my gums bleed",
])
def test_a_scan_or_a_food_is_no_animal(bot, text: str) -> None:  # noqa: ANN001
    from marrowbot.understanding.said import RULE_AN_ANIMAL
    assert RULE_AN_ANIMAL not in bot.understander.understand(text, Session()).rules


@pytest.mark.parametrize("text", [
    "my dog keeps throwing up, is he ok",
    "my dog keeps bruising, is that leukemia",
    "the kitten has been sneezing all week and won't play",
])
def test_an_animal_as_the_subject_of_a_complaint_is_out_of_scope(bot, text: str) -> None:  # noqa: ANN001
    answer = bot.ask(text, Session())
    assert answer.intent == "out_of_scope" and answer.abstained


def test_whether_pets_make_a_person_sick_is_no_question_about_animals() -> None:
    from marrowbot.text.question_kinds import ASKS_OF_ANIMALS
    assert not ASKS_OF_ANIMALS.search("can pets get me sick after a bone marrow transplant")
    assert not ASKS_OF_ANIMALS.search("does my dog have to go away while i have chemo")
    assert ASKS_OF_ANIMALS.search("can cats get leukemia")


def test_help_with_a_medical_word_no_document_uses_is_still_help(bot) -> None:  # noqa: ANN001
    assert bot.ask("can you help me understand my myelogram", Session()).intent == "help"


def test_pet_in_capitals_is_a_scan_in_small_letters_an_animal(bot) -> None:  # noqa: ANN001
    from marrowbot.understanding.said import RULE_AN_ANIMAL
    scan = bot.understander.understand("the PET has shown spots in my hip and it aches, what is it", Session())
    animal = bot.understander.understand("the pet has shown spots on its hip and it aches, what is it", Session())
    assert RULE_AN_ANIMAL not in scan.rules and scan.intent != "out_of_scope"
    assert RULE_AN_ANIMAL in animal.rules and animal.intent == "out_of_scope"
