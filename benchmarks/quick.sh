#!/bin/sh
# Runs every benchmark for one short iteration in a forked JVM, so CI notices a benchmark that
# no longer builds or fails. It checks nothing about speed. Scaling parameters are cut to one
# value each (two thread counts); further JMH options may follow, for example a name filter.
# Build first with: mvn -o package -pl benchmarks -DskipTests
set -eu
jar="$(dirname "$0")/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    echo "quick.sh: $jar not found; build it with: mvn -o package -pl benchmarks -DskipTests" >&2
    exit 1
fi
exec java -jar "$jar" -f 1 -wi 0 -i 1 -r 100ms -foe true \
    -p samples=1000 -p features=100 -p words=50 -p size=224 "$@"
