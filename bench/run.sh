#!/usr/bin/env bash
# Benchmarks paperkg's full build and canned queries against TDB2's own loader, one JVM per corpus size.
#
#   bench/run.sh [SIZE...]          default sizes: 10000 100000 1000000
#
# Environment: WORK (corpora, databases, exports; default /tmp/paperkg-bench; never commit it), CORPUS (the real
# corpus to repeat; default ../shared/corpus), BUILD_DIR (default target-bench), MVN_FLAGS (e.g. -o), HEAP (-Xmx2g).
# Results: $WORK/result-SIZE.txt, also printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
WORK="${WORK:-/tmp/paperkg-bench}"
CORPUS="${CORPUS:-../shared/corpus}"
BUILD_DIR="${BUILD_DIR:-target-bench}"
HEAP="${HEAP:--Xmx2g}"
MVN_FLAGS="${MVN_FLAGS:-}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
mkdir -p "$WORK"

# shellcheck disable=SC2086
mvn -B -q $MVN_FLAGS -Dbuild.dir="$BUILD_DIR" -DskipTests package
# TDB2's own bulk loader (tdb2.tdbloader) from Maven Central, run with paperkg's jar for its dependencies.
# shellcheck disable=SC2086
mvn -B -q $MVN_FLAGS org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory="$BUILD_DIR/bench-lib"
loader_cp="$here/$BUILD_DIR/bench-lib/jena-cmds-5.6.0.jar:$here/$BUILD_DIR/paperkg.jar"

{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%FT%TZ), commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"; } | tee "$WORK/machine.txt"
for size in "${sizes[@]}"; do
  # shellcheck disable=SC2086
  java $HEAP -jar "$BUILD_DIR/paperkg.jar" bench --size "$size" --work "$WORK" --corpus "$CORPUS" \
      --tdbloader-classpath "$loader_cp" --loader-java-opts="$HEAP" | tee "$WORK/result-$size.txt"
done
