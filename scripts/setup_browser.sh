#!/usr/bin/env bash
# Installs what the browser tests need, idempotently, from the package registries only:
#   - Debian's chromium + chromium-driver (apt), only if missing and we are root with apt-get;
#   - axe-core (npm, pinned by tests/browser/package-lock.json), only if missing and npm exists.
# Never downloads a browser build of its own (no `playwright install`).
# Without these the browser tests skip with a clear reason; nothing here is needed to run marrowbot.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "setup_browser: chromium and chromium-driver present"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup_browser: installing chromium and chromium-driver with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends \
            chromium chromium-driver fonts-dejavu-core >/dev/null; }; then
        echo "setup_browser: apt-get could not install chromium; browser tests will be skipped" >&2
    fi
else
    echo "setup_browser: chromium (or its driver) missing and cannot install it (need root and apt-get); browser tests will skip"
fi

axe="$here/tests/browser/node_modules/axe-core/axe.min.js"
if [ -f "$axe" ]; then
    echo "setup_browser: axe-core present"
elif command -v npm >/dev/null 2>&1; then
    echo "setup_browser: installing axe-core with npm"
    if ! (cd "$here/tests/browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 \
            || npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
        echo "setup_browser: npm could not install axe-core; the accessibility test will be skipped" >&2
    fi
else
    echo "setup_browser: npm missing; the accessibility test will be skipped"
fi

# A failed install is reported but does not stop the test run: the tests skip with the reason.
exit 0
