package io.github.sitrep.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Wall-clock times of runs of the command line, each in a new JVM.
 *
 * @param command the command that was run
 * @param millis each run's time in milliseconds, in the order run
 */
public record CliStart(List<String> command, List<Double> millis) {

  /** @return the median run, in milliseconds */
  public double median() {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** @return the fastest run, in milliseconds */
  public double min() {
    return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** @return the slowest run, in milliseconds */
  public double max() {
    return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** @return the command as one would type it */
  public String commandLine() {
    return String.join(" ", command);
  }

  @Override
  public String toString() {
    return commandLine() + " " + Arrays.toString(millis.toArray());
  }
}
