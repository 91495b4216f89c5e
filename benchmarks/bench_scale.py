"""Scale benchmark: a big imported corpus must stay quick to start and small in memory.

Usage:
    python benchmarks/bench_scale.py [--medquad DIR] [--copies 3] [--repeats 5] [--questions 300] [--json]

Corpora: the MedQuAD-dev corpus (``../shared/benchmarks/medquad-dev/corpus``, 3,772 documents, ~78k passages) and
``--copies`` copies of it under new ids (3 copies: ~11k documents, ~235k passages), written at run time into a
temporary folder. For each it prints:

* fresh build (``Bot.load`` into an empty cache): time and peak memory, beside a plain scikit-learn
  ``TfidfVectorizer().fit_transform`` over the same passages (time and peak memory of its own process);
* cold start to first answer with the cached index: a fresh ``python`` process that loads the bot and answers
  one question, timed from outside, in pairs with ``python -c "import sklearn"`` (median of ``--repeats`` pairs;
  the ratio is the median of the per-pair ratios), and that process's peak memory;
* warm ``ask`` latency p50/p99 over ``--questions`` MedQuAD questions, and the peak memory of that process.

Targets (issue 12), at ~11k documents: cold start <= 1.0x import sklearn, peak memory <= 200 MB, warm p99 <= 10 ms.
Each role runs in its own subprocess (``--_worker``) so memory figures don't mix. No network.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MEDQUAD = REPO.parent / "shared" / "benchmarks" / "medquad-dev"
WARMUP = 20


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _questions(medquad: Path, n: int) -> list[str]:
    lines = (medquad / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // max(n, 1))
    return [json.loads(line)["question"] for line in lines[::step]][:n]


# --------------------------------------------------------------------------------------------- workers


def _worker(args: argparse.Namespace) -> dict[str, Any]:
    if args._worker == "build":
        from marrowbot import Bot

        t0 = time.perf_counter()
        bot = Bot.load(args.corpus, cache_dir=args.cache_dir)
        return {"build_s": time.perf_counter() - t0, "peak_mb": _maxrss_mb(), "fresh": not bot.info.from_cache,
                "documents": len(bot.documents), "passages": len(bot.passages)}
    if args._worker == "baseline":
        from sklearn.feature_extraction.text import TfidfVectorizer

        from marrowbot.corpus import load_corpus

        t0 = time.perf_counter()
        texts = [p.text for p in load_corpus(args.corpus).passages]
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        TfidfVectorizer().fit_transform(texts)
        return {"fit_s": time.perf_counter() - t0, "parse_s": parse_s, "peak_mb": _maxrss_mb()}
    if args._worker == "cold":
        from marrowbot import Bot, Session

        bot = Bot.load(args.corpus, cache_dir=args.cache_dir)
        answer = bot.ask(args.question, Session())
        return {"from_cache": bot.info.from_cache, "peak_mb": _maxrss_mb(), "answered": bool(answer.text)}
    if args._worker == "warm":
        from marrowbot import Bot, Session

        bot = Bot.load(args.corpus, cache_dir=args.cache_dir)
        qs = _questions(Path(args.medquad), args.questions)
        for q in qs[:WARMUP]:
            bot.ask(q, Session())
        times = []
        for q in qs:
            t0 = time.perf_counter()
            bot.ask(q, Session())
            times.append(time.perf_counter() - t0)
        times.sort()
        pick = lambda p: times[min(len(times) - 1, int(round(p * (len(times) - 1))))] * 1000  # noqa: E731
        return {"p50_ms": pick(0.5), "p99_ms": pick(0.99), "n": len(times), "peak_mb": _maxrss_mb()}
    raise SystemExit(f"unknown worker {args._worker}")


def _run(role: str, corpus: Path, cache: Path, **extra: str) -> tuple[dict[str, Any], float]:
    cmd = [sys.executable, __file__, "--_worker", role, "--corpus", str(corpus), "--cache-dir", str(cache)]
    for k, v in extra.items():
        cmd += [f"--{k.replace('_', '-')}", v]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"worker {role} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


def _import_sklearn_s() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sklearn"], check=True)
    return time.perf_counter() - t0


def _copies(source: Path, n: int, out: Path) -> Path:
    """``n`` copies of a corpus folder under new ids (``c0-...``, ``c1-...``)."""
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        for f in sorted(source.glob("*.md")):
            text = f.read_text(encoding="utf-8")
            text = re.sub(r"^id: (\S+)$", lambda m, i=i: f"id: c{i}-{m.group(1)}", text, count=1, flags=re.M)
            (out / f"c{i}-{f.name}").write_text(text, encoding="utf-8")
    return out


def _bench(name: str, corpus: Path, medquad: Path, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    cache = tmp / f"cache-{name}"
    build, _ = _run("build", corpus, cache)
    baseline, _ = _run("baseline", corpus, cache)
    question = _questions(medquad, 1)[0]
    pairs = []
    cold_peak = 0.0
    for _ in range(args.repeats):
        sk = _import_sklearn_s()
        cold, wall = _run("cold", corpus, cache, question=question)
        assert cold["from_cache"], "the cold start did not use the cached index"
        cold_peak = max(cold_peak, cold["peak_mb"])
        pairs.append((wall, sk))
    warm, _ = _run("warm", corpus, cache, medquad=str(medquad), questions=str(args.questions))
    return {
        "corpus": name, "documents": build["documents"], "passages": build["passages"],
        "build_s": build["build_s"], "build_peak_mb": build["peak_mb"],
        "baseline_fit_s": baseline["fit_s"], "baseline_parse_s": baseline["parse_s"],
        "baseline_peak_mb": baseline["peak_mb"],
        "cold_s": statistics.median(w for w, _ in pairs), "import_sklearn_s": statistics.median(s for _, s in pairs),
        "cold_ratio": statistics.median(w / s for w, s in pairs), "cold_peak_mb": cold_peak,
        "ask_p50_ms": warm["p50_ms"], "ask_p99_ms": warm["p99_ms"], "asks": warm["n"], "serve_peak_mb": warm["peak_mb"],
    }


def _report(rows: list[dict[str, Any]]) -> str:
    lines = []
    for r in rows:
        lines += [
            f"== {r['corpus']}: {r['documents']} documents, {r['passages']} passages",
            f"  fresh build                {r['build_s']:8.1f} s   peak {r['build_peak_mb']:6.0f} MB",
            f"  TfidfVectorizer baseline   {r['baseline_fit_s']:8.1f} s   peak {r['baseline_peak_mb']:6.0f} MB"
            f"   (+ {r['baseline_parse_s']:.1f} s reading the passages)",
            f"  cold start, cached index   {r['cold_s']:8.2f} s   = {r['cold_ratio']:.2f}x import sklearn "
            f"({r['import_sklearn_s']:.2f} s, paired)   peak {r['cold_peak_mb']:6.0f} MB",
            f"  warm ask ({r['asks']} questions)  p50 {r['ask_p50_ms']:6.2f} ms   p99 {r['ask_p99_ms']:6.2f} ms"
            f"   peak {r['serve_peak_mb']:6.0f} MB",
        ]
    lines.append("targets at ~11k documents: cold start <= 1.0x import sklearn, peak <= 200 MB, ask p99 <= 10 ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--medquad", type=Path, default=DEFAULT_MEDQUAD)
    p.add_argument("--copies", type=int, default=3)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--questions", type=int, default=300)
    p.add_argument("--json", action="store_true")
    p.add_argument("--only-copies", action="store_true", help="skip the single MedQuAD-dev corpus")
    p.add_argument("--_worker", help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--cache-dir", help=argparse.SUPPRESS)
    p.add_argument("--question", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._worker:
        print(json.dumps(_worker(args)))
        return 0
    source = args.medquad / "corpus"
    if not source.is_dir():
        print(f"no MedQuAD-dev corpus at {source}: nothing to measure", file=sys.stderr)
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="marrowbot-scale-") as tmp:
        if not args.only_copies:
            rows.append(_bench("medquad-dev", source, args.medquad, args, Path(tmp)))
            print(_report(rows[-1:]), file=sys.stderr, flush=True)
        copies = _copies(source, args.copies, Path(tmp) / "copies")
        rows.append(_bench(f"medquad-dev x{args.copies}", copies, args.medquad, args, Path(tmp)))
    print(json.dumps(rows, indent=2) if args.json else _report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
