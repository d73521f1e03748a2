#!/usr/bin/env bash
# Installs everything the checks need on a fresh machine, then runs every check:
# typecheck, lint, unit and component tests, Playwright end to end; then the API conformance suite, once
# against the in-process mock and once over HTTP against `npm run mock-server`.
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

# The API conformance suite (api-tests/), as any backend would run it: first against the mock API in the
# test process, then over real HTTP against the standalone mock server (MOCK_SERVER_PORT, default 4010).
npm run test:api

port="${MOCK_SERVER_PORT:-4010}"
base="http://127.0.0.1:${port}/api"
answers() { node_modules/.bin/node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1/session"; }
if answers "$base"; then
  echo "Something already answers at $base: stop it, or set MOCK_SERVER_PORT to a free port." >&2
  exit 1
fi
log="$(mktemp)"
# Its own process group (job control on for this one start), so stopping it stops npm and the node under it.
set -m
npm run mock-server -- --port "$port" >"$log" 2>&1 &
server_pid=$!
set +m
stop_server() {
  kill -TERM -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  rm -f "$log"
}
trap stop_server EXIT
for _ in $(seq 1 120); do
  answers "$base" && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "npm run mock-server stopped before it answered:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! answers "$base"; then
  echo "npm run mock-server did not answer at $base within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi
API_BASE_URL="$base" npm run test:api
