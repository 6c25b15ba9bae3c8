#!/usr/bin/env bash
# The first rendering of every page type on 2,000 generated meetings, on the `file` profile: bytes and milliseconds
# of each address asked for the first time (nothing cached) and once more (rendered again: the page cache keeps a
# page only from its second request), beside the goals of 300 ms and 500 KB. Search by meaning is on unless SEMANTIC=false;
# the rows are measured once the recurring ideas are gathered, which takes both cores for seconds after an import.
# Usage: src/bench/first-render.sh   (needs: apt-get install -y curl bc; PORT=, MEETINGS=, BENCH_WORK= as elsewhere)
source "$(dirname "$0")/common.sh"
PORT=${PORT:-8093}
MEETINGS=${MEETINGS:-2000}
need curl bc java
build

CORPUS="$WORK/corpus-$MEETINGS"
[ -d "$CORPUS" ] || java "$ROOT/src/bench/GenerateCorpus.java" "$MEETINGS" "$CORPUS" "$ROOT/seeds" >/dev/null
# a fresh database in a file each run, so that a schema or an import from another revision is not reused; only the
# vectors file is kept, so that the model does not embed the same texts again every run
DATA_DIR="$WORK/first-render-data"
mv "$DATA_DIR"/vectors-*.bin "$WORK/" 2>/dev/null || true
rm -rf "$DATA_DIR"
mkdir -p "$DATA_DIR"
mv "$WORK"/vectors-*.bin "$DATA_DIR/" 2>/dev/null || true
SEMANTIC=${SEMANTIC:-true}
# the heaps the README recommends for 2,000 meetings: 256 MB with 64 MB for new objects with search by meaning, 256 MB
# by words alone
[ "$SEMANTIC" = true ] && LARGE="-Xmx256m -Xmn64m -XX:+UseSerialGC" || LARGE="-Xmx256m -XX:+UseSerialGC"
JAVA_OPTS=${JAVA_OPTS_LARGE:-$LARGE} \
  APP_ARGS="--spring.profiles.active=file --notes.search.semantic=$SEMANTIC --logging.level.org.abetterway.meetingnotes.idea=INFO $APP_ARGS" \
  start_app "$PORT" "$CORPUS" "$MEETINGS"
trap 'kill $APP_PID 2>/dev/null || true' EXIT
if [ "$SEMANTIC" = true ]; then
  wait_for_ideas $PORT
fi
BASE=http://127.0.0.1:$PORT
# what the script reads to find its addresses goes through another host name, so that it is not cached for the rows
SETUP=http://localhost:$PORT

# the speaker of the most meetings, from the API's list of everyone and their meetings
BUSIEST=$(curl -fs "$SETUP/api/speakers" | python3 -c '
import json, sys
print(max(json.load(sys.stdin), key=lambda s: len(s["meetings"]))["slug"])')
BUSIEST_COUNT=$(curl -fs "$SETUP/api/speakers" | python3 -c '
import json, sys
print(max(len(s["meetings"]) for s in json.load(sys.stdin)))')
MEETING=$(curl -fs "$SETUP/api/meetings?size=1&page=3" | grep -o '"url":"/meetings/[^"]*"' | head -1 | cut -d'"' -f4)
THEMES=$(curl -fs "$SETUP/api/themes" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4)

# a speaker page that is not measured: the last page of the speaker of the fewest meetings (their oldest), and how many
# of its meetings the busiest speaker's first page shows too (whose rows H2 then has in its cache already)
read -r OTHER OTHER_PAGE OVERLAP < <(curl -fs "$SETUP/api/speakers" | python3 -c '
import json, sys
speakers = json.load(sys.stdin)
busiest = max(speakers, key=lambda s: len(s["meetings"]))
other = min(speakers, key=lambda s: len(s["meetings"]))
last = (len(other["meetings"]) - 1) // 20
print(other["slug"], last, len(set(busiest["meetings"][:20]) & set(other["meetings"][last * 20:])))')
# the JIT warmed on addresses that are not measured, so that the figures are of a running site, not of a cold JVM;
# not on a meeting page, whose first rendering after an import is measured with whatever it reads once per import.
# A running site has rendered speaker pages before, so one is among them (WARM_SPEAKER=false leaves it out, as the
# script did until 2026-12-03): without it the busiest speaker's row measured the first use of the speaker template
# and of the code that renders 300 key points, not a running site
WARM="/?page=5 /themes?page=3 /key-points?page=7 /themes/leadership?page=2 /speakers /api/meetings?page=9"
WARM="$WARM /search?q=trust /feed.atom /import-report"
[ "${WARM_SPEAKER:-true}" = true ] && WARM="$WARM /speakers/$OTHER?page=$OTHER_PAGE"
for warm in $WARM; do
  curl -s -o /dev/null -H 'Accept: text/html' "$BASE$warm"
done
# the JIT compiles what the warm-up made hot for seconds after it, on a busy machine most of all: the rows start once
# the app has used less than a tenth of a core for a second (at most 30 s), so that they do not pay for that compilation
app_cpu_ms() { awk '{ print ($14 + $15) * 10 }' "/proc/$APP_PID/stat"; }
IDLE_WAIT=0
for _ in $(seq 1 30); do
  cpu=$(app_cpu_ms); sleep 1
  [ $(($(app_cpu_ms) - cpu)) -lt 100 ] && break
  IDLE_WAIT=$((IDLE_WAIT + 1))
done

# row NAME PATH: bytes, status and the milliseconds of the first and second rendering
row() {
  local name=$1 path=$2 first second
  first=$(curl -s -o "$WORK/answer" -H 'Accept: text/html,application/xhtml+xml,*/*' -w '%{http_code} %{time_total}' "$BASE$path")
  second=$(curl -s -o /dev/null -H 'Accept: text/html,application/xhtml+xml,*/*' -w '%{time_total}' "$BASE$path")
  local bytes status ms1 ms2
  bytes=$(stat -c %s "$WORK/answer")
  status=${first% *}
  ms1=$(echo "${first#* }" | awk '{ printf "%.0f", $1 * 1000 }')
  ms2=$(echo "$second" | awk '{ printf "%.0f", $1 * 1000 }')
  echo "| $name | \`$path\` | $status | $bytes | $ms1 | $ms2 |"
}

echo "## $MEETINGS meetings, file profile, started and imported in ${ELAPSED} s; busiest speaker: $BUSIEST ($BUSIEST_COUNT meetings)"
echo "$(java -version 2>&1 | head -1); search by meaning: $SEMANTIC; $(grep -o 'Gathered .* ms' "$WORK/app-$PORT.log" || true)"
[ "${WARM_SPEAKER:-true}" = true ] &&
  echo "warmed on /speakers/$OTHER?page=$OTHER_PAGE, $OVERLAP of whose meetings the busiest speaker's first page shows"
echo "rows started after the app had been busy for $IDLE_WAIT s after the warm-up"
echo "before: $(uptime)"
echo
echo "| page type | address | status | bytes | first ms | second ms |"
echo "|---|---|---|---|---|---|"
row "home" "/"
row "meeting" "$MEETING"
row "key points" "/key-points"
row "theme map" "/themes"
for theme in $THEMES; do row "theme" "/themes/$theme"; done
row "speakers" "/speakers"
row "busiest speaker" "/speakers/$BUSIEST"
row "search" "/search?q=funders"
row "feed" "/feed.atom"
row "theme feed" "/themes/leadership/feed.atom"
row "speaker feed" "/speakers/$BUSIEST/feed.atom"
row "search feed" "/search/feed.atom?q=funders"
row "import report" "/import-report"
row "API meetings" "/api/meetings"
row "API key points" "/api/key-points"
row "API themes" "/api/themes"
row "API speakers" "/api/speakers"
row "API search" "/api/search?q=funders"
row "API import report" "/api/import-report"
row "sitemap (size excepted)" "/sitemap.xml"
echo
echo "after: $(uptime)"
echo "RSS $(rss_mb $APP_PID) MB"
