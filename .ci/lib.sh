# Shared by .ci/multi-instance.sh and .ci/backup-restore.sh (sourced, not run): a throwaway PostgreSQL,
# app instances from the built jar, and a runner's requests with curl (cookie jar, CSRF token from forms).
# Every wait is bounded; callers clean up with `cleanup_all` in an EXIT trap.

shopt -s inherit_errexit
PGBIN=/usr/lib/postgresql/15/bin
APP_PIDS=()
PG_DIRS=()

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# The jar from the verify run, or a fresh package when there is none.
app_jar() {
  local jar
  jar=$(ls target/hipflex-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -q -o -DskipTests package >&2
    jar=$(ls target/hipflex-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$jar"
}

# pg_start DIR PORT: an empty cluster in DIR on 127.0.0.1:PORT with role and database hipflex (password hipflex).
pg_start() {
  local dir=$1 port=$2
  PG_DIRS+=("$dir")
  mkdir -p "$dir"
  chmod a+x "$(dirname "$dir")"  # postgres must reach its folder inside a private temp dir
  chown postgres:postgres "$dir"
  runuser -u postgres -- "$PGBIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE ROLE hipflex LOGIN PASSWORD 'hipflex'" \
    -c "CREATE DATABASE hipflex OWNER hipflex"
}

pg_stop() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

# app_start LOG PORT [ENV=VALUE...]: starts an instance of $JAR in the background with the production command,
# bin/hipflex (docs/operations.md); its pid is in APP_PID. The first start of a jar and profile includes the
# training run of the JVM's AOT cache (about 30 s), which instances started together share.
app_start() {
  local log=$1 port=$2
  shift 2
  env HIPFLEX_JAR="$JAR" "$@" bin/hipflex --server.port="$port" >"$log" 2>&1 &
  APP_PID=$!
  APP_PIDS+=("$APP_PID")
}

# app_wait PID PORT LOG: until the instance answers healthy, or fails if it died. At most APP_WAIT seconds
# (600): a first start includes bin/hipflex's training run, and the training runs of two profiles take turns
# (one lock per extracted jar); on a loaded 2-core machine one took 257 s (7 December 2026).
app_wait() {
  local pid=$1 port=$2 log=$3 deadline=$((SECONDS + ${APP_WAIT:-600}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$log" >&2; fail "instance on port $port died while starting"; }
    if curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; then
      return 0
    fi
    sleep 1
  done
  tail -40 "$log" >&2
  fail "instance on port $port not healthy after ${APP_WAIT:-600} s"
}

# app_stop PID: SIGTERM (graceful shutdown), SIGKILL after 60 s.
app_stop() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup_all() {
  local pid dir
  for pid in "${APP_PIDS[@]}"; do app_stop "$pid"; done
  for dir in "${PG_DIRS[@]}"; do pg_stop "$dir"; done
}

# --- A runner's requests. BASE is the address (http://127.0.0.1:PORT), JAR the curl cookie jar. ---

CURL=(curl -s --max-time 30)

# csrf BASE PATH JAR: the CSRF token of the page's form (also starts the session in the jar).
csrf() {
  local token
  token=$("${CURL[@]}" -b "$3" -c "$3" "$1$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  [ -n "$token" ] || fail "no CSRF token in the form of $2"
  echo "$token"
}

# post BASE PATH JAR FIELD... : a form post with the page's CSRF token; prints the response headers.
post() {
  local base=$1 path=$2 jar=$3 form_page=${FORM_PAGE:-$2}
  shift 3
  local token args=() field
  token=$(csrf "$base" "$form_page" "$jar")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  "${CURL[@]}" -b "$jar" -c "$jar" -o /dev/null -D - --data-urlencode "_csrf=$token" "${args[@]}" "$base$path" | tr -d '\r'
}

header() { grep -i "^$1:" | head -1 | sed "s/^[^:]*: *//"; }

status_of() { head -1 | awk '{print $2}'; }

register() {
  local headers
  headers=$(FORM_PAGE=/register post "$1" /register "$2" "email=$3" "password=$4" "passwordRepeated=$4" \
    "age=16-or-older" "healthDataConsent=true")
  [ "$(status_of <<<"$headers")" = 302 ] || fail "registering $3: $(head -1 <<<"$headers")"
}

# answer_start BASE JAR: the logged-in new runner answers the start screen (no pain, no red flag, no clinician),
# which HipFlex asks before a runner's first week, log or guided session (issue 17); until then /journal/new
# redirects there.
answer_start() {
  local headers
  headers=$(FORM_PAGE=/my/start post "$1" /my/start "$2" "currentPain=0" "usualPain=0" "boneStressInjury=no" \
    "clinicianManages=no" "next=/journal/new")
  [ "$(status_of <<<"$headers")" = 302 ] || fail "answering the start screen: $(head -1 <<<"$headers")"
  case "$(header Location <<<"$headers")" in
    */journal/new) ;;
    *) fail "the start screen sent the runner to $(header Location <<<"$headers")" ;;
  esac
}

# login BASE JAR EMAIL PASSWORD: prints the response headers of the login post.
login() {
  local headers
  headers=$(FORM_PAGE=/login post "$1" /login "$2" "email=$3" "password=$4")
  [ "$(status_of <<<"$headers")" = 302 ] || fail "logging in: $(head -1 <<<"$headers")"
  case "$(header Location <<<"$headers")" in
    *error*) fail "login refused for $3" ;;
  esac
  echo "$headers"
}

# log_session BASE JAR DATE NOTES: logs a journal session (one set of 12 reps); prints its id.
log_session() {
  local headers location exercise
  exercise=$("${CURL[@]}" -b "$2" -c "$2" "$1/journal/new" | grep -o '<option value="[0-9]*"[^>]*>Glute bridge<' | head -1 |
    sed 's/<option value="//;s/".*//' || true)
  [ -n "$exercise" ] || fail "no exercise choice on /journal/new (logged out?)"
  headers=$(FORM_PAGE=/journal/new post "$1" /journal "$2" "date=$3" "sets[0].exercise=$exercise" \
    "sets[0].amount=12" "effort=5" "painDuring=1" "notes=$4")
  location=$(header Location <<<"$headers")
  [[ "$location" =~ /journal/([0-9]+)$ ]] || fail "logging a session: $(head -1 <<<"$headers") to $location"
  echo "${BASH_REMATCH[1]}"
}

# journal_lists BASE JAR ID...: the runner's journal links every session.
journal_lists() {
  local base=$1 jar=$2 page id
  shift 2
  page=$("${CURL[@]}" -b "$jar" -c "$jar" "$base/journal")
  for id in "$@"; do
    grep -q "href=\"/journal/$id\"" <<<"$page" || fail "session $id missing from /journal"
  done
}
