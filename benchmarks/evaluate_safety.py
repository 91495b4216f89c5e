"""How well the safety screen catches emergencies and crises, measured honestly.

1. k-fold cross-validation on the training data (intents/safety/*.jsonl + red-flag examples): recall and
   false alarms per category, each message scored by a model that never saw it, OR-ed with the phrase screen.
2. Blind sets (JSONL lines with text, label emergency|crisis|control, category): per category, scored only.
3. False alarms on the MedQuAD-dev questions, and on the ordinary turns of the conversation sets (every turn
   not expected to be urgent, outside the *urgent* files).
4. Screen time per message (phrases + lay symptoms + detectors + decision), p50 and p99, short and long messages,
   each message read as new (see ``timing``).

    python benchmarks/evaluate_safety.py [--blind FILE ...] [--medquad FILE] [--conversations DIR ...] [--folds 5]
        [--misses]

With no --blind or --conversations, the development sets are scored: the held-out sets (benchmarks/held_out.txt)
only when named, and their misses are never printed, --misses or not (a held-out set is scored, never read).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import held_out_names  # noqa: E402

HELD_OUT = held_out_names(ROOT / "benchmarks")
DEFAULT_BLIND = sorted(p for p in (ROOT / "benchmarks").glob("safety-blind-*/*.jsonl") if p.parent.name not in HELD_OUT)
DEFAULT_CONVERSATIONS = sorted(p for p in (ROOT / "benchmarks").glob("conversations-blind-*")
                               if p.is_dir() and p.name not in HELD_OUT)


def _held_out(path: Path) -> bool:
    """A file or folder of a held-out set: its figures are printed, its messages never."""
    return any(part in HELD_OUT for part in path.resolve().parts[-2:])
DEFAULT_MEDQUAD = ROOT.parent / "shared" / "benchmarks" / "medquad-dev" / "questions.jsonl"


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "    -"


def cross_validate(intents_dir: Path, folds: int) -> None:
    from marrowbot.intents import load_intents
    from marrowbot.understanding import safety_data, safety_fit
    from marrowbot.understanding.safety import RedFlagScreen

    intent_set = load_intents(intents_dir)
    sets = safety_data.training_sets(safety_data.load_training(intents_dir, intent_set))
    screen = RedFlagScreen(intent_set.red_flags)
    print(f"== {folds}-fold cross-validation on the training data: each message decided as in the bot (phrases,"
          f" framing, this detector scored by a model that never saw it, thresholds chosen on inner folds)")
    from marrowbot.understanding.safety import decide
    from marrowbot.understanding.safety_model import SafetyScores

    for d in safety_data.DETECTORS:
        texts, labels, flags = sets[d]
        _, _, x, _ = safety_fit.fit_features(texts)
        from sklearn.model_selection import StratifiedKFold

        caught = np.zeros(len(texts), dtype=bool)
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=1).split(np.zeros(len(labels)), labels):
            weights = safety_fit.sample_weights(flags)
            model = safety_fit._model().fit(x[train], labels[train], sample_weight=weights[train])
            inner = safety_fit.oof_scores(x[train], labels[train], 3, seed=2, weights=weights[train])
            sure, band = safety_fit.thresholds(inner, labels[train])
            for i, value in zip(test, model.decision_function(x[test])):
                level = "sure" if value >= sure else "possible" if value >= band else "no"
                scores = SafetyScores(value, value, level if d == "emergency" else "no",
                                      level if d == "crisis" else "no", sure, sure)
                flags_hit = tuple(f for f in screen.screen(texts[i]) if f.kind == d)
                dec = decide(texts[i], flags_hit, scores, "definition", 0.9)
                caught[i] = dec.urgent in (("crisis", "crisis_now") if d == "crisis" else ("emergency", "poisoning",
                                                                                          "crisis", "crisis_now"))
        by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for flag, y, c in zip(flags, labels, caught):
            by[("+ " if y else "- ") + flag][0] += 1
            by[("+ " if y else "- ") + flag][1] += int(c)
        pos, neg = labels == 1, labels == 0
        print(f"  {d}: recall {_pct(int(caught[pos].sum()), int(pos.sum()))}, "
              f"false alarms {_pct(int(caught[neg].sum()), int(neg.sum()))}")
        for key in sorted(by):
            n, c = by[key]
            what = "recall" if key.startswith("+") else "false alarms"
            print(f"    {key[2:]:32s} {what:12s} {_pct(c, n)}")


def _decider(bot):  # noqa: ANN001, ANN202
    """The bot's own safety decision on a message, as ``Bot.ask`` makes it (``Bot.safety_decision``)."""
    return bot.safety_decision


def blind(bot, files: list[Path], show_misses: bool) -> None:  # noqa: ANN001
    run = _decider(bot)
    for path in files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        by: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        direct = [0, 0]
        number = [0, 0]
        # An emergency answered with the crisis answer ("you matter ... 988") rather than the emergency's ("do not
        # wait, do not drive yourself"): caught, but not what a carer whose husband collapsed needs. Overdoses apart
        # (one may be an attempt, and then the crisis answer with the emergency number is right).
        as_crisis = {"other": [0, 0], "poisoning_overdose": [0, 0]}
        misses = []
        for r in rows:
            dec = run(r["text"])
            label = r["label"]
            if label == "emergency":
                ok, soft = dec.urgent is not None, dec.line is not None
            elif label == "crisis":
                ok = dec.urgent in ("crisis", "crisis_now")
                soft = dec.line == "despair" or dec.urgent is not None
            else:
                ok, soft = dec.urgent is not None, dec.line is not None
            k = (label, r.get("category", "?"))
            by[k][0] += 1
            by[k][1] += int(ok)
            by[k][2] += int(ok or soft)
            if label == "emergency":
                side = as_crisis["poisoning_overdose" if k[1] == "poisoning_overdose" else "other"]
                side[0] += 1
                side[1] += int(dec.urgent in ("crisis", "crisis_now"))
            if label == "crisis" and r.get("direct"):
                direct[0] += 1
                direct[1] += int(ok)
            if label == "crisis" and r.get("needs_emergency_number"):
                number[0] += 1
                number[1] += int(dec.urgent in ("crisis_now",) or (dec.urgent == "emergency"))
            if (label != "control" and not ok) or (label == "control" and (ok or soft)):
                misses.append((label, k[1], dec.urgent or dec.line or "-", r["text"]))
        print(f"== blind set {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        print("  (caught = urgent answer; +line = urgent, or a safety line first: possible emergency / despair)")
        for label in ("emergency", "crisis", "control"):
            keys = sorted(k for k in by if k[0] == label)
            n = sum(by[k][0] for k in keys)
            c = sum(by[k][1] for k in keys)
            s = sum(by[k][2] for k in keys)
            what = "false alarms" if label == "control" else "recall"
            print(f"  {label:10s} {what:12s} {_pct(c, n)}   +line {_pct(s, n)}")
            for k in keys:
                print(f"    {k[1]:24s} {_pct(by[k][1], by[k][0])}   +line {_pct(by[k][2], by[k][0])}")
        print(f"  direct suicidal statements caught: {_pct(direct[1], direct[0])}")
        print(f"  crisis needing the emergency number that got it first: {_pct(number[1], number[0])}")
        print(f"  emergencies given the crisis answer instead of the emergency's: "
              f"{_pct(as_crisis['other'][1], as_crisis['other'][0])} "
              f"(poisonings and overdoses, which may be attempts: "
              f"{_pct(as_crisis['poisoning_overdose'][1], as_crisis['poisoning_overdose'][0])})")
        if show_misses and _held_out(path):
            print("  (a held-out set: its misses are not shown)")
        elif show_misses:
            for m in misses:
                print(f"    MISS {m[0]}/{m[1]} -> {m[2]}: {m[3]}")


def medquad(bot, path: Path, show: bool) -> None:  # noqa: ANN001
    if not path.is_file():
        print(f"== MedQuAD-dev: {path} not found, skipped")
        return
    run = _decider(bot)
    qs = [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    urgent, line, shown = 0, 0, []
    for q in qs:
        dec = run(q)
        urgent += dec.urgent is not None
        line += dec.line is not None
        if (dec.urgent or dec.line) and len(shown) < 30:
            shown.append(f"{dec.urgent or dec.line}: {q}")
    print(f"== MedQuAD-dev questions: urgent {_pct(urgent, len(qs))}, safety line {_pct(line, len(qs))}")
    if show:
        for s in shown:
            print("    ALARM", s)


def conversations(bot, folders: list[Path], show: bool) -> None:  # noqa: ANN001
    """False alarms on ordinary messages: every user turn of the conversation sets that is not expected to be
    urgent (files named *urgent* are left out: they hold the emergencies). A false 911 or 988 on "what does it
    make" is as much a failure as one on "this paperwork is killing me"."""
    import yaml

    run = _decider(bot)
    for folder in folders:
        n = urgent = line = 0
        shown = []
        for path in sorted(folder.glob("*.yml")):
            if "urgent" in path.name:
                continue
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conv in data.get("conversations", [data]):
                for turn in conv.get("turns", []):
                    if (turn.get("expect") or {}).get("urgent"):
                        continue
                    dec = run(str(turn.get("user", "")))
                    n += 1
                    urgent += dec.urgent is not None
                    line += dec.line is not None
                    if dec.urgent or dec.line:
                        shown.append(f"{dec.urgent or dec.line}: {turn.get('user')}")
        name = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        print(f"== ordinary conversation turns {name}: urgent {_pct(urgent, n)}, safety line {_pct(line, n)}")
        if show and _held_out(folder):
            print("  (a held-out set: its alarms are not shown)")
        elif show:
            for s in shown:
                print("    ALARM", s)


#: Passes of the screen-time measurement; each message's fastest pass counts (the machine is shared).
PASSES = 3
#: MedQuAD-dev questions read before each pass (none of them measured): what a running process has learnt of
#: everyday words (their stems, character grams and columns) before a new message comes.
WARM_UP = 1000


def timing(bot, files: list[Path], medquad_path: Path) -> None:  # noqa: ANN001
    """p50/p99 per message for short messages (the sets as they are) and long ones: the longest MedQuAD-dev
    questions and the sets' messages of 25+ words, and rambling messages (five set messages run together).

    Each message is measured as the bot meets a new one, in PASSES passes: before each pass the process forgets
    every message it has read (``Bot.forget``) and reads WARM_UP other questions, so that a message never finds its
    own normal form, frames or concepts remembered from an earlier pass, while the text rules' patterns are
    compiled and everyday words known (as in a running process). Re-reading a message in the same process (the
    former "fastest of 3 runs") found most of its work remembered: 432 long messages fit in the memos of message
    text. The first pass's p99 is printed too; the fastest pass of each message is the screen's own cost."""
    from marrowbot.text import clean_input
    from marrowbot.understanding.safety import decide
    from marrowbot.understanding.safety_decide_clauses import decide_by_clauses

    texts = [json.loads(line)["text"] for p in files for line in p.read_text(encoding="utf-8").splitlines() if line]
    mq: list[str] = []
    if medquad_path.is_file():
        mq = [json.loads(line)["question"] for line in medquad_path.read_text(encoding="utf-8").splitlines() if line]
    u = bot.understander
    short = [clean_input(t) for t in texts + mq[:2000]]
    long_ = [t for t in short if len(t.split()) >= 25]
    long_ += sorted((clean_input(q) for q in mq), key=len)[-300:]
    rambling = [clean_input(" ".join(texts[i:i + 5])) for i in range(0, len(texts) - 5, 5)]
    measured = set(short) | set(long_)
    warm_up = [q for q in (clean_input(q) for q in mq[2000:]) if q not in measured][:WARM_UP]

    def screen(t: str) -> None:  # what ``Bot.ask`` runs of the screen (understand.py), the intent model apart
        flags = u.screen.screen(t)
        u.lay.find(t)
        scores = u.safety_model.score(t)
        decide_by_clauses(t, decide(t, flags, scores, "definition", 0.9), u.screen.screen, u.safety_model)

    def run(group: list[str]) -> tuple[np.ndarray, np.ndarray]:
        passes = []
        for _ in range(PASSES):
            bot.forget()
            for t in warm_up:
                screen(t)
            times = []
            for t in group:
                start = time.perf_counter()
                screen(t)
                times.append(time.perf_counter() - start)
            passes.append(times)
        return np.asarray(passes[0]) * 1000, np.min(np.asarray(passes), axis=0) * 1000

    print(f"== screen time per message (red-flag phrases + lay symptoms + detectors + decision + the clauses told as "
          f"now, as ask runs them), each message read "
          f"as new: fastest of {PASSES} passes, each after forgetting every message and reading {len(warm_up)} "
          f"others")
    for name, group in (("short (the sets, 2000 MedQuAD-dev)", short), ("long (25+ words, longest MedQuAD-dev)", long_),
                        ("rambling (5 set messages run together)", rambling)):
        if not group:
            continue
        first, best = run(group)
        words = np.mean([len(t.split()) for t in group])
        print(f"  {name:40s} {len(group):5d} msgs, {words:5.1f} words: p50 {np.percentile(best, 50):.3f} ms, "
              f"p99 {np.percentile(best, 99):.3f} ms; first pass p50 {np.percentile(first, 50):.3f} ms, "
              f"p99 {np.percentile(first, 99):.3f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--intents", type=Path, default=None)
    ap.add_argument("--blind", type=Path, nargs="*", default=DEFAULT_BLIND)
    ap.add_argument("--medquad", type=Path, default=DEFAULT_MEDQUAD)
    ap.add_argument("--conversations", type=Path, nargs="*", default=DEFAULT_CONVERSATIONS,
                    help="conversation sets whose ordinary (non-urgent) turns must raise no alarm")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--misses", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--record-thresholds", action="store_true",
                    help="choose the detectors' thresholds on held-out folds and record them (intents/safety/"
                         "thresholds.json) for builds of exactly this model, then evaluate")
    ap.add_argument("--timing-only", action="store_true", help="measure the screen time alone")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from marrowbot import Bot
    from marrowbot.intents import load_intents
    from marrowbot.resources import default_intents_dir
    from marrowbot.understanding import safety_data, safety_thresholds

    intents_dir = args.intents or default_intents_dir()
    if args.record_thresholds:
        record = safety_thresholds.choose_thresholds(intents_dir, load_intents(intents_dir))
        path = safety_thresholds.write_thresholds(intents_dir, record)
        print(f"== thresholds chosen on {record['folds']} held-out folds, recorded in {path}:")
        for d in safety_data.DETECTORS:
            print(f"  {d}: " + ", ".join(f"{k} {v}" for k, v in record[d].items()))
    bot = Bot.load(intents_dir=intents_dir)
    source = bot.understander.safety_model.thresholds_from if bot.understander.safety_model is not None else "-"
    print(f"== detector thresholds: {source}" + ("" if source == "recorded" else
          " (no record for exactly this model: chosen at build time; record them with --record-thresholds)"))
    if not args.skip_cv:
        cross_validate(intents_dir, args.folds)
    if not args.timing_only:
        blind(bot, args.blind, args.misses)
        medquad(bot, args.medquad, args.misses)
        conversations(bot, args.conversations, args.misses)
    timing(bot, args.blind, args.medquad)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
