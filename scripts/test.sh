#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine with Node 20, then runs every test:
# typecheck, lint (format, code rules, layer arrows), unit, integration (SQLite and PostgreSQL)
# and browser (Debian's Chromium). Installs what is missing; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "need root (or sudo) to install: $*" >&2; return 1; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

step() { printf '\n== %s\n' "$*"; }

step "system packages"
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null; then
  echo "installing Debian's chromium for the browser tests"; apt_install chromium
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
echo "chromium: $CHROMIUM_PATH"

step "node packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi

step "PostgreSQL for the database tests"
if [ -z "${DATABASE_TEST_URL:-}" ]; then
  # shellcheck source=scripts/ci-postgres.sh
  source scripts/ci-postgres.sh
fi
echo "DATABASE_TEST_URL is set"

step "typecheck"
npm run --silent typecheck
step "lint"
npm run --silent lint
step "build"
npm run --silent build

step "fuzz (2,000 generated inputs: records, units, FHIR, every HTTP route)"
npm run --silent fuzz -- --runs 2000

step "tests"
mkdir -p .tmp
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
status=$?
set -e
node -e '
  const r = require("./.tmp/vitest.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (process.env.CI === "true" && skipped > 0) { console.error("skipped tests are not allowed in CI"); process.exit(1); }
' || status=1
exit $status
