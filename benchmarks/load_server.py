"""Load test for `marrowbot serve`: concurrent clients over loopback, bounded in count and time.

Starts the real server on a free 127.0.0.1 port, warms it up, then runs CLIENTS concurrent conversations
(each a question and a follow-up carrying the session back) until SECONDS pass or REQUESTS are made.
Prints throughput, latency percentiles, errors (target: 0) and the server's memory before and after
(target: flat). Only loopback is ever contacted.

With ``--fresh`` every request is instead a new message never sent before (twelve random made-up words and
"bone marrow?", no session): what a patient types must not stay in the server, so its memory must stay flat
however many different messages come.

    python benchmarks/load_server.py [--clients 8] [--seconds 20] [--requests 3000] [--workers 1] [--fresh] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

CLI = "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"
CONVERSATIONS = [
    ("What is bone marrow necrosis?", "what are the symptoms?"),
    ("How are bone marrow diseases treated?", "and how are they diagnosed?"),
    ("What causes bone marrow necrosis?", "is it inherited?"),
    ("Where can I find an expert?", "thanks"),
    ("I have chest pain and can't breathe", "what is aplastic anemia?"),
    ("What is polycythemia vera?", "how is it treated?"),
    ("tell me about the weather on mars", "hello"),
]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def fresh_message(rng: random.Random) -> str:
    """Twelve made-up words the server has never read, then a question it can answer."""
    words = ("".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 10))) for _ in range(12))
    return " ".join(words) + " bone marrow?"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_kib(root_pid: int) -> int | None:
    """Resident memory of the server and its worker processes (Linux /proc), in KiB."""
    if not Path("/proc").is_dir():
        return None
    pids = {root_pid}
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    todo = [root_pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in pids:
                pids.add(child)
                todo.append(child)
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def start_server(workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARROWBOT_")}
    env["MARROWBOT_RATE_LIMIT"] = "0"  # one load generator is one client: the limit would only measure itself
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CLI,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"the server exited with {proc.returncode}: "
                + (proc.stderr.read().decode() if proc.stderr else "")
            )
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    stop_server(proc)
    raise SystemExit("the server did not start within 90 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


async def run_load(url: str, clients: int, seconds: float, max_requests: int, fresh: bool = False) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    deadline = started + seconds
    budget = [max_requests]
    rng = random.Random(52)

    async def client(index: int, http: httpx.AsyncClient) -> None:
        turn = index
        while time.perf_counter() < deadline:
            session = None
            turns = [fresh_message(rng)] if fresh else CONVERSATIONS[turn % len(CONVERSATIONS)]
            for message in turns:
                if budget[0] <= 0 or time.perf_counter() >= deadline:
                    return
                budget[0] -= 1
                t0 = time.perf_counter()
                try:
                    response = await http.post(
                        f"{url}/api/ask", json={"message": message, "session": session}
                    )
                    elapsed = time.perf_counter() - t0
                    if response.status_code != 200:
                        errors.append(f"HTTP {response.status_code}: {response.text[:120]}")
                        break
                    data = response.json()
                    if not data.get("disclaimer"):
                        errors.append("an answer without a disclaimer")
                    session = data["session"]
                    latencies.append(elapsed)
                except (httpx.HTTPError, ValueError, KeyError) as err:
                    errors.append(f"{type(err).__name__}: {err}")
                    break
            turn += clients

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(i, http) for i in range(clients)))
    wall = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000

    return {
        "requests": len(latencies) + len(errors),
        "ok": len(latencies),
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],
        "seconds": round(wall, 2),
        "throughput_rps": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(pct(50), 1),
        "p90_ms": round(pct(90), 1),
        "p99_ms": round(pct(99), 1),
        "max_ms": round(ordered[-1] * 1000, 1) if ordered else float("nan"),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (1-64, default 8)")
    parser.add_argument(
        "--seconds", type=float, default=20.0, help="time limit of the run (max 300, default 20)"
    )
    parser.add_argument("--requests", type=int, default=3000, help="request limit of the run (default 3000)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (default 1)")
    parser.add_argument("--fresh", action="store_true",
                        help="send only new, never-seen messages (memory must stay flat)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    clients = max(1, min(64, args.clients))
    seconds = max(1.0, min(300.0, args.seconds))
    max_requests = max(1, min(100_000, args.requests))

    proc, url = start_server(max(1, args.workers))
    try:
        asyncio.run(run_load(url, min(clients, 4), 3.0, 100))  # warm-up: first requests load lazy parts
        before = rss_kib(proc.pid)
        figures = asyncio.run(run_load(url, clients, seconds, max_requests, args.fresh))
        after = rss_kib(proc.pid)
    finally:
        stop_server(proc)

    figures.update(
        clients=clients,
        workers=max(1, args.workers),
        fresh=args.fresh,
        rss_before_mib=round(before / 1024, 1) if before else None,
        rss_after_mib=round(after / 1024, 1) if after else None,
        rss_growth_mib=round((after - before) / 1024, 1) if before and after else None,
    )
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"marrowbot serve load: {clients} clients, {figures['workers']} worker(s), loopback"
              + (", fresh messages" if args.fresh else ""))
        print(
            f"  requests     {figures['requests']} in {figures['seconds']} s"
            f"  ({figures['throughput_rps']} answers/s)"
        )
        print(
            f"  latency      p50 {figures['p50_ms']} ms   p90 {figures['p90_ms']} ms   "
            f"p99 {figures['p99_ms']} ms   max {figures['max_ms']} ms"
        )
        print(
            f"  errors       {figures['errors']} (target 0)"
            + "".join(f"\n    {e}" for e in figures["error_examples"])
        )
        print(
            f"  server RSS   {figures['rss_before_mib']} MiB before, {figures['rss_after_mib']} MiB after "
            f"({figures['rss_growth_mib']:+} MiB; target: flat)"
            if before and after
            else "  server RSS   n/a"
        )
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
