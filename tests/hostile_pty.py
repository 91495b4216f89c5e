"""``marrowbot kiosk`` on a pseudo-terminal we own, for hangup and paste tests (and benchmarks/hostile_kiosk.py).

``controlling=True`` makes the terminal the kiosk's controlling terminal (closing it sends SIGHUP, then reads
fail with EIO); ``False`` leaves only the EIO, as when a terminal dies without a hangup signal.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import threading
import time


class PtyKiosk:
    def __init__(self, args: list[str] = (), *, controlling: bool = True, rows: int = 40, columns: int = 100,
                 env: dict[str, str] | None = None) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

        def session() -> None:
            os.setsid()
            if controlling:
                fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "marrowbot", "kiosk", *args], stdin=slave, stdout=slave, stderr=slave,
            preexec_fn=session, close_fds=True,
            env={**os.environ, "TERM": "xterm-256color", "NO_COLOR": "", **(env or {})})
        os.close(slave)
        self.master: int | None = master
        self.output = bytearray()
        self._lock = threading.Lock()

    def read(self, timeout: float = 0.05) -> None:
        if self.master is None:
            return
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:
                return
            with self._lock:
                self.output += data

    def wait_for(self, text: bytes, timeout: float) -> float:
        """Seconds until ``text`` appears in the output (AssertionError after ``timeout``)."""
        started = time.monotonic()
        while text not in self.output:
            assert time.monotonic() - started < timeout, f"{text!r} never appeared"
            assert self.proc.poll() is None, f"kiosk exited {self.proc.returncode}: {bytes(self.output[-2000:])!r}"
            self.read()
        return time.monotonic() - started

    def send(self, data: bytes) -> threading.Thread:
        """Write in a thread (a big paste blocks until the kiosk reads it), while the caller keeps reading."""
        master = self.master
        assert master is not None

        def write() -> None:
            view = memoryview(data)
            while view:
                try:
                    view = view[os.write(master, view[:4096]):]
                except BlockingIOError:
                    time.sleep(0.001)
                except OSError:
                    return

        thread = threading.Thread(target=write, daemon=True)
        thread.start()
        return thread

    def hang_up(self) -> float:
        """Close the terminal; seconds until the kiosk process has ended (or inf after 10 s)."""
        assert self.master is not None
        os.close(self.master)
        self.master = None
        started = time.monotonic()
        while self.proc.poll() is None:
            if time.monotonic() - started > 10:
                return float("inf")
            time.sleep(0.01)
        return time.monotonic() - started

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        if self.master is not None:
            os.close(self.master)
            self.master = None
