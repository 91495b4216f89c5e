"""Spanish speakers: a Spanish message is recognised offline and answered with the bot's own words in Spanish,
the documents' Spanish links and their English quotes, word for word."""

from __future__ import annotations

import json

import pytest
from conftest import run_marrowbot
from hang_guard import HANG_GUARD

from marrowbot import Bot, Session
from marrowbot.language import Glossary, detect, profile_margin

# Written for these tests (the sets that measure the detector are in benchmarks/language-*/).
SPANISH = [
    "¿qué es la leucemia?", "hola", "gracias", "me duele mucho el pecho y no puedo respirar",
    "cuales son los sintomas de la necrosis de la medula osea", "¿Cómo se trata la mielofibrosis?",
    "mi hija tiene anemia aplásica, ¿es hereditaria?", "¿dónde encuentro un experto?", "no entiendo",
    "tengo fiebre y mucho cansancio", "¿Hay ensayos clínicos para la policitemia vera?", "adiós",
    "quiero saber más sobre el trasplante", "¿qué pruebas necesito?", "estoy muy triste y no quiero vivir",
    "buenos días", "¿y las causas?", "mi papá tiene linfoma", "¿se puede curar?", "explíqueme por favor",
]
ENGLISH = [
    "what is leukemia?", "hello", "thanks", "my chest hurts and I can't breathe", "what causes it?",
    "how is myelofibrosis treated", "is aplastic anemia inherited?", "where can I find an expert?", "ok",
    "I have a fever and feel tired", "are there clinical trials for polycythemia vera?", "bye",
    "tell me about bone marrow transplant", "what tests do I need?", "I don't want to live anymore",
    "good morning", "and the causes?", "my dad has lymphoma", "can it be cured?", "what is anemia",
    "polycythemia vera", "bone marrow necrosis", "sepsis", "no", "ALL",
]


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_messages_are_recognised(text: str) -> None:
    assert detect(text) == "es"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_messages_stay_english(text: str) -> None:
    assert detect(text) == "en"


# Words no profile lists (the word profile alone called them English): the letter n-gram model tells them apart.
UNLISTED = [("quimioterapia", "es"), ("moretones", "es"), ("transfusiones", "es"), ("mareos", "es"),
            ("fatigue", "en"), ("nosebleeds", "en"), ("jaundice", "en"), ("swollen glands", "en")]


@pytest.mark.parametrize(("text", "lang"), UNLISTED)
def test_words_no_profile_lists_are_told_apart(text: str, lang: str) -> None:
    assert profile_margin(text) == 0.0
    assert detect(text) == lang


def test_the_model_is_loaded_only_when_the_profile_cannot_decide_and_never_goes_online() -> None:
    """A clear question is decided by the word profile alone (nothing to load at start); an unclear one loads
    the model shipped inside its package, with every network connection refused."""
    import subprocess
    import sys

    code = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("no network in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
from marrowbot.language import detect
assert detect("what are the symptoms of leukemia?") == "en" and detect("¿qué es la leucemia?") == "es"
assert "lingua" not in sys.modules, "loaded the model without need"
assert detect("quimioterapia") == "es"
assert "lingua" in sys.modules
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_only_languages_offered_are_detected() -> None:
    assert detect("¿qué es la leucemia?", ("en",)) == "en"


def test_the_glossary_reads_longest_phrases_first() -> None:
    g = Glossary({"medula osea": "bone marrow", "necrosis de la medula osea": "bone marrow necrosis", "de": "of"})
    assert g.english("¿Qué es la necrosis de la médula ósea?") == "qué es la bone marrow necrosis".replace("é", "e")
    assert g.english("dolor de médula ósea") == "dolor of bone marrow"


def test_a_spanish_question_gets_spanish_words_english_quotes_and_a_plain_note(bot: Bot) -> None:
    a = bot.ask("¿Cuáles son los síntomas de la necrosis de la médula ósea?", Session())
    es = bot.messages_for("es")
    assert a.lang == "es" and a.to_dict()["lang"] == "es"
    assert (a.intent, a.topic) == ("symptoms", "bone-marrow-necrosis")
    texts = {p.text for p in bot.passages}
    assert a.snippets and all(s.text in texts for s in a.snippets)  # quoted word for word, never translated
    assert es.quotes_note in a.text and es.disclaimer in a.text and bot.messages.disclaimer not in a.text
    assert "Fuentes:" in a.text and a.follow_ups and all(q.startswith("¿") for q in a.follow_ups)
    # The topic is named in Spanish where the word list gives its name ("necrosis de la médula ósea").
    assert all("necrosis de la médula ósea" in q for q in a.follow_ups), a.follow_ups


def test_a_condition_asked_in_spanish_comes_with_its_spanish_pages(seeds_bot: Bot) -> None:
    bot = seeds_bot  # the seed's link to the condition, with its Spanish pages (the library has no Spanish)
    a = bot.ask("¿Qué es la policitemia vera?", Session())
    assert a.lang == "es" and a.topic == "bone-marrow-diseases"
    urls = [url for _, url in a.own_language_links]
    mayo = "https://www.mayoclinic.org/es/diseases-conditions/polycythemia-vera/symptoms-causes/syc-20355850?p=1"
    assert mayo in urls
    assert all(url.startswith("https://") for url in urls)
    assert "En español:" in a.text and urls[0] in a.text
    english = bot.ask("What is polycythemia vera?", Session())
    assert english.lang == "en" and english.own_language_links == () and "/es/" not in english.text


def test_urgent_and_out_of_scope_answers_in_spanish(bot: Bot) -> None:
    es = bot.messages_for("es")
    urgent = bot.ask("me duele mucho el pecho y no puedo respirar", Session())
    assert urgent.urgent and urgent.lang == "es" and urgent.text.startswith(urgent.lead)
    assert urgent.lead == es.emergency and "911" in urgent.lead
    off = bot.ask("¿cuál es la capital de Francia?", Session())
    assert off.abstained and off.lang == "es" and es.abstain in off.text


def test_ask_json_carries_the_language() -> None:
    result = run_marrowbot("ask", "--json", "¿Qué es la necrosis de la médula ósea?")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["lang"] == "es" and answer["topic"] == "bone-marrow-necrosis"


@pytest.mark.parametrize("said", ["enfermedades de la médula ósea en español",
                                  "¿dónde puedo leer en español sobre la leucemia?"])
def test_a_reader_asking_for_pages_in_spanish_gets_them(bot: Bot, said: str) -> None:
    # The documents' pages in Spanish are nested links ("En español"): a rule that puts prose before links
    # must not drop them when the reader asks for Spanish.
    a = bot.ask(said, Session())
    assert a.lang == "es" and a.own_language_links
    assert all(url.startswith("https://") for _, url in a.own_language_links)
