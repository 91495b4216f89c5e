"""Drops, from safety training files written as whole messages, every line within 85% (rapidfuzz ratio) of an
evaluation message: training and evaluation stay apart. The files written for training by outside writers (round 22:
`intents/safety/*.written1.jsonl`, `emergency.everyday1.jsonl`, `emergency.ordinary2.jsonl`) are not generated, so run
this after a new blind set is added under benchmarks/, instead of rerunning a generator.

Run:  python scripts/drop_near_evaluation.py intents/safety/crisis.written1.jsonl [more files]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_safety_data import evaluation_texts, write_training  # noqa: E402

CUTOFF = 85


def main(paths: list[str]) -> int:
    blind = evaluation_texts()
    for name in paths:
        path = Path(name)
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = "example" if "example" in row else "not_example"
                rows.append((key, row["flag"], row[key]))
        write_training(path, rows, blind, cutoff=CUTOFF)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
