"""Soak test of the kiosk: thousands of conversations typed into the real application; prints memory.

    python benchmarks/kiosk_soak.py                 # 10,000 conversations (a few minutes on 2 cores)
    python benchmarks/kiosk_soak.py -n 500 --trace  # shorter, with tracemalloc's view of the Python heap

Each conversation types a few questions (suggested ones, follow-ups, nonsense, an escape sequence, an
over-long paste) into the kiosk through prompt-toolkit's pipe input, then ends it with "I'm done" or, one
time in a hundred, by waiting for the idle wipe (a short idle time is configured for that). Memory is measured
after a warm-up and at the end; the target is growth under 5 MB.
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
import tracemalloc
from pathlib import Path

from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from marrowbot import Bot
from marrowbot.frontends.config import KioskConfig, hash_passphrase
from marrowbot.frontends.kiosk import Kiosk

EXTRA = (
    "and how is it treated?",
    "what causes it",
    "asdf qwerty zxcv",
    "I have bone pain and I am tired, what do I have?",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07 what is bone marrow necrosis",
    "\x1b[200~" + "x" * 5000 + "\x1b[201~",  # a long paste, as a terminal sends it
    "thanks",
)
PASSPHRASE = "soak test exit"


def rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("the kiosk stopped responding")
        time.sleep(0.002)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--conversations", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=200, help="conversations before the first measure")
    parser.add_argument("--trace", action="store_true", help="also measure the Python heap with tracemalloc")
    args = parser.parse_args(argv)

    bot = Bot.load()
    questions = tuple(bot.messages.suggestions) + EXTRA
    config = KioskConfig(idle_seconds=0.5, warn_seconds=0.2, exit_passphrase_sha256=hash_passphrase(PASSPHRASE))
    with create_pipe_input() as pipe:
        kiosk = Kiosk(bot, config, input=pipe, output=DummyOutput())
        result: dict[str, int] = {}
        thread = threading.Thread(target=lambda: result.setdefault("status", kiosk.run()), daemon=True)
        thread.start()
        wait_for(lambda: kiosk.app.is_running)

        start_rss = start_heap = 0.0
        started = time.perf_counter()
        asked = 0
        total = args.warmup + args.conversations
        for i in range(total):
            if i == args.warmup:
                gc.collect()
                if args.trace:
                    tracemalloc.start()
                    start_heap = tracemalloc.get_traced_memory()[0] / 2**20
                start_rss = rss_mb()
                started = time.perf_counter()
                asked = 0
            before = kiosk.conversations
            for j in range(1 + i % 3):
                pipe.send_text(questions[(i * 3 + j) % len(questions)] + "\r")
                asked += 1
            if i % 100 == 99:
                wait_for(lambda b=before: kiosk.conversations > b, timeout=10)  # the idle wipe
            else:
                pipe.send_text("I'm done\r")
                wait_for(lambda b=before: kiosk.conversations > b)
        elapsed = time.perf_counter() - started
        gc.collect()
        end_rss = rss_mb()
        end_heap = tracemalloc.get_traced_memory()[0] / 2**20 if args.trace else 0.0
        pipe.send_text(PASSPHRASE + "\r")
        thread.join(10)

    print(f"conversations: {args.conversations} after {args.warmup} warm-up, {asked} questions, "
          f"{elapsed:.1f} s ({asked / elapsed:.0f} questions/s)")
    print(f"RSS start: {start_rss:.1f} MB   end: {end_rss:.1f} MB   growth: {end_rss - start_rss:+.2f} MB "
          f"(target < 5 MB)")
    if args.trace:
        print(f"Python heap (tracemalloc) start: {start_heap:.2f} MB   end: {end_heap:.2f} MB   "
              f"growth: {end_heap - start_heap:+.3f} MB")
    print(f"kiosk exit status after the passphrase: {result.get('status')}")
    ok = end_rss - start_rss < 5 and result.get("status") == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
