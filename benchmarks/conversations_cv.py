"""Grouped cross-validation of the generated intent examples, by writer (one development set = one writer).

The development conversation sets (every ``benchmarks/conversations-blind-*`` not in ``benchmarks/held_out.txt``)
are split into K groups (set number order, round robin). For each group the intent matcher is trained on the
hand-written examples plus the examples ``scripts/make_intent_examples.py`` makes from the OTHER groups' sets only,
and the whole bot replays the group's sets with ``marrowbot replay``'s checker. Passed turns are summed per set.
The baseline (``--baseline``: the hand-written examples alone) equals the plain replay of every set.

Run:  python benchmarks/conversations_cv.py --baseline --weight 0.5 --weight 1 [--no-carried] [--folds 5]
Prints one column per configuration: passed turns per set, the total and the turns failing their intent check.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import make_intent_examples as gen  # noqa: E402

from marrowbot import memory  # noqa: E402
from marrowbot.bot import Bot  # noqa: E402
from marrowbot.frontends.replay import run_fixtures  # noqa: E402
from marrowbot.understanding import intent_model  # noqa: E402
from marrowbot.understanding.intent_model import IntentMatcher  # noqa: E402


def with_examples(bot: Bot, generated: tuple[tuple[str, str], ...], weight: float) -> Bot:
    """The same bot (corpus, index, safety detectors) with an intent matcher trained on ``generated`` too."""
    intent_set = replace(bot.intent_set, generated=generated)
    intent_model.GENERATED_WEIGHT = weight
    matcher = IntentMatcher(IntentMatcher.build_arrays(intent_set), IntentMatcher.example_list(intent_set))
    memory.forget()  # nothing read by the previous matcher is remembered
    return Bot(bot.corpus, intent_set, bot.index, matcher, bot.info, bot.emergency, bot.understander.safety_model)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--baseline", action="store_true", help="also the hand-written examples alone")
    parser.add_argument("--weight", type=float, action="append", default=[],
                        help="a generated example's weight (repeat for several configurations)")
    parser.add_argument("--c", type=float, default=intent_model.REGULARISATION_C,
                        help="the intent model's C for every configuration (default: the model's)")
    parser.add_argument("--no-carried", action="store_true",
                        help="leave out follow-ups expecting the kind of the turn before them")
    args = parser.parse_args(argv)
    intent_model.REGULARISATION_C = args.c
    bot = Bot.load()
    paths = gen.conversation_sets()
    sets = gen.load_sets(paths, bot.intent_set)
    examples = gen.examples_of(sets, bot.intent_set)
    avoid = gen.avoided(bot.intent_set)
    names = [p.name for p in paths]
    fold_of = {name: i % args.folds for i, name in enumerate(names)}
    configs: list[tuple[str, float | None]] = [("hand only", None)] if args.baseline else []
    configs += [(f"w={w:g} C={args.c:g}{' no-carried' if args.no_carried else ''}", w) for w in args.weight]
    table: dict[str, dict[str, tuple[int, int, int]]] = {}
    for label, weight in configs:
        started = time.perf_counter()
        table[label] = {}
        for fold in range(args.folds):
            if weight is None:
                fold_bot = with_examples(bot, (), 1.0)
            else:
                train = [e for e in examples if fold_of[e.set_name] != fold]
                chosen = gen.select(train, avoid, carried=not args.no_carried)
                generated = tuple((t, name) for name, texts in chosen.items() for t in texts)
                fold_bot = with_examples(bot, generated, weight)
            for name in names:
                if fold_of[name] != fold:
                    continue
                results = run_fixtures(fold_bot, sets[name])
                intent_fails = sum(1 for r in results if any(f.startswith("intent:") for f in r.failures))
                table[label][name] = (sum(r.passed for r in results), len(results), intent_fails)
        print(f"{label}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    labels = list(table)
    print("set".ljust(26) + "".join(label.rjust(22) for label in labels))
    for name in names:
        print(name.ljust(26) + "".join(f"{table[label][name][0]}/{table[label][name][1]}".rjust(22)
                                       for label in labels))
    totals = {label: [sum(v[i] for v in table[label].values()) for i in range(3)] for label in labels}
    print("TOTAL".ljust(26) + "".join(f"{t[0]}/{t[1]}".rjust(22) for t in totals.values()))
    print("intent failures".ljust(26) + "".join(f"{t[2]}".rjust(22) for t in totals.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
