"""Real `marrowbot serve` processes on free loopback ports, shared by the server, fuzz and browser tests.

Each kind of server starts once per test run (on first use) and stops when the run ends.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
CLI = "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"
START_TIMEOUT = 90.0

# Kiosk configuration of the "kiosk" server: localised emergency number, its own welcome and timings.
KIOSK_CONFIG = """\
idle_seconds: 30
warn_seconds: 10
emergency:
  call: "112"
  crisis_line: "116 123"
welcome: "Welcome to the clinic kiosk. Ask about bone marrow diseases."
suggestions: ["What is bone marrow necrosis?", "How are bone marrow diseases treated?"]
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_CACHE = tempfile.mkdtemp(prefix="marrowbot-test-")  # kiosk config, and the index cache unless one is set


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARROWBOT_")}
    # The servers' index cache: the test run's own if it has one (built once per run), never the user's.
    env["MARROWBOT_CACHE_DIR"] = os.environ.get("MARROWBOT_CACHE_DIR") or _CACHE
    env.update(extra)
    return env


class ServerProcess:
    """One `marrowbot serve` child process (and its workers), in its own process group."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = tempfile.NamedTemporaryFile(prefix="marrowbot-serve-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CLI, "serve", "--host", "127.0.0.1", "--port", str(self.port), *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_ready()

    def output(self) -> str:
        return Path(self._log.name).read_text(encoding="utf-8", errors="replace")

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"marrowbot serve exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"marrowbot serve did not answer within {START_TIMEOUT:.0f} s:\n{self.output()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # uvicorn shuts its workers down gracefully on SIGINT
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)


_SERVERS: dict[str, ServerProcess] = {}


def get_server(kind: str) -> ServerProcess:
    """'main': two workers, no rate limit (API, fuzz and browser tests);
    'kiosk': one worker, --kiosk with a configuration file and a low rate limit of 5 requests a minute."""
    if kind not in _SERVERS:
        if kind == "main":
            _SERVERS[kind] = ServerProcess(["--workers", "2"], clean_env(MARROWBOT_RATE_LIMIT="0"))
        elif kind == "kiosk":
            config = Path(_CACHE) / "kiosk.yml"
            config.write_text(KIOSK_CONFIG, encoding="utf-8")
            _SERVERS[kind] = ServerProcess(
                ["--kiosk", "--config", str(config)], clean_env(MARROWBOT_RATE_LIMIT="5/60")
            )
        else:
            raise KeyError(kind)
    return _SERVERS[kind]


@atexit.register
def _stop_all() -> None:
    for server in _SERVERS.values():
        server.stop()
    _SERVERS.clear()
    shutil.rmtree(_CACHE, ignore_errors=True)
