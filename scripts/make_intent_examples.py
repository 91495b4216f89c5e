"""Writes intents/examples.dev.yml: the turns of the development conversation sets as intent examples.

Every ``benchmarks/conversations-blind-*`` folder not listed in ``benchmarks/held_out.txt`` is development data.
A turn becomes an example when it expects exactly one intent and is not urgent (an emergency is the safety
screen's, never the intent matcher's), and is English. The label is the intent the answer must carry; where an
added intent reports as that name (``frequency`` as ``definition``, ``risk`` as ``causes``) the hand-written
examples' model picks which of them the turn is. A turn whose kind comes only from the conversation (a follow-up
expecting the kind of the turn before it: "and in kids?") is kept or left out as ``CARRIED`` says, chosen by
grouped cross-validation (benchmarks/conversations_cv.py). An example within 90% (rapidfuzz ratio) of a held-out
turn or of a regression transcript turn (tests/transcripts) is dropped, as is a text labelled two ways.

The sets are checked first: a problem is ``FILE:LINE: what is wrong``, exit status 1, and nothing is written.

Run:  python scripts/make_intent_examples.py [--out intents/examples.dev.yml]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from marrowbot.errors import ManyErrors
from marrowbot.frontends.transcripts import FixtureFile, find_fixture_files, load_fixture_files
from marrowbot.intents import IntentSet, load_intents
from marrowbot.language import detect
from marrowbot.text import fold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from held_out import held_out_names  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"
INTENTS = REPO / "intents"
OUT = INTENTS / "examples.dev.yml"
#: A generated example this close (rapidfuzz ratio) to a held-out or transcript turn is dropped.
NEAR = 90
#: Keep the follow-ups that expect the kind of the turn before them (cross-validated: see benchmarks/README.md).
CARRIED = True


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    set_name: str  # the development set it came from (the writer: cross-validation groups by it)
    carried: bool  # a follow-up expecting the same kind as the turn before it


def _number(path: Path) -> tuple[int, str]:
    m = re.search(r"(\d+)$", path.name)
    return (int(m.group(1)) if m else 0, path.name)


def conversation_sets(benchmarks: Path = BENCHMARKS, *, development: bool = True) -> list[Path]:
    """The development conversation sets (or, with ``development=False``, the held-out ones), in number order."""
    kept = held_out_names(benchmarks)
    found = [p for p in benchmarks.glob("conversations-blind-*") if p.is_dir()]
    return sorted((p for p in found if (p.name in kept) != development), key=_number)


def load_sets(paths: list[Path], intent_set: IntentSet) -> dict[str, list[FixtureFile]]:
    """Every set's fixtures, checked; raises ManyErrors with every problem of every set."""
    out: dict[str, list[FixtureFile]] = {}
    errors = []
    for path in paths:
        try:
            out[path.name] = load_fixture_files(find_fixture_files([path]), intent_names=intent_set.names)
        except ManyErrors as err:
            errors.extend(err.errors)
    if errors:
        raise ManyErrors(errors)
    return out


def user_turns(paths: list[Path], intent_set: IntentSet) -> list[str]:
    """The user turns of fixture folders (held-out sets, transcripts), read only to keep training away from them."""
    out = []
    for fixture in load_fixture_files(find_fixture_files(paths), intent_names=intent_set.names):
        out.extend(t.user for c in fixture.conversations for t in c.turns)
    return out


def examples_of(sets: dict[str, list[FixtureFile]], intent_set: IntentSet) -> list[Example]:
    refined = _refinements(intent_set)
    matcher = _hand_matcher(intent_set) if refined else None
    out = []
    for set_name, fixtures in sets.items():
        for fixture in fixtures:
            for conv in fixture.conversations:
                before: tuple[str, ...] | None = None
                for turn in conv.turns:
                    want = turn.expect.intent
                    single = want is not None and len(want) == 1 and not turn.expect.urgent
                    if single and want is not None and want[0] != "emergency" and detect(turn.user) == "en":
                        name = want[0]
                        if name in refined and matcher is not None:
                            scores = dict(matcher.score(turn.user).ranked)
                            name = max(refined[name], key=lambda n: scores.get(n, 0.0))
                        out.append(Example(turn.user.strip(), name, set_name, before == want))
                    before = want
    return out


def _refinements(intent_set: IntentSet) -> dict[str, tuple[str, ...]]:
    """Reported name -> the intents answering as it (itself first) where an added intent refines it."""
    out: dict[str, list[str]] = defaultdict(list)
    for i in intent_set.intents:
        if i.reports_as:
            out[i.reports_as].append(i.name)
    return {name: (name, *others) for name, others in out.items()}


def _hand_matcher(intent_set: IntentSet):  # noqa: ANN202 (the matcher of the hand-written examples only)
    from dataclasses import replace

    from marrowbot.understanding.intent_model import IntentMatcher

    hand = replace(intent_set, generated=())
    return IntentMatcher(IntentMatcher.build_arrays(hand), IntentMatcher.example_list(hand))


def select(examples: list[Example], avoid: list[str], *, carried: bool = CARRIED) -> dict[str, list[str]]:
    """Intent -> its examples: one per folded text, none labelled two ways, none near an ``avoid`` text."""
    labels: dict[str, set[str]] = defaultdict(set)
    first: dict[str, str] = {}
    for ex in examples:
        if ex.carried and not carried:
            continue
        key = fold(ex.text)
        if not key:
            continue
        labels[key].add(ex.intent)
        first.setdefault(key, ex.text)
    keys = [k for k, names in labels.items() if len(names) == 1]
    near = set(near_texts(keys, [fold(t) for t in avoid]))
    out: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if key not in near:
            out[next(iter(labels[key]))].append(first[key])
    return {name: out[name] for name in sorted(out)}


def near_texts(texts: list[str], avoid: list[str], cutoff: int = NEAR) -> list[str]:
    """The ``texts`` within ``cutoff`` of any ``avoid`` text."""
    if not texts or not avoid:
        return []
    found = []
    for start in range(0, len(texts), 1024):
        batch = texts[start:start + 1024]
        scores = process.cdist(batch, avoid, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=-1)
        found.extend(batch[i] for i in np.flatnonzero(scores.any(axis=1)))
    return found


def render(chosen: dict[str, list[str]], sources: list[str]) -> str:
    lines = ["# Generated by scripts/make_intent_examples.py from the development conversation sets "
             f"({len(sources)}: {sources[0]} .. {sources[-1]})" if sources else "# Generated: no sets",
             "# (benchmarks/held_out.txt lists the sets left out). Do not edit: run the script again after a set",
             "# is added. These train the intent matcher only, never the safety detectors.",
             "intents:"]
    for name, texts in chosen.items():
        lines.append(f"  - name: {name}")
        lines.append("    examples:")
        lines.extend(f"      - {json.dumps(t, ensure_ascii=False)}" for t in texts)
    return "\n".join(lines) + "\n"


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file beside it, then renamed)."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def avoided(intent_set: IntentSet, benchmarks: Path = BENCHMARKS) -> list[str]:
    """The texts no generated example may come near: the held-out sets' turns and the transcripts'."""
    return user_turns(conversation_sets(benchmarks, development=False) + [REPO / "tests" / "transcripts"],
                      intent_set)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    args = parser.parse_args(argv)
    intent_set = load_intents(INTENTS)
    try:
        paths = conversation_sets(args.benchmarks)
        sets = load_sets(paths, intent_set)
        avoid = avoided(intent_set, args.benchmarks)
    except ManyErrors as err:
        for error in err.errors:
            print(error, file=sys.stderr)
        print(f"{len(err.errors)} problem(s); nothing was written", file=sys.stderr)
        return 1
    examples = examples_of(sets, intent_set)
    chosen = select(examples, avoid)
    write_whole(args.out, render(chosen, [p.name for p in paths]))
    total = sum(len(v) for v in chosen.values())
    print(f"{args.out}: {total} examples from {len(examples)} turns of {len(paths)} development sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
