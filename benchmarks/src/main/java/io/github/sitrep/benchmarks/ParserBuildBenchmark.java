package io.github.sitrep.benchmarks;

import io.github.sitrep.parser.ArticleParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a parser, which loads the bundled lexicons. {@code cold} is the first
 * build in a fresh JVM (class loading and interpreted code included: what a command-line
 * run pays); {@code warm} is a later build in a JVM that has built parsers before.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParserBuildBenchmark {

  /** @return the parser, consumed by JMH */
  @Benchmark
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public ArticleParser cold() {
    return ArticleParser.builder().build();
  }

  /** @return the parser, consumed by JMH */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 10)
  @Measurement(iterations = 10)
  public ArticleParser warm() {
    return ArticleParser.builder().build();
  }
}
