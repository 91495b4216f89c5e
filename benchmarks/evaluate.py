"""Understanding quality through the real ``Bot.ask``: the transcript fixtures and the MedQuAD-dev questions.

Usage:
    python benchmarks/evaluate.py [--fixtures DIR] [--medquad DIR | --no-medquad] [--limit N] [--json]

On the fixtures (default ``tests/transcripts``; one fresh Session per conversation, answered by the
packaged default bot): intent accuracy, topic accuracy, emergency recall, and out-of-scope precision / the
rate of out-of-scope turns wrongly answered. On MedQuAD-dev, clean and noisy (default
``../shared/benchmarks/medquad-dev``; skipped with a note when absent; a fresh Session per question): intent
accuracy where the question's ``intent`` is not null, document and section hit@1 of the FIRST cited snippet
(no snippet = miss), abstention rate, and the latency of ``ask``. The most common confusions go to the
screen and a compact error report to ``test-output/eval-errors.txt``. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MEDQUAD = REPO.parent / "shared" / "benchmarks" / "medquad-dev"
DEFAULT_FIXTURES = REPO / "tests" / "transcripts"
DEFAULT_BLIND = REPO / "benchmarks" / "conversations-blind-1"
ERRORS_FILE = REPO / "test-output" / "eval-errors.txt"
SEED = 20240611
MISS_SAMPLE = 25  # document misses listed in the error report, per question set


def _percentile_ms(samples: list[float], p: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))  # nearest rank
    return ordered[rank - 1] * 1000


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _fmt(value: float | None, den: int | None = None) -> str:
    if value is None:
        return "-" if den is None else "-  (0 of 0)"
    return f"{value:.3f}" if den is None else f"{value:.3f}  (of {den})"


# --------------------------------------------------------------------------------------------- fixtures


@dataclass
class FixtureStats:
    files: int = 0
    conversations: int = 0
    turns: int = 0
    intent_ok: int = 0
    intent_n: int = 0
    topic_ok: int = 0
    topic_n: int = 0
    urgent_hit: int = 0  # expected urgent, answered urgent
    urgent_n: int = 0
    false_urgent: int = 0  # expected urgent: false, answered urgent
    not_urgent_n: int = 0
    oos_answered: int = 0  # expected to abstain, answered anyway
    oos_n: int = 0
    abstained_ok: int = 0  # the bot abstained and the turn expected it
    abstained_judged: int = 0  # the bot abstained on a turn that says whether it should
    invalid: list[str] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "conversations": self.conversations,
            "turns": self.turns,
            "intent_accuracy": _ratio(self.intent_ok, self.intent_n),
            "intent_n": self.intent_n,
            "topic_accuracy": _ratio(self.topic_ok, self.topic_n),
            "topic_n": self.topic_n,
            "emergency_recall": _ratio(self.urgent_hit, self.urgent_n),
            "emergency_n": self.urgent_n,
            "false_emergency_rate": _ratio(self.false_urgent, self.not_urgent_n),
            "not_emergency_n": self.not_urgent_n,
            "out_of_scope_wrongly_answered": _ratio(self.oos_answered, self.oos_n),
            "out_of_scope_n": self.oos_n,
            "abstention_precision": _ratio(self.abstained_ok, self.abstained_judged),
            "abstentions_judged": self.abstained_judged,
            "invalid_files": self.invalid,
            "top_intent_confusions": [[e, g, c] for (e, g), c in self.confusions.most_common(15)],
        }


def evaluate_fixtures(bot: Any, folder: Path) -> FixtureStats:  # noqa: C901 - one tally per figure it reports
    """Answer every fixture turn (one Session per conversation); score the expectations that matter here."""
    from marrowbot import MarrowbotError, Session
    from marrowbot.frontends.transcripts import find_fixture_files, load_fixture

    stats = FixtureStats()
    doc_ids = [d.id for d in bot.documents]
    for path in find_fixture_files([folder]):
        try:
            fixture = load_fixture(path, intent_names=getattr(bot, "intent_names", None), doc_ids=doc_ids)
        except MarrowbotError as err:  # reported, not fatal: refusing broken fixtures is replay's job
            stats.invalid.append(str(err).splitlines()[0])
            continue
        stats.files += 1
        for conv in fixture.conversations:
            stats.conversations += 1
            session = Session()
            for turn in conv.turns:
                stats.turns += 1
                expect = turn.expect
                answer = bot.ask(turn.user, session)
                where = f"{path.name}:{turn.line} {turn.user!r}"
                if expect.intent is not None:
                    wanted = "|".join(expect.intent)
                    stats.intent_n += 1
                    if answer.intent in expect.intent:
                        stats.intent_ok += 1
                    else:
                        stats.confusions[wanted, answer.intent] += 1
                        stats.errors.append(f"intent {wanted} -> {answer.intent}: {where}")
                if expect.topic is not None:
                    stats.topic_n += 1
                    if answer.topic in expect.topic:
                        stats.topic_ok += 1
                    else:
                        stats.errors.append(
                            f"topic {'|'.join(map(str, expect.topic))} -> {answer.topic}: {where}"
                        )
                if expect.urgent is True:
                    stats.urgent_n += 1
                    if answer.urgent:
                        stats.urgent_hit += 1
                    else:
                        stats.errors.append(f"EMERGENCY MISSED (answered as {answer.intent}): {where}")
                elif expect.urgent is False:
                    stats.not_urgent_n += 1
                    if answer.urgent:
                        stats.false_urgent += 1
                        stats.errors.append(f"false emergency: {where}")
                # Out of scope: the turn expects an abstention, or out_of_scope as its only intent.
                should_abstain = expect.abstained
                if should_abstain is None and expect.intent == ("out_of_scope",):
                    should_abstain = True
                elif should_abstain is None and (expect.cites or (expect.min_snippets or 0) > 0):
                    should_abstain = False  # it must quote something, so abstaining is wrong
                if should_abstain:
                    stats.oos_n += 1
                    if not answer.abstained:
                        stats.oos_answered += 1
                        stats.errors.append(
                            f"out-of-scope answered ({answer.intent}, {answer.topic}): {where}"
                        )
                if answer.abstained and should_abstain is not None:
                    stats.abstained_judged += 1
                    stats.abstained_ok += int(should_abstain)
                    if not should_abstain:
                        stats.errors.append(f"abstained wrongly: {where}")
    return stats


# --------------------------------------------------------------------------------------------- blind set


def evaluate_blind(bot: Any, folder: Path) -> dict[str, Any]:
    """A held-out conversation set scored exactly as ``marrowbot replay`` scores it: turns passed, per file
    (each file is one kind: follow-ups, long messages, out of scope...)."""
    from marrowbot.frontends.replay import run_fixtures
    from marrowbot.frontends.transcripts import find_fixture_files, load_fixture

    doc_ids = [d.id for d in bot.documents]
    by_kind: dict[str, list[int]] = {}
    failed: list[str] = []
    for path in find_fixture_files([folder]):
        fixture = load_fixture(path, intent_names=bot.intent_names, doc_ids=doc_ids)
        for r in run_fixtures(bot, [fixture]):
            row = by_kind.setdefault(path.stem, [0, 0])
            row[0] += 1
            row[1] += int(r.passed)
            if not r.passed:
                failed.append(f"{path.name}:{r.turn.line} {r.turn.user!r}: {'; '.join(r.failures)}")
    n = sum(v[0] for v in by_kind.values())
    ok = sum(v[1] for v in by_kind.values())
    return {"turns": n, "passed": ok, "pass_rate": _ratio(ok, n),
            "by_kind": {k: {"turns": v[0], "passed": v[1]} for k, v in sorted(by_kind.items())},
            "_failed": failed}


# --------------------------------------------------------------------------------------------- out of scope


def _doc_titles(corpus: Path) -> dict[str, str]:
    import re

    titles: dict[str, str] = {}
    for f in corpus.glob("*.md"):
        head = f.read_text(encoding="utf-8")[:3000]
        m = re.search(r"^title:\s*(.+)$", head, re.M)
        titles[f.stem] = m.group(1).strip().strip("\"'") if m else ""
    return titles


def evaluate_out_of_scope(bot: Any, medquad: Path, limit: int | None) -> dict[str, Any]:
    """MedQuAD-dev questions asked of the DEFAULT bot: those about a condition the default corpus never names
    (the question's document title appears in none of its passages, titles or aliases) must abstain, with no
    small-talk reply and no quotes. Urgent answers are counted apart (the safety screen's decision)."""
    from marrowbot import Session
    from marrowbot.text import fold

    said = " " + " ".join([fold(p.text) for p in bot.passages]
                          + [fold(t) for d in bot.documents for t in (d.title, *d.aliases)]) + " "
    titles = _doc_titles(medquad / "corpus")
    questions, _ = _load_questions(medquad, limit)
    n = abstained = small_talk = quoted = urgent = covered = 0
    wrong: list[str] = []
    for q in questions:
        title = fold(titles.get(q["doc"], ""))
        if not title or f" {title} " in said:
            covered += 1
            continue
        n += 1
        a = bot.ask(q["question"], Session())
        ok = a.abstained and not a.snippets and a.intent not in ("greeting", "thanks", "goodbye", "help")
        abstained += int(ok)
        small_talk += int(a.intent in ("greeting", "thanks", "goodbye", "help"))
        quoted += int(bool(a.snippets))
        urgent += int(a.urgent)
        if not ok:
            wrong.append(f"{q['question']!r}: {a.intent}, topic {a.topic}, {len(a.snippets)} quotes"
                         + (", urgent" if a.urgent else ""))
    return {"questions": n, "skipped_covered": covered, "abstention_rate": _ratio(abstained, n),
            "abstention_rate_not_urgent": _ratio(abstained, n - urgent), "small_talk_replies": small_talk,
            "answers_with_quotes": quoted, "urgent_answers": urgent, "_wrong": wrong}


# --------------------------------------------------------------------------------------------- MedQuAD


def _load_questions(medquad: Path, limit: int | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def read(name: str) -> list[dict[str, Any]]:
        with open(medquad / name, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    clean = read("questions.jsonl")
    noisy_by_qid = {q["qid"]: q for q in read("questions_noisy.jsonl")}
    if limit is not None and limit < len(clean):
        keep = sorted(random.Random(SEED).sample(range(len(clean)), limit))
        clean = [clean[i] for i in keep]
    return clean, [noisy_by_qid[q["qid"]] for q in clean if q["qid"] in noisy_by_qid]


def _same_title(a: str | None, b: str | None) -> bool:
    def norm(t: str) -> str:
        return " ".join("".join(c for c in t.lower() if c.isalnum() or c.isspace()).split())

    return bool(a and b and norm(a) == norm(b))


def evaluate_medquad(bot: Any, questions: list[dict[str, Any]]) -> dict[str, Any]:
    from marrowbot import Session

    n = len(questions)
    intent_ok = intent_n = doc_ok = sec_ok = abstained = 0
    times: list[float] = []
    confusions: Counter[tuple[str, str]] = Counter()
    per_intent: dict[str, list[int]] = {}
    misses: list[str] = []
    titles = {d.id: d.title for d in bot.documents}
    examples: dict[tuple[str, str], list[str]] = {}  # a few questions for each intent confusion
    same_title = 0  # document misses where the cited document has the gold one's title (same topic, 2 sites)
    for q in questions:
        t0 = time.perf_counter()
        answer = bot.ask(q["question"], Session())
        times.append(time.perf_counter() - t0)
        abstained += int(answer.abstained)
        if q.get("intent") is not None:
            intent_n += 1
            ok = answer.intent == q["intent"]
            intent_ok += int(ok)
            if not ok:
                confusions[q["intent"], answer.intent] += 1
                seen = examples.setdefault((q["intent"], answer.intent), [])
                if len(seen) < 4:
                    seen.append(q["question"])
        first = answer.snippets[0] if answer.snippets else None
        doc_hit = first is not None and first.doc == q["doc"]
        sec_hit = doc_hit and first is not None and first.section == q["section"]
        doc_ok += int(doc_hit)
        sec_ok += int(sec_hit)
        stat = per_intent.setdefault(str(q.get("intent")), [0, 0, 0])
        stat[0] += 1
        stat[1] += int(doc_hit)
        stat[2] += int(sec_hit)
        if not sec_hit:
            got = (
                f"{first.doc}#{first.section}"
                if first
                else ("(abstained)" if answer.abstained else "(no snippet)")
            )
            kind = "doc" if not doc_hit else "section"
            twin = bool(first and not doc_hit and _same_title(titles.get(first.doc), titles.get(q["doc"])))
            same_title += int(twin)
            misses.append(
                f"{kind} miss [{q['qid']}] {q['question']!r}: want {q['doc']}#{q['section']}"
                f" ({titles.get(q['doc'], '?')!r}), got {got}"
                + (f" ({titles.get(first.doc, '?')!r}{', same title' if twin else ''})" if first else "")
                + f" [intent {answer.intent}, topic {answer.topic}]"
            )
    return {
        "n": n,
        "intent_accuracy": _ratio(intent_ok, intent_n),
        "intent_n": intent_n,
        "doc_hit@1": _ratio(doc_ok, n),
        "section_hit@1": _ratio(sec_ok, n),
        "abstention_rate": _ratio(abstained, n),
        "doc_misses_same_title": same_title,
        "ask_p50_ms": statistics.median(times) * 1000 if times else None,
        "ask_p99_ms": _percentile_ms(times, 99),
        "by_intent": {
            k: {"n": v[0], "doc_hit@1": v[1] / v[0], "section_hit@1": v[2] / v[0]}
            for k, v in sorted(per_intent.items(), key=lambda kv: -kv[1][0])
        },
        "top_intent_confusions": [[e, g, c] for (e, g), c in confusions.most_common(15)],
        "_misses": misses,
        "_confusion_examples": {f"{e} -> {g}": qs for (e, g), qs in examples.items()},
    }


# --------------------------------------------------------------------------------------------- report


def _report(res: dict[str, Any]) -> str:
    out: list[str] = ["marrowbot understanding evaluation (answers through the real Bot.ask)"]
    fx = res.get("fixtures")
    out.append("")
    if fx is None:
        out.append(f"== fixtures: skipped ({res.get('fixtures_note', 'none')})")
    else:
        out.append(
            f"== fixtures: {res['fixtures_dir']} ({fx['files']} files, {fx['conversations']} conversations,"
            f" {fx['turns']} turns; default corpus, one Session per conversation)"
        )
        rows = [
            ("intent accuracy", fx["intent_accuracy"], fx["intent_n"]),
            ("topic accuracy", fx["topic_accuracy"], fx["topic_n"]),
            ("emergency recall", fx["emergency_recall"], fx["emergency_n"]),
            ("false emergencies (urgent: false)", fx["false_emergency_rate"], fx["not_emergency_n"]),
            ("out-of-scope wrongly answered", fx["out_of_scope_wrongly_answered"], fx["out_of_scope_n"]),
            ("out-of-scope precision (abstentions)", fx["abstention_precision"], fx["abstentions_judged"]),
        ]
        for label, value, den in rows:
            out.append(f"  {label:<36} {_fmt(value, den)}")
        for bad in fx["invalid_files"]:
            out.append(f"  skipped unreadable fixture: {bad}")
        if fx["top_intent_confusions"]:
            out.append(
                "  top intent confusions (expected -> got: count): "
                + ", ".join(f"{e} -> {g}: {c}" for e, g, c in fx["top_intent_confusions"][:8])
            )
    bl = res.get("blind")
    if bl is not None:
        out.append("")
        out.append(f"== blind conversations: {res['blind_dir']} (scored as `marrowbot replay` scores them)")
        out.append(f"  turns passed                         {bl['passed']} of {bl['turns']}  ({bl['pass_rate']:.3f})")
        for kind, v in bl["by_kind"].items():
            out.append(f"    {kind:<34} {v['passed']:>3} of {v['turns']:<3} ({v['passed'] / v['turns']:.3f})")
    oos = res.get("out_of_scope")
    if oos is not None:
        out.append("")
        out.append("== MedQuAD-dev questions the default corpus does not cover, asked of the default bot")
        out.append(f"  questions (covered ones skipped: {oos['skipped_covered']})    {oos['questions']}")
        out.append(f"  abstained (no quotes, no small talk)  {_fmt(oos['abstention_rate'])}")
        out.append(f"  ... leaving out urgent answers        {_fmt(oos['abstention_rate_not_urgent'])}")
        out.append(f"  small-talk replies                    {oos['small_talk_replies']}")
        out.append(f"  answers with quotes                   {oos['answers_with_quotes']}")
        out.append(f"  urgent answers (safety screen)        {oos['urgent_answers']}")
    mq = res.get("medquad")
    out.append("")
    if mq is None:
        out.append(f"== MedQuAD-dev: skipped ({res.get('medquad_note', '')})")
    else:
        out.append(f"== MedQuAD-dev: {res['medquad_dir']} (a fresh Session per question)")
        out.append(f"  {'':<30} {'clean':>10} {'noisy':>10}")
        for key, label in (
            ("intent_accuracy", "intent accuracy"),
            ("doc_hit@1", "doc hit@1 (first snippet)"),
            ("section_hit@1", "section hit@1 (first snippet)"),
            ("abstention_rate", "abstention rate"),
            ("doc_misses_same_title", "doc misses to a same-title doc"),
            ("ask_p50_ms", "ask p50 (ms)"),
            ("ask_p99_ms", "ask p99 (ms)"),
            ("n", "questions"),
        ):
            vals = [mq[s].get(key) for s in ("clean", "noisy")]
            cells = [("-" if v is None else (f"{v}" if isinstance(v, int) else f"{v:.3f}")) for v in vals]
            out.append(f"  {label:<30} {cells[0]:>10} {cells[1]:>10}")
        out.append("  hit@1 by expected intent (clean):")
        for intent, s in list(mq["clean"]["by_intent"].items())[:10]:
            out.append(
                f"    {intent:<14} n={s['n']:<5} doc {s['doc_hit@1']:.3f}  section {s['section_hit@1']:.3f}"
            )
        for qset in ("clean", "noisy"):
            conf = mq[qset]["top_intent_confusions"]
            if conf:
                out.append(
                    f"  top intent confusions, {qset} (expected -> got: count): "
                    + ", ".join(f"{e} -> {g}: {c}" for e, g, c in conf[:8])
                )
    out.append("")
    out.append(
        "Targets: emergency recall 1.000; out-of-scope wrongly answered < 0.02; MedQuAD-dev intent accuracy"
    )
    out.append("  >= 0.97, doc hit@1 >= 0.95 clean / >= 0.90 noisy, section hit@1 >= 0.90 clean.")
    if res.get("errors_file"):
        out.append(f"Error report: {res['errors_file']}")
    return "\n".join(out)


def _write_errors(res: dict[str, Any], fixture_errors: list[str], path: Path) -> None:
    lines: list[str] = ["# marrowbot evaluation errors (benchmarks/evaluate.py)", ""]
    lines.append(f"## fixtures: {len(fixture_errors)} failed expectations")
    lines += fixture_errors or ["(none)"]
    for label, key in (("blind conversations: failed turns", "blind"),
                       ("MedQuAD-dev out of scope: not abstained", "out_of_scope")):
        block = res.get(key)
        if block is not None:
            items = block["_failed" if key == "blind" else "_wrong"]
            lines += ["", f"## {label}: {len(items)}"] + (items or ["(none)"])
    mq = res.get("medquad")
    for qset in ("clean", "noisy"):
        if mq is None:
            break
        block = mq[qset]
        lines.append("")
        lines.append(f"## MedQuAD-dev {qset}: intent confusions (expected -> got: count)")
        for e, g, c in block["top_intent_confusions"]:
            sample = block["_confusion_examples"].get(f"{e} -> {g}", [])
            lines.append(f"{e} -> {g}: {c}, e.g. " + " | ".join(sample))
        if not block["top_intent_confusions"]:
            lines.append("(none)")
        misses = block["_misses"]
        doc_misses = [m for m in misses if m.startswith("doc miss")]
        sec_misses = [m for m in misses if m.startswith("section miss")]
        for label, items in (
            ("document misses", doc_misses),
            ("section misses (right document)", sec_misses),
        ):
            sample = items if len(items) <= MISS_SAMPLE else random.Random(SEED).sample(items, MISS_SAMPLE)
            lines.append("")
            lines.append(f"## MedQuAD-dev {qset}: {label}: {len(items)}, a sample of {len(sample)}")
            lines += sample or ["(none)"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="folder of transcript fixtures")
    p.add_argument("--medquad", type=Path, help=f"MedQuAD-dev folder (default: {DEFAULT_MEDQUAD})")
    p.add_argument("--no-medquad", action="store_true", help="only the fixtures (and the blind set)")
    p.add_argument("--blind", type=Path, default=DEFAULT_BLIND,
                   help="a held-out conversation folder, scored per file (default: %(default)s; none: skip)")
    p.add_argument("--limit", type=int, help="a seeded sample of N MedQuAD questions, for quick runs")
    p.add_argument("--cache-dir", help="index cache folder for the bots (default: the bot's own)")
    p.add_argument("--errors", type=Path, default=ERRORS_FILE, help="where to write the error report")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = p.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return 2

    from marrowbot import Bot, MarrowbotError

    def load(corpus: Path | None) -> Any:
        kwargs: dict[str, Any] = {}
        if args.cache_dir:
            kwargs["cache_dir"] = args.cache_dir
        return Bot.load(corpus_dir=corpus, **kwargs)

    res: dict[str, Any] = {}
    fixture_errors: list[str] = []
    try:
        if args.fixtures.is_dir() and any(args.fixtures.rglob("*.y*ml")):
            print(f"fixtures: {args.fixtures} ...", file=sys.stderr, flush=True)
            stats = evaluate_fixtures(load(None), args.fixtures)
            res["fixtures"], res["fixtures_dir"] = stats.to_dict(), str(args.fixtures)
            fixture_errors = stats.errors
        else:
            res["fixtures_note"] = f"no fixtures in {args.fixtures}"
        if args.blind.is_dir() and any(args.blind.glob("*.yml")):
            print(f"blind conversations: {args.blind} ...", file=sys.stderr, flush=True)
            res["blind"], res["blind_dir"] = evaluate_blind(load(None), args.blind), str(args.blind)
        medquad = args.medquad or DEFAULT_MEDQUAD
        if not args.no_medquad and (medquad / "questions.jsonl").is_file():
            print("MedQuAD-dev out of scope, default corpus ...", file=sys.stderr, flush=True)
            res["out_of_scope"] = evaluate_out_of_scope(load(None), medquad, args.limit)
        if args.no_medquad:
            res["medquad_note"] = "--no-medquad"
        elif (medquad / "corpus").is_dir() and (medquad / "questions.jsonl").is_file():
            print(f"MedQuAD-dev: loading {medquad / 'corpus'} ...", file=sys.stderr, flush=True)
            bot = load(medquad / "corpus")
            clean, noisy = _load_questions(medquad, args.limit)
            res["medquad_dir"] = str(medquad)
            res["medquad"] = {}
            for name, qs in (("clean", clean), ("noisy", noisy)):
                print(f"MedQuAD-dev {name}: {len(qs)} questions ...", file=sys.stderr, flush=True)
                res["medquad"][name] = evaluate_medquad(bot, qs)
        else:
            res["medquad_note"] = f"{medquad} not found (pass --medquad DIR)"
    except MarrowbotError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    _write_errors(res, fixture_errors, args.errors)
    try:
        res["errors_file"] = str(args.errors.resolve().relative_to(REPO))
    except ValueError:
        res["errors_file"] = str(args.errors)
    if args.json:
        public = json.loads(json.dumps(res, default=str))
        for key, hidden in (("blind", "_failed"), ("out_of_scope", "_wrong")):
            if public.get(key):
                public[key].pop(hidden, None)
        for block in (public.get("medquad") or {}).values():
            block.pop("_misses", None)
            block.pop("_confusion_examples", None)
        print(json.dumps(public, indent=2))
    else:
        print(_report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
