# Shared by the benchmark scripts: build the app, start it on a notes folder, wait for its import, measure memory.
# shellcheck shell=bash
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/meeting-notes-1.0.0-SNAPSHOT.jar"
WORK=${BENCH_WORK:-/tmp/notes-bench}
# the app runs as the README recommends for production: the jar extracted, with a class data sharing archive
APP="$WORK/app/meeting-notes-1.0.0-SNAPSHOT.jar"
CDS="$WORK/app/app.jsa"
# a small heap with the serial collector keeps the app lean; PLAIN=1 measures the packaged jar without the archive
JAVA_OPTS=${JAVA_OPTS:--Xmx160m -XX:+UseSerialGC}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# what the app computes from the notes (the vectors of search by meaning) goes here, never into the repository
DATA_DIR=${DATA_DIR:-$WORK/data}
# extra arguments for every app started, e.g. APP_ARGS=--notes.search.semantic=false
APP_ARGS=${APP_ARGS:-}
mkdir -p "$WORK"

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y wrk nginx curl" >&2; exit 1; }
  done
}

# JAVA25=1 runs the app as the README recommends on Java 25: the same jar, extracted, with an ahead-of-time cache
# (classes loaded and linked, and method profiles) recorded by a training run, instead of the class data archive.
# Both use the beans the build worked out ahead of time (SPRING_AOT=false leaves them out, to compare).
SPRING_AOT="-Dspring.aot.enabled=${SPRING_AOT:-true}"
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
AOT="$WORK/app/app.aot"

build() {
  [ -f "$JAR" ] && [ -z "${REBUILD:-}" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  if [ ! -f "$APP" ] || [ "$JAR" -nt "$APP" ]; then
    rm -rf "$WORK/app"
    java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  fi
  # a training run that starts the app and stops once it is ready records the classes it loaded
  if [ -n "${JAVA25:-}" ] && [ ! -f "$AOT" ]; then
    rm -rf "$WORK/aot-data"
    "$JAVA25_HOME/bin/java" $JAVA_OPTS --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$AOT" \
      $SPRING_AOT -Dspring.context.exit=onRefresh -jar "$APP" --server.port=0 --notes.seeds-dir="$ROOT/seeds" \
      --notes.data-dir="$WORK/aot-data" --logging.level.root=WARN >"$WORK/aot-training.log" 2>&1
  fi
  if [ -z "${JAVA25:-}" ] && [ ! -f "$CDS" ]; then
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS" $SPRING_AOT -Dspring.context.exit=onRefresh -jar "$APP" \
      --server.port=0 --notes.seeds-dir="$ROOT/seeds" --notes.data-dir="$WORK/cds-data" --logging.level.root=WARN >"$WORK/cds-training.log" 2>&1
  fi
}

# As the README recommends, the app runs with the JIT's quick tier alone (C1) and gives the native memory it frees back
# to the system; C2=1 runs the full JIT instead, to compare (more requests a second once warm, a slower start and import,
# more memory).
LEAN="-XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000"
[ -n "${C2:-}" ] && LEAN=""

# the command that starts the app, without its arguments
launch() {
  if [ -n "${PLAIN:-}" ]; then
    echo "java $JAVA_OPTS $LEAN -jar $JAR"
  elif [ -n "${JAVA25:-}" ]; then
    echo "$JAVA25_HOME/bin/java $JAVA_OPTS $LEAN --enable-native-access=ALL-UNNAMED -XX:AOTCache=$AOT $SPRING_AOT -jar $APP"
  else
    echo "java $JAVA_OPTS $LEAN -XX:SharedArchiveFile=$CDS $SPRING_AOT -jar $APP"
  fi
}

# start_app PORT NOTES_DIR EXPECTED_MEETINGS: starts the jar, waits until the import is complete, and sets APP_PID,
# STARTED_AT (when it was launched) and ELAPSED, the seconds from launch to a fully imported, serving app.
start_app() {
  local port=$1 notes=$2 expected=$3 start
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use: stop whatever listens there first" >&2
    exit 1
  fi
  start=$(date +%s.%N)
  STARTED_AT=$start
  $(launch) --server.port="$port" --notes.seeds-dir="$notes" --notes.watch=false \
    --notes.data-dir="$DATA_DIR" --logging.level.root=WARN $APP_ARGS >"$WORK/app-$port.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 $((${READY_SECONDS:-300} * 10))); do
    if curl -fs "http://127.0.0.1:$port/api/meetings?size=1" 2>/dev/null | grep -q "\"total\":$expected,"; then
      ELAPSED=$(echo "$(date +%s.%N) - $start" | bc)
      return 0
    fi
    sleep 0.1
  done
  echo "the app did not import $expected meetings in ${READY_SECONDS:-300} s; see $WORK/app-$port.log" >&2
  kill "$APP_PID"
  return 1
}

# wait_for_ideas PORT: waits (at most 120 s) until the app on PORT has gathered its recurring ideas, which it does after
# an import on one core for seconds; needs the idea module's INFO log, which says "Gathered N ideas"
wait_for_ideas() {
  for _ in $(seq 1 1200); do grep -q 'Gathered .* ideas' "$WORK/app-$1.log" && return 0; sleep 0.1; done
}

# search_total PORT WORDS: how many key points the search finds
search_total() {
  curl -fs "http://127.0.0.1:$1/api/search?q=$2&size=1" 2>/dev/null | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2
}

rss_mb() {
  awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# the heap in use: the young and old generations of the serial collector added, or a single heap's figure
heap_used_mb() {
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/generation|heap  / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); sum += v } } END { printf "%.0f", sum / 1024 }'
}

# wrk_run NAME URL CONNECTIONS SECONDS [SCRIPT]: one wrk run; prints "NAME | req/s | p50 | p99 | errors".
wrk_run() {
  local name=$1 url=$2 connections=$3 seconds=$4 script=${5:-} out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency ${script:+-s "$script"} "$url")
  echo "$out" >"$WORK/wrk-$(echo "$name" | tr -c 'a-zA-Z0-9' '_').txt"
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ { print }' | tr '\n' ' ')
  echo "| $name | $rps | $p50 | $p99 | ${errors:-0} |"
}
