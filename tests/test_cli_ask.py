"""The real `marrowbot ask` and `marrowbot index` in a subprocess, as people and scripts use them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import run_marrowbot
from hang_guard import HANG_GUARD


def test_ask_prints_the_cited_answer_for_people() -> None:
    r = run_marrowbot("ask", "what are the symptoms of bone marrow necrosis")
    assert r.returncode == 0, r.stderr
    assert "bone pain, fever, fatigue, and jaundice" in r.stdout
    assert "[1]" in r.stdout and "Sources:" in r.stdout and "not medical advice" in r.stdout


def test_ask_json_from_stdin_is_one_conversation_unless_independent() -> None:
    lines = "what is bone marrow necrosis\n\nwhat causes it?\n"
    r = run_marrowbot("ask", "--json", input=lines)
    assert r.returncode == 0, r.stderr
    answers = [json.loads(line) for line in r.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["what is bone marrow necrosis", "what causes it?"]
    assert answers[1]["topic"] == "bone-marrow-necrosis" and not answers[1]["abstained"]
    r = run_marrowbot("ask", "--json", "--independent", input=lines)
    independent = [json.loads(line) for line in r.stdout.splitlines()]
    assert independent[1]["abstained"] and independent[1]["snippets"] == []


def test_global_options_work_before_or_after_the_subcommand(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    before = run_marrowbot("--corpus", str(corpus), "ask", "--json", "what is bone marrow necrosis")
    after = run_marrowbot("ask", "--json", "what is bone marrow necrosis", "--corpus", str(corpus))
    assert before.returncode == after.returncode == 0
    assert json.loads(before.stdout) == json.loads(after.stdout)


def test_a_bad_corpus_folder_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    r = run_marrowbot("ask", "hi", "--corpus", str(tmp_path / "missing"))
    assert r.returncode == 2 and "corpus folder not found" in r.stderr and "Traceback" not in r.stderr


def test_binary_and_control_input_gets_a_calm_answer() -> None:
    import os
    import subprocess
    import sys

    raw = b"\x00\x1b[2J\x07\xff\xfe" + "é".encode() * 50000 + b"\n"
    r = subprocess.run([sys.executable, "-m", "marrowbot", "ask", "--json"], input=raw, capture_output=True,
                       timeout=HANG_GUARD, env=dict(os.environ))
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    (answer,) = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert answer["disclaimer"] and "\x1b" not in answer["text"]


def test_index_prints_counts() -> None:
    r = run_marrowbot("index", "--library", "none")
    assert r.returncode == 0, r.stderr
    assert "documents: 2, sections: 25, passages: 153" in r.stdout
    assert "index:" in r.stdout and "library:" not in r.stdout
    r = run_marrowbot("index")  # the linked library too, after the two seeds
    assert r.returncode == 0, r.stderr
    assert re.search(r"documents: 61, sections: \d+, passages: \d+", r.stdout) and "library:" in r.stdout


def test_a_terminal_that_is_not_utf8_gets_the_answer_not_a_traceback() -> None:
    latin1 = {"PYTHONIOENCODING": "latin-1"}
    r = run_marrowbot("ask", "what is bone marrow necrosis", env=latin1)
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert "bone marrow necrosis" in r.stdout and "not medical advice" in r.stdout
    r = run_marrowbot("ask", "--json", "what is bone marrow necrosis", env=latin1)
    assert r.returncode == 0 and json.loads(r.stdout)["text"].startswith("\u201c")  # nothing lost in JSON


def test_a_documents_escape_sequence_never_reaches_the_terminal(tmp_path: Path, tiny_corpus_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for md in tiny_corpus_dir.glob("*.md"):
        text = md.read_text(encoding="utf-8")
        (corpus / md.name).write_text(text.replace("Aplastic anemia (a-PLAS", "\x1b]0;owned\x07\x1b[41mAplastic "
                                                   "anemia (a-PLAS"), encoding="utf-8")
    plain = run_marrowbot("ask", "--corpus", str(corpus), "--library", "none", "what is aplastic anemia")
    assert plain.returncode == 0, plain.stderr
    assert "anemia (a-PLAS-tik" in plain.stdout  # the sentence is quoted ...
    assert "\x1b" not in plain.stdout and "\x07" not in plain.stdout  # ... with its control characters inert


def test_a_number_that_is_not_a_plain_digit_is_a_question_not_a_crash() -> None:
    r = run_marrowbot("chat", input="what is bone marrow necrosis\n\u00b2\n" + "7" * 5000 + "\n")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert r.stdout.count("not medical advice") == 3  # each line answered calmly
