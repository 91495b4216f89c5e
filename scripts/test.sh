#!/usr/bin/env bash
# The README's test command: installs marrowbot with its test extras, sets up the browser tests' tools where
# this machine allows (Debian's chromium, axe-core from npm; they skip with a reason otherwise), runs pytest
# on every core (at most four workers, each test file on one worker; `-n 0` after it runs in one process).
set -eu
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
bash scripts/setup_browser.sh
exec python3 -m pytest -n auto --maxprocesses 4 --dist loadfile "$@"
