#!/usr/bin/env bash
# Start-up of N generated meetings (2,000 unless told) on a persistent store: the first start, which imports them, then
# restarts with the notes unchanged, which import nothing and rebuild the search index from the database; beside a
# start on the in-memory default with the same vectors file, in one run. The store is the embedded database in a file
# of the data folder (--spring.profiles.active=file) and, with PG=1, PostgreSQL too: a throwaway server of Debian's
# PostgreSQL (apt-get install -y postgresql) on port $PG_PORT, run as the postgres user under $WORK.
# A run counts from launch until /actuator/health/readiness answers UP, which Spring Boot says once the application
# runners are done: the search index opened or built, and the notes imported. Usage: [PG=1] src/bench/restart.sh [meetings]
source "$(dirname "$0")/common.sh"
N=${1:-2000}
PORT=${PORT:-8132}
PG_PORT=${PG_PORT:-8139}
RESTARTS=${RESTARTS:-3}
# as the README recommends for thousands of meetings with search by meaning
export JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC}
need curl bc java
build
CORPUS="$WORK/corpus-$N"
[ -d "$CORPUS" ] || java "$ROOT/src/bench/GenerateCorpus.java" "$N" "$CORPUS" "$ROOT/seeds" >/dev/null
PID=
PG_DIR="$WORK/pg"
pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }
cleanup() {
  kill "$PID" 2>/dev/null || true
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then su postgres -c "$(pg_bin)/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null; fi
}
trap cleanup EXIT
load() { uptime | sed 's/.*load average: /load /'; }
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
imported() { curl -fs "http://127.0.0.1:$PORT/api/import-report" | grep -o '"imported":\[[^]]*\]' | grep -o '\.md"' | wc -l; }
indexed_ms() { grep -o 'for search in [0-9]* ms' "$WORK/app-$PORT.log" | grep -o '[0-9]*' || echo -; }
IN_MEMORY_INDEX=--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap
PROBES=--management.endpoint.health.probes.enabled=true
INFO=--logging.level.org.abetterway.meetingnotes.search.SearchIndexStartup=INFO

# measure NAME APP_ARGS: one start, counted until the app says it is ready, which it does once it has built or
# opened its search index and imported the notes; prints a row of the table. The first start sets HITS.
measure() {
  local name=$1 store=$2 found same
  APP_ARGS="$store $INFO $PROBES" start_app "$PORT" "$CORPUS" "$N"
  PID=$APP_PID
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.1; done
  ELAPSED=$(echo "$(date +%s.%N) - $STARTED_AT" | bc)
  found=$(search_total "$PORT" "%22psychological+safety%22")
  HITS=${HITS:-$found}
  [ "$found" = "$HITS" ] && same=yes || same="no: $found"
  echo "| $name | **${ELAPSED} s** | $(imported) | $(indexed_ms) | $found, $same | $(rss_mb "$PID") MB | $(load) |"
  stop
}

# run STORE_NAME STORE_ARGS: a first start on an empty store, then restarts
run() {
  local store=$1 args=$2
  measure "$store, first start (imports)" "$args"
  for n in $(seq 1 "$RESTARTS"); do
    measure "$store, restart $n (notes unchanged)" "$args"
  done
  [ -n "${3:-}" ] && measure "$store, restart with the index in memory, built from the database" "$args $IN_MEMORY_INDEX"
  return 0
}

echo "## $N meetings, $JAVA_OPTS, $(date -u +%Y-%m-%d)"
echo "| start | ready | files imported | ms to build the search index from the database | key points with \"psychological safety\", as many as after the first start? | RSS | load |"
echo "|---|---|---|---|---|---|---|"
export DATA_DIR="$WORK/restart-data"
rm -rf "$DATA_DIR"
# a yardstick for the busy machine: the seeds in memory, which start in about 6 s on a quiet one (README.md)
CORPUS="$ROOT/seeds" N=$(ls "$ROOT"/seeds/*.md | wc -l) HITS= measure "the seeds in memory, for scale" ""
HITS=
run "H2 file" "--spring.profiles.active=file" with-in-memory-index
measure "in memory (the default), vectors file warm" ""

if [ -n "${PG:-}" ]; then
  rm -rf "$PG_DIR" && mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"
  su postgres -c "$(pg_bin)/initdb -D $PG_DIR/data -U notes --auth=trust" >"$WORK/pg-init.log"
  su postgres -c "$(pg_bin)/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR' -l $PG_DIR/server.log -w start" >/dev/null
  su postgres -c "$(pg_bin)/createdb -h 127.0.0.1 -p $PG_PORT -U notes notes"
  run "PostgreSQL $(basename "$(dirname "$(pg_bin)")")" \
    "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/notes"
fi
