#!/usr/bin/env bash
# Install what the desk browser tests (tests/desk_e2e) need, from the ordinary registries:
#   - Debian's chromium (apt), the browser Playwright drives (/usr/bin/chromium);
#   - wrk (apt), the load generator used by bench/desk.py (optional: the bench falls back to Python);
#   - playwright (pip, into .venv), which ships its own driver. NEVER `playwright install`.
#   - axe-core (npm, into tests/desk_e2e/node_modules, git-ignored), the accessibility engine.
# Idempotent and quick when everything is already there. Exit status 0 only if all required
# pieces are present afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_PY="${VENV_PY:-$ROOT/.venv/bin/python}"
E2E="$ROOT/tests/desk_e2e"
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi

# One installer at a time (pytest-xdist workers may all call it on a fresh machine).
if command -v flock >/dev/null 2>&1; then
    exec 9>"${TMPDIR:-/tmp}/foidesk-install-browser.lock"
    flock 9
fi

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
command -v wrk >/dev/null 2>&1 || apt_missing+=(wrk)
if [ "${#apt_missing[@]}" -gt 0 ]; then
    echo "install-browser: apt-get install ${apt_missing[*]}" >&2
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >&2 \
        || echo "install-browser: apt-get install failed for ${apt_missing[*]}" >&2
fi

if ! "$VENV_PY" -c 'import playwright.sync_api' >/dev/null 2>&1; then
    echo "install-browser: pip install playwright" >&2
    "$VENV_PY" -m pip install --quiet playwright >&2
fi

if [ ! -f "$E2E/node_modules/axe-core/axe.min.js" ]; then
    echo "install-browser: npm install axe-core" >&2
    (cd "$E2E" && npm install --no-audit --no-fund --silent >&2)
fi

status=0
command -v chromium >/dev/null 2>&1 || { echo "install-browser: chromium missing" >&2; status=1; }
"$VENV_PY" -c 'import playwright.sync_api' >/dev/null 2>&1 \
    || { echo "install-browser: playwright missing" >&2; status=1; }
[ -f "$E2E/node_modules/axe-core/axe.min.js" ] \
    || { echo "install-browser: axe-core missing" >&2; status=1; }
exit "$status"
