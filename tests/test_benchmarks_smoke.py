"""The benchmark and evaluation scripts run, on the default corpus only, and print their tables."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hang_guard import HANG_GUARD

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"


def _run(script: str, *args: str, timeout: float = HANG_GUARD) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
    )


@pytest.mark.slow  # one fresh index build, on purpose: ~10-30 s on a 2-core machine
def test_bench_engine_prints_its_table_and_skips_a_missing_medquad(tmp_path: Path) -> None:
    missing = tmp_path / "no-medquad-here"
    proc = _run("bench_engine.py", "--medquad", str(missing), "--limit", "20", "--repeats", "1")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== corpus: default" in out
    assert re.search(r"marrowbot\s+tfidf baseline", out)
    # real figures in both columns, not placeholders
    build = re.search(r"index build, fresh \(s\)\s+([\d.]+)\s+([\d.]+)", out)
    assert build and float(build.group(1)) > 0 and float(build.group(2)) > 0, out
    p99 = re.search(r"search latency p99 \(ms\)\s+([\d.]+)\s+([\d.]+)", out)
    assert p99 and float(p99.group(1)) > 0, out
    assert re.search(r"ask latency p99 \(ms\)\s+[\d.]+", out), out
    assert re.search(r"cold start to 1st answer \(s\)\s+[\d.]+", out), out
    assert re.search(r"/ bare import sklearn\s+[\d.]+x", out), out
    assert re.search(r"peak RSS, serve \(MB\)\s+\d+\s+\d+", out), out
    assert "ERROR" not in out
    assert "MedQuAD-dev skipped" in out and str(missing) in out


def test_evaluate_scores_fixtures_and_medquad_style_questions(tmp_path: Path) -> None:
    """The fixtures, plus a two-question benchmark in MedQuAD's format on the default corpus: real answers."""
    bench = tmp_path / "mini"
    bench.mkdir()
    (bench / "corpus").symlink_to(REPO / "corpus", target_is_directory=True)
    question = "What are the symptoms of bone marrow necrosis ?"
    questions = [
        {"qid": "q-1", "question": question, "doc": "bone-marrow-necrosis", "section": "Symptoms",
         "qtype": "symptoms", "intent": "symptoms"},
        # the same question scored against a document that does not exist, and the wrong intent: two misses
        {"qid": "q-2", "question": question, "doc": "no-such-document", "section": "Symptoms",
         "qtype": "symptoms", "intent": "treatment"},
    ]
    noisy = [dict(q, question=q["question"].lower().rstrip(" ?"), edits=0) for q in questions]
    for name, rows in (("questions.jsonl", questions), ("questions_noisy.jsonl", noisy)):
        (bench / name).write_text("".join(json.dumps(q) + "\n" for q in rows), encoding="utf-8")
    report = tmp_path / "eval-errors.txt"
    proc = _run("evaluate.py", "--medquad", str(bench), "--limit", "20", "--errors", str(report), "--json")
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    fx = res["fixtures"]
    assert fx["turns"] > 0 and fx["intent_n"] > 0
    assert 0.0 <= fx["intent_accuracy"] <= 1.0
    for name in ("clean", "noisy"):
        block = res["medquad"][name]
        assert block["n"] == 2
        assert block["doc_hit@1"] == 0.5, block
        assert block["intent_accuracy"] == 0.5, block
        assert block["abstention_rate"] == 0.0
    errors = report.read_text(encoding="utf-8")
    assert errors.startswith("# marrowbot evaluation errors")
    assert "symptoms -> treatment" not in errors and "treatment -> symptoms: 1" in errors
    assert "no-such-document" in errors


def test_evaluate_table_skips_a_missing_medquad(tmp_path: Path) -> None:
    missing = tmp_path / "no-medquad-here"
    proc = _run("evaluate.py", "--fixtures", str(tmp_path / "none"), "--medquad", str(missing),
                "--errors", str(tmp_path / "e.txt"))
    assert proc.returncode == 0, proc.stderr
    assert "== fixtures: skipped" in proc.stdout
    assert "== MedQuAD-dev: skipped" in proc.stdout and "not found" in proc.stdout


@pytest.mark.slow  # two small fresh builds and a few cold starts
def test_bench_scale_prints_its_table_on_a_small_corpus(tmp_path: Path) -> None:
    medquad = tmp_path / "medquad"
    (medquad / "corpus").mkdir(parents=True)
    for f in (REPO / "corpus").glob("*.md"):
        (medquad / "corpus" / f.name).write_bytes(f.read_bytes())
    questions = ["What is bone marrow necrosis?", "What are the symptoms of bone marrow necrosis?",
                 "How are bone marrow diseases treated?"]
    (medquad / "questions.jsonl").write_text("".join(json.dumps({"question": q}) + "\n" for q in questions))
    proc = _run("bench_scale.py", "--medquad", str(medquad), "--copies", "2", "--repeats", "1", "--questions", "3",
                "--only-copies")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== medquad-dev x2: 4 documents, 306 passages" in out, out
    ratio = re.search(r"cold start, cached index\s+[\d.]+ s\s+= ([\d.]+)x import sklearn", out)
    assert ratio and float(ratio.group(1)) > 0, out
    assert re.search(r"TfidfVectorizer baseline\s+[\d.]+ s\s+peak\s+\d+ MB", out), out
    assert re.search(r"warm ask \(3 questions\)\s+p50\s+[\d.]+ ms\s+p99\s+[\d.]+ ms", out), out


def test_evaluate_safety_scores_a_held_out_set_only_when_named_and_never_prints_its_messages(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The default sets are the development ones; a held-out set named on the command line is scored, but --misses
    shows none of its messages (the set stays unread), while a development set's misses are shown."""
    import importlib.util

    from marrowbot.understanding.safety import SafetyDecision

    spec = importlib.util.spec_from_file_location("evaluate_safety", BENCH / "evaluate_safety.py")
    assert spec and spec.loader
    evaluate_safety = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate_safety)
    held_out = evaluate_safety.HELD_OUT
    assert any(n.startswith("safety-blind-") for n in held_out)
    assert any(n.startswith("conversations-blind-") for n in held_out)
    assert not {p.parent.name for p in evaluate_safety.DEFAULT_BLIND} & held_out
    assert not {p.name for p in evaluate_safety.DEFAULT_CONVERSATIONS} & held_out
    assert evaluate_safety.DEFAULT_BLIND and evaluate_safety.DEFAULT_CONVERSATIONS

    class SaysNothing:  # every emergency and crisis missed: each would be a MISS line
        def safety_decision(self, text: str) -> SafetyDecision:
            return SafetyDecision()

    safety_set = BENCH / sorted(n for n in held_out if n.startswith("safety-blind-"))[0] / "blind.jsonl"
    evaluate_safety.blind(SaysNothing(), [safety_set], True)
    out = capsys.readouterr().out
    assert "emergency  recall" in out and "  (a held-out set: its misses are not shown)" in out
    assert "MISS" not in out
    evaluate_safety.blind(SaysNothing(), [evaluate_safety.DEFAULT_BLIND[0]], True)
    assert "    MISS emergency/" in capsys.readouterr().out
