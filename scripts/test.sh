#!/usr/bin/env bash
# The README's test command: installs marrowbot with its test extras, sets up the browser tests' tools where
# this machine allows (Debian's chromium, axe-core from npm; they skip with a reason otherwise), runs pytest.
set -eu
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
bash scripts/setup_browser.sh
exec python3 -m pytest "$@"
