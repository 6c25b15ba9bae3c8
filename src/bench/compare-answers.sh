#!/usr/bin/env bash
# Proves that a refactoring changed no page or API answer.
#
#   bash src/bench/compare-answers.sh [OLD_REV] [NEW_REV]      (defaults: e8fba56 HEAD)
#   KEEP=1 bash src/bench/compare-answers.sh ...                keeps the answers and logs in /tmp/compare-answers.*
#   PORT=18420 bash src/bench/compare-answers.sh ...            the apps listen on free ports from 18420 up
#
# Builds each revision's jar in a temporary git worktree under /tmp, one after the other, runs both jars on one copy
# of the newer revision's seeds/, asks both the same addresses (every page and API endpoint, a few searches and a
# few errors) and compares status, Content-Type, Location and body byte for byte. Prints one line per address, a
# short diff for each difference and a summary; exits 1 if anything differs, 2 if the comparison itself failed.
#
# Needs: git, java 17, curl, jq (apt-get install -y curl jq).
set -euo pipefail

OLD_REV=${1:-e8fba56}
NEW_REV=${2:-HEAD}
# both apps get the same small heap as in the benchmarks: the machine has 2 cores and is shared
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
# the public address the apps are told they have; requests are sent with this host too (see fetch)
BASE_URL=http://notes.example.org
BASE_HOST=notes.example.org
# Hibernate Search's Lucene backend spreads indexing over 10 queues worked by parallel threads, so the order of the
# documents in the index, which decides the order of search hits with equal scores (every hit of a search without
# words), changes from one start to the next: two runs of the same jar differ. One queue makes it the import's
# order in both apps. Set INDEX_ARGS= to run the apps with the default and see the noise.
INDEX_ARGS=${INDEX_ARGS---spring.jpa.properties.hibernate.search.backend.indexing.queue_count=1}
# extra arguments for both apps, e.g. APP_ARGS=--notes.search.semantic=false (a revision without the property ignores it)
APP_ARGS=${APP_ARGS:-}
READY_TIMEOUT=300   # seconds for start-up plus import
DIFF_LINES=20       # lines of diff shown for a difference

REPO=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
TMP=$(mktemp -d /tmp/compare-answers.XXXXXX)
WORKTREES=()        # worktrees to remove at exit
APP_PIDS=()         # apps to stop at exit; each is the leader of its own process group

log() { echo "$*" >&2; }
die() { log "compare-answers: $*"; exit 2; }

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "missing $tool (apt-get install -y curl jq; java 17 for java)"
  done
}

# ---------------------------------------------------------------------------------------------------------------
# Clean-up: runs on every exit, including failures and Ctrl-C, so that no app, worktree or temp folder is left over.

stop_app() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  # the app was started with setsid, so its pid is its process group: this also stops anything java forked
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${APP_PIDS[@]}"; do stop_app "$pid"; done
  for worktree in "${WORKTREES[@]}"; do
    git -C "$REPO" worktree remove --force "$worktree" >/dev/null 2>&1 || rm -rf "$worktree"
  done
  git -C "$REPO" worktree prune
  if [ -n "${KEEP:-}" ]; then
    log "kept the answers (answers/a-N and b-N, numbered in output order) and logs in $TMP"
  else
    rm -rf "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------
# Revisions and builds

# the revision whose seeds/ both apps read: the descendant if one descends from the other, else the later commit
newer_of() {
  local a=$1 b=$2
  if git -C "$REPO" merge-base --is-ancestor "$a" "$b"; then echo "$b"
  elif git -C "$REPO" merge-base --is-ancestor "$b" "$a"; then echo "$a"
  elif [ "$(git -C "$REPO" log -1 --format=%ct "$a")" -gt "$(git -C "$REPO" log -1 --format=%ct "$b")" ]; then echo "$a"
  else echo "$b"
  fi
}

# build COMMIT JAR: checks the commit out in a temporary worktree, packages it and copies the jar to JAR
build() {
  local commit=$1 jar=$2 worktree="$TMP/worktree-${1:0:12}" built
  git -C "$REPO" worktree add --detach --quiet "$worktree" "$commit"
  WORKTREES+=("$worktree")
  log "building ${commit:0:12} in $worktree ..."
  if ! (cd "$worktree" && ./mvnw -q -B -DskipTests package) >"$TMP/build-${commit:0:12}.log" 2>&1; then
    tail -n 40 "$TMP/build-${commit:0:12}.log" >&2
    die "the build of ${commit:0:12} failed"
  fi
  # the executable jar: Spring Boot keeps the plain one as *.jar.original, and some builds add a *-plain.jar
  built=$(find "$worktree/target" -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' | head -n 1)
  [ -n "$built" ] || die "no jar in $worktree/target after building ${commit:0:12}"
  cp "$built" "$jar"
}

# ---------------------------------------------------------------------------------------------------------------
# Running the apps

# a port nothing listens on; the app would fail to bind if another process took it meanwhile, and wait_ready says so.
# PORT=N takes the first free one from N to N+99 instead of any, on a machine whose engineers share out ranges of ports
free_port() {
  local port try
  for try in $(seq 0 99); do
    [ -n "${PORT:-}" ] && port=$((PORT + try)) || port=$((20000 + RANDOM % 30000))
    if ! (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "found no free port"
}

# start_app NAME JAR PORT: starts the jar in the background in its own process group; sets STARTED_PID
start_app() {
  local name=$1 jar=$2 port=$3
  mkdir -p "$TMP/run-$name"
  # setsid makes java the leader of a new process group (it is not one in a script without job control, so setsid
  # execs in place and $! is java's pid); its own working and temp folders (Tomcat leaves a tomcat.PORT.* folder
  # in java.io.tmpdir) keep whatever the app writes inside $TMP, which the clean-up removes
  (cd "$TMP/run-$name" && exec setsid java $JAVA_OPTS -Djava.io.tmpdir="$TMP/run-$name" -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --notes.seeds-dir="$NOTES" --notes.base-url="$BASE_URL" --notes.watch=false \
    --notes.data-dir="$TMP/run-$name/data" $INDEX_ARGS $APP_ARGS) \
    >"$TMP/app-$name.log" 2>&1 &
  STARTED_PID=$!
  APP_PIDS+=("$STARTED_PID")
}

# wait_ready NAME PID PORT: until the app is healthy and its import has finished. Tomcat opens the port before the
# start-up import (an ApplicationRunner) is done, so a healthy app may still list no meetings, or may list them
# before the search index has taken them: wait for meetings and for the import report's finishedAt as well.
wait_ready() {
  local name=$1 pid=$2 port=$3 url="http://127.0.0.1:$3" total finished
  for _ in $(seq 1 $((READY_TIMEOUT * 2))); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$TMP/app-$name.log" >&2
      die "app $name stopped before it was ready (above: the end of its log)"
    fi
    if curl -fsS -m 5 "$url/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      total=$(curl -fsS -m 5 "$url/api/meetings?size=1" 2>/dev/null | jq -r '.total // 0' 2>/dev/null || echo 0)
      # a revision without the import report's API counts as finished once it lists meetings
      finished=$(curl -fsS -m 5 "$url/api/import-report" 2>/dev/null | jq -r '.finishedAt // "pending"' 2>/dev/null) \
        || finished=unknown
      if [ "${total:-0}" -gt 0 ] && [ "$finished" != pending ]; then
        log "app $name ready on port $port: $total meetings"
        return 0
      fi
    fi
    sleep 0.5
  done
  tail -n 30 "$TMP/app-$name.log" >&2
  die "app $name was not ready within ${READY_TIMEOUT} s"
}

# ---------------------------------------------------------------------------------------------------------------
# Fetching and comparing

# fetch PORT ADDRESS OUT: the answer's body in OUT.body and "status / content type / location" in OUT.head.
# Both apps are asked with the same Host header (curl --connect-to), so that anything built from the request's
# address is identical too. No Accept-Encoding is sent, so bodies come uncompressed; redirects are not followed.
fetch() {
  local port=$1 address=$2 out=$3 head
  head=$(curl -sS -m 30 -o "$out.body" -D "$out.headers" -w '%{http_code}\n%{content_type}' \
    --connect-to "$BASE_HOST:80:127.0.0.1:$port" "$BASE_URL$address" 2>"$out.error") \
    || head="000 (curl failed: $(head -c 200 "$out.error"))"
  [ -f "$out.body" ] || : >"$out.body"
  {
    echo "status: $(echo "$head" | sed -n 1p)"
    echo "content-type: $(echo "$head" | sed -n 2p)"
    echo "location: $(grep -i '^location:' "$out.headers" 2>/dev/null | cut -d' ' -f2- | tr -d '\r')"
  } >"$out.head"
}

# the answers' own import times, the only part of them that may change from one run to the next
normalise() {
  local address=$1 body=$2
  case "$address" in
    /feed.atom) sed -i -E 's#<updated>[^<]*</updated>#<updated>(import time)</updated>#g' "$body" ;;
    /sitemap.xml) sed -i -E 's#<lastmod>[^<]*</lastmod>#<lastmod>(import date)</lastmod>#g' "$body" ;;
  esac
}

# a form of a body to read a diff in: JSON and XML come on one line, so pretty-print JSON and put XML tags on lines
readable() {
  local head=$1 body=$2
  if grep -qi 'json' "$head" && jq . "$body" 2>/dev/null; then return 0; fi
  if grep -qi 'xml' "$head"; then sed 's#><#>\n<#g' "$body"; return 0; fi
  cat "$body"
}

SAME=0
DIFFERENT=0

# compare ADDRESS [status-only]: asks both apps, prints one line and, for a difference, a short diff
compare() {
  local address=$1 mode=${2:-} n=$((SAME + DIFFERENT)) a b differs=no note=""
  a="$TMP/answers/a-$n" b="$TMP/answers/b-$n"
  fetch "$PORT_A" "$address" "$a"
  fetch "$PORT_B" "$address" "$b"
  if [ "$mode" = status-only ]; then
    note=" (status only: the answer shows when the import ran)"
    sed -n 1p "$a.head" >"$a.cmp"; sed -n 1p "$b.head" >"$b.cmp"
    cmp -s "$a.cmp" "$b.cmp" || differs=yes
  else
    normalise "$address" "$a.body"
    normalise "$address" "$b.body"
    cmp -s "$a.head" "$b.head" && cmp -s "$a.body" "$b.body" || differs=yes
  fi
  if [ "$differs" = no ]; then
    SAME=$((SAME + 1))
    printf 'same       %s%s\n' "$address" "$note"
    return 0
  fi
  DIFFERENT=$((DIFFERENT + 1))
  printf 'DIFFERENT  %s%s\n' "$address" "$note"
  {
    diff -u --label "$OLD_LABEL" --label "$NEW_LABEL" "$a.head" "$b.head" | tail -n +3 || true
    if [ "$mode" != status-only ]; then
      readable "$a.head" "$a.body" >"$a.readable"
      readable "$b.head" "$b.body" >"$b.readable"
      if cmp -s "$a.readable" "$b.readable"; then
        cmp "$a.body" "$b.body" || true   # the bytes differ only in layout: say where
      else
        diff -u --label "$OLD_LABEL $address" --label "$NEW_LABEL $address" "$a.readable" "$b.readable" || true
      fi
    fi
  } | head -n "$DIFF_LINES" | sed 's/^/    /' || true   # head stops reading early: not a failure
}

# ---------------------------------------------------------------------------------------------------------------
# The addresses: every route of the controllers, with slugs read from the apps' own API

# json_of NAME ADDRESS: an API answer of app NAME (a or b)
json_of() {
  local port
  [ "$1" = a ] && port=$PORT_A || port=$PORT_B
  curl -fsS -m 30 --connect-to "$BASE_HOST:80:127.0.0.1:$port" "$BASE_URL$2"
}

# slugs from both apps, the old one's first: a slug only one of them has then answers 404 in the other, a difference
slugs() {
  local filter=$1 address=$2
  { json_of a "$address" | jq -r "$filter"; json_of b "$address" | jq -r "$filter"; } | awk '!seen[$0]++'
}

# old slugs named in the notes' front matter (old-slugs: [a, b] or a list under old-slugs:); their pages redirect
old_slugs() {
  local file
  for file in "$NOTES"/*.md; do
    [ -e "$file" ] || continue
    awk 'NR == 1 && $0 != "---" { exit }
         NR > 1 && $0 == "---" { exit }
         /^old-slugs:/ { line = $0; sub(/^old-slugs:[ \t]*/, "", line); gsub(/[][ \t"'"'"']/, "", line)
                         n = split(line, parts, ","); for (i = 1; i <= n; i++) if (parts[i] != "") print parts[i]
                         list = 1; next }
         list && /^[ \t]+-/ { line = $0; sub(/^[ \t]+-[ \t]*/, "", line); gsub(/["'"'"' \t]/, "", line); print line; next }
         { list = 0 }' "$file"
  done | awk 'NF && !seen[$0]++'
}

# the static files the pages link to (content-hashed names under /assets/)
assets() {
  cat "$TMP"/answers/?-*.body 2>/dev/null | grep -ao '/assets/[^"'"'"' )<>?#]*' | awk '!seen[$0]++' || true
}

# ---------------------------------------------------------------------------------------------------------------

# a revision as given, with its commit when it was not given as one
label() {
  case "$2" in
    "$1"*) echo "${2:0:7}" ;;
    *) echo "$1 (${2:0:7})" ;;
  esac
}

main() {
  need git java curl jq setsid
  local old new newer old_jar new_jar
  old=$(git -C "$REPO" rev-parse --verify --quiet "$OLD_REV^{commit}") || die "no revision $OLD_REV"
  new=$(git -C "$REPO" rev-parse --verify --quiet "$NEW_REV^{commit}") || die "no revision $NEW_REV"
  OLD_LABEL=$(label "$OLD_REV" "$old")
  NEW_LABEL=$(label "$NEW_REV" "$new")
  newer=$(newer_of "$old" "$new")
  mkdir -p "$TMP/answers"

  # one build after the other: the machine has 2 cores and others build on it too
  old_jar="$TMP/old.jar"
  new_jar="$TMP/new.jar"
  build "$old" "$old_jar"
  if [ "$new" = "$old" ]; then
    log "both revisions are ${old:0:12}: one build, two apps"
    cp "$old_jar" "$new_jar"
  else
    build "$new" "$new_jar"
  fi

  # one copy of the newer revision's seeds for both apps (read only: the apps do not watch it)
  NOTES="$TMP/notes"
  cp -R "$TMP/worktree-${newer:0:12}/seeds" "$NOTES"
  log "notes: seeds/ of ${newer:0:12}, copied to $NOTES"

  # one app after the other, so that the two imports do not compete for the 2 cores
  PORT_A=$(free_port)
  start_app a "$old_jar" "$PORT_A"
  local pid_a=$STARTED_PID
  wait_ready a "$pid_a" "$PORT_A"
  PORT_B=$(free_port)
  start_app b "$new_jar" "$PORT_B"
  local pid_b=$STARTED_PID
  wait_ready b "$pid_b" "$PORT_B"

  local themes meetings speakers old_slug_list theme1 theme2 slug
  meetings=$(slugs '.items[].slug' '/api/meetings?size=500')
  themes=$(slugs '.[].slug' '/api/themes')
  speakers=$(slugs '.[].slug' '/api/speakers')
  old_slug_list=$(old_slugs)
  theme1=$(echo "$themes" | sed -n 1p)
  theme2=$(echo "$themes" | sed -n 2p)

  echo "Comparing $OLD_LABEL with $NEW_LABEL on the seeds of ${newer:0:7}: $(echo "$meetings" | grep -c .) meetings," \
    "$(echo "$themes" | grep -c .) themes, $(echo "$speakers" | grep -c .) speakers," \
    "$(echo "$old_slug_list" | grep -c .) old slugs."
  echo "Compared: status, Content-Type, Location and body, byte for byte, except that"
  echo "  - the Atom feed's <updated> and the sitemap's <lastmod> elements are replaced by a placeholder first:"
  echo "    they carry the import time"
  echo "  - /import-report and /api/import-report are compared by status only: they show when the import ran"
  [ -z "$INDEX_ARGS" ] || echo "  - both apps run with $INDEX_ARGS,"
  [ -z "$INDEX_ARGS" ] || echo "    so that search hits of equal score come in one order (see INDEX_ARGS in the script)"
  [ -z "$APP_ARGS" ] || echo "  - both apps run with $APP_ARGS (APP_ARGS)"
  echo

  # pages
  compare /
  compare '/?page=1'
  for slug in $meetings; do compare "/meetings/$slug"; done
  for slug in $old_slug_list; do compare "/meetings/$slug"; done
  [ -n "$old_slug_list" ] || echo "(no old slugs in the notes: no redirect to compare)"
  compare /key-points
  compare '/key-points?page=1'
  for slug in $theme1 $theme2; do compare "/key-points?theme=$slug"; done
  [ -z "$theme2" ] || compare "/key-points?theme=$theme1&theme=$theme2"
  compare /themes
  for slug in $themes; do compare "/themes/$slug"; done
  compare /speakers
  for slug in $speakers; do compare "/speakers/$slug"; done
  # words, words and a theme, phrases (one absent from the seeds), a typo, a word left out, paging, no words at all;
  # then queries of several words, whose results have some of them or all, ranked by meaning too (new-query.lua's kind)
  local queries=('q=funding' 'q=trust+partners&theme=leadership' 'q=%22power+imbalance%22' 'q=%22purse+strings%22'
    'q=fundng' 'q=-funding+trust' 'q=funding&page=1&size=3' 'q=' 'theme=leadership'
    'q=funders+trust+conflict' 'q=lived+experience+boards+voice' 'q=local+government+power&page=1&size=5'
    'q=how+can+small+charities+work+with+commissioners' 'q=community+health+money&theme=leadership'
    'q=public+management+targets+culture' 'q=young+people+housing')
  local query
  for query in "${queries[@]}"; do compare "/search?$query"; done
  compare /feed.atom
  compare /sitemap.xml
  compare /robots.txt
  compare /import-report status-only

  # JSON API
  compare /api/meetings
  compare '/api/meetings?page=1&size=2'
  compare '/api/meetings?size=500'
  for slug in $meetings; do compare "/api/meetings/$slug"; done
  for slug in $old_slug_list; do compare "/api/meetings/$slug"; done
  compare /api/key-points
  compare '/api/key-points?page=1&size=5'
  for slug in $theme1 $theme2; do compare "/api/key-points?theme=$slug"; done
  [ -z "$theme2" ] || compare "/api/key-points?theme=$theme1&theme=$theme2"
  compare /api/themes
  compare /api/speakers
  for query in "${queries[@]}"; do compare "/api/search?$query"; done
  compare /api/import-report status-only
  compare /actuator/health

  # errors
  compare /meetings/nope
  compare /api/meetings/nope
  compare /themes/nope
  compare /speakers/nope
  compare '/api/key-points?size=0'
  compare '/api/key-points?theme=bogus'
  compare '/api/meetings?page=-1'
  compare '/api/search?q=funding&size=501'
  compare /api/nope
  compare /nope

  # the static files the pages above link to (a renamed or changed one shows here)
  local asset
  for asset in $(assets); do compare "$asset"; done

  echo
  echo "$SAME same, $DIFFERENT different"
  [ "$DIFFERENT" -eq 0 ] || exit 1
}

main "$@"
