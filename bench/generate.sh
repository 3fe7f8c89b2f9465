#!/usr/bin/env bash
# bench/generate.sh [APPLICATION ARGUMENTS]: fills a runner's journal with generated sessions for benchmarks
# (docs/performance.md, "Test data"), e.g.
#   bench/generate.sh --hipflex.data-dir=/tmp/hipflex-bench --server.port=0 \
#     --hipflex.generate.email=runner@example.org --hipflex.generate.password='a long benchmark passphrase' \
#     --hipflex.generate.sets=100000
#
# The generator (src/test/java/dev/hipflex/journal/JournalDataGenerator.java) is a tool, not part of the product,
# so the jar does not carry it: this script compiles that one file against the built application and runs it on
# the application's class path, with the application's own configuration.
#
# Settings (environment):
#   APP=      the application's jar as `java -Djarmode=tools -jar ... extract` leaves it (bench/run.sh passes its
#             own); default: target/hipflex-*.jar (./mvnw -B -o package -DskipTests), extracted to a temporary
#             folder
#   CLASSES=  where to keep the compiled generator (compiled again only when the source is newer); default: a
#             temporary folder
#   JAVA_OPTS= the JVM's arguments
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source=$root/src/test/java/dev/hipflex/journal/JournalDataGenerator.java
class=dev/hipflex/journal/JournalDataGenerator.class

temporary=$(mktemp -d /tmp/hipflex-generate.XXXXXX)
trap 'rm -rf "$temporary"' EXIT
app=${APP:-}
if [ -z "$app" ]; then
  built=$(ls "$root"/target/hipflex-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  [ -n "$built" ] || { echo "no target/hipflex-*.jar: run ./mvnw -B -o package -DskipTests first" >&2; exit 1; }
  java -Djarmode=tools -jar "$built" extract --destination "$temporary/app" >/dev/null
  app=$temporary/app/$(basename "$built")
fi
classes=${CLASSES:-$temporary/classes}
mkdir -p "$classes"
if [ ! "$classes/$class" -nt "$source" ]; then
  # The extracted jar names its libraries in its manifest (Class-Path), which javac and java both follow.
  javac -nowarn -proc:none -encoding UTF-8 -cp "$app" -d "$classes" "$source"
fi
read -ra options <<< "${JAVA_OPTS:-}"
java "${options[@]}" -cp "$classes:$app" dev.hipflex.journal.JournalDataGenerator "$@"
