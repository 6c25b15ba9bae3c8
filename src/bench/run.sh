#!/usr/bin/env bash
# Measures start-up and import, memory, and throughput/latency of the app beside nginx serving the same meeting
# page as a static file. Usage: src/bench/run.sh [seconds-per-wrk-run]   (needs: apt-get install -y wrk nginx curl bc)
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${1:-20}
need wrk nginx curl bc java
build

MEETING=/meetings/joining-forces-imbalances-and-inequalities
echo "## Seeds (6 meetings, 87 key points)"
start_app 18091 "$ROOT/seeds" 6
seeds_start=$ELAPSED
SEEDS_PID=$APP_PID
echo "start-up + import: ${seeds_start} s; RSS $(rss_mb $SEEDS_PID) MB; heap used $(heap_used_mb $SEEDS_PID) MB"

# nginx serves the very bytes the app serves for the meeting page.
mkdir -p "$WORK/nginx/html/meetings" "$WORK/nginx/logs"
curl -fs "http://127.0.0.1:18091$MEETING" >"$WORK/nginx/html$MEETING.html"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 10000;
  types { text/html html; }
  server {
    listen 127.0.0.1:18090;
    root $WORK/nginx/html;
    location / { try_files \$uri.html =404; }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
trap 'kill $NGINX_PID $SEEDS_PID 2>/dev/null || true' EXIT
sleep 1
echo "meeting page: $(stat -c %s "$WORK/nginx/html$MEETING.html") bytes"

VARIED="$ROOT/src/bench/varied-search.lua"
# warm up the JIT and the page cache before measuring
wrk -t2 -c16 -d10s "http://127.0.0.1:18091$MEETING" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:18091/" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:18091/search?q=funders" >/dev/null
wrk -t2 -c16 -d10s -s "$VARIED" "http://127.0.0.1:18091" >/dev/null

echo
echo "| run (${SECONDS_PER_RUN} s each) | connections | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
wrk_run "nginx: meeting page as a static file | 16" "http://127.0.0.1:18090$MEETING" 16 "$SECONDS_PER_RUN"
wrk_run "app: the same meeting page | 16" "http://127.0.0.1:18091$MEETING" 16 "$SECONDS_PER_RUN"
wrk_run "app: / | 16" "http://127.0.0.1:18091/" 16 "$SECONDS_PER_RUN"
wrk_run "app: /search?q=funders (a repeated search) | 16" "http://127.0.0.1:18091/search?q=funders" 16 "$SECONDS_PER_RUN"
wrk_run "app: /api/search, a new query every request | 16" "http://127.0.0.1:18091" 16 "$SECONDS_PER_RUN" "$VARIED"
wrk_run "app: /api/search, a new query every request | 2" "http://127.0.0.1:18091" 2 "$SECONDS_PER_RUN" "$VARIED"
echo "RSS after the runs: $(rss_mb $SEEDS_PID) MB"
kill $SEEDS_PID
wait $SEEDS_PID 2>/dev/null || true

echo
echo "## Generated corpus (2,000 meetings, 30,000 key points)"
java "$ROOT/src/bench/GenerateCorpus.java" 2000 "$WORK/corpus" "$ROOT/seeds" >/dev/null
# thousands of meetings want a larger heap, as the README says
LARGE=${JAVA_OPTS_LARGE:--Xmx256m -XX:+UseSerialGC}
# the same start from the packaged jar, without the extracted layout and its class data sharing archive
JAVA_OPTS=$LARGE PLAIN=1 start_app 18092 "$WORK/corpus" 2000
echo "start-up + import from the packaged jar (java -jar, no archive): ${ELAPSED} s"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
JAVA_OPTS=$LARGE start_app 18092 "$WORK/corpus" 2000
big_start=$ELAPSED
BIG_PID=$APP_PID
trap 'kill $NGINX_PID $BIG_PID 2>/dev/null || true' EXIT
echo "start-up + import as recommended (extracted, with the archive): ${big_start} s; RSS $(rss_mb $BIG_PID) MB; heap used $(heap_used_mb $BIG_PID) MB"
wrk -t2 -c16 -d10s -s "$VARIED" "http://127.0.0.1:18092" >/dev/null
echo
echo "| run (${SECONDS_PER_RUN} s each) | connections | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
wrk_run "2,000: /api/search, a new query every request | 16" "http://127.0.0.1:18092" 16 "$SECONDS_PER_RUN" "$VARIED"
wrk_run "2,000: /api/search, a new query every request | 2" "http://127.0.0.1:18092" 2 "$SECONDS_PER_RUN" "$VARIED"
wrk_run "2,000: / | 16" "http://127.0.0.1:18092/" 16 "$SECONDS_PER_RUN"
BIG_MEETING=$(curl -fs "http://127.0.0.1:18092/api/meetings?size=1" | grep -o '"url":"/meetings/[^"]*"' | head -1 | cut -d'"' -f4)
wrk_run "2,000: a meeting page | 16" "http://127.0.0.1:18092$BIG_MEETING" 16 "$SECONDS_PER_RUN"
echo "RSS after the runs: $(rss_mb $BIG_PID) MB"
