#!/bin/sh
# Runs the whole benchmark suite with the settings fixed in the benchmark annotations: 1 fork,
# 2 warm-up iterations of 1 s and 3 measured iterations of 2 s. It then runs the tabular and
# peer groups again under JMH's GC profiler, and takes stack profiles of the cases that have a
# design target. Writes
# JMH's JSON and text output into the directory given as $1 (default target/jmh-results) and
# prints the Markdown summary. Takes 12 to 20 minutes on 2 cores, depending on their load.
# Build first with: mvn -o package -pl benchmarks -DskipTests
set -eu
here="$(dirname "$0")"
jar="$here/target/benchmarks.jar"
out="${1:-$here/target/jmh-results}"
if [ ! -f "$jar" ]; then
    echo "full.sh: $jar not found; build it with: mvn -o package -pl benchmarks -DskipTests" >&2
    exit 1
fi
mkdir -p "$out"
uptime > "$out/load.txt"
java -jar "$jar" -foe true -rf json -rff "$out/results.json" > "$out/results.txt" 2>&1
uptime >> "$out/load.txt"
java -jar "$jar" 'TabularBenchmark|TabularPeersBenchmark' -prof gc -foe true \
    -rf json -rff "$out/gc.json" > "$out/gc.txt" 2>&1
java -jar "$jar" 'TabularBenchmark\.(quartile|continuous)' 'TextBenchmark\.explain' \
    'ImageBenchmark\.(quickshift|explainSegmented)' 'TabularPeersBenchmark\.(lime4j|trusty)' \
    -p words=200 -p mode=BAG_OF_WORDS -p size=224 -foe true \
    -prof 'stack:lines=1;top=12;detailLine=false' > "$out/stack.txt" 2>&1
uptime >> "$out/load.txt"
python3 "$here/scripts/summarize.py" "$out/results.json" "$out/gc.json" > "$out/summary.md"
cat "$out/summary.md"
