"""Kiosk configuration (contracts section 6): defaults, a full file, and every kind of mistake staff can make."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from marrowbot.errors import ConfigError, MarrowbotError
from marrowbot.frontends.config import KioskConfig, hash_passphrase, load_kiosk_config, passphrase_matches

FULL = """\
# kiosk in the haematology waiting room
idle_seconds: 90
warn_seconds: 15
exit_passphrase_sha256: "{hash}"
emergency:
  call: "112"
  crisis_line: "116 123"
welcome: |
  Welcome to the clinic information point.
suggestions:
  - What is bone marrow necrosis?
  - How is it diagnosed?
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file() -> None:
    for config in (KioskConfig(), load_kiosk_config(None)):
        assert config.idle_seconds == 120
        assert config.warn_seconds == 20
        assert config.exit_passphrase_sha256 is None
        assert (config.emergency_call, config.crisis_line) == ("911", "988")
        assert config.welcome is None and config.suggestions == ()


def test_a_full_file_is_read(tmp_path: Path) -> None:
    digest = hash_passphrase("staff only 42")
    config = load_kiosk_config(write(tmp_path, FULL.format(hash=digest.upper())))
    assert config.idle_seconds == 90 and config.warn_seconds == 15
    assert config.exit_passphrase_sha256 == digest  # upper-case hex accepted, stored lower-case
    assert (config.emergency_call, config.crisis_line) == ("112", "116 123")
    assert config.welcome == "Welcome to the clinic information point."
    assert config.suggestions == ("What is bone marrow necrosis?", "How is it diagnosed?")


def test_every_key_is_optional(tmp_path: Path) -> None:
    assert load_kiosk_config(write(tmp_path, "")).idle_seconds == 120
    assert load_kiosk_config(write(tmp_path, "# nothing set\n")).suggestions == ()
    config = load_kiosk_config(write(tmp_path, "emergency:\n  call: '000'\n"))
    assert (config.emergency_call, config.crisis_line) == ("000", "988")


def test_the_default_warning_fits_a_short_idle_time(tmp_path: Path) -> None:
    config = load_kiosk_config(write(tmp_path, "idle_seconds: 10\n"))
    assert (config.idle_seconds, config.warn_seconds) == (10, 5)
    assert KioskConfig(idle_seconds=4).warn_seconds == 2  # built in code: capped, as before


@pytest.mark.parametrize(("text", "line"), [
    ("idle_seconds: 3\nwarn_seconds: 20\n", 2),
    ("warn_seconds: 20\nidle_seconds: 3\n", 2),  # the line of the second of the two
    ("welcome: hi\nwarn_seconds: 61\n", 2),  # more than half the default 120 s
])
def test_a_warning_longer_than_half_the_idle_time_is_capped_with_a_note(tmp_path: Path, text: str, line: int) -> None:
    path = write(tmp_path, text)
    config = load_kiosk_config(path)  # contracts §6: capped at idle_seconds / 2, not refused
    assert config.warn_seconds == config.idle_seconds / 2
    (note,) = config.notes
    assert note.startswith(f"{path}:{line}: ") and "more than half of 'idle_seconds'" in note


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("idle_seconds: 60\nidel_seconds: 30\n", 2, "unknown setting 'idel_seconds'"),
        ("idle_seconds: soon\n", 1, "must be a number"),
        ("idle_seconds: true\n", 1, "must be a number"),
        ("idle_seconds: 0\n", 1, "at least 1"),
        ("warn_seconds: -3\n", 1, "at least 0"),
        ("idle_seconds: .nan\n", 1, "finite"),
        ("welcome: x\nemergency:\n  call: 112\n", 3, "put it in quotes"),
        ("emergency:\n  call: '112'\n  ambulance: '1'\n", 3, "unknown setting 'emergency.ambulance'"),
        ("emergency: '112'\n", 1, "must be a mapping"),
        ("exit_passphrase_sha256: secret\n", 1, "64 hexadecimal"),
        ("suggestions: What is it?\n", 1, "must be a list"),
        ("suggestions:\n  - ok\n  - [nested]\n", 3, "must be text"),
        ("suggestions:\n  - ''\n", 2, "must not be empty"),
        ("welcome: 'a'\nwelcome: 'b'\n", 2, "given twice"),
        ("- idle_seconds: 3\n", 1, "expected a mapping"),
        ("idle_seconds: 3\n  warn: [\n", 2, "invalid YAML"),
        ("welcome: 'unclosed\n", 2, "invalid YAML"),
    ],
)
def test_mistakes_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_kiosk_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message
    assert isinstance(info.value, MarrowbotError)


def test_too_many_suggestions(tmp_path: Path) -> None:
    text = "suggestions:\n" + "".join(f"  - question {i}\n" for i in range(12))
    with pytest.raises(ConfigError, match=r"kiosk.yml:11: .*more than 9"):
        load_kiosk_config(write(tmp_path, text))


def test_missing_file_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_kiosk_config(tmp_path / "absent.yml")
    bad = tmp_path / "latin1.yml"
    bad.write_bytes("welcome: 'caf\xe9'\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_kiosk_config(bad)


def test_passphrase_hash_matches_sha256sum_and_ignores_surrounding_spaces() -> None:
    digest = hash_passphrase("open sesame")
    assert digest == hashlib.sha256(b"open sesame").hexdigest()
    config = KioskConfig(exit_passphrase_sha256=digest)
    assert passphrase_matches(config, "  open sesame \n")
    assert not passphrase_matches(config, "open sesame!")
    assert not passphrase_matches(config, "")
    assert not passphrase_matches(KioskConfig(), "open sesame")  # no passphrase configured: nothing exits


def test_hash_helper_command_reads_the_phrase_from_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "marrowbot.frontends.kiosk", "hash-passphrase"],
        input="open sesame\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f'exit_passphrase_sha256: "{hash_passphrase("open sesame")}"' in done.stdout
