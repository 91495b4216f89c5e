"""Intents, lexicons and messages are validated on load: every mistake is FILE:LINE, nothing half-loaded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, copy_intents

from marrowbot import Bot
from marrowbot.errors import IntentsError
from marrowbot.intents import CONTRACT_INTENTS, load_intents


@pytest.fixture
def intents_dir(tmp_path: Path) -> Path:
    return copy_intents(tmp_path)


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_the_packaged_intents_define_every_contract_intent() -> None:
    s = load_intents(REPO / "intents")
    assert set(CONTRACT_INTENTS) <= set(s.names)
    assert all(len(i.examples) >= 20 for i in s.intents)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_an_unknown_key_is_named_at_its_line(intents_dir: Path) -> None:
    f = intents_dir / "intents.yml"
    _edit(f, "  - name: symptoms\n", "  - name: symptoms\n    colour: blue\n")
    with pytest.raises(IntentsError) as err:
        load_intents(intents_dir)
    assert str(err.value) == f"{f}:{_line_of(f, 'colour: blue')}: unknown key 'colour' in intent (allowed: " \
                             "description, examples, keywords, name, reports_as, sections)"


def test_a_duplicate_name_and_a_missing_field(intents_dir: Path) -> None:
    f = intents_dir / "intents.yml"
    _edit(f, "  - name: symptoms\n", "  - name: definition\n")
    with pytest.raises(IntentsError, match=r"intents\.yml:\d+: duplicate intent 'definition'"):
        load_intents(intents_dir)
    shutil.copy(REPO / "intents" / "intents.yml", f)
    _edit(f, "    description: the signs and symptoms", "    descr: the signs and symptoms")
    with pytest.raises(IntentsError, match=r"intents\.yml:\d+: unknown key 'descr'"):
        load_intents(intents_dir)


@pytest.mark.parametrize("target", ["risk", "living", "definition"])
def test_reports_as_must_name_a_contract_intent_and_refine_an_added_one(intents_dir: Path, target: str) -> None:
    f = intents_dir / "intents.yml"
    if target == "definition":  # a contract intent cannot be reported as another one
        _edit(f, "  - name: symptoms\n", "  - name: symptoms\n    reports_as: definition\n")
    else:
        _edit(f, "    reports_as: causes", f"    reports_as: {target}")
    with pytest.raises(IntentsError) as err:
        load_intents(intents_dir)
    assert str(err.value).startswith(f"{f}:{_line_of(f, 'reports_as: ' + target)}: reports_as must name one of")


def test_bad_yaml_points_at_the_line(intents_dir: Path) -> None:
    f = intents_dir / "red_flags.yml"
    f.write_text("red_flags:\n  - name: x\n    kind: emergency\n    phrases: [unclosed\n")
    with pytest.raises(IntentsError, match=r"red_flags\.yml:\d+: bad YAML"):
        load_intents(intents_dir)


def test_a_wrong_kind_and_a_bad_placeholder(intents_dir: Path) -> None:
    f = intents_dir / "red_flags.yml"
    f.write_text("red_flags:\n  - name: x\n    kind: scary\n    phrases: [help]\n")
    with pytest.raises(IntentsError, match=r"red_flags\.yml:3: kind must be 'emergency' or 'crisis'"):
        load_intents(intents_dir)
    m = intents_dir / "messages.yml"
    _edit(m, "Call {call} or your local", "Call {phone} or your local")
    shutil.copy(REPO / "intents" / "red_flags.yml", f)
    with pytest.raises(IntentsError, match=r"messages\.yml:\d+: message 'emergency': unknown placeholder \{phone\}"):
        load_intents(intents_dir)


def test_a_missing_contract_intent_is_refused(intents_dir: Path) -> None:
    f = intents_dir / "intents.yml"
    text = f.read_text()
    start = text.index("  - name: goodbye")
    end = text.index("  - name:", start + 5)
    f.write_text(text[:start] + text[end:])
    with pytest.raises(IntentsError, match=r"missing intent\(s\): goodbye"):
        load_intents(intents_dir)


def test_an_intent_whose_sections_no_document_has_is_a_warning_with_file_and_line(intents_dir: Path) -> None:
    f = intents_dir / "intents.yml"
    text = f.read_text()
    start = text.index("  - name: prognosis")
    line = text[start:].index("sections:")
    sections_line = text[: start + line].count("\n") + 1
    head, rest = text[: start + line], text[start + line :]
    rest = "sections: [Crystal ball, Tea leaves]" + rest[rest.index("\n") :]
    f.write_text(head + rest)
    bot = Bot.load(intents_dir=intents_dir, use_cache=False)
    assert any(w.startswith(f"{f}:{sections_line}: intent 'prognosis': no document has any of its sections")
               for w in bot.info.warnings)
    # It still answers, from sentences that use the intent's words.
    assert not bot.ask("what is the prognosis of bone marrow necrosis?").abstained


def test_a_clinics_copy_of_the_packaged_intents_works_like_the_packaged_ones(tmp_path: Path) -> None:
    """The README tells clinics to copy intents/ and adapt it: the copy, with a corpus of one document, must
    answer as the packaged folder does (warnings for sections that document lacks, never a refusal)."""
    import shutil

    from conftest import run_marrowbot

    from marrowbot.resources import default_corpus_dir, default_intents_dir

    copy = tmp_path / "intents"
    shutil.copytree(default_intents_dir(), copy)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(default_corpus_dir() / "bone-marrow-necrosis.md", corpus)
    question = "how is bone marrow necrosis treated"
    own = run_marrowbot("--corpus", str(corpus), "--intents", str(copy), "ask", "--json", question)
    packaged = run_marrowbot("--corpus", str(corpus), "ask", "--json", question)
    assert own.returncode == packaged.returncode == 0, own.stderr
    assert json.loads(own.stdout) == json.loads(packaged.stdout)
    assert own.stderr.replace(str(copy), "INTENTS") == packaged.stderr.replace(str(default_intents_dir()), "INTENTS")
