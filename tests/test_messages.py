"""The bot's own words are plain (reading grade 8 or below), kind and complete, and the packaged files load."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
import yaml

from marrowbot.intents import load_intents
from marrowbot.messages import TRANSLATION_ONLY, Emergency, Messages, message_keys

ROOT = Path(__file__).resolve().parent.parent
INTENTS = ROOT / "intents"
MAX_GRADE = 8.0

# textstat >= 0.7.4 counts English syllables with NLTK's CMU dictionary, which it downloads on first use.
# Tests must make no network call, so count syllables with the Pyphen hyphenation dictionary that ships
# with textstat (its historic method): the language code "en-US" (with a hyphen) has no CMU dictionary
# in textstat and Pyphen resolves it to en_US. The score is then the same on every machine.
_READABILITY = type(textstat.textstat)()  # a private instance: textstat's shared one keeps its own settings
_READABILITY.set_lang("en-US")
if hasattr(_READABILITY, "set_rounding_points"):
    _READABILITY.set_rounding_points(None)
else:  # textstat < 0.7.4
    _READABILITY.set_rounding(False)

# The placeholders filled the way the bot fills them, with realistic values.
_SAMPLE = {"call": "911", "crisis_line": "988", "topic": "Bone marrow necrosis", "condition": "Polycythemia Vera",
           "seconds": "12", "choices": "1-6"}


@pytest.fixture(scope="module")
def messages() -> Messages:
    return load_intents(INTENTS).messages


def _texts(messages: Messages) -> list[tuple[str, str]]:
    """Every text the bot may show: (key, text with placeholders filled)."""
    out: list[tuple[str, str]] = []
    for key in message_keys():
        value = getattr(messages, key)
        for text in value if isinstance(value, tuple) else (value,):
            if isinstance(text, tuple):  # follow_ups: (intent, question about {topic})
                text = text[1]
            if text:
                out.append((key, text.format(**_SAMPLE)))
    return out


def test_the_packaged_intents_folder_loads_through_the_real_loader() -> None:
    loaded = load_intents(INTENTS)
    assert len(loaded.intents) >= 17
    assert loaded.red_flags and loaded.lay_terms and loaded.abbreviations
    assert {f.kind for f in loaded.red_flags} == {"emergency", "crisis"}


def test_every_message_reads_at_grade_8_or_below(messages: Messages) -> None:
    too_hard = []
    for key, text in _texts(messages):
        grade = _READABILITY.flesch_kincaid_grade(text)
        if grade > MAX_GRADE:
            too_hard.append(f"{key}: grade {grade:.1f}: {text!r}")
    assert not too_hard, "messages above reading grade 8:\n" + "\n".join(too_hard)


def test_the_readability_check_can_fail() -> None:
    """The grader really grades: a clinical sentence is far above grade 8, a plain one below."""
    hard = (
        "Pharmacological intervention necessitates individualized consideration of comorbidities, "
        "hematological parameters and contraindications by the multidisciplinary oncology team."
    )
    assert _READABILITY.flesch_kincaid_grade(hard) > MAX_GRADE
    assert _READABILITY.flesch_kincaid_grade("Call your nurse if you feel sick.") <= MAX_GRADE


def test_the_disclaimer_is_one_short_line_saying_it_is_not_medical_advice(messages: Messages) -> None:
    disclaimer = messages.disclaimer
    assert disclaimer.strip()
    assert "\n" not in disclaimer
    assert len(disclaimer) <= 160
    assert "not medical advice" in disclaimer.lower()


def test_the_welcome_carries_the_long_disclaimer_and_the_emergency_number(messages: Messages) -> None:
    welcome = messages.welcome.format(**_SAMPLE)
    assert "not medical advice" in welcome.lower()
    assert "not a doctor" in welcome.lower()
    assert "911" in welcome


def test_emergency_and_crisis_messages_say_whom_to_call(messages: Messages) -> None:
    assert "{call}" in messages.emergency
    assert "{crisis_line}" in messages.crisis
    assert "{call}" in messages.crisis  # someone in danger right now also needs the emergency number


def test_the_numbers_are_configuration_not_text(messages: Messages) -> None:
    """Another country's numbers replace the US ones everywhere; no US number is left hard-coded."""
    filled = messages.fill(Emergency(call="112", crisis_line="116 123"))
    assert "112" in filled.emergency and "911" not in filled.emergency
    assert "116 123" in filled.crisis and "988" not in filled.crisis
    for key, text in _texts(filled):
        assert "911" not in text and "988" not in text, key


def test_refusals_never_diagnose(messages: Messages) -> None:
    for key in ("personal_advice", "symptom_check", "symptom_check_after", "abstain"):
        text = getattr(messages, key).lower()
        assert "you have" not in text, key
    assert "care team" in messages.personal_advice.lower()
    assert "health care provider" in messages.symptom_check_after.lower()


def test_abstention_points_to_medlineplus(messages: Messages) -> None:
    assert "https://medlineplus.gov" in messages.other_topics


def test_placeholders_are_the_ones_each_message_needs(messages: Messages) -> None:
    assert "{topic}" in messages.not_in_documents
    assert "{condition}" in messages.link_intro


def test_there_are_four_to_six_short_example_questions(messages: Messages) -> None:
    assert 4 <= len(messages.suggestions) <= 6
    for question in messages.suggestions:
        assert question.endswith("?") and len(question) <= 60


def test_messages_file_has_no_unknown_or_missing_keys() -> None:
    data = yaml.safe_load((INTENTS / "messages.yml").read_text(encoding="utf-8"))
    assert set(data["messages"]) == set(message_keys()) - TRANSLATION_ONLY
    for lang, translation in data["languages"].items():
        assert set(translation["messages"]) == set(message_keys()), lang


# --- Spanish --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spanish() -> Messages:
    loaded = load_intents(INTENTS)
    return next(t.messages for t in loaded.translations if t.lang == "es")


def test_the_spanish_messages_say_the_same_things(spanish: Messages) -> None:
    assert spanish.lang == "es"
    assert "no consejo médico" in spanish.disclaimer and "\n" not in spanish.disclaimer
    assert "no soy médico" in spanish.welcome.lower() and "{call}" in spanish.welcome
    assert "{call}" in spanish.emergency and "{crisis_line}" in spanish.crisis and "{call}" in spanish.crisis
    assert "inglés" in spanish.quotes_note  # the quotes are not translated, and the reader is told so
    assert spanish.own_link_title == "Also in Spanish"  # as the MedlinePlus pages name their Spanish links
    filled = spanish.fill(Emergency(call="112", crisis_line="024"))
    for key, text in _texts(filled):
        assert "911" not in text and "988" not in text, key
    assert {i for i, _ in spanish.follow_ups} == {i for i, _ in load_intents(INTENTS).messages.follow_ups}


def _intents_copy(tmp_path: Path, edit: str, new: str) -> Path:
    import shutil

    folder = tmp_path / "intents"
    shutil.copytree(INTENTS, folder)
    path = folder / "messages.yml"
    text = path.read_text(encoding="utf-8")
    assert edit in text
    path.write_text(text.replace(edit, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("edit", "new", "says"), [
    # A translated emergency message that forgets the number to call.
    ('      emergency: "Esto podría ser una emergencia. Llame al {call}', '      emergency: "Esto podría ser una '
     'emergencia. Llame al 112', "must use {call}"),
    ("      own_link_title: \"Also in Spanish\"\n", "", "is missing 'own_link_title'"),
    ("    symptoms: \"What are the symptoms of {topic}?\"", "    symtoms: \"What are the symptoms of {topic}?\"",
     "'symtoms' is not an intent"),
    ("languages:\n  es:", "languages:\n  english:", "two-letter code"),
])
def test_a_broken_translation_is_refused_with_file_and_line(tmp_path: Path, edit: str, new: str, says: str) -> None:
    from marrowbot.errors import IntentsError

    folder = _intents_copy(tmp_path, edit, new)
    with pytest.raises(IntentsError) as err:
        load_intents(folder)
    assert says in str(err.value) and "messages.yml:" in str(err.value)
