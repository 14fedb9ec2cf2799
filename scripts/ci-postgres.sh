#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests and prints DATABASE_TEST_URL.
# Installs Debian's postgresql package when missing; runs the cluster as the postgres user (when
# run as root) on a free local port, in $MMNAV_PG_DIR (default /tmp/mmnav-ci-postgres).
# Idempotent: a second run reuses the running cluster and prints the same URL.
#   eval "$(bash scripts/ci-postgres.sh)"     # or: source scripts/ci-postgres.sh
#   bash scripts/ci-postgres.sh --stop        # stops the cluster (the data folder stays)
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: run in a child shell (strict mode must not leak into the caller), then export.
  _mmnav_pg_out="$(bash "${BASH_SOURCE[0]}" "$@")" || return 1
  eval "$_mmnav_pg_out"
  unset _mmnav_pg_out
  return 0
fi
set -euo pipefail

PGROOT="${MMNAV_PG_DIR:-/tmp/mmnav-ci-postgres}"
DATA="$PGROOT/data"
DB="${MMNAV_PG_DB:-mmnav_test}"
log() { echo "ci-postgres: $*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(pg_bin)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  if [[ "$(id -u)" != 0 ]]; then
    log "PostgreSQL is not installed and this is not root: run 'apt-get install -y postgresql' as root"
    exit 1
  fi
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  BIN="$(pg_bin)"
fi

# As root, PostgreSQL refuses to run: use the postgres user the package created.
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

running() { as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

if [[ "${1:-}" == "--stop" ]]; then
  if [[ -d "$DATA" ]] && running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2; fi
  log "stopped"
  exit 0
fi

mkdir -p "$PGROOT"
[[ "$(id -u)" == 0 ]] && chown postgres "$PGROOT"

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  log "creating a cluster in $DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$PGROOT/initdb.log" 2>&1 \
    || { cat "$PGROOT/initdb.log" >&2; exit 1; }
fi

reachable() { [[ -f "$PGROOT/port" ]] && as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$(cat "$PGROOT/port")" -t 5; }

if running && reachable; then
  PORT="$(cat "$PGROOT/port")"
  log "reusing the cluster running on port $PORT"
else
  # A cluster left behind by an ended session (killed processes, stale lock file) is cleared first.
  if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true; fi
  if ! running; then rm -f "$DATA/postmaster.pid"; fi
  PORT="$(free_port)"
  echo "$PORT" >"$PGROOT/port"
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  # fsync off: a throwaway test database trades durability for speed.
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$PGROOT/server.log" -w -t 60 start \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGROOT -c fsync=off -c max_connections=200" >&2 \
    || { tail -n 50 "$PGROOT/server.log" >&2; exit 1; }
fi

exists="$(as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$DB'")"
if [[ "$exists" != 1 ]]; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
  log "created database $DB"
fi

echo "export DATABASE_TEST_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
