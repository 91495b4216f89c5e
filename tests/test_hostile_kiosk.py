"""The kiosk on a real pseudo-terminal: it ends when its terminal goes away (no orphans), big pastes are
handled at once, and bad files reach it as ``FILE:LINE``."""

from __future__ import annotations

import signal

import pytest
from hostile_cases import FAMILIES
from hostile_pty import PtyKiosk

pytestmark = pytest.mark.hostile

WELCOME = b"Type a number"
PASTE = ("what is bone marrow necrosis " * 4000)[:100_000].encode()


@pytest.mark.parametrize("controlling", [True, False], ids=["hangup", "eio-only"])
def test_a_closed_terminal_ends_the_kiosk(controlling: bool) -> None:
    kiosk = PtyKiosk(controlling=controlling)
    try:
        kiosk.wait_for(WELCOME, timeout=60)
        seconds = kiosk.hang_up()
        assert seconds < 10, "the kiosk kept running after its terminal closed"  # benchmark: well under 2 s
        assert kiosk.proc.returncode == 128 + signal.SIGHUP
    finally:
        kiosk.close()


@pytest.mark.parametrize("bracketed", [True, False], ids=["bracketed", "unbracketed"])
def test_a_100_kb_paste_is_one_capped_question(bracketed: bool) -> None:
    kiosk = PtyKiosk()
    try:
        kiosk.wait_for(WELCOME, timeout=60)
        kiosk.output.clear()
        data = b"\x1b[200~" + PASTE + b"\x1b[201~" if bracketed else PASTE
        writer = kiosk.send(data + b"\r")
        kiosk.wait_for(b"You asked", timeout=30)  # benchmark: ~1 s unbracketed, instant bracketed
        writer.join(5)
        kiosk.output.clear()
        kiosk.send(b"I'm done\r")
        kiosk.wait_for(b"cleared", timeout=30)  # still responsive: one question, not hundreds queued
    finally:
        kiosk.close()


@pytest.mark.parametrize("family", ["corpus_bad_date", "messages_bad_template", "intents_alias_bomb",
                                    "config_bad"])
def test_bad_files_reach_the_kiosk_as_file_and_line(family: str, tmp_path) -> None:  # noqa: ANN001
    case = FAMILIES[family](tmp_path, 2)
    kiosk = PtyKiosk(case.args)
    try:
        kiosk.proc.wait(60)
        while kiosk.master is not None and kiosk.proc.poll() is not None:
            before = len(kiosk.output)
            kiosk.read(0.2)
            if len(kiosk.output) == before:
                break
        text = kiosk.output.decode("utf-8", "replace")
        assert kiosk.proc.returncode == 2, text
        assert f"{case.names}:" in text and "Traceback" not in text, text
    finally:
        kiosk.close()
