#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 for a test run (as root, on 127.0.0.1).
#   .ci/postgres.sh start PORT   prints the JDBC URL of a fresh empty database
#   .ci/postgres.sh stop         stops it and deletes its files
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
STATE=/tmp/hipflex-ci-postgres
case "${1:-}" in
  start)
    port="${2:-55432}"
    "$0" stop >/dev/null 2>&1 || true
    PGDATA=$(mktemp -d)
    echo "$PGDATA" > "$STATE"
    chown postgres:postgres "$PGDATA"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
    psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE ROLE hipflex LOGIN PASSWORD 'hipflex'" \
      -c "CREATE DATABASE hipflex OWNER hipflex"
    echo "jdbc:postgresql://127.0.0.1:$port/hipflex"
    ;;
  stop)
    [ -f "$STATE" ] || exit 0
    PGDATA=$(cat "$STATE")
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
    rm -rf "$PGDATA" "$STATE"
    ;;
  *) echo "usage: $0 start [PORT] | stop" >&2; exit 2 ;;
esac
