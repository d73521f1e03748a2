#!/usr/bin/env bash
# Installs everything the checks need on a fresh machine, then runs every check:
# typecheck, lint, unit and component tests, Playwright end to end.
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Not `npm ci`: the message compiler's SDK names native builds for other platforms as optional packages the
# registry here does not serve, so the lock file cannot list them and `npm ci` would refuse it. `npm install`
# installs exactly what the lock file lists for this platform.
npm install --no-audit --no-fund

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium from the Debian packages for Playwright…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "No system Chromium: installing Playwright's own browser…"
    unset PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
    npx playwright install chromium
  fi
fi

npm test
