#!/usr/bin/env bash
# Runs the tests tagged date-sensitive (dev.hipflex.DateSensitive) with the application's clock started at
# awkward instants (hipflex.clock.start, a running clock) and the JVM in that instant's time zone (TZ).
# The instants are the lines of .ci/awkward-instants.
#
#   .ci/dates.sh                          every instant of the list, one after another
#   .ci/dates.sh 6                        the list's sixth instant
#   .ci/dates.sh 2027-10-31T00:50:00Z Europe/London      any instant and zone
#   .ci/dates.sh 6 -- -Dtest=LoginThrottleTest           Maven arguments after --
#   .ci/dates.sh --today                  prints the instant chosen for today's whole-suite run (.ci/run):
#                                         "INSTANT ZONE what": day of the year modulo the list's length, 0 the first line
#
# Maven's own options go in MAVEN_ARGS as usual (e.g. MAVEN_ARGS=-o to stay offline). It compiles first, then
# runs surefire alone at each instant; it goes through every instant and fails at the end if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

list=.ci/awkward-instants
mapfile -t instants < <(grep -v -e '^#' -e '^[[:space:]]*$' "$list")

if [ "${1:-}" = "--today" ]; then
  day=$(date -u +%j)
  echo "${instants[$(( 10#$day % ${#instants[@]} ))]}"
  exit 0
fi

chosen=()
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  if [[ "$1" =~ ^[0-9]+$ ]]; then
    [ "$1" -ge 1 ] && [ "$1" -le ${#instants[@]} ] || { echo "$list has ${#instants[@]} instants, not a number $1" >&2; exit 2; }
    chosen=("${instants[$(( $1 - 1 ))]}")
    shift
  else
    [ $# -ge 2 ] && [ "$2" != "--" ] || { echo "usage: $0 [N | INSTANT ZONE] [-- maven arguments]" >&2; exit 2; }
    chosen=("$1 $2 given on the command line")
    shift 2
  fi
else
  chosen=("${instants[@]}")
fi
[ "${1:-}" != "--" ] || shift

./mvnw -B -ntp -q test-compile

failed=()
overall=$SECONDS
for line in "${chosen[@]}"; do
  read -r start zone what <<<"$line"
  echo "== Date-sensitive tests, the clock started at $start in $zone: $what =="
  began=$SECONDS
  if HIPFLEX_CLOCK_START="$start" TZ="$zone" ./mvnw -B -ntp surefire:test -Dgroups=date-sensitive "$@"; then
    echo "== passed at $start $zone in $(( SECONDS - began )) s =="
  else
    echo "== FAILED at $start $zone in $(( SECONDS - began )) s =="
    failed+=("$start $zone")
  fi
done
echo "== ${#chosen[@]} instant(s) in $(( SECONDS - overall )) s; ${#failed[@]} failed =="
for instant in "${failed[@]}"; do
  echo "   failed: $instant"
done
[ ${#failed[@]} -eq 0 ]
