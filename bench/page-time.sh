#!/usr/bin/env bash
# bench/page-time.sh BASE_URL EMAIL PASSWORD PATH [REQUESTS]: logs in with curl, warms up with 5 requests,
# then prints the median and slowest time of REQUESTS (default 20) requests of a logged-in page.
set -euo pipefail
base=$1 email=$2 password=$3 path=$4 n=${5:-20}
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$path"); [ "$status" = 200 ] || { echo "HTTP $status"; exit 1; }
for i in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$base$path"; done
for i in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms, slowest %.1f ms (%d requests)\n", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR], NR }'
rm -f "$jar"
