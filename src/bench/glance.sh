#!/usr/bin/env bash
# The pages that show the notes at a glance, and the feeds to follow them, on 2,000 generated meetings: the size of
# the theme map, the time of a first (uncached) rendering, and wrk throughput beside the home page in the same run.
# Usage: src/bench/glance.sh [seconds-per-wrk-run]   (needs: apt-get install -y wrk curl bc)
source "$(dirname "$0")/common.sh"
SECONDS_PER_RUN=${1:-10}
PORT=${PORT:-18093}
need wrk curl bc java
build

java "$ROOT/src/bench/GenerateCorpus.java" 2000 "$WORK/corpus" "$ROOT/seeds" >/dev/null
# A generated speaker spoke at hundreds of meetings, whose thousands of key points their page lists: it takes seconds
# to render, so it is timed once here and not loaded, lest its backlog slow the runs after it.
# the map and the feeds do not depend on search by meaning, which only slows the import down here
JAVA_OPTS=${JAVA_OPTS_LARGE:--Xmx256m -XX:+UseSerialGC} APP_ARGS="--notes.search.semantic=false $APP_ARGS" \
  start_app "$PORT" "$WORK/corpus" 2000
trap 'kill $APP_PID 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
MEETINGS=$(curl -fs "$BASE/api/meetings?size=5&page=7" | grep -o '"url":"/meetings/[^"]*"' | cut -d'"' -f4)
SPEAKER=$(curl -fs "$BASE/api/speakers" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)

# curl_ms PATH: the milliseconds of one request
curl_ms() {
  curl -fs -o /dev/null -w '%{time_total}' "$BASE$1" | awk '{ printf "%.0f", $1 * 1000 }'
}

echo "## 2,000 meetings (30,000 key points), started in ${ELAPSED} s"
echo
# timed before anything else asks for them: a page is cached from the second time it is asked for
echo "first renderings, ms (nothing cached yet): /themes $(curl_ms /themes), again $(curl_ms /themes);" \
  "/speakers/$SPEAKER $(curl_ms "/speakers/$SPEAKER");" \
  "/themes/leadership/feed.atom $(curl_ms /themes/leadership/feed.atom);" \
  "/speakers/$SPEAKER/feed.atom $(curl_ms "/speakers/$SPEAKER/feed.atom");" \
  "/search/feed.atom?q=funders $(curl_ms '/search/feed.atom?q=funders')"
echo -n "first renderings of five meeting pages (each with previous and next among 2,000 of one series), ms:"
for meeting in $MEETINGS; do echo -n " $(curl_ms "$meeting")"; done
echo
echo "/themes: $(curl -fs "$BASE/themes" | wc -c) bytes, $(curl -fs --compressed -o /dev/null -w '%{size_download}' "$BASE/themes") gzipped"

# warm up the JIT before measuring
wrk -t2 -c8 -d5s "$BASE/themes" >/dev/null
wrk -t2 -c8 -d5s "$BASE/" >/dev/null
wrk -t2 -c8 -d5s "$BASE/themes/leadership/feed.atom" >/dev/null
echo
echo "| run (${SECONDS_PER_RUN} s each) | connections | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
wrk_run "/ (home page) | 8" "$BASE/" 8 "$SECONDS_PER_RUN"
wrk_run "/themes (the map, 50 of 2,000 meetings) | 8" "$BASE/themes" 8 "$SECONDS_PER_RUN"
wrk_run "/themes/leadership/feed.atom | 8" "$BASE/themes/leadership/feed.atom" 8 "$SECONDS_PER_RUN"
wrk_run "/search/feed.atom?q=funders | 8" "$BASE/search/feed.atom?q=funders" 8 "$SECONDS_PER_RUN"
echo "RSS after the runs: $(rss_mb $APP_PID) MB; heap used $(heap_used_mb $APP_PID) MB"
