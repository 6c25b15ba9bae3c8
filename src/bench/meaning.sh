#!/usr/bin/env bash
# Search by meaning on beside off, in one run on the same machine state: a new search's p50/p99 at 2 connections on
# the seeds and on 2,000 generated meetings, start-up plus import of 2,000 meetings with the vectors cached (warm)
# and without (cold), and, with DISTINCT=N, a cold import of N meetings whose key points' texts all differ (15 each).
# Usage: [PARTS="seeds corpus"] [DISTINCT=N] [PORT=18094] src/bench/meaning.sh [seconds-per-wrk-run]   (apt-get install -y wrk curl bc)
# The apps listen on PORT (seeds), PORT+1 (2,000 meetings) and PORT+2 (DISTINCT).
# Every app writes its data folder under $WORK (/tmp/notes-bench), never into the repository.
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${1:-20}
need wrk curl bc java
build

# a new query every request: no query vector kept from an earlier one
VARIED="$ROOT/src/bench/new-query.lua"
# 2,000 meetings with search by meaning on run within -Xmx256m, but a new query's p99 is then 0.2-0.3 s of full
# collections; 31-36 ms with -Xmx256m -Xmn64m (as the README recommends), 29-31 ms with -Xmx288m; 512 MB leaves room
# for notes whose texts all differ
LARGE=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC}
PARTS=${PARTS:-seeds corpus}
PORT=${PORT:-18094}
SEEDS_PORT=$PORT
CORPUS_PORT=$((PORT + 1))
DISTINCT_PORT=$((PORT + 2))
OFF=--notes.search.semantic=false
# the import's report and the embedding's progress lines
INFO=--logging.level.org.abetterway.meetingnotes=INFO
PID=
trap 'kill $PID 2>/dev/null || true' EXIT
load() { uptime | sed 's/.*load average: /load /'; }
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
mode_args() { [ "$1" = off ] && echo "$OFF $INFO" || echo "$INFO"; }

if [[ " $PARTS " == *" seeds "* ]]; then
echo "## Seeds (6 meetings, 87 key points), $JAVA_OPTS"
echo "| meaning | start-up + import | /api/search new query, 2 connections: requests/s | p50 | p99 | errors | RSS after | load |"
echo "|---|---|---|---|---|---|---|---|"
for mode in off on; do
  rm -rf "$WORK/data-seeds"
  DATA_DIR="$WORK/data-seeds" APP_ARGS=$(mode_args $mode) start_app $SEEDS_PORT "$ROOT/seeds" 6
  PID=$APP_PID
  started=$ELAPSED
  wrk -t2 -c16 -d10s -s "$VARIED" "http://127.0.0.1:$SEEDS_PORT" >/dev/null
  row=$(wrk_run "x" "http://127.0.0.1:$SEEDS_PORT" 2 "$SECONDS_PER_RUN" "$VARIED" | cut -d'|' -f3-6)
  echo "| $mode | ${started} s |$row| $(rss_mb $PID) MB | $(load) |"
  stop
done
fi

if [[ " $PARTS " == *" corpus "* ]]; then
echo
echo "## 2,000 generated meetings (30,000 key points, 93 distinct bullets), $LARGE"
rm -rf "$WORK/corpus" "$WORK/data-corpus"
java "$ROOT/src/bench/GenerateCorpus.java" 2000 "$WORK/corpus" "$ROOT/seeds" >/dev/null
# cold: no vectors file yet
JAVA_OPTS=$LARGE DATA_DIR="$WORK/data-corpus" APP_ARGS=$INFO start_app $CORPUS_PORT "$WORK/corpus" 2000
PID=$APP_PID
echo "meaning on, cold (no vectors file): start-up + import ${ELAPSED} s ($(load)); vectors file $(stat -c %s "$WORK/data-corpus/"vectors-*.bin) bytes"
grep -E 'Search by meaning|Embedded|Imported notes' "$WORK/app-$CORPUS_PORT.log" | cut -c1-300 || true
stop
echo
echo "| meaning | start-up + import | /api/search new query, 2 connections: requests/s | p50 | p99 | errors | RSS after | load |"
echo "|---|---|---|---|---|---|---|---|"
for round in 1 2; do
  for mode in off on; do
    JAVA_OPTS=$LARGE DATA_DIR="$WORK/data-corpus" APP_ARGS=$(mode_args $mode) start_app $CORPUS_PORT "$WORK/corpus" 2000
    PID=$APP_PID
    started=$ELAPSED
    if [ "$round" = 1 ]; then
      # the recurring ideas are gathered after the import, on one core for about 10 s: measured once they are
      if [ "$mode" = on ]; then
        wait_for_ideas $CORPUS_PORT
      fi
      wrk -t2 -c16 -d10s -s "$VARIED" "http://127.0.0.1:$CORPUS_PORT" >/dev/null
      row=$(wrk_run "x" "http://127.0.0.1:$CORPUS_PORT" 2 "$SECONDS_PER_RUN" "$VARIED" | cut -d'|' -f3-6)
    else
      row=" - | - | - | - "
    fi
    echo "| $mode$([ $mode = on ] && echo ', warm') | ${started} s |$row| $(rss_mb $PID) MB | $(load) |"
    stop
  done
done
fi

if [ -n "${DISTINCT:-}" ]; then
  echo
  echo "## $DISTINCT generated meetings, every key point's text distinct ($((DISTINCT * 15)) to embed), cold, $LARGE"
  rm -rf "$WORK/corpus-distinct" "$WORK/data-distinct"
  java "$ROOT/src/bench/GenerateCorpus.java" "$DISTINCT" "$WORK/corpus-distinct" "$ROOT/seeds" distinct >/dev/null
  for mode in off on; do
    JAVA_OPTS=$LARGE READY_SECONDS=900 DATA_DIR="$WORK/data-distinct" APP_ARGS=$(mode_args $mode) \
      start_app $DISTINCT_PORT "$WORK/corpus-distinct" "$DISTINCT"
    PID=$APP_PID
    echo "meaning $mode$([ $mode = on ] && echo ', cold'): start-up + import ${ELAPSED} s ($(load)); RSS $(rss_mb $PID) MB"
    [ $mode = off ] || grep -E 'Search by meaning|Embedded|Imported notes' "$WORK/app-$DISTINCT_PORT.log" | cut -c1-300 || true
    stop
  done
  rm -rf "$WORK/corpus-distinct"
fi
