#!/usr/bin/env bash
# bench/start.sh: the production start (bin/hipflex) side by side with Spring PetClinic's `java -jar`, in one run
# (docs/performance.md, "Start-up and memory"; issue 20). On 127.0.0.1 only; prints a markdown report.
#
# Measured for each, STARTS times, the three taking turns so the machine's noise spreads over all of them:
# launch to the first 200 on /actuator/health, and the process's RSS at that moment.
#   hipflex-h2        bin/hipflex, default profile (H2 file database, already migrated: a restart)
#   hipflex-postgres  bin/hipflex with the postgres profile, on a throwaway PostgreSQL 15 (needs root and
#                     /usr/lib/postgresql/15/bin; else skipped with a message); or PG_URL=jdbc:postgresql://...
#                     with PG_USER/PG_PASSWORD
#   petclinic         `java -jar` of Spring PetClinic built from its source (PETCLINIC_SRC, default
#                     /work/shared/anchors/spring-petclinic; built once into target/bench-petclinic), default JVM
#                     settings, its in-memory H2; skipped with a message when there is no source or it fails to build
# bin/hipflex's training runs (one per profile, once per jar) come before the timed starts and are reported apart.
# Targets: hipflex-h2 <= 0.4 x petclinic; hipflex-postgres <= 0.6 x petclinic; RSS of hipflex-h2 <= petclinic's.
#
# Settings (environment): STARTS=5 SKIP_BUILD= APP_PORT=18111 PETCLINIC_PORT=18112 PG_PORT=55437 KEEP=
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-5} APP_PORT=${APP_PORT:-18111} PETCLINIC_PORT=${PETCLINIC_PORT:-18112} PG_PORT=${PG_PORT:-55437}
PETCLINIC_SRC=${PETCLINIC_SRC:-/work/shared/anchors/spring-petclinic}
PGBIN=/usr/lib/postgresql/15/bin
for tool in java curl flock; do
  command -v $tool >/dev/null || { echo "bench/start.sh needs $tool" >&2; exit 1; }
done
log() { echo "$(date +%T) $*" >&2; }

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -o package -DskipTests
jar=$(ls "$PWD"/target/hipflex-*.jar | grep -v '\.original$' | head -1)

work=$(mktemp -d /tmp/hipflex-start.XXXXXX)
pid="" pg_dir=""
stop() { [ -z "$1" ] || { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() {
  stop "$pid"
  [ -z "$pg_dir" ] || runuser -u postgres -- "$PGBIN/pg_ctl" -D "$pg_dir" -m fast -w stop >/dev/null 2>&1 || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# PetClinic, built from its published source.
petclinic=""
if [ -f "$PETCLINIC_SRC/pom.xml" ]; then
  built=target/bench-petclinic
  if ! ls "$built"/target/spring-petclinic-*.jar >/dev/null 2>&1; then
    log "building Spring PetClinic from $PETCLINIC_SRC"
    rm -rf "$built"; mkdir -p "$built"; cp -r "$PETCLINIC_SRC"/. "$built"/
    (cd "$built" && ./mvnw -B -q -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip -Djacoco.skip package) \
      >"$work/petclinic-build.log" 2>&1 || { tail -20 "$work/petclinic-build.log" >&2; log "PetClinic failed to build"; }
  fi
  petclinic=$(ls "$PWD/$built"/target/spring-petclinic-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
fi
[ -n "$petclinic" ] || log "SKIPPED PetClinic: no source at $PETCLINIC_SRC (set PETCLINIC_SRC) or it did not build"

# PostgreSQL for the postgres profile.
pg_env=()
if [ -n "${PG_URL:-}" ]; then
  pg_env=(HIPFLEX_DB_URL="$PG_URL" HIPFLEX_DB_USER="${PG_USER:-hipflex}" HIPFLEX_DB_PASSWORD="${PG_PASSWORD:-hipflex}")
elif [ -x "$PGBIN/initdb" ] && [ "$(id -u)" = 0 ]; then
  pg_dir=$work/pg
  mkdir -p "$pg_dir"; chmod a+x "$work"; chown postgres:postgres "$pg_dir"
  runuser -u postgres -- "$PGBIN/initdb" -D "$pg_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$pg_dir" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE ROLE hipflex LOGIN PASSWORD 'hipflex'" \
    -c "CREATE DATABASE hipflex OWNER hipflex"
  pg_env=(HIPFLEX_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hipflex" HIPFLEX_DB_USER=hipflex HIPFLEX_DB_PASSWORD=hipflex)
else
  log "SKIPPED the postgres profile: set PG_URL, or run as root with PostgreSQL 15 installed"
fi

# run NAME URL COMMAND...: starts COMMAND, waits for the first 200 on URL, records the time and RSS, stops it.
run() {
  local name=$1 url=$2 t0 rss
  shift 2
  t0=$(now_ms)
  "$@" >"$work/$name.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/$name.log" >&2; echo "$name stopped" >&2; exit 1; }
    [ $(( $(now_ms) - t0 )) -lt 300000 ] || { echo "$name did not start in 5 minutes" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( $(now_ms) - t0 ))
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")
  stop "$pid"; pid=""
  echo "$ms" >>"$work/$name.ms"; echo "$rss" >>"$work/$name.rss"
  log "$name: first 200 after $ms ms, RSS $rss MiB"
}
app_env=(env HIPFLEX_APP_DIR="$work/app" HIPFLEX_JAR="$jar")
hipflex_h2() { run "$1" "http://127.0.0.1:$APP_PORT/actuator/health" "${app_env[@]}" HIPFLEX_DATA_DIR="$work/data" \
  bin/hipflex --server.port="$APP_PORT"; }
hipflex_pg() { run "$1" "http://127.0.0.1:$APP_PORT/actuator/health" "${app_env[@]}" SPRING_PROFILES_ACTIVE=postgres \
  "${pg_env[@]}" bin/hipflex --server.port="$APP_PORT"; }
petclinic_run() { run petclinic "http://127.0.0.1:$PETCLINIC_PORT/actuator/health" java -jar "$petclinic" \
  --server.port="$PETCLINIC_PORT"; }

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# The first start of each profile includes its training run (and the database's migration).
hipflex_h2 hipflex-h2-first
[ ${#pg_env[@]} = 0 ] || hipflex_pg hipflex-postgres-first
for i in $(seq "$STARTS"); do
  hipflex_h2 hipflex-h2
  [ ${#pg_env[@]} = 0 ] || hipflex_pg hipflex-postgres
  [ -z "$petclinic" ] || petclinic_run
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
med() { [ -s "$work/$1.$2" ] && median <"$work/$1.$2" || echo nan; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
check() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "PASS" : "FAIL") }'; }
echo
echo "HipFlex start-up beside Spring PetClinic, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load after the run $(cut -d' ' -f1-3 /proc/loadavg)"
echo "HipFlex: bin/hipflex ($(grep -o 'on Java [0-9]*' "$work/hipflex-h2-first.log" | head -1)); PetClinic: java -jar ($(java -version 2>&1 | head -1)), default JVM settings; medians of $STARTS starts"
echo
echo "| Start | Launch to first 200 (ms) | RSS at first 200 (MiB) |"
echo "|---|---:|---:|"
for name in hipflex-h2-first hipflex-postgres-first hipflex-h2 hipflex-postgres petclinic; do
  [ -s "$work/$name.ms" ] && echo "| $name | $(med $name ms) | $(med $name rss) |"
done
echo
echo "| Target | Measured | Result |"
echo "|---|---|---|"
if [ -n "$petclinic" ]; then
  r=$(ratio "$(med hipflex-h2 ms)" "$(med petclinic ms)")
  echo "| production start on H2 <= 0.4 x PetClinic's java -jar | $r | $(check "$r" 0.4) |"
  if [ ${#pg_env[@]} != 0 ]; then
    r=$(ratio "$(med hipflex-postgres ms)" "$(med petclinic ms)")
    echo "| production start with the postgres profile <= 0.6 x PetClinic's | $r | $(check "$r" 0.6) |"
  else
    echo "| production start with the postgres profile <= 0.6 x PetClinic's | not run (no PostgreSQL) | SKIPPED |"
  fi
  echo "| RSS at first 200 on H2 <= PetClinic's | $(med hipflex-h2 rss) vs $(med petclinic rss) MiB | $(check "$(med hipflex-h2 rss)" "$(med petclinic rss)") |"
else
  echo "| all three | not run (no PetClinic) | SKIPPED |"
fi
