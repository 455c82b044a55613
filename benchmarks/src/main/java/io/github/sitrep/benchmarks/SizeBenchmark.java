package io.github.sitrep.benchmarks;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse article-like text of growing size, from 1 KiB to 8 MiB, made of the
 * development articles' bodies under one headline ({@link ArticleLikeText}). When parsing is
 * linear the time per kilobyte stays flat as the size grows. {@link CpuCounter} gives the
 * CPU time per parse besides the wall-clock time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SizeBenchmark {

  private static final ArticleMetadata METADATA =
      ArticleMetadata.builder().published(LocalDate.of(2017, 12, 11)).build();

  /** The input's size in characters. */
  @Param({"1024", "8192", "65536", "524288", "2097152", "8388608"})
  public int size;

  private ArticleParser parser;
  private String text;

  /** Builds a parser that takes the largest input, and the text. */
  @Setup
  public void setUp() {
    parser = ArticleParser.builder().maxInputChars(Integer.MAX_VALUE).build();
    text = ArticleLikeText.of(Corpus.dev(), size);
  }

  /**
   * @param cpu the parse and CPU time counter
   * @return the result, consumed by JMH
   */
  @Benchmark
  public ParseResult parse(CpuCounter cpu) {
    cpu.articles++;
    return parser.parse(text, METADATA);
  }
}
