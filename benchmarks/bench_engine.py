"""Engine benchmark: index build, cold start, latency, memory and retrieval quality, vs a TF-IDF baseline.

Usage:
    python benchmarks/bench_engine.py [--medquad DIR | --no-medquad] [--limit N] [--repeats R] [--json]

For the packaged default corpus, and for the MedQuAD-dev corpus when its folder exists (default:
``../shared/benchmarks/medquad-dev`` beside the repo; skipped with a note when absent), it prints, for
marrowbot and for a plain scikit-learn ``TfidfVectorizer()`` sentence baseline side by side:

* index build time (fresh: ``Bot.load`` into an empty cache folder, which also writes the cache), with where
  the time goes (parsing, passage index, intent matcher, safety detectors);
* cold start to first answer with a warm on-disk cache (a fresh ``python -c`` process, median of R runs), next
  to the bare ``python -c "import sklearn"`` time measured in the same run, and their ratio;
* warm per-question latency p50/p99 of ``bot.search`` and ``bot.ask`` (baseline: transform + cosine top-k);
* peak memory (ru_maxrss) of building and of serving, each measured in its own subprocess;
* retrieval quality on MedQuAD-dev questions, clean and noisy: document hit@1, hit@5, section hit@1, MRR@10,
  from retrieval alone (``bot.search(question, k=50)``; no intent or topic understanding).

Every corpus and every role (build, serve, baseline) is measured in its own subprocess of this script
(``--_worker``), so the memory figures don't mix. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import json
import os
import random
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
SEED = 20240611
SEARCH_K = 50  # passages asked of retrieval for the quality metrics (MRR@10 needs 10 distinct documents)
MAX_ASK = 1000  # questions timed through bot.ask per corpus (ask is the slower path; the rest is sampling)
WARMUP = 20  # queries run before timing starts

# Question templates used to time the default corpus, which has no benchmark questions of its own. They are
# filled with each document's title and aliases; together with the fixtures' user turns and the bot's own
# example questions they give a few hundred realistic queries. Used for timing only, never for answers.
_TEMPLATES = (
    "What is {}?",
    "What are the symptoms of {}?",
    "what causes {}",
    "How is {} diagnosed?",
    "how is {} treated",
    "What is the prognosis of {}?",
    "Is {} inherited?",
    "Are there clinical trials for {}?",
    "Where can I find support for {}?",
    "{}",
)


# --------------------------------------------------------------------------------------------- helpers


def _rss_now_mb() -> float:
    """Current resident set size (MB), from /proc; 0 where unavailable."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _maxrss_mb() -> float:
    """Peak resident set size of this process so far (MB); ru_maxrss is in KiB on Linux."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentiles(samples_s: list[float]) -> dict[str, float | None]:
    if not samples_s:
        return {"p50_ms": None, "p99_ms": None, "mean_ms": None, "n": 0}
    ordered = sorted(samples_s)

    def pick(p: float) -> float:
        # nearest-rank percentile: the value below which p% of the samples fall
        rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
        return ordered[rank - 1] * 1000

    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": pick(99),
        "mean_ms": statistics.fmean(ordered) * 1000,
        "n": len(ordered),
    }


def _load_questions(medquad: Path, limit: int | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Clean and noisy MedQuAD questions, the same qids in both, a seeded sample of ``limit`` when given."""

    def read(name: str) -> list[dict[str, Any]]:
        with open(medquad / name, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    clean = read("questions.jsonl")
    noisy_by_qid = {q["qid"]: q for q in read("questions_noisy.jsonl")}
    if limit is not None and limit < len(clean):
        keep = sorted(random.Random(SEED).sample(range(len(clean)), limit))
        clean = [clean[i] for i in keep]
    noisy = [noisy_by_qid[q["qid"]] for q in clean if q["qid"] in noisy_by_qid]
    return clean, noisy


def _fixture_questions() -> list[str]:
    """User turns of the transcript fixtures (tests/transcripts/*.yml), if any; best effort."""
    out: list[str] = []
    folder = REPO / "tests" / "transcripts"
    if not folder.is_dir():
        return out
    try:
        import yaml
    except ImportError:
        return out
    for path in sorted(folder.glob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        convs = data.get("conversations", [data]) if isinstance(data, dict) else []
        for conv in convs if isinstance(convs, list) else []:
            for turn in conv.get("turns", []) if isinstance(conv, dict) else []:
                if isinstance(turn, dict) and isinstance(turn.get("user"), str):
                    out.append(turn["user"])
    return out


def _default_questions(bot: Any, limit: int | None) -> list[str]:
    qs: list[str] = list(_fixture_questions())
    qs += list(getattr(getattr(bot, "messages", None), "suggestions", ()) or ())
    for doc in bot.documents:
        for name in (doc.title, *doc.aliases):
            qs += [t.format(name) for t in _TEMPLATES]
    seen: set[str] = set()
    uniq = [q for q in qs if not (q in seen or seen.add(q))]
    if limit is not None and limit < len(uniq):
        uniq = random.Random(SEED).sample(uniq, limit)
    return uniq


class _Quality:
    """Accumulates document hit@1/@5, section hit@1 and MRR@10 over ranked (doc, section) lists."""

    def __init__(self) -> None:
        self.n = 0
        self.doc1 = self.doc5 = self.sec1 = 0
        self.rr = 0.0

    def add(self, ranked: list[tuple[str, str]], doc: str, section: str) -> None:
        self.n += 1
        if ranked and ranked[0][0] == doc:
            self.doc1 += 1
            if ranked[0][1] == section:
                self.sec1 += 1
        docs: list[str] = []  # distinct documents in order of their first passage
        for d, _ in ranked:
            if d not in docs:
                docs.append(d)
                if len(docs) == 10:
                    break
        if doc in docs[:5]:
            self.doc5 += 1
        if doc in docs:
            self.rr += 1 / (docs.index(doc) + 1)

    def result(self) -> dict[str, float | int]:
        n = max(self.n, 1)
        return {
            "n": self.n,
            "doc_hit@1": self.doc1 / n,
            "doc_hit@5": self.doc5 / n,
            "section_hit@1": self.sec1 / n,
            "mrr@10": self.rr / n,
        }


# --------------------------------------------------------------------------------------------- workers


def _bot_load(corpus: str | None, cache_dir: str, use_cache: bool) -> Any:
    from marrowbot import Bot

    return Bot.load(corpus_dir=corpus, cache_dir=cache_dir, use_cache=use_cache)


def _time_build_stages() -> dict[str, float]:
    """Wrap the engine's build stages with timers, so one real ``Bot.load`` also tells where its time goes.

    Engine internals, best effort: if their layout changes the breakdown is simply left out.
    """
    stages: dict[str, float] = {}
    try:
        import marrowbot.bot as bot_module
        from marrowbot.index import PassageIndex
        from marrowbot.understanding import safety_thresholds
        from marrowbot.understanding.intent_model import IntentMatcher
    except ImportError:
        return stages

    def timed(name: str, fn: Any) -> Any:
        def wrapper(*a: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - t0

        return wrapper

    for name, owner, attr in (
        ("parse_s", bot_module, "load_corpus"),
        ("passage_index_s", PassageIndex, "build_arrays"),
        ("intent_matcher_s", IntentMatcher, "build_arrays"),
        ("safety_detectors_s", safety_thresholds, "build_arrays"),
    ):
        if hasattr(owner, attr):
            original = getattr(owner, attr)
            wrapped = timed(name, original)
            setattr(owner, attr, staticmethod(wrapped) if isinstance(owner, type) else wrapped)
    return stages


def _worker_build(args: argparse.Namespace) -> dict[str, Any]:
    """Fresh build into an empty cache folder (writing the cache the cold starts use), then a cached load."""
    import marrowbot  # noqa: F401  (imports are not part of the build time)

    stages = _time_build_stages()
    rss_import = _rss_now_mb()
    t0 = time.perf_counter()
    bot = _bot_load(args.corpus, args.cache_dir, use_cache=True)  # empty folder: builds, then saves
    build_s = time.perf_counter() - t0
    peak_build = _maxrss_mb()
    built = not bool(getattr(getattr(bot, "info", None), "from_cache", False))
    n_docs, n_passages = len(bot.documents), len(bot.passages)
    parts = dict(stages)
    del bot
    t0 = time.perf_counter()
    bot = _bot_load(args.corpus, args.cache_dir, use_cache=True)  # must now come from the cache
    cached_load_s = time.perf_counter() - t0
    from_cache = bool(getattr(getattr(bot, "info", None), "from_cache", True))
    cache_mb = sum(f.stat().st_size for f in Path(args.cache_dir).glob("*") if f.is_file()) / 2**20
    if args.medquad:
        clean, _ = _load_questions(Path(args.medquad), 1)
        first_q = clean[0]["question"]
    else:
        first_q = _default_questions(bot, None)[0]
    return {
        "documents": n_docs,
        "passages": n_passages,
        "build_s": build_s,
        "fresh_build": built,
        **parts,
        "cached_load_s": cached_load_s,
        "cache_hit": from_cache,
        "cache_mb": cache_mb,
        "rss_after_import_mb": rss_import,
        "peak_rss_build_mb": peak_build,
        "first_question": first_q,
    }


def _worker_serve(args: argparse.Namespace) -> dict[str, Any]:
    """Load from the warm cache, time search and ask, score retrieval on the MedQuAD questions."""
    from marrowbot import Session

    rss_import = _rss_now_mb()
    bot = _bot_load(args.corpus, args.cache_dir, use_cache=True)
    rss_loaded = _rss_now_mb()
    out: dict[str, Any] = {"rss_after_import_mb": rss_import, "rss_after_load_mb": rss_loaded}
    if args.medquad:
        clean, noisy = _load_questions(Path(args.medquad), args.limit)
        sets = {"clean": clean, "noisy": noisy}
        all_q = [q["question"] for q in clean] + [q["question"] for q in noisy]
    else:
        sets = {}
        all_q = _default_questions(bot, args.limit)
    for q in all_q[:WARMUP]:
        bot.search(q, k=SEARCH_K)
        bot.ask(q, Session())
    search_times: list[float] = []
    quality: dict[str, Any] = {}
    if sets:
        for name, qs in sets.items():
            acc = _Quality()
            for q in qs:
                t0 = time.perf_counter()
                hits = bot.search(q["question"], k=SEARCH_K)
                search_times.append(time.perf_counter() - t0)
                acc.add([(h.passage.doc, h.passage.section) for h in hits], q["doc"], q["section"])
            quality[name] = acc.result()
    else:
        for q in all_q:
            t0 = time.perf_counter()
            bot.search(q, k=SEARCH_K)
            search_times.append(time.perf_counter() - t0)
    ask_qs = all_q if len(all_q) <= MAX_ASK else random.Random(SEED).sample(all_q, MAX_ASK)
    ask_times: list[float] = []
    for q in ask_qs:
        session = Session()
        t0 = time.perf_counter()
        bot.ask(q, session)
        ask_times.append(time.perf_counter() - t0)
    out.update(
        {
            "search": _percentiles(search_times),
            "ask": _percentiles(ask_times),
            "quality": quality,
            "peak_rss_serve_mb": _maxrss_mb(),
        }
    )
    return out


def _worker_baseline(args: argparse.Namespace) -> dict[str, Any]:
    """A plain TfidfVectorizer() over the passage texts of the same loaded corpus, cosine top-k."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from marrowbot.corpus import load_corpus

    rss_import = _rss_now_mb()
    if args.corpus:
        corpus_dir = Path(args.corpus)
    else:
        from marrowbot.resources import default_corpus_dir

        corpus_dir = default_corpus_dir()
    t0 = time.perf_counter()
    passages = list(load_corpus(corpus_dir).passages)
    parse_s = time.perf_counter() - t0
    rss_parsed = _rss_now_mb()
    texts = [p.text for p in passages]
    docs = [p.doc for p in passages]
    sections = [p.section for p in passages]
    t0 = time.perf_counter()
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform(texts)  # rows are L2-normalised: a dot product is the cosine
    columns = matrix.tocsc()  # term columns: a query touches only the postings of its own terms
    fit_s = time.perf_counter() - t0
    peak_build = _maxrss_mb()
    n_rows = matrix.shape[0]

    def search(question: str, k: int) -> list[int]:
        qv = vectorizer.transform([question])  # L2-normalised too
        scores = np.asarray(columns[:, qv.indices] @ qv.data).ravel()  # == cosine with every passage
        if k < n_rows:
            top = np.argpartition(-scores, k)[:k]
        else:
            top = np.arange(n_rows)
        # best first; ties by passage order, so the ranking is deterministic
        return sorted(top.tolist(), key=lambda i: (-scores[i], i))

    if args.medquad:
        clean, noisy = _load_questions(Path(args.medquad), args.limit)
        sets = {"clean": clean, "noisy": noisy}
        all_q = [q["question"] for q in clean] + [q["question"] for q in noisy]
    else:
        from marrowbot import Bot

        sets = {}
        all_q = _default_questions(Bot.load(cache_dir=args.cache_dir, use_cache=True), args.limit)
    for q in all_q[:WARMUP]:
        search(q, SEARCH_K)
    times: list[float] = []
    quality: dict[str, Any] = {}
    if sets:
        for name, qs in sets.items():
            acc = _Quality()
            for q in qs:
                t0 = time.perf_counter()
                top = search(q["question"], SEARCH_K)
                times.append(time.perf_counter() - t0)
                acc.add([(docs[i], sections[i]) for i in top], q["doc"], q["section"])
            quality[name] = acc.result()
    else:
        for q in all_q:
            t0 = time.perf_counter()
            search(q, SEARCH_K)
            times.append(time.perf_counter() - t0)
    return {
        "passages": n_rows,
        "vocabulary": len(vectorizer.vocabulary_),
        "parse_s": parse_s,
        "fit_s": fit_s,
        "build_s": parse_s + fit_s,
        "rss_after_import_mb": rss_import,
        "rss_after_parse_mb": rss_parsed,
        "peak_rss_build_mb": peak_build,
        "search": _percentiles(times),
        "quality": quality,
        "peak_rss_serve_mb": _maxrss_mb(),
    }


_WORKERS = {"build": _worker_build, "serve": _worker_serve, "baseline": _worker_baseline}


# --------------------------------------------------------------------------------------------- driver

_COLD_SNIPPET = (
    "import sys\n"
    "from marrowbot import Bot, Session\n"
    "corpus = sys.argv[1] or None\n"
    "bot = Bot.load(corpus_dir=corpus, cache_dir=sys.argv[2], use_cache=True)\n"
    "answer = bot.ask(sys.argv[3], Session())\n"
    "assert answer.text\n"
    "print('from_cache' if bot.info.from_cache else 'rebuilt')\n"
)


def _timed_run(cmd: list[str], repeats: int) -> dict[str, Any]:
    """Median wall time of ``repeats`` fresh processes, after an untimed run that warms the OS caches."""
    # as a user runs it: bytecode caches allowed, no private cache folder forced from outside
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "MARROWBOT_CACHE_DIR")}
    warm = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    if warm.returncode != 0:
        return {"error": (warm.stderr.strip().splitlines() or ["failed"])[-1]}
    times = []
    outputs = set()
    for _ in range(repeats):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO, check=True)
        times.append(time.perf_counter() - t0)
        outputs.add(done.stdout.strip())
    return {"median_s": statistics.median(times), "runs_s": times, "printed": sorted(outputs)}


def _run_worker(role: str, corpus: str | None, medquad: str | None, cache_dir: str, limit: int | None) -> Any:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_worker", role, "--cache-dir", cache_dir]
    if corpus:
        cmd += ["--corpus", corpus]
    if medquad:
        cmd += ["--medquad", medquad]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        return {"error": f"{role} worker exited {proc.returncode}: {tail}"}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        return {"error": f"{role} worker printed no result"}


def _bench_corpus(
    name: str, corpus: str | None, medquad: str | None, limit: int | None, repeats: int, log: Any
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="marrowbot-bench-") as cache_dir:
        log(f"[{name}] building the index (fresh, written to an empty cache) ...")
        build = _run_worker("build", corpus, medquad, cache_dir, limit)
        result: dict[str, Any] = {"corpus": corpus or "packaged default", "build": build}
        if "error" in build:
            return result
        log(f"[{name}] cold start to first answer x{repeats} ...")
        cmd = [sys.executable, "-c", _COLD_SNIPPET, corpus or "", cache_dir, build["first_question"]]
        result["cold_start"] = _timed_run(cmd, repeats)
        log(f"[{name}] serving: search/ask latency and retrieval quality ...")
        result["serve"] = _run_worker("serve", corpus, medquad, cache_dir, limit)
        log(f"[{name}] TF-IDF baseline ...")
        result["baseline"] = _run_worker("baseline", corpus, medquad, cache_dir, limit)
    return result


# --------------------------------------------------------------------------------------------- report


def _fmt(value: Any, spec: str = ".3f", unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, (int, float)):
        return f"{value:{spec}}{unit}"
    return str(value)


def _report(results: dict[str, Any]) -> str:
    lines: list[str] = []
    sk = results["import_sklearn"]
    sk_s = sk.get("median_s")
    lines.append("marrowbot engine benchmark")
    lines.append(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores; questions sampled with seed {SEED}"
    )
    lines.append(
        f'bare `python -c "import sklearn"`: {_fmt(sk_s, ".3f", " s")} (median of {results["repeats"]})'
    )
    for name, res in results["corpora"].items():
        lines.append("")
        lines.append(f"== corpus: {name} ({res['corpus']})")
        build = res["build"]
        if "error" in build:
            lines.append(f"  ERROR: {build['error']}")
            continue
        serve = res.get("serve", {})
        base = res.get("baseline", {})
        cold = res.get("cold_start", {})
        lines.append(f"  documents {build['documents']}, passages {build['passages']}")
        for label, part in (("serve", serve), ("baseline", base), ("cold start", cold)):
            if "error" in part:
                lines.append(f"  ERROR ({label}): {part['error']}")
        w1, w2 = 34, 16
        rows: list[tuple[str, str, str]] = []
        fresh = "" if build.get("fresh_build", True) else " CACHED?"
        rows.append(("index build, fresh (s)", _fmt(build.get("build_s")) + fresh, _fmt(base.get("build_s"))))
        rows.append(("  parse the corpus (s)", _fmt(build.get("parse_s")), _fmt(base.get("parse_s"))))
        rows.append(("  passage index / vectorizer fit (s)", _fmt(build.get("passage_index_s")),
                     _fmt(base.get("fit_s"))))
        rows.append(("  intent matcher (s)", _fmt(build.get("intent_matcher_s")), "-"))
        rows.append(("  safety detectors (s)", _fmt(build.get("safety_detectors_s")), "-"))
        cached = _fmt(build.get("cached_load_s")) + ("" if build.get("cache_hit", True) else " MISS")
        rows.append(("load from warm cache, in-proc (s)", cached, "(no cache)"))
        rows.append(("  cache file size (MB)", _fmt(build.get("cache_mb"), ".1f"), "-"))
        cold_s = cold.get("median_s")
        ratio = cold_s / sk_s if cold_s and sk_s else None
        rebuilt = " REBUILT" if "rebuilt" in cold.get("printed", []) else ""
        rows.append(("cold start to 1st answer (s)", _fmt(cold_s) + rebuilt, "-"))
        rows.append(("  / bare import sklearn", _fmt(ratio, ".2f", "x"), "-"))
        for op in ("search", "ask"):
            s = serve.get(op, {})
            b = base.get("search", {}) if op == "search" else {}
            n = s.get("n") or b.get("n")
            rows.append((f"{op} latency p50 (ms) [n={n}]", _fmt(s.get("p50_ms")), _fmt(b.get("p50_ms"))))
            rows.append((f"{op} latency p99 (ms)", _fmt(s.get("p99_ms")), _fmt(b.get("p99_ms"))))
        rows.append(
            (
                "peak RSS, build (MB)",
                _fmt(build.get("peak_rss_build_mb"), ".0f"),
                _fmt(base.get("peak_rss_build_mb"), ".0f"),
            )
        )
        rows.append(
            (
                "peak RSS, serve (MB)",
                _fmt(serve.get("peak_rss_serve_mb"), ".0f"),
                _fmt(base.get("peak_rss_serve_mb"), ".0f"),
            )
        )
        rows.append(
            (
                "  RSS after imports only (MB)",
                _fmt(serve.get("rss_after_import_mb"), ".0f"),
                _fmt(base.get("rss_after_import_mb"), ".0f"),
            )
        )
        for qset in ("clean", "noisy"):
            sq = serve.get("quality", {}).get(qset)
            bq = base.get("quality", {}).get(qset)
            if not sq and not bq:
                continue
            n = (sq or bq or {}).get("n")
            for metric in ("doc_hit@1", "doc_hit@5", "section_hit@1", "mrr@10"):
                rows.append(
                    (
                        f"{qset} {metric} [n={n}]" if metric == "doc_hit@1" else f"{qset} {metric}",
                        _fmt((sq or {}).get(metric)),
                        _fmt((bq or {}).get(metric)),
                    )
                )
        lines.append(f"  {'':<{w1}} {'marrowbot':>{w2}} {'tfidf baseline':>{w2}}")
        for label, a, b in rows:
            lines.append(f"  {label:<{w1}} {a:>{w2}} {b:>{w2}}")
        if not serve.get("quality"):
            lines.append(
                "  (no benchmark questions for this corpus: latency over fixture turns, the bot's example"
            )
            lines.append("   questions and templated questions on each document's title and aliases)")
    for note in results.get("notes", []):
        lines.append("")
        lines.append(f"note: {note}")
    lines.append("")
    lines.append("How the figures are computed:")
    lines.append(
        f"  retrieval alone: bot.search(question, k={SEARCH_K}) / baseline cosine top-{SEARCH_K}; "
        "ranked passages, best first."
    )
    lines.append(
        "  doc hit@1: the top passage is from the gold document; section hit@1: and from its gold section."
    )
    lines.append(
        "  doc hit@5 and MRR@10: over the documents of the ranked passages, each document at its first"
    )
    lines.append("  occurrence; hit@5 = gold document among the first 5 distinct documents; MRR@10 = mean of")
    lines.append("  1/rank of the gold document among the first 10 distinct documents (0 when absent).")
    lines.append(
        "  latency: warm, in-process, per question, after a warm-up; p99 is nearest-rank. ask: a fresh"
    )
    lines.append(f"  Session per question, at most {MAX_ASK} questions (seeded sample).")
    lines.append(
        "  cold start: wall time of a fresh `python -c` that imports marrowbot, loads the bot from a warm"
    )
    lines.append("  on-disk cache and answers one question (median, after one untimed warm-up run).")
    lines.append(
        "  peak RSS: ru_maxrss of a subprocess that only builds (build) or only loads and serves (serve)."
    )
    lines.append(
        "Targets: doc hit@1 >= 0.85 clean / >= 0.75 noisy (MedQuAD-dev); warm search p99 < 2 ms (default)"
    )
    lines.append("  and < 10 ms (MedQuAD-dev); cold start <= 1.5x bare import sklearn.")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------- main


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--medquad", help=f"MedQuAD-dev folder (default: {DEFAULT_MEDQUAD})")
    p.add_argument("--no-medquad", action="store_true", help="only the default corpus")
    p.add_argument("--limit", type=int, help="a seeded sample of N questions, for quick runs")
    p.add_argument("--repeats", type=int, default=3, help="runs of each cold-start measurement (median)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    p.add_argument("--_worker", choices=sorted(_WORKERS), help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--cache-dir", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.limit is not None and args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return 2
    if args._worker:
        print(json.dumps(_WORKERS[args._worker](args)))
        return 0

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    results: dict[str, Any] = {"repeats": args.repeats, "seed": SEED, "limit": args.limit, "notes": []}
    log("timing bare `python -c 'import sklearn'` ...")
    results["import_sklearn"] = _timed_run([sys.executable, "-c", "import sklearn"], args.repeats)
    corpora: dict[str, Any] = {}
    corpora["default"] = _bench_corpus("default", None, None, args.limit, args.repeats, log)
    if not args.no_medquad:
        medquad = Path(args.medquad) if args.medquad else DEFAULT_MEDQUAD
        if (medquad / "corpus").is_dir() and (medquad / "questions.jsonl").is_file():
            corpora["medquad-dev"] = _bench_corpus(
                "medquad-dev", str(medquad / "corpus"), str(medquad), args.limit, args.repeats, log
            )
        else:
            results["notes"].append(f"MedQuAD-dev skipped: {medquad} not found (pass --medquad DIR)")
    results["corpora"] = corpora
    print(json.dumps(results, indent=2) if args.json else _report(results))
    failed = [
        n for n, r in corpora.items() if any("error" in r.get(k, {}) for k in ("build", "serve", "baseline"))
    ]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
