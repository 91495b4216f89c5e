"""The one reader of benchmarks/held_out.txt: the held-out evaluation sets, never trained on.

Every other ``safety-blind-*``, ``safety-dev-*`` and ``conversations-blind-*`` folder under benchmarks/ is
development data. The intent-example generator (make_intent_examples.py), the grouped replay
(benchmarks/conversations_cv.py, through it) and the leak test of tests/test_understanding.py read the list here.
"""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def held_out_names(benchmarks: Path = BENCHMARKS) -> set[str]:
    """The folder names benchmarks/held_out.txt lists (one a line; ``#`` starts a comment)."""
    lines = (benchmarks / "held_out.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("#", 1)[0].strip() for line in lines} - {""}
