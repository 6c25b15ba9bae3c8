#!/usr/bin/env bash
# During the first import of 2,000 generated meetings, is any answer a 200 with part of the notes? Asks
# /api/meetings?size=1 from launch until the import has ended, and tallies what came back: no connection yet, 503
# (the notes are being loaded), 200 with every meeting, and 200 with fewer (the goal: none). Search by meaning is
# off unless APP_ARGS says otherwise. Usage: PORT=18098 COUNT=2000 src/bench/ready.sh
source "$(dirname "$0")/common.sh"
export JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC}
PORT=${PORT:-18098}
COUNT=${COUNT:-2000}
need curl bc java
build
rm -rf "$WORK/corpus-ready"
java "$ROOT/src/bench/GenerateCorpus.java" "$COUNT" "$WORK/corpus-ready" "$ROOT/seeds" >/dev/null
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already in use: stop whatever listens there first" >&2
  exit 1
fi
start=$(date +%s.%N)
$(launch) --server.port="$PORT" --notes.seeds-dir="$WORK/corpus-ready" --notes.watch=false \
  --notes.data-dir="$DATA_DIR" --notes.search.semantic=false --logging.level.root=WARN $APP_ARGS \
  >"$WORK/app-$PORT.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true' EXIT
refused=0 unavailable=0 whole=0 partial=0 other=0 first_answer="" ready=""
while [ -z "$ready" ]; do
  if ! answer=$(curl -s -w ' %{http_code}' "http://127.0.0.1:$PORT/api/meetings?size=1"); then
    refused=$((refused + 1))
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $WORK/app-$PORT.log" >&2; exit 1; }
    sleep 0.1
    continue
  fi
  [ -n "$first_answer" ] || first_answer=$(echo "$(date +%s.%N) - $start" | bc)
  case "${answer##* }" in
    503) unavailable=$((unavailable + 1)) ;;
    200) if grep -q "\"total\":$COUNT," <<<"$answer"; then
           whole=$((whole + 1)); ready=$(echo "$(date +%s.%N) - $start" | bc)
         else
           partial=$((partial + 1)); echo "partial: ${answer:0:80}"
         fi ;;
    *) other=$((other + 1)); echo "other: ${answer:0:80}" ;;
  esac
  sleep 0.05
done
readiness=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")
echo "$COUNT meetings: port answering after ${first_answer} s, whole site after ${ready} s (load $(uptime | sed 's/.*average: //'))"
echo "answers: no connection $refused, 503 $unavailable, 200 whole $whole, 200 partial $partial, other $other; readiness then $readiness"
