#!/usr/bin/env bash
# Two HipFlex instances on one PostgreSQL behind nginx (deploy/nginx/render.sh), as docs/operations.md
# describes, started with the hipflex.env the script writes. Through the proxy: the session cookie's flags,
# a runner logging in, the login throttle counting each client's own address (whatever the spelling of the
# login's address), absolute links from the base URL whatever Host a client sends, the instance that served
# the login stopped, the runner logging sessions on without logging in again; and the cache: public pages
# only, never a runner's page, never a runner's page to anyone else. Past the proxy, an instance believes no
# forwarded header. Run as root (CI); exits non-zero on any failure and always stops what it started. Uses
# the jar from `./mvnw verify` (packages one if absent), started with bin/hipflex, the production command.
# Ports: HIPFLEX_MI_PG_PORT (55433), HIPFLEX_MI_PROXY_PORT (18081), HIPFLEX_MI_APP_PORTS ("18082 18083").
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/lib.sh

PG_PORT=${HIPFLEX_MI_PG_PORT:-55433}
PROXY_PORT=${HIPFLEX_MI_PROXY_PORT:-18081}
read -r -a APP_PORTS <<<"${HIPFLEX_MI_APP_PORTS:-18082 18083}"
[ "${#APP_PORTS[@]}" = 2 ] || fail "HIPFLEX_MI_APP_PORTS must name two ports"

started=$(date +%s)
work=$(mktemp -d /tmp/hipflex-multi.XXXXXX)
NGINX_DIR=$work/nginx
cleanup() {
  [ -f "$NGINX_DIR/nginx.pid" ] && nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s stop 2>/dev/null || true
  cleanup_all
  rm -rf "$work"
}
trap cleanup EXIT

JAR=$(app_jar)
echo "== Two instances of $JAR on PostgreSQL :$PG_PORT behind nginx :$PROXY_PORT =="
pg_start "$work/pg" "$PG_PORT"

deploy/nginx/render.sh "$NGINX_DIR" "$PROXY_PORT" "${APP_PORTS[@]}" >/dev/null
mapfile -t PROXY_SETTINGS < <(grep -v '^#' "$NGINX_DIR/hipflex.env")
declare -A PID_OF
for port in "${APP_PORTS[@]}"; do
  app_start "$work/app-$port.log" "$port" SPRING_PROFILES_ACTIVE=postgres \
    HIPFLEX_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hipflex" HIPFLEX_DB_USER=hipflex HIPFLEX_DB_PASSWORD=hipflex \
    "${PROXY_SETTINGS[@]}"
  PID_OF[$port]=$APP_PID
done
for port in "${APP_PORTS[@]}"; do app_wait "${PID_OF[$port]}" "$port" "$work/app-$port.log"; done
pass "both instances healthy after $(($(date +%s) - started)) s (${PROXY_SETTINGS[*]})"

nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/logs/error.log"
BASE=http://127.0.0.1:$PROXY_PORT
for i in $(seq 1 20); do
  "${CURL[@]}" -o /dev/null "$BASE/actuator/health" && break
  [ "$i" = 20 ] && fail "nginx not answering on $PROXY_PORT"
  sleep 0.5
done

# Requests spread over both instances (a page nginx never caches: a cached one would not reach either).
seen=$(for i in 1 2 3 4; do "${CURL[@]}" -o /dev/null -D - "$BASE/actuator/health" | tr -d '\r' | { header X-Upstream || true; }; done | sort -u | wc -l)
[ "$seen" = 2 ] || fail "requests reached $seen instance(s), not 2"
pass "requests are spread over both instances"

# The session cookie: HttpOnly and SameSite=Lax always, Secure when the browser came over HTTPS.
cookie=$("${CURL[@]}" -o /dev/null -D - "$BASE/login" | tr -d '\r' | header Set-Cookie)
[[ "$cookie" == SESSION=*HttpOnly* && "$cookie" == *SameSite=Lax* && "$cookie" != *Secure* ]] ||
  fail "session cookie over HTTP: $cookie"
cookie=$("${CURL[@]}" -o /dev/null -D - -H 'X-Forwarded-Proto: https' "$BASE/login" | tr -d '\r' | header Set-Cookie)
[[ "$cookie" == SESSION=*Secure* && "$cookie" == *HttpOnly* && "$cookie" == *SameSite=Lax* ]] ||
  fail "session cookie over HTTPS: $cookie"
pass "session cookie: $cookie"

# Past the proxy, from this host's own network address (private, not nginx's), nobody is believed.
own=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -v -e '^127\.' -e ':' -e '^$' | head -1 || true)
if [ -n "$own" ]; then
  cookie=$("${CURL[@]}" -o /dev/null -D - -H 'X-Forwarded-Proto: https' "http://$own:${APP_PORTS[0]}/login" | tr -d '\r' |
    { header Set-Cookie || true; })
  [[ "$cookie" == SESSION=* && "$cookie" != *Secure* ]] || fail "an instance believed X-Forwarded-Proto from $own: $cookie"
  pass "straight to an instance from $own, a forged X-Forwarded-Proto is ignored"
else
  echo "SKIP: no non-loopback IPv4 address to reach an instance past the proxy"
fi

# A runner registers and logs in through the proxy.
JAR_FILE=$work/cookies
EMAIL="multi-$(date +%s)-$RANDOM@example.org"
PASSWORD="multi instance test $RANDOM"
register "$BASE" "$JAR_FILE" "$EMAIL" "$PASSWORD"
headers=$(login "$BASE" "$JAR_FILE" "$EMAIL" "$PASSWORD")
answer_start "$BASE" "$JAR_FILE"
[ "$(header Location <<<"$headers")" = "$BASE/" ] ||
  fail "login redirects to $(header Location <<<"$headers"), not back through the proxy"
served=$(header X-Upstream <<<"$headers" | awk -F', ' '{print $NF}')
served_port=${served##*:}
[ -n "${PID_OF[$served_port]:-}" ] || fail "login served by unknown upstream '$served'"
for port in "${APP_PORTS[@]}"; do [ "$port" != "$served_port" ] && other_port=$port; done
pass "logged in through instance :$served_port"

# The login throttle counts each client's own address, as nginx (or a TLS terminator before it, which the
# X-Forwarded-For sent here stands for) reports it: twenty failures from one client lock that client out of
# every spelling of the login's address, and only that client.
as_client() ( # as_client ADDRESS COMMAND...: a lib.sh request from a browser at ADDRESS
  CURL+=(-H "X-Forwarded-For: $1")
  shift
  "$@"
)
for i in $(seq 1 20); do
  h=$(as_client 203.0.113.7 post "$BASE" /login "$work/guesser" "email=guess-$i-$RANDOM@example.org" "password=wrong password")
  [[ "$(header Location <<<"$h")" == *"/login?error" ]] || fail "failed login $i through the proxy: $(head -1 <<<"$h")"
done
for path in /login /%6cogin /l%6fgin; do
  h=$(FORM_PAGE=/login as_client 203.0.113.7 post "$BASE" "$path" "$work/guesser" "email=$EMAIL" "password=$PASSWORD")
  [ "$(status_of <<<"$h")" = 429 ] && [ -n "$(header Retry-After <<<"$h")" ] ||
    fail "$path from the locked-out client: $(head -1 <<<"$h")"
done
as_client 203.0.113.8 login "$BASE" "$work/neighbour" "$EMAIL" "$PASSWORD" >/dev/null
pass "20 failed logins lock out their client (/login, /%6cogin, /l%6fgin: 429), not its neighbour"

# Absolute links come from HIPFLEX_BASE_URL, whatever Host (and so X-Forwarded-Host) a client sends.
for host in evil.example 127.0.0.1:$PROXY_PORT; do
  ics=$("${CURL[@]}" -H "Host: $host" "$BASE/week.ics" | tr -d '\r')
  grep -qx "URL:$BASE/week" <<<"$ics" && ! grep -q evil.example <<<"$ics" ||
    fail "the calendar asked for with Host $host: $(grep '^URL:' <<<"$ics" | head -1)"
done
pass "the calendar's links are $BASE/week, also when asked for with Host: evil.example"

# Caching, while both run. A runner's pages are never taken from or put in the cache.
for path in / /guide /week /checklist /journal /account; do
  for i in 1 2; do
    h=$("${CURL[@]}" -b "$JAR_FILE" -o "$work/body" -D - "$BASE$path" | tr -d '\r')
    [ "$(status_of <<<"$h")" = 200 ] || fail "runner's $path: $(head -1 <<<"$h")"
    [ "$(header X-Cache-Status <<<"$h")" = BYPASS ] || fail "runner's $path: X-Cache-Status $(header X-Cache-Status <<<"$h")"
  done
  # The same address asked next by someone without a session shows nothing of the runner's.
  for i in 1 2; do
    h=$("${CURL[@]}" -o "$work/body" -D - "$BASE$path" | tr -d '\r')
    grep -q -e "$EMAIL" -e 'action="/logout"' "$work/body" && fail "anonymous $path shows the runner's page"
    [ "$(header X-Cache-Status <<<"$h")" != BYPASS ] || fail "anonymous $path bypassed the cache"
  done
done
pass "a runner's pages are never cached or shown to others (/, /guide, /week, /checklist, /journal, /account)"

# A runner's pages kept by one instance (account/RunnerPageCache) never hide a change made through the other: the
# version they were kept under is in the shared database. Straight to each instance, past the proxy.
for i in 1 2; do "${CURL[@]}" -b "$JAR_FILE" -o /dev/null "http://127.0.0.1:${APP_PORTS[0]}/journal"; done
other_id=$(log_session "http://127.0.0.1:${APP_PORTS[1]}" "$JAR_FILE" "$(date -d '-6 days' +%F)" "Logged on the other instance")
journal_lists "http://127.0.0.1:${APP_PORTS[0]}" "$JAR_FILE" "$other_id"
pass "a session logged through :${APP_PORTS[1]} is on /journal of :${APP_PORTS[0]} at once, which had the page kept"

# Anonymous content pages are cached when the app marks them public.
guide=/guide/running
h1=$("${CURL[@]}" -o /dev/null -D - "$BASE$guide" | tr -d '\r')
h2=$("${CURL[@]}" -o /dev/null -D - "$BASE$guide" | tr -d '\r')
cache_control=$(header Cache-Control <<<"$h1")
if [[ "$cache_control" == *public* ]]; then
  [ "$(header X-Cache-Status <<<"$h2")" = HIT ] || fail "$guide is public but the second request was $(header X-Cache-Status <<<"$h2")"
  etag=$(header ETag <<<"$h2")
  if [ -n "$etag" ]; then
    code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE$guide")
    [ "$code" = 304 ] || fail "conditional request with the ETag of $guide: $code"
  fi
  pass "$guide ($cache_control) is a cache HIT the second time"
else
  fail "$guide is a visitor's content page and must be public (Cache-Control: $cache_control)"
fi
# Conditional requests still work through the proxy (the app's Last-Modified on its stylesheet).
modified=$("${CURL[@]}" -o /dev/null -D - "$BASE/css/hipflex.css" | tr -d '\r' | header Last-Modified)
[ -n "$modified" ] || fail "no Last-Modified on /css/hipflex.css"
code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -H "If-Modified-Since: $modified" "$BASE/css/hipflex.css")
[ "$code" = 304 ] || fail "conditional request for /css/hipflex.css: $code"
pass "conditional requests answer 304 through the proxy"

# Stop the instance that served the login; the runner goes on without logging in again.
stop_started=$(date +%s)
app_stop "${PID_OF[$served_port]}"
pass "instance :$served_port stopped in $(($(date +%s) - stop_started)) s"
ids=()
for day in 1 2 3 4 5; do
  ids+=("$(log_session "$BASE" "$JAR_FILE" "$(date -d "-$day days" +%F)" "Logged after the stop, $day")")
done
journal_lists "$BASE" "$JAR_FILE" "${ids[@]}"
grep -q "Logged after the stop, 3" <(${CURL[@]} -b "$JAR_FILE" "$BASE/journal/${ids[2]}") || fail "session ${ids[2]} has lost its notes"
last=$("${CURL[@]}" -b "$JAR_FILE" -o /dev/null -D - "$BASE/journal" | tr -d '\r')
[ "$(status_of <<<"$last")" = 200 ] || fail "/journal after the stop: $(head -1 <<<"$last")"
[[ "$(header X-Upstream <<<"$last")" == *":$other_port" ]] || fail "served by $(header X-Upstream <<<"$last")"
errors=$(grep -c '" 50[0-9] ' "$NGINX_DIR/logs/access.log" || true)
[ "$errors" = 0 ] || fail "$errors request(s) answered 5xx through the proxy"
pass "still logged in through :$other_port: 5 sessions logged and listed, no 5xx"

echo "== multi-instance: all checks passed in $(($(date +%s) - started)) s =="
