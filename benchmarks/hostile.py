"""Hostile input, measured: each bad-file family's CPU time and peak memory through the command line, the
kiosk's exit time after its terminal closes, the time a 100 KB paste takes, and the status codes of forged
sessions and malformed requests against a real server.

    python benchmarks/hostile.py [--skip-server]

Targets (issue 14): bad files exit 2 in < 5 s and < 300 MB; a closed terminal ends the kiosk within 2 s; a 100 KB
paste is handled within 2 s; no status >= 500.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from hostile_cases import FAMILIES  # noqa: E402
from hostile_pty import PtyKiosk  # noqa: E402
from test_hostile_files import _command, run_limited  # noqa: E402


def bad_files() -> None:
    print(f"{'bad-file family':28} {'front end':9} {'exit':>4} {'CPU s':>6} {'peak MB':>8}")
    worst_cpu = worst_rss = 0.0
    for family in sorted(FAMILIES):
        with tempfile.TemporaryDirectory() as tmp:
            case = FAMILIES[family](Path(tmp), 2)
            front_end = "replay" if "replay" in case.front_ends else ("serve" if family.startswith("config") else "ask")
            code, _, cpu, rss = run_limited(_command(front_end, case))
        worst_cpu, worst_rss = max(worst_cpu, cpu), max(worst_rss, rss)
        print(f"{family:28} {front_end:9} {code:4d} {cpu:6.2f} {rss:8.0f}")
    print(f"worst: {worst_cpu:.2f} s CPU, {worst_rss:.0f} MB (targets < 5 s, < 300 MB)\n")


def kiosk() -> None:
    for controlling in (True, False):
        k = PtyKiosk(controlling=controlling)
        try:
            k.wait_for(b"Type a number", 90)
            seconds = k.hang_up()
            what = "hangup (SIGHUP, then EIO)" if controlling else "dead terminal (EIO only)"
            print(f"kiosk exit after {what}: {seconds:.2f} s, status {k.proc.returncode}")
        finally:
            k.close()
    paste = ("what is bone marrow necrosis " * 4000)[:100_000].encode()
    for bracketed in (True, False):
        k = PtyKiosk()
        try:
            k.wait_for(b"Type a number", 90)
            k.output.clear()
            k.send((b"\x1b[200~" + paste + b"\x1b[201~" if bracketed else paste) + b"\r")
            seconds = k.wait_for(b"You asked", 60)
            print(f"100 KB paste, {'bracketed' if bracketed else 'unbracketed'}: answered after {seconds:.2f} s")
        finally:
            k.close()
    print()


def server(examples: int) -> None:
    import httpx
    from marrowbot_servers import get_server
    from test_hostile_server import RAW, _raw

    url = get_server("main").url
    rng = random.Random(14)
    statuses: dict[int, int] = {}
    values = [None, "bone-marrow-necrosis", "bone-marrow-diseases", "no-such-doc", 5, -1, 10**30, "\u202eevil",
              "{call:>999}", [], {}, True, 1.5, "x" * 500, "treatment", "nope", 0, 3, 200]
    keys = ["topic", "condition", "intent", "turns", "condition_passage", "evil"]
    with httpx.Client(timeout=30) as client:
        for _ in range(examples):
            session = {k: rng.choice(values) for k in rng.sample(keys, rng.randint(0, 3))}
            body = {"message": rng.choice(["how is it treated?", "what is it?", "\u2066hi\u2069"]),
                    "session": rng.choice([session, session, None, "x"])}
            r = client.post(f"{url}/api/ask", content=json.dumps(body),
                            headers={"content-type": rng.choice(["application/json"] * 4 + ["text/plain"])})
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        for data in RAW.values():
            reply = _raw(url, data)
            status = int(reply.split()[1]) if reply.startswith(b"HTTP/") else 0
            statuses[status] = statuses.get(status, 0) + 1
    total = sum(statuses.values())
    fives = sum(n for s, n in statuses.items() if s >= 500)
    print(f"forged sessions + malformed requests: {total} requests, statuses {dict(sorted(statuses.items()))}, "
          f"{fives} responses >= 500 (0 = closed without a reply)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("MARROWBOT_CACHE_DIR", tempfile.mkdtemp(prefix="marrowbot-hostile-"))
    started = time.monotonic()
    run_limited(["index"])  # a warm cache, as in use
    bad_files()
    kiosk()
    if not args.skip_server:
        server(args.requests)
    print(f"\n(total {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
