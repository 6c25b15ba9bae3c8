#!/usr/bin/env bash
# Drives the running app for 60 s at 64 connections over a mix of pages and searches (src/bench/mix.lua) and
# reports requests, errors and memory before and after. Usage: src/bench/load.sh [seconds] [connections]
# MEETINGS=2000 serves that many generated meetings instead of the seeds, as the README recommends for a corpus of
# thousands (the `file` profile; -Xmx512m with search by meaning, room for notes whose texts all differ), once the
# recurring ideas are gathered, and says which arrays hold the memory afterwards (the vectors are float[]).
source "$(dirname "$0")/common.sh"
need wrk curl bc java
build
DURATION=${1:-60}
CONNECTIONS=${2:-64}
MEETINGS=${MEETINGS:-}
if [ -z "$MEETINGS" ]; then
  start_app 18093 "$ROOT/seeds" 6
else
  CORPUS="$WORK/corpus-$MEETINGS"
  [ -d "$CORPUS" ] || java "$ROOT/src/bench/GenerateCorpus.java" "$MEETINGS" "$CORPUS" "$ROOT/seeds" >/dev/null
  JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC} \
    APP_ARGS="--spring.profiles.active=file --logging.level.org.abetterway.meetingnotes.idea=INFO $APP_ARGS" \
    start_app 18093 "$CORPUS" "$MEETINGS"
fi
elapsed=$ELAPSED
trap 'kill $APP_PID 2>/dev/null || true' EXIT
echo "started and imported in ${elapsed} s; $(uptime)"
if [ -n "$MEETINGS" ]; then
  if [[ "$APP_ARGS" != *semantic=false* ]]; then
    wait_for_ideas 18093
  fi
  grep -o 'Gathered .* ms' "$WORK/app-18093.log" || true
  # the mix's pages of the seeds are those of the generated meetings here
  MEETING=$(curl -fs "http://127.0.0.1:18093/api/meetings?size=3&page=5" | grep -o '"url":"/meetings/[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')
  export MIX_PATHS="/ /themes /speakers /key-points?theme=funding-and-commissioning&theme=health-and-care $MEETING
    /themes/trust-and-relationships /themes/leadership?page=3 /speakers/steve-wyler /speakers/sally-young?page=4
    /feed.atom /sitemap.xml /api/meetings /api/key-points?theme=leadership /api/themes /api/speakers /search?q=funders
    /search?q=psychological+safety /search?q=%22New+Public+Management%22
    /api/search?q=commissioners&theme=funding-and-commissioning /search?q=colaboration /ideas"
fi
# a long-running server has compiled its hot code; give the JIT the same start before measuring
wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/src/bench/mix.lua" "http://127.0.0.1:18093" >/dev/null
echo "before: RSS $(rss_mb $APP_PID) MB, heap used $(heap_used_mb $APP_PID) MB"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/src/bench/mix.lua" "http://127.0.0.1:18093" | tee "$WORK/load.txt"
echo "after: RSS $(rss_mb $APP_PID) MB, heap used $(heap_used_mb $APP_PID) MB; $(uptime)"
if [ -n "$MEETINGS" ]; then
  echo "the largest kinds of object on the heap (a full collection first), in MB:"
  jcmd "$APP_PID" GC.class_histogram >"$WORK/histogram.txt" 2>&1 || true
  awk 'NR > 1 && NR < 16 && $1 ~ /^[0-9]+:$/ { printf "  %-60s %8d objects %7.1f MB\n", $4, $2, $3 / 1048576 }' "$WORK/histogram.txt"
  echo "after the histogram's full collection: RSS $(rss_mb $APP_PID) MB, heap used $(heap_used_mb $APP_PID) MB"
  jcmd "$APP_PID" VM.native_memory summary 2>/dev/null | grep -E '^(Total|-  *(Java Heap|Class|Thread|Code|GC|Internal|Other|Symbol|Arena|Metaspace))' || true
fi
if grep -qE 'Non-2xx|Socket errors' "$WORK/load.txt"; then
  echo "ERRORS: see above"
  exit 1
fi
echo "errors: 0"
