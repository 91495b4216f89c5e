"""How fast `marrowbot replay` runs: a generated 1,000-turn fixture, timed end to end (target: a few seconds).

Run: python benchmarks/replay_speed.py [--turns N]. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

CLI = [sys.executable, "-c", "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"]

# A conversation of ten turns people really have: questions, follow-ups, small talk, an off-topic one.
CONVERSATION = [
    "hello",
    "What is bone marrow necrosis?",
    "what are the symptoms?",
    "what causes it?",
    "how is it treated?",
    "what is the outlook?",
    "What tests find bone marrow diseases?",
    "are there clinical trials?",
    "what is the capital of France",
    "thanks",
]


def write_fixture(path: Path, turns: int) -> None:
    conversations = []
    for i in range(0, turns, len(CONVERSATION)):
        questions = CONVERSATION[: min(len(CONVERSATION), turns - i)]
        conversations.append(
            {"name": f"conversation {i // len(CONVERSATION) + 1}", "turns": [{"user": q} for q in questions]}
        )
    path.write_text(yaml.safe_dump({"conversations": conversations}, sort_keys=False), encoding="utf-8")


def timed_replay(path: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    run = subprocess.run([*CLI, "replay", str(path)], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    return elapsed, run.returncode, (run.stdout.strip().splitlines() or [run.stderr.strip()])[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one.yml", Path(tmp) / "many.yml"
        write_fixture(one, 1)
        write_fixture(many, args.turns)
        start_seconds, code, _ = timed_replay(one)
        seconds, code, last = timed_replay(many)
    asking = max(seconds - start_seconds, 1e-9)
    print(f"replay of 1 turn (start-up: Python, imports, Bot.load): {start_seconds:.2f} s")
    print(f"replay of {args.turns} turns: {seconds:.2f} s wall clock, exit {code}, report: {last!r}")
    print(
        f"per turn beyond start-up: {asking / args.turns * 1000:.2f} ms ({args.turns / asking:.0f} turns/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
