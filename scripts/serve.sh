#!/usr/bin/env bash
# Starts the navigator on a fresh Debian machine with Node 20.19+: installs what is missing (a C/C++
# compiler, make and Python, which the SQLite binding needs when no prebuilt binary fits), the node
# packages, builds, then runs `mmnav serve` (the web app, REST API, FHIR and CDS Hooks on
# http://127.0.0.1:8080, SQLite in ./data). Safe to run again; arguments go to `mmnav serve`:
#   bash scripts/serve.sh --port 8081 --data-dir /var/lib/mmnav
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh

node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
  echo "serve.sh: Node $(node --version) is too old; myeloma-navigator needs Node 20.19 or newer" >&2; exit 1; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! { command -v make >/dev/null && command -v python3 >/dev/null && { command -v c++ >/dev/null || command -v g++ >/dev/null; }; }; then
    echo "serve.sh: installing a compiler, make and Python for the SQLite binding (build-essential, python3)"
    apt_install build-essential python3
  fi
  npm ci --no-audit --no-fund
fi

if [ ! -f dist/cli/main.js ] || [ -n "$(find src package.json -newer dist/cli/main.js -print -quit)" ]; then
  npm run --silent build
fi

exec node dist/cli/main.js serve "$@"
