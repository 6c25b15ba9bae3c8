#!/usr/bin/env bash
# The three embedding models shipped in Maven jars, alone and in pairs, on the three sets of judged queries, ranking
# the notes' key points by meaning alone, outside the app; and a query vector's time per model. The two models the
# app does not use are on this program's class path only (models/build.sh).
# Usage: src/bench/models.sh [notes folder]   (the seeds by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/notes-bench}
NOTES=${1:-$ROOT/seeds}
cd "$ROOT"
source src/bench/models/build.sh
echo "load before: $(uptime | sed 's/.*average: //')"
java -Xmx512m -DDJL_CACHE_DIR="$WORK/djl" -cp "$WORK/models-classes:$CLASSES" \
  org.abetterway.meetingnotes.search.ModelComparison "$NOTES" \
  first=src/test/resources/search/judged-queries.tsv \
  second=src/test/resources/search/second-judged-queries.tsv \
  third=src/test/resources/search/third-judged-queries.tsv
echo "load after: $(uptime | sed 's/.*average: //')"
