#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the storage tests and print the line that points the tests at it:
#
#     eval "$(tests/storage/start_postgres.sh)"        # exports SIMULATOR_TEST_POSTGRES_URL
#     tests/storage/start_postgres.sh stop             # stops the server
#
# Installs PostgreSQL with apt-get when missing (needs root). Run as root, the server runs as the
# `postgres` user; run as anyone else, as that user. Progress goes to stderr; stdout carries only the export line.
# The server is a throwaway: fsync is off, for speed. Settings: SIMULATOR_PG_PORT (5433), SIMULATOR_PG_DIR (/tmp/simulator-postgres), SIMULATOR_PG_DB (simtest).
set -euo pipefail

PORT=${SIMULATOR_PG_PORT:-5433}
BASE=${SIMULATOR_PG_DIR:-/tmp/simulator-postgres}
DB=${SIMULATOR_PG_DB:-simtest}
DATA=$BASE/data
SOCKETS=$BASE/sockets

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(find_bin)" ]; then
    echo "installing postgresql..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
fi
BIN=$(find_bin)

if [ "$(id -u)" = 0 ]; then
    OWNER=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    OWNER=$(id -un)
    as_owner() { "$@"; }
fi

if [ "${1:-start}" = stop ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
    exit 0
fi

mkdir -p "$BASE" "$SOCKETS"
chown "$OWNER" "$BASE" "$SOCKETS"
chmod 700 "$BASE"
if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust >&2
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w \
        -o "-p $PORT -k $SOCKETS -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2
fi
if ! as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -Atc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres | grep -q 1; then
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi
echo "export SIMULATOR_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PORT/$DB"
