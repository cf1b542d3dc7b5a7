#!/usr/bin/env bash
# Load test (issue 6): 32 concurrent clients for 60 s against `paperkg serve`, then the same requests against plain
# Fuseki over the same TDB2 database, so paperkg's overhead is visible. Loopback only; every run is bounded by wrk's
# duration and the script stops every server it started.
#
#   bench/load/run.sh                         # bundled corpus, target/paperkg.jar
#   JAR=target-sec/paperkg.jar DURATION=60s CONNECTIONS=32 INPUT=path/to/corpus.jsonl.gz bench/load/run.sh
#   DB=path/to/existing-db bench/load/run.sh  # an already built database (left as it is; no other process may hold it)
#
# Needs Java 17, wrk (Debian: apt-get install -y wrk), curl and python3 (to pick free ports).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-target/paperkg.jar}
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:--Xmx2g}
INPUT=${INPUT:-}
DB=${DB:-}
BASE=http://127.0.0.1:3030/

for tool in java wrk curl python3; do
  command -v "$tool" > /dev/null || { echo "run.sh: $tool is missing" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "run.sh: no jar at $JAR (build it: mvn -B -o -q -DskipTests package)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/paperkg-load.XXXXXX")
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
    kill "$SERVER_PID" 2> /dev/null || true
    wait "$SERVER_PID" 2> /dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_up URL: polls the URL for at most 180 s
wait_up() {
  for _ in $(seq 1 360); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    kill -0 "$SERVER_PID" 2> /dev/null || { echo "run.sh: the server died; log:" >&2; cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "run.sh: the server did not come up at $1" >&2
  exit 1
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=""
}

# check URL FILE: sends every request of the mix once; prints how many did not answer 2xx
check() {
  local url=$1 file=$2 bad=0 kind method path accept body code
  while IFS=$'\t' read -r kind method path accept body; do
    if [ "$body" = "-" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "$url$path")
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" \
        -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$body" "$url$path")
    fi
    case $code in 2*) ;; *) bad=$((bad + 1)); echo "  $code $method $path" >&2 ;; esac
  done < "$file"
  echo "$bad"
}

# load NAME URL FILE KINDS: a warm-up, then the measured run; appends the result line to results.txt
load() {
  local name=$1 url=$2 file=$3 kinds=$4
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/mix.lua" "$url" -- "$file" "$kinds" > /dev/null
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 60s -s "$HERE/mix.lua" "$url" -- "$file" "$kinds" \
    | grep '^RESULT')
  echo "$name ${line#RESULT }" | tee -a "$WORK/results.txt"
}

if [ -n "$DB" ]; then
  echo "== using the existing database $DB"
else
  DB=$WORK/db
  echo "== building the graph into $DB"
  if [ -n "$INPUT" ]; then
    java $HEAP -jar "$JAR" build --db "$DB" --input "$INPUT" | tail -n 12
  else
    java $HEAP -jar "$JAR" build --db "$DB" | tail -n 12
  fi
fi
java -cp "$JAR" "$HERE/RequestMix.java" "$DB" "$WORK" "$BASE"

PORT=$(free_port)
echo "== paperkg serve on 127.0.0.1:$PORT"
java $HEAP -jar "$JAR" serve --db "$DB" --host 127.0.0.1 --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_up "http://127.0.0.1:$PORT/\$/ping"
echo "requests of the mix not answered 2xx: $(check "http://127.0.0.1:$PORT" "$WORK/paperkg.tsv")"
load "paperkg-mixed" "http://127.0.0.1:$PORT" "$WORK/paperkg.tsv" "query,page"
load "paperkg-queries" "http://127.0.0.1:$PORT" "$WORK/paperkg.tsv" "query"
stop_server

PORT=$(free_port)
echo "== plain Fuseki (FusekiMainCmd, read-only, union default graph) on 127.0.0.1:$PORT"
java $HEAP -cp "$JAR" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --localhost --port "$PORT" --tdb2 \
  --loc "$DB" --timeout 30000 --set tdb:unionDefaultGraph=true /kg > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_up "http://127.0.0.1:$PORT/kg/sparql?query=ASK%7B%7D"
papers=$(curl -fsS "http://127.0.0.1:$PORT/kg/sparql" -H 'Accept: text/csv' --data-urlencode \
  'query=SELECT (COUNT(*) AS ?n) { ?p a <https://w3id.org/paperkg/ontology#Paper> }' | tail -n 1 | tr -d '\r')
echo "papers seen by plain Fuseki through the union default graph: $papers"
[ "${papers:-0}" -gt 0 ] || { echo "run.sh: plain Fuseki sees no papers" >&2; exit 1; }
echo "requests of the mix not answered 2xx: $(check "http://127.0.0.1:$PORT" "$WORK/fuseki.tsv")"
load "fuseki-mixed" "http://127.0.0.1:$PORT" "$WORK/fuseki.tsv" "query,page"
load "fuseki-queries" "http://127.0.0.1:$PORT" "$WORK/fuseki.tsv" "query"
stop_server

echo "== results ($CONNECTIONS connections, $THREADS wrk threads, $DURATION each after a $WARMUP warm-up)"
cat "$WORK/results.txt"
