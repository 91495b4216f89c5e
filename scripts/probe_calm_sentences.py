"""Probe: the sentences of the development sets' safe controls that alarm read alone while naming no alarming concept.

A long safe message is scored with each of its sentences (``SafetyModel.score``: the highest value counts), so a calm
sentence that alarms on its own ("the plan is that a nurse comes and then i do it myself") can turn the whole message
into an alarm. This splits every control message of several sentences into its sentences, decides each alone
(``Bot.safety_decision``) and counts those decided urgent whose words name none of the alarming concepts
(``safety_features.ALARMING``). Development data only (safety-blind-1..N, safety-dev-es1).

Usage: PYTHONPATH=src python scripts/probe_calm_sentences.py [MAXSET] [--show] [--root CHECKOUT]   (CHECKOUT: whose
benchmarks and intents are read; this one by default)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from marrowbot import Bot
from marrowbot.text.safety import safety_normal
from marrowbot.understanding.safety_features import ALARMING, concepts

ROOT = Path(__file__).resolve().parent.parent
#: A sentence and its end; a decimal point ("36.9") ends none.
SENTENCE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+[.!?]*")
_ALARMING = ALARMING["emergency"] | ALARMING["crisis"]


def controls(root: Path, maxset: int) -> list[str]:
    folders = [root / "benchmarks" / f"safety-blind-{n}" for n in range(1, maxset + 1)]
    folders.append(root / "benchmarks" / "safety-dev-es1")
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and (row := json.loads(line))["label"] == "control":
                    out.append(row["text"])
    return out


def main(argv: list[str]) -> int:
    maxset = int(next((a for a in argv if a.isdigit()), "30"))  # (the development sets only: never a held-out one)
    root = Path(argv[argv.index("--root") + 1]) if "--root" in argv else ROOT
    bot = Bot.load(intents_dir=root / "intents")
    counts: Counter[str] = Counter()
    shown = []
    for text in controls(root, maxset):
        sentences = [s.group(0).strip() for s in SENTENCE.finditer(text) if len(s.group(0).split()) >= 3]
        if len(sentences) < 2:
            continue
        for sentence in sentences:
            counts["sentences"] += 1
            if concepts(safety_normal(sentence)) & _ALARMING:
                continue
            counts["calm"] += 1
            decision = bot.safety_decision(sentence)
            if decision.urgent:
                counts["calm alarming alone"] += 1
                counts[f"  {decision.urgent}"] += 1
                shown.append(f"{decision.urgent:10s} | {sentence[:140]}")
    for key, n in counts.items():
        print(f"{key}: {n}")
    if "--show" in argv:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
