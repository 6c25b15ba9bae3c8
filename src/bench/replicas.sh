#!/usr/bin/env bash
# Two shared-nothing instances behind nginx: each imports the same notes folder (the seeds) into its own embedded
# database kept in its own data folder (--spring.profiles.active=file). Under wrk load over the reader's mix, one of
# them is restarted a quarter of the way into the run: a graceful shutdown (--server.shutdown=graceful), then a start.
# nginx passes a request that fails to connect, is cut off, or gets a 502/503/504 to the other instance
# (proxy_next_upstream). Beside it, in the same run: the same load on one instance behind the same nginx, and on two
# without a restart. Reports requests, answers by status, socket errors and requests/s, then whether both instances
# give the same ETag and Last-Modified.
# Usage: src/bench/replicas.sh [seconds-per-run] [connections]   (installs nginx and wrk with apt-get if missing)
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${1:-40}
CONNECTIONS=${2:-32}
A=${PORT_A:-8132}
B=${PORT_B:-8133}
SINGLE=${PORT_SINGLE:-8138}
BOTH=${PORT_NGINX:-8140}
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  apt-get install -y nginx wrk >/dev/null
fi
need nginx wrk curl bc java
build
STATUSES="$ROOT/src/bench/statuses.lua"
GRACEFUL="--spring.profiles.active=file --server.shutdown=graceful --spring.lifecycle.timeout-per-shutdown-phase=20s"
A_PID= B_PID= NGINX_PID=
trap 'kill $A_PID $B_PID $NGINX_PID 2>/dev/null || true' EXIT
load() { uptime | sed 's/.*load average: /load /'; }

start_replica() {
  local port=$1
  DATA_DIR="$WORK/replica-$port" APP_ARGS="$GRACEFUL" start_app "$port" "$ROOT/seeds" "$(ls "$ROOT"/seeds/*.md | wc -l)"
}
rm -rf "$WORK"/replica-*
start_replica "$A"; A_PID=$APP_PID
start_replica "$B"; B_PID=$APP_PID

mkdir -p "$WORK/nginx-replicas/logs"
proxy='proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $http_host;
      proxy_next_upstream error timeout http_502 http_503 http_504; proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s; proxy_read_timeout 10s;'
cat >"$WORK/nginx-replicas/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx-replicas/nginx.pid;
error_log $WORK/nginx-replicas/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 10000;
  upstream replicas {
    server 127.0.0.1:$A max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$B max_fails=1 fail_timeout=2s;
    keepalive 32;
  }
  upstream single {
    server 127.0.0.1:$A;
    keepalive 32;
  }
  server { listen 127.0.0.1:$BOTH; location / { proxy_pass http://replicas; $proxy } }
  server { listen 127.0.0.1:$SINGLE; location / { proxy_pass http://single; $proxy } }
}
CONF
nginx -c "$WORK/nginx-replicas/nginx.conf" -p "$WORK/nginx-replicas" &
NGINX_PID=$!
sleep 1

# row NAME WRK_OUTPUT_FILE: one line of the table from a wrk run with statuses.lua
row() {
  local out=$2 requests rps statuses sockets bad
  requests=$(awk '/requests in/ { print $1 }' "$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' "$out")
  statuses=$(grep '^statuses:' "$out" | cut -d' ' -f2- || true)
  sockets=$(grep 'Socket errors' "$out" | sed 's/^ *Socket errors: //' || true)
  bad=$(echo "$statuses" | tr ' ' '\n' | awk -F= '$1 < 200 || $1 >= 400 { n += $2 } END { print n + 0 }')
  echo "| $1 | $requests | $statuses | $bad | ${sockets:-none} | $rps | $(load) |"
}

# warm both instances and nginx before measuring
wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/src/bench/mix.lua" "http://127.0.0.1:$BOTH" >/dev/null

echo "## $SECONDS_PER_RUN s at $CONNECTIONS connections over the reader's mix, $JAVA_OPTS, $(date -u +%Y-%m-%d)"
echo "| run | requests | answers by status | not 2xx/3xx | socket errors | requests/s | load |"
echo "|---|---|---|---|---|---|---|"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$STATUSES" "http://127.0.0.1:$SINGLE" >"$WORK/wrk-single.txt"
row "one instance behind nginx" "$WORK/wrk-single.txt"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$STATUSES" "http://127.0.0.1:$BOTH" >"$WORK/wrk-both.txt"
row "two instances behind nginx" "$WORK/wrk-both.txt"

wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$STATUSES" "http://127.0.0.1:$BOTH" >"$WORK/wrk-restart.txt" &
WRK_PID=$!
sleep $((SECONDS_PER_RUN / 4))
stopping=$(date +%s.%N)
kill -TERM "$B_PID"
wait "$B_PID" 2>/dev/null || true
stopped=$(echo "$(date +%s.%N) - $stopping" | bc)
cp "$WORK/app-$B.log" "$WORK/app-$B-before-restart.log"
start_replica "$B"; B_PID=$APP_PID
back=$(echo "$(date +%s.%N) - $stopping" | bc)
wait "$WRK_PID"
row "two instances behind nginx, one restarted during the run" "$WORK/wrk-restart.txt"
echo
echo "The restarted instance stopped in ${stopped} s and served all its meetings again ${back} s after it was told to stop."

echo
echo "| path | same ETag on both | same Last-Modified on both |"
echo "|---|---|---|"
meeting=$(curl -fs "http://127.0.0.1:$A/api/meetings?size=1" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4)
# each asked as the load balancer asks it, for the same public address: the pages hold absolute links to it
for path in / "$meeting" /api/meetings /feed.atom; do
  header() { curl -fs -D - -o /dev/null -H "Host: 127.0.0.1:$BOTH" "http://127.0.0.1:$1$path" | tr -d '\r' | awk -v h="$2" 'tolower($1) == tolower(h) ":" { $1 = ""; print substr($0, 2) }'; }
  same() { [ "$(header "$A" "$1")" = "$(header "$B" "$1")" ] && [ -n "$(header "$A" "$1")" ] && echo yes || echo "no: $(header "$A" "$1") / $(header "$B" "$1")"; }
  echo "| $path | $(same ETag) | $(same Last-Modified) |"
done
