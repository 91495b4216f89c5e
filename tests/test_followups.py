"""After an answer, two or three questions the documents can answer: computed from the sections the document
has (never written per question), each one answered on the same topic when asked."""

from __future__ import annotations

import pytest

from marrowbot import Bot, Session
from marrowbot.text import names_a_condition

STARTS = [
    "What is bone marrow necrosis?", "what are the symptoms of bone marrow necrosis", "What is polycythemia vera?",
    "how is bone marrow disease treated", "what is myelofibrosis", "tests for bone marrow disease",
    "¿Qué es la necrosis de la médula ósea?", "¿Qué es la policitemia vera?",
]


@pytest.mark.parametrize("question", STARTS)
def test_each_follow_up_is_answered_from_the_documents_on_the_same_topic(seeds_bot: Bot, question: str) -> None:
    # The two seed documents: with the linked library, a condition has several pages of the same title and a
    # follow-up may be answered from a sibling page (a known limit, named in the notes).
    bot = seeds_bot
    answer = bot.ask(question, Session())
    assert 2 <= len(answer.follow_ups) <= 3, answer.follow_ups
    assert question not in answer.follow_ups
    for follow_up in answer.follow_ups:
        again = bot.ask(follow_up, Session())
        assert not again.abstained and again.snippets, follow_up
        assert again.topic == answer.topic, follow_up
        assert again.lang == answer.lang, follow_up


def test_a_follow_up_is_offered_only_for_sections_the_document_has(bot: Bot) -> None:
    necrosis = bot.ask("What is bone marrow necrosis?", Session())
    doc = next(d for d in bot.documents if d.id == "bone-marrow-necrosis")
    assert "Diagnosis" not in doc.section_names()
    assert not any("test" in q.lower() or "diagnos" in q.lower() for q in necrosis.follow_ups)


def test_no_follow_ups_after_an_emergency_an_abstention_or_small_talk(bot: Bot) -> None:
    for message in ("I have crushing chest pain and can't breathe", "what is the capital of France", "hello"):
        assert bot.ask(message, Session()).follow_ups == (), message


@pytest.mark.parametrize(("name", "is_condition"), [
    ("Polycythemia Vera", True), ("Fanconi anemia", True), ("8p11 myeloproliferative syndrome", True),
    ("Myelodysplastic Syndromes", True), ("Diamond-Blackfan Anemia (For Parents)", True),
    ("Blood Tests", False), ("Leukemia & Lymphoma Society", False), ("disclaimer", False),
    ("Article: Bone marrow edema in osteoarthritis", False), ("quality guidelines", False),
    ("Drugs Approved for Myeloproliferative Neoplasms or Myelodysplastic Syndromes", False),
    ("Bone Marrow Diseases -- see more articles", False), ("National Cancer Institute", False),
])
def test_what_names_a_condition(name: str, is_condition: bool) -> None:
    assert names_a_condition(name) is is_condition
