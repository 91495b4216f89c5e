"""Round 40, understanding and the sentence that answers: a phrase of time names no subject ("in the meantime"), a
yes/no question about a treatment's own word is answered by the sentence saying it (messages written for these
tests in our own words, not taken from any set)."""

from __future__ import annotations

from pathlib import Path

from conversing import last_answer as _ask

from marrowbot import Bot
from marrowbot.session import Session


def test_in_the_meantime_is_when_it_is_asked_not_a_new_subject(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "my uncle was told he has bone marrow necrosis", "and meanwhile how do they look after him")
    assert not a.abstained and a.intent == "treatment" and a.topic == "bone-marrow-necrosis"
    assert "supportive measures" in a.text


def test_a_yes_no_question_about_a_cure_quotes_the_sentence_about_a_cure(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "would a bone marrow transplant be a cure")
    assert not a.abstained and a.intent == "treatment" and a.topic == "bone-marrow-transplantation-medlineplus"
    assert "best hope for a cure" in a.text


def test_a_cure_the_page_only_names_in_its_support_section_is_not_quoted(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about bone marrow necrosis", "can it ever be cured")
    assert a.intent == "treatment" and a.topic == "bone-marrow-necrosis"
    assert "supportive measures" in a.text and "possible cures" not in a.text


def test_bone_marrow_at_the_end_is_the_name_and_the_genetics_links_are_listed(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "tell me about bone marrow diseases", "which conditions that run in families hit the bone marrow")
    assert not a.abstained and a.intent == "genetics" and a.topic == "bone-marrow-diseases"
    assert "Fanconi anemia" in a.text and "Diamond-Blackfan anemia" in a.text


def test_bone_marrow_before_disorders_is_the_name(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what hereditary bone marrow disorders exist")
    assert not a.abstained and a.intent == "genetics" and a.topic == "bone-marrow-diseases"
    assert "Diamond-Blackfan anemia" in a.text


def test_what_is_a_lay_phrase_stays_a_definition(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "what's low blood")
    assert not a.abstained and a.intent == "definition"


def test_a_condition_asked_what_it_is_after_its_name_is_a_definition(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "ok, and anaemia is what?")  # (British spelling)
    assert not a.abstained and a.intent == "definition" and a.topic is not None and "anemia" in a.topic


def test_another_condition_named_besides_does_not_take_the_question_to_its_page(bot) -> None:  # noqa: ANN001
    a = _ask(bot, "is bone marrow necrosis often found before the leukemia gets diagnosed")
    assert not a.abstained and a.topic == "bone-marrow-necrosis"
    assert "prior to initial diagnosis" in a.text


def _doc(folder: Path, ident: str, title: str, summary: str) -> None:
    (folder / f"{ident}.md").write_text(
        f"---\nid: {ident}\ntitle: {title}\nsource: Test\npublisher: Test\nurl: https://example.org/{ident}\n---\n"
        f"# {title}\n\n## Summary\n{summary}\n", encoding="utf-8")


def test_a_typo_that_makes_another_real_word_still_finds_the_name(tmp_path: Path) -> None:
    # "heat" is a word the documents use, and one slip of the keys from "heart": the question still names Heart
    # Transplantation (round 39 had read every word the documents use as spelt right, and abstained).
    _doc(tmp_path, "heart-transplantation", "Heart Transplantation",
         "A heart transplant replaces a failing heart with a healthy heart from a donor.")
    _doc(tmp_path, "heat-exhaustion", "Heat Exhaustion",
         "Heat exhaustion happens when the body overheats in hot weather.")
    bot = Bot.load(corpus_dir=tmp_path)
    answer = bot.ask("what is heat tarnsplantation", Session())
    assert answer.topic == "heart-transplantation" and "donor" in answer.text
