"""The benchmark and evaluation scripts run, on the default corpus only, and print their tables."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks"


def _run(script: str, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
    )


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


def test_evaluate_prints_fixture_scores_and_writes_the_error_report(tmp_path: Path) -> None:
    report = tmp_path / "eval-errors.txt"
    missing = tmp_path / "no-medquad-here"
    proc = _run("evaluate.py", "--medquad", str(missing), "--limit", "20", "--errors", str(report), "--json")
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    fx = res["fixtures"]
    assert fx["turns"] > 0 and fx["intent_n"] > 0
    assert 0.0 <= fx["intent_accuracy"] <= 1.0
    assert "not found" in res["medquad_note"]
    assert report.read_text(encoding="utf-8").startswith("# marrowbot evaluation errors")


def test_evaluate_scores_medquad_style_questions_against_the_gold_document(tmp_path: Path) -> None:
    """A two-question MedQuAD-format benchmark on the default corpus: real answers scored by the script."""
    bench = tmp_path / "mini"
    (bench / "corpus").symlink_to(REPO / "corpus", target_is_directory=True)
    questions = [
        {
            "qid": "q-1",
            "question": "What are the symptoms of bone marrow necrosis ?",
            "doc": "bone-marrow-necrosis",
            "section": "Symptoms",
            "qtype": "symptoms",
            "intent": "symptoms",
        },
        {
            "qid": "q-2",
            "question": "What are the symptoms of bone marrow necrosis ?",
            "doc": "no-such-document",
            "section": "Symptoms",
            "qtype": "symptoms",
            "intent": "treatment",
        },
    ]
    noisy = [dict(q, question=q["question"].lower().rstrip(" ?"), edits=0) for q in questions]
    (bench / "questions.jsonl").write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
    (bench / "questions_noisy.jsonl").write_text(
        "".join(json.dumps(q) + "\n" for q in noisy), encoding="utf-8"
    )
    proc = _run(
        "evaluate.py",
        "--fixtures",
        str(tmp_path / "none"),
        "--medquad",
        str(bench),
        "--errors",
        str(tmp_path / "errors.txt"),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    clean = json.loads(proc.stdout)["medquad"]["clean"]
    # the first question is answerable from its gold document; the second names a document that does not exist
    assert clean["n"] == 2
    assert clean["doc_hit@1"] == 0.5
    assert clean["intent_accuracy"] == 0.5
    errors = (tmp_path / "errors.txt").read_text(encoding="utf-8")
    assert "no-such-document" in errors
