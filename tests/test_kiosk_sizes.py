"""The real ``marrowbot kiosk`` on pseudo-terminals from 40x12 up to 200x60, read through a terminal emulator:
the emergency number always whole, only suggestions on screen offered by number, the idle warning whole with
its countdown. Each screen is also saved as text in test-output/screenshots/ (copies are in docs/screenshots/)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from conftest import REPO
from test_kiosk import Terminal

pytest.importorskip("pexpect")
pytest.importorskip("pyte")

SHOTS = REPO / "test-output" / "screenshots"
WARNING_END = "Press a key to keep going."


def save(term: Terminal, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / name).write_text(term.text() + "\n", encoding="utf-8")


def offered(screen: str) -> int:
    """The N of "a number: 1-N" (or "1-N: pick") in the footer; 1 for "a number: 1"; 0 when none is offered."""
    flat = " ".join(screen.split())
    found = re.search(r"number: 1-(\d+)\.|1-(\d+): pick", flat)
    if found:
        return int(found.group(1) or found.group(2))
    return 1 if re.search(r"number: 1\.|\b1: pick", flat) else 0


def shown_numbers(screen: str) -> set[int]:
    return {int(m) for m in re.findall(r"^\s+(\d)\. \S", screen, flags=re.MULTILINE)}


@pytest.mark.parametrize(("columns", "rows"), [(40, 12), (64, 24), (200, 60)])
def test_a_kiosk_screen_of_this_size_keeps_what_matters_visible(tmp_path: Path, columns: int, rows: int) -> None:
    config = tmp_path / "kiosk.yml"
    config.write_text('idle_seconds: 8\nwarn_seconds: 4\nemergency:\n  call: "112"\n', encoding="utf-8")
    term = Terminal(["kiosk", "--config", str(config)], rows=rows, columns=columns)
    try:
        screen = term.wait_for("Type a number to ask one of these")
        top = term.screen.display[0]
        assert "112" in top and len(top.rstrip()) <= columns  # the emergency number, whole, on the top bar
        count = offered(screen)
        assert count >= 1
        assert set(range(1, count + 1)) <= shown_numbers(screen)  # every number offered is on screen
        assert count + 1 not in shown_numbers(screen)
        save(term, f"kiosk-{columns}x{rows}-welcome.txt")

        term.send("1\r")  # the first suggestion
        screen = term.wait_for("You asked:")
        assert "112" in term.screen.display[0]
        save(term, f"kiosk-{columns}x{rows}-answer.txt")

        screen = term.wait_for("Clearing in", timeout=15)  # the idle warning, whole, with its countdown
        assert WARNING_END in " ".join(screen.split()), screen
        first = int(re.search(r"Clearing in (\d+) s", " ".join(screen.split())).group(1))  # type: ignore[union-attr]
        save(term, f"kiosk-{columns}x{rows}-idle-warning.txt")
        deadline = time.monotonic() + 5
        while True:  # the countdown counts down
            now = re.search(r"Clearing in (\d+) s", " ".join(term.text().split()))
            if now is None or int(now.group(1)) < first:
                break
            assert time.monotonic() < deadline, "the countdown did not move"
        term.wait_for("This chat was cleared", timeout=15)
        assert "112" in term.screen.display[0]
    finally:
        term.child.close(force=True)


@pytest.mark.parametrize(("columns", "rows"), [(84, 30)])
def test_every_patient_sees_what_to_do_when_very_sick(tmp_path: Path, columns: int, rows: int) -> None:
    """The welcome's advice (not a doctor; very sick: call the emergency number) stays on the kiosk screen of the
    README (84x30), for the first patient and for the next one after the idle wipe, whose notice takes lines: fewer
    suggestions are offered rather than the advice dropped (smaller screens keep the one-line disclaimer)."""
    config = tmp_path / "kiosk.yml"
    config.write_text('idle_seconds: 8\nwarn_seconds: 4\nemergency:\n  call: "112"\n', encoding="utf-8")
    term = Terminal(["kiosk", "--config", str(config)], rows=rows, columns=columns)
    advice = ("I am not a doctor", "If you feel very sick or think you may be in danger, call 112")
    try:
        screen = " ".join(term.wait_for("Type a number to ask one of these").split())
        assert all(a in screen for a in advice), screen
        term.send("1\r")
        term.wait_for("You asked:")
        screen = " ".join(term.wait_for("This chat was cleared", timeout=20).split())
        assert all(a in screen for a in advice), screen
        count = offered(screen)
        assert count >= 2 and set(range(1, count + 1)) <= shown_numbers(term.text())
    finally:
        term.child.close(force=True)
