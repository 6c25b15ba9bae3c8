#!/usr/bin/env bash
# Start-up plus import of 2,000 generated meetings with the vectors already cached (warm), search by meaning off
# beside on, twice each, after one cold run that fills the vectors file. Usage: src/bench/import-warm.sh
source "$(dirname "$0")/common.sh"
export JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC}
need curl bc java
build
rm -rf "$WORK/corpus" "$WORK/data-warm"
java "$ROOT/src/bench/GenerateCorpus.java" 2000 "$WORK/corpus" "$ROOT/seeds" >/dev/null
DATA_DIR="$WORK/data-warm" start_app 18097 "$WORK/corpus" 2000
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
for mode in off on off on; do
  args=""; [ "$mode" = off ] && args=--notes.search.semantic=false
  DATA_DIR="$WORK/data-warm" APP_ARGS="$args" start_app 18097 "$WORK/corpus" 2000
  echo "meaning $mode: start-up + import ${ELAPSED} s (load $(uptime | sed 's/.*average: //'))"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
