#!/usr/bin/env bash
# Cold embedding throughput: N distinct generated key points embedded as an import does, on every core, outside
# the app (no database, no search index). Usage: src/bench/embed-speed.sh [N]   (N defaults to 3,000)
source "$(dirname "$0")/common.sh"
COUNT=${1:-3000}
need java
build
MEETINGS=$(((COUNT + 14) / 15))
rm -rf "$WORK/corpus-embed" "$WORK/embed-classes"
java "$ROOT/src/bench/GenerateCorpus.java" "$MEETINGS" "$WORK/corpus-embed" "$ROOT/seeds" distinct >/dev/null
CLASSES="$APP:$WORK/app/lib/*"
javac -d "$WORK/embed-classes" -cp "$CLASSES" "$ROOT/src/bench/EmbedSpeed.java"
echo "load before: $(uptime | sed 's/.*average: //')"
java $JAVA_OPTS -cp "$WORK/embed-classes:$CLASSES" org.abetterway.meetingnotes.search.EmbedSpeed "$COUNT" \
  "$WORK/corpus-embed"
echo "load after: $(uptime | sed 's/.*average: //')"
