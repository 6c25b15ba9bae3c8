#!/usr/bin/env bash
# One index however it was built: on N generated meetings (2,000 unless told) on the `file` profile with search by
# meaning on, the answers (total and first ten, scores included) of a clean import, then of a restart with the index
# folder deleted (built again from the database), then of a start after a first import killed with SIGKILL halfway,
# compared query by query. Every start uses a warm vectors file, so that halfway is the import's, not the model's.
# Usage: src/bench/one-index.sh [meetings] [seconds before the kill]   (apt-get install -y curl bc python3)
source "$(dirname "$0")/common.sh"
N=${1:-2000}
KILL_AFTER=${2:-}
PORT=${PORT:-8141}
export JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx512m -XX:+UseSerialGC}
need curl bc java python3
build
CORPUS="$WORK/corpus-$N"
[ -d "$CORPUS" ] || java "$ROOT/src/bench/GenerateCorpus.java" "$N" "$CORPUS" "$ROOT/seeds" >/dev/null
PID=
trap 'kill $PID 2>/dev/null || true' EXIT
load() { uptime | sed 's/.*load average: /load /'; }
STORE="--spring.profiles.active=file"
# words, a phrase, alternatives, a word left out, a theme, and readers' questions that meaning answers
QUERIES=("funders" "organisations" "trust" "\"psychological safety\"" "\"New Public Management\"" "trust OR funders"
  "council OR commissioners" "trust -funding" "partnership -funders" "leadership&theme=leadership"
  "small organisations" "psychological safety" "leaders who listen" "how do small charities get heard"
  "charities competing for grants" "what gets in the way of working together" "partnership working"
  "why do funders ask for so many reports" "sharing power with communities" "unlearning top-down habits")

# answers FILE: every query's total and first ten (meeting#anchor score) into FILE, one line a query
answers() {
  : >"$1"
  for query in "${QUERIES[@]}"; do
    q=$(python3 -c 'import sys, urllib.parse; w, _, rest = sys.argv[1].partition("&"); print(urllib.parse.quote_plus(w) + ("&" + rest if rest else ""))' "$query")
    curl -fs "http://127.0.0.1:$PORT/api/search?size=10&q=$q" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(sys.argv[1], "| total", r["total"], "|", " ".join("%s#%s %.6f" % (i["meetingSlug"], i["anchor"], i["score"]) for i in r["items"]))' "$query" >>"$1"
  done
}

# start DATA_DIR: the app on the corpus, until it has imported every meeting; sets PID and ELAPSED
start() {
  DATA_DIR=$1 APP_ARGS="$STORE --logging.level.org.abetterway.meetingnotes.search.SearchIndexStartup=INFO" \
    start_app "$PORT" "$CORPUS" "$N"
  PID=$APP_PID
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
# compare NAME FILE: how many queries answer as the clean import's
compare() {
  local differ
  differ=$(diff <(sort "$WORK/answers-clean.txt") <(sort "$2") | grep -c '^>' || true)
  echo "| $1 | $((${#QUERIES[@]} - differ)) of ${#QUERIES[@]} | ${ELAPSED} s | $(load) |"
  diff "$WORK/answers-clean.txt" "$2" | cut -c1-300 || true
}

CLEAN="$WORK/one-index-clean"
rm -rf "$CLEAN"
mkdir -p "$CLEAN"
# the vectors of the corpus, made once (the first clean import embeds them), kept for every later start
if [ -f "$WORK/one-index-vectors.bin" ]; then cp "$WORK/one-index-vectors.bin" "$CLEAN/vectors-bge-small-en-v1.5-q.bin"; fi
echo "| start | queries answered as the clean import's (total and first ten) | ready after | load |"
echo "|---|---|---|---|"
start "$CLEAN"
cp "$CLEAN"/vectors-*.bin "$WORK/one-index-vectors.bin"
answers "$WORK/answers-clean.txt"
echo "| clean import | (the reference) | ${ELAPSED} s | $(load) |"
CLEAN_SECONDS=$ELAPSED
stop

rm -rf "$CLEAN/index"
start "$CLEAN"
answers "$WORK/answers-rebuilt.txt"
compare "index folder deleted, built again from the database ($(grep -o 'for search in [0-9]* ms' "$WORK/app-$PORT.log"))" \
  "$WORK/answers-rebuilt.txt"
stop

KILLED="$WORK/one-index-killed"
rm -rf "$KILLED"
mkdir -p "$KILLED"
cp "$WORK/one-index-vectors.bin" "$KILLED/vectors-bge-small-en-v1.5-q.bin"
# halfway: half the clean import's time, unless told
HALF=${KILL_AFTER:-$(echo "$CLEAN_SECONDS / 2" | bc)}
$(launch) --server.port="$PORT" --notes.seeds-dir="$CORPUS" --notes.watch=false --notes.data-dir="$KILLED" \
  --logging.level.root=WARN $STORE >"$WORK/app-killed.log" 2>&1 &
PID=$!
sleep "$HALF"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=
stored=$(ls "$KILLED" | tr '\n' ' ')
start "$KILLED"
answers "$WORK/answers-killed.txt"
compare "first import killed after $HALF s (data folder then: $stored), started again" "$WORK/answers-killed.txt"
stop
