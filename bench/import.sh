#!/usr/bin/env bash
# bench/import.sh: the largest journal import allowed, twice at once, on the production command (bin/hipflex) and
# its heap (docs/performance.md, "Memory"). The file has 200,000 rows (the row limit) in 20,000 sessions (the
# session limit), just under the 10 MB upload limit; two runners upload it at the same moment, each into their
# own account (JournalLimits.IMPORTS_AT_ONCE allows two). Reports, for each upload, the HTTP status and seconds,
# the sessions stored in each account, and the collector's counts from jstat; RSS at the end.
# An import is one transaction (all or nothing), so the whole file's sessions stay in memory until it commits:
# this is what the heap has to hold.
#
# Settings (environment): APP_PORT=18131 SKIP_BUILD= JAR= (another jar) JAVA_OPTS= (more JVM arguments for
# bin/hipflex, such as another heap size) KEEP= (keep the temporary folder)
# Run it under `flock /tmp/hipflex-bench.lock` when other benchmarks may run on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-18131}
PASSWORD='a long benchmark passphrase'
app=http://127.0.0.1:$APP_PORT
for tool in java javac curl jstat; do
  command -v $tool >/dev/null || { echo "bench/import.sh needs $tool (a JDK and curl)" >&2; exit 1; }
done
log() { echo "$(date +%T) $*" >&2; }

[ -n "${SKIP_BUILD:-}" ] || [ -n "${JAR:-}" ] || ./mvnw -B -q -o package -DskipTests
built=${JAR:-$PWD/$(ls target/hipflex-*.jar | grep -v '\.original$' | head -1)}
work=$(mktemp -d /tmp/hipflex-import.XXXXXX)
app_pid=""
cleanup() {
  [ -z "$app_pid" ] || { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The file: 20,000 sessions of 10 sets of a library exercise, four sessions a day (efforts 3 to 6, so none is
# another's duplicate) from 1 January 2001.
seq 0 4999 | sed 's/.*/2001-01-01 + & days/' | date -f - +%F >"$work/dates"
awk 'BEGIN { printf "session,date,routine,effort,pain_during,pain_next_morning,notes,exercise,set,reps,hold_seconds,load_kg,band,side\r\n" }
  { for (k = 0; k < 4; k++) { s = (NR - 1) * 4 + k + 1
      for (set = 1; set <= 10; set++) printf "%d,%s,,%d,1,,,glute-bridge,%d,12,,,,\r\n", s, $1, k + 3, set } }' \
  "$work/dates" >"$work/journal.csv"
rows=$(($(wc -l <"$work/journal.csv") - 1))
log "file: $rows rows, $(wc -c <"$work/journal.csv") bytes"

# Two runners with one session each (the data generator), then the production app on their database.
java -Djarmode=tools -jar "$built" extract --destination "$work/app" >/dev/null
jar=$work/app/$(basename "$built")
for email in first@example.org second@example.org; do
  APP="$jar" CLASSES="$work/generator" JAVA_OPTS="-XX:+UseSerialGC -Xmx256m" bench/generate.sh \
    --hipflex.data-dir="$work/data" --server.port=0 --hipflex.generate.email="$email" \
    --hipflex.generate.password="$PASSWORD" --hipflex.generate.sets=1 --hipflex.generate.exit=true \
    >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
done
HIPFLEX_JAR="$built" HIPFLEX_APP_DIR="$work/production" bin/hipflex --hipflex.data-dir="$work/data" \
  --server.port="$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
t0=$SECONDS
until curl -sf -o /dev/null "$app/actuator/health"; do
  kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; echo "the app stopped" >&2; exit 1; }
  [ $((SECONDS - t0)) -lt 300 ] || { echo "the app did not start in 5 minutes" >&2; exit 1; }
  sleep 0.2
done
log "started; JVM: $(tr '\0' ' ' <"/proc/$app_pid/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
login() { # EMAIL: logs in with curl's cookie jar work/cookies-EMAIL
  local jar=$work/cookies-$1 token
  token=$(curl -s -c "$jar" -b "$jar" "$app/login" | csrf_of)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$app/login"
}
sessions_of() { # EMAIL: how many sessions the runner's CSV export holds
  curl -s -b "$work/cookies-$1" "$app/journal/export.csv" | awk -F, 'NR > 1 { seen[$1] = 1 } END { print length(seen) }'
}
for email in first@example.org second@example.org; do login "$email"; done

log "uploading the file twice at once"
uploads=()
for email in first@example.org second@example.org; do
  token=$(curl -s -b "$work/cookies-$email" "$app/journal/import" | csrf_of)
  curl -s -o "$work/response-$email.html" -w "$email %{http_code} %{time_total}\n" -b "$work/cookies-$email" \
    -F "_csrf=$token" -F "file=@$work/journal.csv;type=text/csv" "$app/journal/import" >"$work/upload-$email" &
  uploads+=($!)
done
wait "${uploads[@]}"
gc=$(jstat -gc "$app_pid" | tail -1)
rss_kib=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")

echo
echo "bench/import.sh, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Upload | Status | Seconds | Sessions in the account after it |"
echo "|---|---:|---:|---:|"
for email in first@example.org second@example.org; do
  read -r who status seconds <"$work/upload-$email"
  echo "| $who | $status | $seconds | $(sessions_of "$email") |"
done
for email in first@example.org second@example.org; do
  read -r who status seconds <"$work/upload-$email"
  [ "$status" = 302 ] || echo "$who: $(grep -o '<li>[^<]*\|role="alert"[^<]*<[^<]*<[^<]*' "$work/response-$email.html" | head -3)"
done
echo
echo "jstat -gc at the end: $(jstat -gc "$app_pid" | head -1 | tr -s ' ')"
echo "                      $(echo "$gc" | tr -s ' ')"
echo "RSS at the end: $((rss_kib / 1024)) MiB"
