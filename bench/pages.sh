#!/usr/bin/env bash
# bench/pages.sh: a runner's own pages side by side with Spring PetClinic's /owners/1, in one run (issue 20;
# docs/performance.md, "Runners' pages beside PetClinic"). On 127.0.0.1 only, every wrk run bounded in time.
#
# The runner has a year of training: the data generator (bench/generate.sh) writes about 2,000 sets (2-3
# strength sessions a week, 5-6 exercises of 2-3 sets, effort, pain during and, in three sessions out of four,
# the pain the next morning), then the app's own forms (curl, with the CSRF token) plan the runner's week from the
# recommended one and log a week's pause. A second runner with the same year logs sessions (the POST), so the
# first runner's pages stay the same in every round.
# HipFlex runs with the production command (bin/hipflex); PetClinic, built from its source as bench/start.sh builds
# it (PETCLINIC_SRC; a writable copy in target/bench-petclinic), with `java -jar` and default JVM settings; without
# it the pages are measured alone and the ratios are skipped with a message.
# wrk, THREADS threads and CONNECTIONS connections: a warm-up, then ROUNDS rounds of DURATION per scenario, the
# scenarios (PetClinic's among them) taking turns in every round. Figures are the medians of the rounds.
# Targets: every page >= 2 x PetClinic's /owners/1 requests/s, the log form's POST >= 1 x.
# A runner's pages are kept rendered for that runner (account/RunnerPageCache): after the first request each round
# measures repeat views. JAVA_OPTS=-Dhipflex.runner-pages.kept=false renders every request, as a first view after a
# change is (docs/performance.md, "Fifth pass").
#
# Settings (environment): APP_PORT=18121 PETCLINIC_PORT=18122 DURATION=10s ROUNDS=3 WARMUP=5s THREADS=2
# CONNECTIONS=16 SETS=2000 SKIP_BUILD= JAR= (another jar, e.g. an older build) KEEP= JAVA_OPTS= (more JVM arguments for HipFlex, e.g. a JFR recording)
# Run it under `flock /tmp/hipflex-bench.lock` when other benchmarks may run on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18121} PETCLINIC_PORT=${PETCLINIC_PORT:-18122}
DURATION=${DURATION:-10s} ROUNDS=${ROUNDS:-3} WARMUP=${WARMUP:-5s} THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16} SETS=${SETS:-2000}
PETCLINIC_SRC=${PETCLINIC_SRC:-/work/shared/anchors/spring-petclinic}
PASSWORD='a long benchmark passphrase'
app=http://127.0.0.1:$APP_PORT
for tool in java javac wrk curl; do
  command -v $tool >/dev/null || { echo "bench/pages.sh needs $tool (a JDK; apt-get install -y wrk curl)" >&2; exit 1; }
done
log() { echo "$(date +%T) $*" >&2; }

[ -n "${SKIP_BUILD:-}" ] || [ -n "${JAR:-}" ] || ./mvnw -B -q -o package -DskipTests
built=${JAR:-$PWD/$(ls target/hipflex-*.jar | grep -v '\.original$' | head -1)}
work=$(mktemp -d /tmp/hipflex-pages.XXXXXX)
app_pid="" petclinic_pid=""
stop() { [ -z "$1" ] || { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() {
  stop "$app_pid"; stop "$petclinic_pid"
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# PetClinic, built from its published source (as bench/start.sh does, into the same folder).
petclinic=""
if [ -f "$PETCLINIC_SRC/pom.xml" ]; then
  dir=target/bench-petclinic
  if ! ls "$dir"/target/spring-petclinic-*.jar >/dev/null 2>&1; then
    log "building Spring PetClinic from $PETCLINIC_SRC"
    rm -rf "$dir"; mkdir -p "$dir"; cp -r "$PETCLINIC_SRC"/. "$dir"/; chmod -R u+w "$dir"
    (cd "$dir" && ./mvnw -B -q -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip -Djacoco.skip package) \
      >"$work/petclinic-build.log" 2>&1 || { tail -20 "$work/petclinic-build.log" >&2; log "PetClinic failed to build"; }
  fi
  petclinic=$(ls "$PWD/$dir"/target/spring-petclinic-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
fi
[ -n "$petclinic" ] || log "SKIPPED PetClinic: no source at $PETCLINIC_SRC (set PETCLINIC_SRC) or it did not build; no ratios"

wait_for() { # URL PID NAME
  local t0=$SECONDS
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$2" 2>/dev/null || { tail -30 "$work/$3.log" >&2; echo "$3 stopped" >&2; exit 1; }
    [ $((SECONDS - t0)) -lt 300 ] || { echo "$3 did not start in 5 minutes" >&2; exit 1; }
    sleep 0.2
  done
}

# The runners' year, written by the data generator on the extracted jar's class path.
java -Djarmode=tools -jar "$built" extract --destination "$work/app" >/dev/null
jar=$work/app/$(basename "$built")
for email in year@example.org writer@example.org; do
  APP="$jar" CLASSES="$work/generator" JAVA_OPTS="-XX:+UseSerialGC -Xmx256m" bench/generate.sh \
    --hipflex.data-dir="$work/data" --server.port=0 --hipflex.generate.email="$email" \
    --hipflex.generate.password="$PASSWORD" --hipflex.generate.sets="$SETS" --hipflex.generate.exit=true \
    >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
  log "$email: $(grep -o 'Generated .*' "$work/generate.log")"
done

log "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
HIPFLEX_JAR="$built" HIPFLEX_APP_DIR="$work/production" bin/hipflex --hipflex.data-dir="$work/data" \
  --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
if [ -n "$petclinic" ]; then
  java -jar "$petclinic" --server.port="$PETCLINIC_PORT" >"$work/petclinic.log" 2>&1 &
  petclinic_pid=$!
fi
wait_for "$app/actuator/health" "$app_pid" app
[ -z "$petclinic" ] || wait_for "http://127.0.0.1:$PETCLINIC_PORT/owners/1" "$petclinic_pid" petclinic
log "started"

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
login() { # EMAIL: logs in with curl (its cookie jar stays for the forms below); prints the session cookie for wrk
  local jar=$work/cookies-$1 token
  token=$(curl -s -c "$jar" -b "$jar" "$app/login" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$app/login"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}
form() { # EMAIL PAGE ACTION FIELD=VALUE...: posts a form of PAGE as the runner, with its CSRF token
  local jar=$work/cookies-$1 page=$2 action=$3 token
  shift 3
  token=$(curl -s -b "$jar" "$app$page" | csrf_of)
  local args=(--data-urlencode "_csrf=$token")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "${args[@]}" "$app$action")
  [ "$status" = 302 ] || [ "$status" = 303 ] || { echo "$action answered $status" >&2; exit 1; }
}
year=$(login year@example.org) writer=$(login writer@example.org)
[ -n "$year" ] && [ -n "$writer" ] || { echo "login failed" >&2; exit 1; }
for email in year@example.org writer@example.org; do
  form "$email" /my/week /my/week from=recommended
  form "$email" /journal/pauses /journal/pauses "from=$(date -d '9 weeks ago' +%F)" "to=$(date -d '8 weeks ago' +%F)" \
    reason=TRAVEL "note=Race week abroad"
done
session=$(curl -s -H "Cookie: $year" "$app/journal" | grep -o 'href="/journal/[0-9]*"' | head -1 | grep -o '[0-9]\+')

scenarios=(
  "home|$app/|$year"
  "journal|$app/journal|$year"
  "session|$app/journal/$session|$year"
  "progress|$app/journal/progress|$year"
  "calendar|$app/journal/calendar|$year"
  "my-week|$app/my/week|$year"
  "checklist|$app/checklist|$year"
)
[ -z "$petclinic" ] || scenarios+=("petclinic-owner|http://127.0.0.1:$PETCLINIC_PORT/owners/1|")
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  status=$(curl -s -o "$work/$name.html" -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$url")
  [ "$status" = 200 ] || { echo "$name: $url answers $status, not 200" >&2; exit 1; }
done
grep -q 'Race week abroad\|paused\|Paused' "$work/progress.html" || log "note: the progress page does not name the pause"

exercise=$(curl -s -H "Cookie: $writer" "$app/journal/new" | grep -o '<option value="[0-9]*">Glute bridge</option>' | head -1 | grep -o '[0-9]\+')
token=$(curl -s -H "Cookie: $writer" "$app/journal/new" | csrf_of)
wrk_run() { # NAME URL COOKIE DURATION
  if [ "$1" = log-session ]; then
    COOKIE=$writer CSRF=$token EXERCISE=$exercise DATE=$(date +%F) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" \
      --timeout 10s -s bench/wrk/log-session.lua "$app/journal" | grep '^RESULT'
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 10s -s bench/wrk/report.lua ${3:+-H "Cookie: $3"} "$2" \
      | grep '^RESULT'
  fi
}
scenarios+=("log-session|$app/journal|$writer")
log "warm-up: $WARMUP per scenario"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  wrk_run "$name" "$url" "$cookie" "$WARMUP" >/dev/null
done
loads=()
for round in $(seq "$ROUNDS"); do
  log "round $round of $ROUNDS: $DURATION per scenario, load $(cut -d' ' -f1 /proc/loadavg)"
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name url cookie <<<"$scenario"
    wrk_run "$name" "$url" "$cookie" "$DURATION" >>"$work/$name.results"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { grep -o "$2=[0-9.]*" "$work/$1.results" | cut -d= -f2 | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
check() { awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "PASS" : "FAIL") }'; }
echo
echo "HipFlex runners' pages beside Spring PetClinic, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load at the rounds' starts ${loads[*]}, after the run $(cut -d' ' -f1-3 /proc/loadavg)"
echo "HipFlex: bin/hipflex ($(sed -n 's/.*using \(Java [0-9.]*\).*/\1/p' "$work/app.log" | head -1)); PetClinic: java -jar, default JVM settings; a runner with $SETS sets ($(grep -o '[0-9]* sessions' "$work/generate.log" | head -1)); wrk $THREADS threads, $CONNECTIONS connections, $ROUNDS x $DURATION after $WARMUP warm-up; medians of the rounds"
echo
echo "| Scenario | Requests/s | p50 ms | p99 ms | Failed | × PetClinic /owners/1 |"
echo "|---|---:|---:|---:|---:|---:|"
owner=$([ -n "$petclinic" ] && field petclinic-owner rps || echo 0)
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  echo "| $name | $(field "$name" rps) | $(field "$name" p50) | $(field "$name" p99) | $(field "$name" failed) | $(ratio "$(field "$name" rps)" "$owner") |"
done
echo
echo "| Target | Measured | Result |"
echo "|---|---|---|"
if [ -n "$petclinic" ]; then
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name url cookie <<<"$scenario"
    case $name in
      petclinic-owner) ;;
      log-session) r=$(ratio "$(field "$name" rps)" "$owner"); echo "| log form's POST >= 1 x PetClinic /owners/1 | $r | $(check "$r" 1) |" ;;
      *) r=$(ratio "$(field "$name" rps)" "$owner"); echo "| $name >= 2 x PetClinic /owners/1 | $r | $(check "$r" 2) |" ;;
    esac
  done
else
  echo "| pages against PetClinic /owners/1 | not run (no PetClinic) | SKIPPED |"
fi
