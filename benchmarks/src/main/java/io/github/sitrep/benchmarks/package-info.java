/**
 * JMH benchmarks of the sitrep parser and the report that {@code scripts/benchmark.sh} writes
 * to {@code docs/performance.md}. Not part of the library's API.
 */
package io.github.sitrep.benchmarks;
