#!/usr/bin/env bash
# Drives the running app for 60 s at 64 connections over a mix of pages and searches (src/bench/mix.lua) and
# reports requests, errors and memory before and after. Usage: src/bench/load.sh [seconds] [connections]
source "$(dirname "$0")/common.sh"
need wrk curl bc java
build
DURATION=${1:-60}
CONNECTIONS=${2:-64}
start_app 18093 "$ROOT/seeds" 6
elapsed=$ELAPSED
trap 'kill $APP_PID 2>/dev/null || true' EXIT
echo "started and imported in ${elapsed} s"
# a long-running server has compiled its hot code; give the JIT the same start before measuring
wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/src/bench/mix.lua" "http://127.0.0.1:18093" >/dev/null
echo "before: RSS $(rss_mb $APP_PID) MB, heap used $(heap_used_mb $APP_PID) MB"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/src/bench/mix.lua" "http://127.0.0.1:18093" | tee "$WORK/load.txt"
echo "after: RSS $(rss_mb $APP_PID) MB, heap used $(heap_used_mb $APP_PID) MB"
if grep -qE 'Non-2xx|Socket errors' "$WORK/load.txt"; then
  echo "ERRORS: see above"
  exit 1
fi
echo "errors: 0"
