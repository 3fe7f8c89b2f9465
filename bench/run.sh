#!/usr/bin/env bash
# bench/run.sh: HipFlex's benchmark (docs/performance.md). On 127.0.0.1 only, every wrk run bounded in time.
#
# Builds the jar (SKIP_BUILD=1 uses target/hipflex-*.jar as it is), times the production start beside Spring
# PetClinic's (bench/start.sh, STARTS starts each; SKIP_START=1 leaves it out), measures a runner's own pages beside
# PetClinic's /owners/1 (bench/pages.sh; SKIP_PAGES=1 leaves it out), fills a fresh H2 database in a
# temporary folder with the data generator (bench/generate.sh; a runner with 10 sets, one with 100,000), starts
# the app with the production command (bin/hipflex, docs/operations.md), then runs every scenario with wrk: a warm-up, then ROUNDS
# rounds of DURATION each, the scenarios taking turns so the machine's noise spreads over all of them. Prints a
# markdown report with the medians and the targets (PASS/FAIL), and stops everything it started on exit.
#
# References in the same run: /actuator/health (the app's cheapest answer) and nginx serving the guide page
# as a static file (this machine's ceiling). "Through the nginx cache" uses deploy/nginx/render.sh, the
# multi-instance configuration, when it exists.
#
# Settings (environment): APP_PORT=18101 STATIC_PORT=18102 CACHE_PORT=18103 DURATION=10s ROUNDS=3
# WARMUP=5s THREADS=2 CONNECTIONS=16 WRITERS=32 STARTS=5 SKIP_BUILD= SKIP_START= SKIP_PAGES= KEEP= (keep the temporary folder)
# RENDER=deploy/nginx/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18101} STATIC_PORT=${STATIC_PORT:-18102} CACHE_PORT=${CACHE_PORT:-18103}
DURATION=${DURATION:-10s} ROUNDS=${ROUNDS:-3} WARMUP=${WARMUP:-5s} THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16} WRITERS=${WRITERS:-32} STARTS=${STARTS:-5}
RENDER=${RENDER:-deploy/nginx/render.sh}
PASSWORD='a long benchmark passphrase'
app=http://127.0.0.1:$APP_PORT

for tool in java javac wrk nginx curl; do
  command -v $tool >/dev/null || { echo "bench/run.sh needs $tool (a JDK; apt-get install -y wrk nginx curl)" >&2; exit 1; }
done
# The data generator's JVM (the app itself runs with bin/hipflex's settings).
jvm=(-XX:+UseSerialGC -Xmx256m)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -o package -DskipTests
built=$PWD/$(ls target/hipflex-*.jar | grep -v '\.original$' | head -1)
start_report=""
if [ -z "${SKIP_START:-}" ]; then
  start_report=$(SKIP_BUILD=1 STARTS=$STARTS bench/start.sh)
fi
# A runner's own pages beside PetClinic's /owners/1 (bench/pages.sh; SKIP_PAGES=1 leaves it out).
pages_report=""
if [ -z "${SKIP_PAGES:-}" ]; then
  pages_report=$(SKIP_BUILD=1 DURATION=$DURATION ROUNDS=$ROUNDS WARMUP=$WARMUP THREADS=$THREADS CONNECTIONS=$CONNECTIONS \
    bench/pages.sh)
fi

work=$(mktemp -d /tmp/hipflex-bench.XXXXXX)
# The generator runs on the extracted jar's class path (bench/generate.sh).
java -Djarmode=tools -jar "$built" extract --destination "$work/app" >/dev/null
jar=$work/app/$(basename "$built")
app_pid="" static_pid="" cache_pid=""
stop() { # PID: stops a process this script started and waits for it
  [ -z "$1" ] || { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
}
cleanup() {
  stop "$app_pid"; stop "$static_pid"; stop "$cache_pid"
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
log() { echo "$(date +%T) $*" >&2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the app on the benchmark database with bin/hipflex; sets app_pid, wall_ms (launch
# to the first 200 on /actuator/health), cpu_ms (the CPU time the process used until then) and started_s
# (what Spring Boot logs as "Started ... in X seconds").
start_app() {
  local log=$work/app.log t0
  t0=$(now_ms)
  HIPFLEX_JAR="$built" HIPFLEX_APP_DIR="$work/production" bin/hipflex --hipflex.data-dir="$work/data" \
    --server.port="$APP_PORT" >"$log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null "$app/actuator/health"; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; echo "the app stopped" >&2; exit 1; }
    [ $(( $(now_ms) - t0 )) -lt 300000 ] || { echo "the app did not start in 5 minutes" >&2; exit 1; }
    sleep 0.05
  done
  wall_ms=$(( $(now_ms) - t0 ))
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$app_pid/stat")
  started_s=$(grep -o 'Started HipFlexApplication in [0-9.]*' "$log" | grep -o '[0-9.]*$')
}

generate() { # EMAIL SETS: the data generator (bench/generate.sh, compiled once against this jar)
  APP="$jar" CLASSES="$work/generator" JAVA_OPTS="${jvm[*]}" bench/generate.sh --hipflex.data-dir="$work/data" \
    --server.port=0 --hipflex.generate.email="$1" --hipflex.generate.password="$PASSWORD" \
    --hipflex.generate.sets="$2" --hipflex.generate.exit=true \
    >"$work/generate-$2.log" 2>&1 || { cat "$work/generate-$2.log" >&2; exit 1; }
  grep -o 'Generated .*' "$work/generate-$2.log" >&2
}

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

login() { # EMAIL: logs in with curl; prints the session cookie for wrk
  local jar=$work/cookies-$1 token
  token=$(curl -s -c "$jar" -b "$jar" "$app/login" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$app/login"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}

sessions_of() { # COOKIE: how many sessions the runner's CSV export holds
  curl -s -H "Cookie: $1" "$app/journal/export.csv" | awk -F, 'NR > 1 { seen[$1] = 1 } END { print length(seen) }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { # NAME KEY: median of KEY over the rounds of a scenario
  grep -o "$2=[0-9.]*" "$work/$1.results" | cut -d= -f2 | median
}

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
log "the data generator's JVM: ${jvm[*]}"
log "generating the runners (10 sets; 100,000 sets; the writer)"
generate small@example.org 10
generate big@example.org 100000
generate writer@example.org 1

# The load runs on the production command; its first start includes the training run of the AOT cache.
start_app
log "production start (with the training run): first 200 on /actuator/health after ${wall_ms} ms"

small=$(login small@example.org) big=$(login big@example.org) writer=$(login writer@example.org)
[ -n "$small" ] && [ -n "$big" ] && [ -n "$writer" ] || { echo "login failed" >&2; exit 1; }

# The static reference: nginx serving the guide page the app renders, as a file.
mkdir -p "$work/static/html" "$work/static/logs"
curl -sf "$app/guide" >"$work/static/html/guide.html"
cat >"$work/static/nginx.conf" <<CONF
worker_processes auto;
pid $work/static/nginx.pid;
error_log $work/static/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $work/static/temp;
    proxy_temp_path $work/static/temp;
    fastcgi_temp_path $work/static/temp;
    uwsgi_temp_path $work/static/temp;
    scgi_temp_path $work/static/temp;
    server {
        listen 127.0.0.1:$STATIC_PORT;
        location = /guide { default_type text/html; alias $work/static/html/guide.html; }
    }
}
CONF
chmod -R a+rX "$work"
nginx -p "$work/static" -c "$work/static/nginx.conf" -g 'daemon off;' &
static_pid=$!

scenarios=(
  "health|$app/actuator/health|"
  "guide|$app/guide|"
  "exercises|$app/exercises|"
  "week|$app/week|"
  "week-pdf|$app/week.pdf|"
  "history-10|$app/journal|$small"
  "history-100k|$app/journal|$big"
  "history-100k-last-week|$app/journal?from=$(date -d '6 days ago' +%F)&to=$(date +%F)|$big"
  "progress-10|$app/journal/progress|$small"
  "progress-100k|$app/journal/progress|$big"
  "nginx-static|http://127.0.0.1:$STATIC_PORT/guide|"
)
if [ -x "$RENDER" ]; then
  "$RENDER" "$work/cache" "$CACHE_PORT" "$APP_PORT" >/dev/null
  nginx -p "$work/cache" -c "$work/cache/nginx.conf" -g 'daemon off;' &
  cache_pid=$!
  scenarios+=("nginx-guide|http://127.0.0.1:$CACHE_PORT/guide|" "nginx-exercises|http://127.0.0.1:$CACHE_PORT/exercises|")
else
  log "SKIPPED the nginx cache scenarios: $RENDER is not in this tree"
fi
sleep 1

for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  status=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$url")
  [ "$status" = 200 ] || { echo "$name: $url answers $status, not 200" >&2; exit 1; }
done

wrk_run() { # NAME URL COOKIE DURATION [CONNECTIONS]
  wrk -t"$THREADS" -c"${5:-$CONNECTIONS}" -d"$4" --timeout 10s -s bench/wrk/report.lua \
    ${3:+-H "Cookie: $3"} "$2" | grep '^RESULT'
}
log "warm-up: $WARMUP per scenario"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  wrk_run "$name" "$url" "$cookie" "$WARMUP" >/dev/null
done
for round in $(seq "$ROUNDS"); do
  log "round $round of $ROUNDS: $DURATION per scenario"
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name url cookie <<<"$scenario"
    wrk_run "$name" "$url" "$cookie" "$DURATION" >>"$work/$name.results"
  done
done

log "logging sessions: $WRITERS connections for $DURATION"
before=$(sessions_of "$writer")
exercise=$(curl -s -H "Cookie: $writer" "$app/journal/new" | grep -o '<option value="[0-9]*">Glute bridge</option>' | head -1 | grep -o '[0-9]\+')
token=$(curl -s -H "Cookie: $writer" "$app/journal/new" | csrf_of)
COOKIE=$writer CSRF=$token EXERCISE=$exercise DATE=$(date +%F) \
  wrk -t"$THREADS" -c"$WRITERS" -d"$DURATION" --timeout 10s -s bench/wrk/log-session.lua "$app/journal" \
  | grep '^RESULT\|^STATUS' >"$work/log-session.results"
sleep 2 # the requests wrk had in flight when it stopped are still answered
after=$(sessions_of "$writer")
redirects=$(grep -o '302=[0-9]*' "$work/log-session.results" | cut -d= -f2)
others=$(grep -o 'other=[0-9]*' "$work/log-session.results" | cut -d= -f2)
# RSS as the load ends, and once the app has settled (5 s on: the JVM gives freed C heap back every 2 s, bin/hipflex).
rss_end_kib=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")
sleep 5
rss_kib=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")

# The report.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
check() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=" ? v >= t : v <= t); print (ok ? "PASS" : "FAIL") }'; }
echo
echo "HipFlex benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load after the run $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(sed -n 's/.*using \(Java [0-9.]*\).*/\1/p' "$work/app.log" | head -1), bin/hipflex; wrk $THREADS threads, $CONNECTIONS connections, $ROUNDS x $DURATION after $WARMUP warm-up; medians of the rounds"
echo
echo "| Scenario | Requests/s | p50 ms | p99 ms | Failed |"
echo "|---|---:|---:|---:|---:|"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name url cookie <<<"$scenario"
  echo "| $name | $(field "$name" rps) | $(field "$name" p50) | $(field "$name" p99) | $(field "$name" failed) |"
done
echo "| log-session (POST, $WRITERS connections, 1 x $DURATION) | $(field log-session rps) | $(field log-session p50) | $(field log-session p99) | $(field log-session failed) |"
echo
rps() { field "$1" rps; }
p50() { field "$1" p50; }
echo "| Target | Measured | Result |"
echo "|---|---|---|"
for page in guide exercises; do
  r=$(ratio "$(rps $page)" "$(rps health)")
  echo "| $page from the app >= 0.60 x /actuator/health | $r | $(check "$r" '>=' 0.6) |"
done
if [ -n "$cache_pid" ]; then
  for page in guide exercises; do
    r=$(ratio "$(rps nginx-$page)" "$(rps nginx-static)")
    echo "| $page through the nginx cache >= 0.50 x nginx static file | $r | $(check "$r" '>=' 0.5) |"
  done
else
  echo "| pages through the nginx cache >= 0.50 x nginx static file | not run (no deploy/nginx/render.sh) | SKIPPED |"
fi
for page in history progress; do
  r=$(ratio "$(p50 $page-100k)" "$(p50 $page-10)")
  echo "| $page p50 with 100,000 sets <= 1.5 x with 10 sets | $r | $(check "$r" '<=' 1.5) |"
done
r=$(ratio "$(rps week-pdf)" "$(rps week)")
echo "| week PDF >= 0.10 x week page | $r | $(check "$r" '>=' 0.1) |"
# Every acknowledged write (302) is stored; at most WRITERS more were in flight when wrk stopped.
stored=$((after - before))
ok=$([ "$others" = 0 ] && [ "$(field log-session failed)" = 0 ] && [ "$stored" -ge "$redirects" ] \
  && [ "$stored" -le $((redirects + WRITERS)) ] && echo PASS || echo FAIL)
echo "| logging sessions: no errors, every write stored | $redirects redirects, $others other answers, $stored sessions stored ($((stored - redirects)) were in flight when wrk stopped) | $ok |"
echo "| RSS after the load < 400 MiB | $((rss_kib / 1024)) MiB 5 s after it ($((rss_end_kib / 1024)) MiB as it ended) | $(check "$((rss_kib / 1024))" '<=' 399) |"
if [ -n "$start_report" ]; then
  echo
  echo "$start_report"
fi
if [ -n "$pages_report" ]; then
  echo
  echo "$pages_report"
fi
