#!/usr/bin/env bash
# The recurring ideas' judged pairs of key points (src/bench/models/idea-pairs.tsv) scored by the three embedding models
# that ship in Maven jars, alone and summed, as the app's grouping scores pairs; then the grouping replayed on bge's
# scores with and without a shared theme required (src/bench/ideas-by-theme.py). Outside the app; about half a minute
# after the build.
# Usage: src/bench/idea-pairs.sh [notes folder]   (the seeds by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/notes-bench}
NOTES=${1:-$ROOT/seeds}
cd "$ROOT"
# the two models the app does not use are on this program's class path only, as in models.sh
source src/bench/models/build.sh
run() { java -Xmx512m -DDJL_CACHE_DIR="$WORK/djl" -cp "$WORK/models-classes:$CLASSES" "$@" | { grep -v ' \[main\] ' || true; }; }
echo "load before: $(uptime | sed 's/.*average: //')"
run -Dpairs.out="$WORK/idea-pairs-bge.tsv" org.abetterway.meetingnotes.search.IdeaPairs "$NOTES" \
  src/bench/models/idea-pairs.tsv
echo
python3 src/bench/ideas-by-theme.py "$WORK/idea-pairs-bge.tsv" src/bench/models/idea-pairs.tsv "$NOTES/themes.yml"
echo "load after: $(uptime | sed 's/.*average: //')"
