"""The project's own conversation fixtures (tests/transcripts/) pass through the real `marrowbot replay`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = ROOT / "tests" / "transcripts"
CLI = [sys.executable, "-c", "import sys; from marrowbot.frontends.cli import main; sys.exit(main())"]


def test_the_projects_transcripts_replay_clean(tmp_path_factory: pytest.TempPathFactory) -> None:
    if not TRANSCRIPTS.is_dir():
        pytest.skip("tests/transcripts/ does not exist yet")
    fixtures = [p for p in TRANSCRIPTS.rglob("*") if p.suffix in (".yml", ".yaml")]
    assert fixtures, "tests/transcripts/ exists but holds no *.yml fixture: nothing would be checked"
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["MARROWBOT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "marrowbot-cache")  # not the user's
    run = subprocess.run(
        [*CLI, "replay", str(TRANSCRIPTS)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, (
        f"marrowbot replay tests/transcripts exited {run.returncode}:\n{run.stdout}{run.stderr}"
    )
    assert run.stdout.splitlines()[-1].endswith(" passed, 0 failed")
