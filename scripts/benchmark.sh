#!/usr/bin/env bash
# Builds and runs the parser's benchmarks and writes the figures to docs/performance.md:
# throughput on the seed and development articles (one thread, and all cores sharing one
# parser), allocation per article, parser build time, time over input sizes from 1 KiB to
# 8 MiB, and the cold start of ./sitrep parse. About four minutes on a 2-core machine.
#
#   scripts/benchmark.sh           the full run; rewrites docs/performance.md
#   scripts/benchmark.sh --quick   a smoke test of this script: short runs whose figures mean
#                                  little, written to benchmarks/target/performance-quick.md
#
# SITREP_MAVEN_ARGS is added to Maven's options (e.g. -o, offline). Needs Java 17 and Maven.
# The benchmarks alone: java -jar benchmarks/target/benchmarks.jar [JMH options], e.g.
#   java -jar benchmarks/target/benchmarks.jar ParseBenchmark.seed -prof gc
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"

report=(--command "scripts/benchmark.sh${*:+ $*}")
case "${1:-}" in
  "") report+=(--out docs/performance.md) ;;
  --quick) report+=(--quick --out benchmarks/target/performance-quick.md) ;;
  *) echo "usage: scripts/benchmark.sh [--quick]" >&2; exit 2 ;;
esac

command -v java >/dev/null || { echo "benchmark.sh: java 17 or later is needed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "benchmark.sh: Maven (mvn) is needed" >&2; exit 1; }

echo "benchmark.sh: building the command line and the benchmarks..." >&2
start=$(date +%s)
# shellcheck disable=SC2086
mvn -B -q ${SITREP_MAVEN_ARGS:-} -P benchmarks -Dmaven.test.skip=true package \
  -pl cli,benchmarks -am
built=$(date +%s)

echo "benchmark.sh: running (progress below is JMH's)..." >&2
java -cp benchmarks/target/benchmarks.jar io.github.sitrep.benchmarks.PerformanceReport \
  --build-seconds "$((built - start))" "${report[@]}"
echo "benchmark.sh: done in $(($(date +%s) - start)) s" >&2
