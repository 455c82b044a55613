package io.github.sitrep.benchmarks;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link ArticleParser#parse(String, ArticleMetadata)}: one operation is one
 * article, so the score is articles per second; the {@code chars} counter gives characters
 * per second, and {@code articles} and {@code cpuNanos} give articles per CPU second
 * ({@link CpuCounter}). The {@code AllCores} variants run one thread per core, all sharing one parser.
 * Run with {@code -prof gc} for the bytes allocated per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {

  private static final ArticleMetadata METADATA =
      ArticleMetadata.builder().published(LocalDate.of(2017, 12, 11)).build();

  private ArticleParser parser;
  private String seed;
  private List<String> dev;

  /** Where each thread is in the development corpus. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Builds the shared parser and reads the articles. */
  @Setup(Level.Trial)
  public void setUp() {
    parser = ArticleParser.builder().build();
    seed = Corpus.seed();
    dev = Corpus.dev();
  }

  /**
   * @param chars the character counter
   * @param cpu the article and CPU time counter
   * @return the result, consumed by JMH
   */
  @Benchmark
  @Threads(1)
  public ParseResult seed(CharCounter chars, CpuCounter cpu) {
    chars.chars += seed.length();
    cpu.articles++;
    return parser.parse(seed, METADATA);
  }

  /**
   * @param chars the character counter
   * @param cpu the article and CPU time counter
   * @return the result, consumed by JMH
   */
  @Benchmark
  @Threads(Threads.MAX)
  public ParseResult seedAllCores(CharCounter chars, CpuCounter cpu) {
    chars.chars += seed.length();
    cpu.articles++;
    return parser.parse(seed, METADATA);
  }

  /**
   * @param cursor the next development article for this thread
   * @param chars the character counter
   * @param cpu the article and CPU time counter
   * @return the result, consumed by JMH
   */
  @Benchmark
  @Threads(1)
  public ParseResult dev(Cursor cursor, CharCounter chars, CpuCounter cpu) {
    return parseNext(cursor, chars, cpu);
  }

  /**
   * @param cursor the next development article for this thread
   * @param chars the character counter
   * @param cpu the article and CPU time counter
   * @return the result, consumed by JMH
   */
  @Benchmark
  @Threads(Threads.MAX)
  public ParseResult devAllCores(Cursor cursor, CharCounter chars, CpuCounter cpu) {
    return parseNext(cursor, chars, cpu);
  }

  private ParseResult parseNext(Cursor cursor, CharCounter chars, CpuCounter cpu) {
    String text = dev.get(cursor.next);
    cursor.next = (cursor.next + 1) % dev.size();
    chars.chars += text.length();
    cpu.articles++;
    return parser.parse(text, METADATA);
  }
}
