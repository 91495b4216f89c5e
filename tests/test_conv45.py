"""The development conversation sets as intent training data: the generator reads only the development sets,
checks them, keeps away from the held-out and transcript turns, and the bot learns from what it writes."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from conftest import REPO, copy_intents

from marrowbot import Bot, Session
from marrowbot.errors import IntentsError
from marrowbot.intents import load_intents
from marrowbot.understanding.intent_model import IntentMatcher
from marrowbot.understanding.safety_data import load_training

sys.path.insert(0, str(REPO / "scripts"))

import make_intent_examples  # noqa: E402

_DEV = """conversations:
  - name: a writer's chain
    turns:
      - user: "hey there"
        expect: {intent: greeting}
      - user: "which medicines do doctors give for pure red cell aplasia"
        expect: {intent: treatment}
      - user: "and for kids?"
        expect: {intent: treatment}
      - user: "is it passed down or caught"
        expect: {intent: [genetics, causes]}
      - user: "my chest is crushing and my left arm is numb"
        expect: {intent: emergency, urgent: true}
      - user: "who studies new drugs for pure red cell aplasia at the moment"
        expect: {intent: research}
"""

_HELD_OUT = """conversations:
  - name: kept apart
    turns:
      - user: "who studies new drugs for pure red cell aplasia at the moment?"
        expect: {intent: research}
      - user: "how long can someone live with pure red cell aplasia"
        expect: {intent: prognosis}
"""


def _benchmarks(tmp_path: Path, dev: str = _DEV) -> Path:
    root = tmp_path / "benchmarks"
    (root / "conversations-blind-1").mkdir(parents=True)
    (root / "conversations-blind-2").mkdir()
    (root / "conversations-blind-1" / "chat.yml").write_text(dev, encoding="utf-8")
    (root / "conversations-blind-2" / "chat.yml").write_text(_HELD_OUT, encoding="utf-8")
    (root / "held_out.txt").write_text("# held out\nconversations-blind-2\n", encoding="utf-8")
    return root


def _written(path: Path) -> dict[str, list[str]]:
    return {i["name"]: i["examples"] for i in yaml.safe_load(path.read_text(encoding="utf-8"))["intents"]}


def test_the_generator_learns_from_development_turns_only(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "examples.dev.yml"
    assert make_intent_examples.main(["--benchmarks", str(_benchmarks(tmp_path)), "--out", str(out)]) == 0
    written = _written(out)
    # One intent, not urgent: kept; two intents or an emergency: left out; a near copy of a held-out turn: dropped.
    assert written == {"greeting": ["hey there"],
                       "treatment": ["which medicines do doctors give for pure red cell aplasia", "and for kids?"]}
    assert "1 development sets" in capsys.readouterr().out


def test_a_broken_development_set_is_named_at_its_line_and_nothing_is_written(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "examples.dev.yml"
    out.write_text("before\n", encoding="utf-8")
    broken = _DEV.replace("{intent: research}", "{intent: reserch}")
    assert make_intent_examples.main(["--benchmarks", str(_benchmarks(tmp_path, broken)), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    line = broken.splitlines().index('        expect: {intent: reserch}') + 1
    assert f"conversations-blind-1/chat.yml:{line}:" in err and "reserch" in err
    assert out.read_text(encoding="utf-8") == "before\n"
    assert list(tmp_path.glob(".examples.dev.yml.*")) == []


def test_a_held_out_name_with_no_folder_is_named_at_its_line_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    # (a misspelt name would make the held-out set development data, and its turns training examples)
    root = _benchmarks(tmp_path)
    (root / "held_out.txt").write_text("# held out\nconversations-blind-02\n", encoding="utf-8")
    out = tmp_path / "examples.dev.yml"
    assert make_intent_examples.main(["--benchmarks", str(root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{root / 'held_out.txt'}:2: no folder benchmarks/conversations-blind-02" in err
    assert not out.exists()


@pytest.fixture
def intents_dir(tmp_path: Path) -> Path:
    return copy_intents(tmp_path)


def test_a_generated_file_with_an_unknown_intent_is_named_at_its_line(intents_dir: Path) -> None:
    path = intents_dir / "examples.dev.yml"
    path.write_text("intents:\n  - name: treatment\n    examples: [how is it fixed]\n"
                    "  - name: cures\n    examples: [what cures it]\n", encoding="utf-8")
    with pytest.raises(IntentsError) as err:
        load_intents(intents_dir)
    assert str(err.value) == f"{path}:4: 'cures' is not an intent of intents.yml"


def test_generated_examples_train_the_intent_matcher_but_not_the_safety_detectors(intents_dir: Path) -> None:
    (intents_dir / "examples.extra.yml").write_text(
        "intents:\n  - name: support\n    examples: [\"quokka lanterns for aplastic anemia\"]\n", encoding="utf-8")
    intent_set = load_intents(intents_dir)
    assert ("quokka lanterns for aplastic anemia", "support") in intent_set.generated
    assert "quokka lanterns for aplastic anemia" not in {e for i in intent_set.intents for e in i.examples}
    # The detectors' training data (every intent example is one of their everyday negatives) leaves it out.
    trained = {e.text for e in load_training(intents_dir, intent_set)}
    assert "quokka lanterns for aplastic anemia" not in trained
    assert any(e in trained for i in intent_set.intents for e in i.examples)


def test_the_bot_answers_a_way_of_asking_only_the_generated_examples_teach(bot) -> None:  # noqa: ANN001
    question = "any quokka lanterns near me for aplastic anemia"
    taught = replace(bot.intent_set, generated=(
        *bot.intent_set.generated,
        *((f"quokka lanterns for {c}", "support") for c in ("sickle cell", "lupus", "gout", "myeloma", "asthma"))))
    matcher = IntentMatcher(IntentMatcher.build_arrays(taught), IntentMatcher.example_list(taught))
    learnt = Bot(bot.corpus, taught, bot.index, matcher, bot.info, bot.emergency, bot.understander.safety_model)
    assert bot.ask(question, Session()).intent != "support"
    learnt.forget()  # nothing the first bot read is remembered
    assert learnt.ask(question, Session()).intent == "support"
    bot.forget()
