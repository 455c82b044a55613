package io.github.sitrep.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured.
 *
 * @param throughput the throughput benchmarks
 * @param coldBuildMillis the time to build the first parser in a fresh JVM (mean of forks)
 * @param warmBuildMillis the time to build a parser in a warm JVM
 * @param sizes the size series, smallest first
 * @param cli the command line's start, when measured
 */
public record Figures(List<Throughput> throughput, double coldBuildMillis,
    double warmBuildMillis, List<SizePoint> sizes, Optional<CliStart> cli) {

  /**
   * @param name a throughput benchmark's name
   * @return its figures
   * @throws IllegalArgumentException if there is none of that name
   */
  public Throughput throughput(String name) {
    return throughput.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no throughput benchmark " + name));
  }

  /**
   * @return time per kilobyte at the largest size divided by time per kilobyte at the
   *     smallest: about 1 (or less, as fixed costs weigh less) when parsing is linear
   */
  public double linearityRatio() {
    return sizes.get(sizes.size() - 1).millisPerKilobyte() / sizes.get(0).millisPerKilobyte();
  }

  /**
   * @param fromChars the size to compare the largest with
   * @return CPU time per kilobyte at the largest size divided by CPU time per kilobyte at the
   *     given size, which must be one of the series
   */
  public double cpuLinearityRatio(int fromChars) {
    SizePoint from = sizes.stream().filter(s -> s.chars() == fromChars).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no size " + fromChars));
    return sizes.get(sizes.size() - 1).cpuMillisPerKilobyte() / from.cpuMillisPerKilobyte();
  }
}
