#!/usr/bin/env bash
# The backup and restore commands of docs/operations.md, run for real: for H2 and for PostgreSQL, a
# runner's data is made through the app, backed up, wiped, restored, and then the runner logs in again,
# finds their sessions and logs a new one. Run as root (CI); exits non-zero on any failure and always
# stops what it started. Uses the jar from `./mvnw verify` (packages one if absent).
# Ports: HIPFLEX_BR_PG_PORT (55436), HIPFLEX_BR_APP_PORTS ("18084 18085": PostgreSQL, H2).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/lib.sh

PG_PORT=${HIPFLEX_BR_PG_PORT:-55436}
read -r PG_APP H2_APP <<<"${HIPFLEX_BR_APP_PORTS:-18084 18085}"
started=$(date +%s)
work=$(mktemp -d /tmp/hipflex-backup.XXXXXX)
trap 'cleanup_all; rm -rf "$work"' EXIT

JAR=$(app_jar)
H2_DATA=$work/h2-data
PG_ENV=(SPRING_PROFILES_ACTIVE=postgres HIPFLEX_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hipflex"
  HIPFLEX_DB_USER=hipflex HIPFLEX_DB_PASSWORD=hipflex)
PASSWORD="backup and restore $RANDOM"
export PGPASSWORD=hipflex

# H2's own tools (Script, RunScript, Shell) are inside the app's jar.
h2_tool() {
  local tool=$1
  shift
  java -cp "$JAR" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

start_both() {
  app_start "$work/pg-app-$1.log" "$PG_APP" "${PG_ENV[@]}"
  pg_pid=$APP_PID
  app_start "$work/h2-app-$1.log" "$H2_APP" HIPFLEX_DATA_DIR="$H2_DATA"
  h2_pid=$APP_PID
  app_wait "$pg_pid" "$PG_APP" "$work/pg-app-$1.log"
  app_wait "$h2_pid" "$H2_APP" "$work/h2-app-$1.log"
}

# seed PORT NAME: a runner with two journal sessions; prints "email id id".
seed() {
  local base=http://127.0.0.1:$1 jar=$work/$2-seed email
  email="$2-$(date +%s)-$RANDOM@example.org"
  register "$base" "$jar" "$email" "$PASSWORD"
  login "$base" "$jar" "$email" "$PASSWORD" >/dev/null
  answer_start "$base" "$jar"
  echo "$email $(log_session "$base" "$jar" "$(date -d '-2 days' +%F)" "Before the backup, $2") \
$(log_session "$base" "$jar" "$(date -d '-1 days' +%F)" "Before the backup too, $2")"
}

# check_restored PORT NAME EMAIL ID...: logs in afresh, finds the sessions, logs one more.
check_restored() {
  local base=http://127.0.0.1:$1 jar=$work/$2-after email=$3
  shift 3
  login "$base" "$jar" "$email" "$PASSWORD" >/dev/null
  journal_lists "$base" "$jar" "$@"
  log_session "$base" "$jar" "$(date +%F)" "After the restore" >/dev/null
}

pg_start "$work/pg" "$PG_PORT"
start_both first
read -r pg_email pg_ids <<<"$(seed "$PG_APP" postgres)"
read -r h2_email h2_ids <<<"$(seed "$H2_APP" h2)"
app_stop "$pg_pid"
app_stop "$h2_pid"
pass "data made through the app: two sessions each on PostgreSQL and H2"

# PostgreSQL: pg_dump in the custom format, restore into an empty database.
pg_dump -h 127.0.0.1 -p "$PG_PORT" -U hipflex -Fc -f "$work/hipflex.dump" hipflex
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "DROP DATABASE hipflex" -c "CREATE DATABASE hipflex OWNER hipflex"
[ "$(psql -tA -h 127.0.0.1 -p "$PG_PORT" -U hipflex -c "select count(*) from pg_tables where schemaname = 'public'" hipflex)" = 0 ] ||
  fail "PostgreSQL database not empty after the wipe"
pg_restore -h 127.0.0.1 -p "$PG_PORT" -U hipflex -d hipflex --no-owner --exit-on-error "$work/hipflex.dump"
pass "PostgreSQL: pg_dump -Fc ($(du -h "$work/hipflex.dump" | cut -f1)), database dropped and created, pg_restore"

# H2, with the app stopped: a SQL script (gzip) by H2's Script tool, and a plain copy of the file.
h2_tool Script -url "jdbc:h2:file:$H2_DATA/hipflex" -user sa -script "$work/hipflex.sql.gz" -options compression gzip
cp "$H2_DATA/hipflex.mv.db" "$work/hipflex-copy.mv.db"
rm -rf "$H2_DATA"
h2_tool RunScript -url "jdbc:h2:file:$H2_DATA/hipflex" -user sa -script "$work/hipflex.sql.gz" -options compression gzip
pass "H2: Script to $(du -h "$work/hipflex.sql.gz" | cut -f1) of gzipped SQL, data folder deleted, RunScript"

start_both again
# shellcheck disable=SC2086 # the ids are words
check_restored "$PG_APP" postgres "$pg_email" $pg_ids
# shellcheck disable=SC2086
check_restored "$H2_APP" h2 "$h2_email" $h2_ids
pass "after the restores the runners log in, find their sessions and log new ones (PostgreSQL and H2)"
app_stop "$h2_pid"

mkdir "$work/h2-copy"
cp "$work/hipflex-copy.mv.db" "$work/h2-copy/hipflex.mv.db"
copied=$(h2_tool Shell -url "jdbc:h2:file:$work/h2-copy/hipflex" -user sa \
  -sql "select count(*) from training_session where notes like 'Before the backup%'" | sed -n 2p | tr -d ' ')
[ "$copied" = 2 ] || fail "the copied H2 file holds $copied of the 2 sessions"
pass "H2: the file copied while stopped opens with both sessions"

echo "== backup-restore: all checks passed in $(($(date +%s) - started)) s =="
