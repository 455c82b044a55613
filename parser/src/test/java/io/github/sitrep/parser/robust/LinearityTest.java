package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four times the text must take about four times the CPU time, not sixteen: parsing that
 * grew with the square of the input would fail here long before it hung a user. The CPU time
 * of the parsing thread is measured, so other work on the machine does not count; the
 * bound (ten times) leaves room for noise and still catches quadratic growth.
 */
class LinearityTest {

  private static final int SMALL = 128 * 1024;
  private static final int LARGE = 4 * SMALL;
  private static final double BOUND = 10;
  private static final ArticleParser PARSER =
      ArticleParser.builder().maxInputChars(LARGE * 2).build();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @ParameterizedTest
  @ValueSource(strings = {"\"", "“Abc ", "Abc Def ", "al-", "al-Abc ", ". ", "U.S. ", "Lt. Gen. ",
      "said ", "killed ", "\n", "Islamic State ", "on Sunday "})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void repeatedUnitsGrowLinearly(String unit) {
    assertLinear(PathologicalInputTest.repeat(unit, SMALL),
        PathologicalInputTest.repeat(unit, LARGE));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void articleTextGrowsLinearly() throws IOException {
    String corpus = String.join("\n\n", Corpus.all());
    assertLinear(PathologicalInputTest.repeat(corpus, SMALL).substring(0, SMALL),
        PathologicalInputTest.repeat(corpus, LARGE).substring(0, LARGE));
  }

  private static void assertLinear(String small, String large) {
    PARSER.parse(small);
    long smallNanos = Math.min(cpuNanos(small), cpuNanos(small));
    long largeNanos = Math.min(cpuNanos(large), cpuNanos(large));
    assertThat((double) largeNanos)
        .as("CPU time for %d characters (%d ms) against %d characters (%d ms)", large.length(),
            largeNanos / 1_000_000, small.length(), smallNanos / 1_000_000)
        .isLessThan(BOUND * Math.max(smallNanos, 1_000_000));
  }

  private static long cpuNanos(String text) {
    long start = THREADS.getCurrentThreadCpuTime();
    PARSER.parse(text);
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
