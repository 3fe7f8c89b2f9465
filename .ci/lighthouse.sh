#!/usr/bin/env bash
# Lighthouse 12 (npm) with Debian's Chromium on the pages search engines and link previews matter most for:
# the home page, a muscle page, an exercise page, a routine and the exercise library (issue 21). SEO must be
# 1.0 and performance, accessibility and best practices at least 0.95 on each (.ci/lighthouse/scores.js).
# Starts the packaged jar (the verify run's, or a fresh package) with bin/hipflex on a free port with an empty H2 database in
# a temp dir and its base URL set to that address, as a deployment's is to its own (canonical links then
# name the pages Lighthouse reads), and stops it on exit. Lighthouse is installed with `npm ci` from
# .ci/lighthouse/package-lock.json into target/lighthouse-tools; the reports are left in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/lib.sh

PAGES=(/ /guide/muscles/iliopsoas /exercises/glute-bridge /routines/hip-strength-a /exercises)
# Each page is read RUNS times and judged on each category's median (performance moves with the load).
RUNS=${RUNS:-3}

command -v node >/dev/null || fail "Node.js 18.20 or later is needed (apt-get install nodejs npm)"
[ -x /usr/bin/chromium ] || fail "Chromium is needed (apt-get install chromium)"

tools=target/lighthouse-tools
reports=target/lighthouse
mkdir -p "$tools" "$reports"
if ! cmp -s .ci/lighthouse/package-lock.json "$tools/package-lock.json" || [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  cp .ci/lighthouse/package.json .ci/lighthouse/package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

work=$(mktemp -d /tmp/hipflex-lighthouse.XXXXXX)
trap 'cleanup_all; rm -rf "$work"' EXIT
JAR=${HIPFLEX_LIGHTHOUSE_JAR:-$(app_jar)}
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
BASE=http://127.0.0.1:$PORT
app_start "$work/app.log" "$PORT" HIPFLEX_DATA_DIR="$work/data" HIPFLEX_BASE_URL="$BASE"
app_wait "$APP_PID" "$PORT" "$work/app.log"

echo "== Lighthouse $("$tools/node_modules/.bin/lighthouse" --version) on $JAR, $(date -u +%Y-%m-%d) =="
files=()
for page in "${PAGES[@]}"; do
  name=$(tr -c 'a-z0-9\n' '-' <<<"${page#/}"); name=${name:-home}
  for run in $(seq 1 "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$BASE$page" --quiet \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$reports/$name-$run.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      || fail "Lighthouse could not read $page"
    files+=("$reports/$name-$run.json")
  done
done
node .ci/lighthouse/scores.js "${files[@]}"
