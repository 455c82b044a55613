package io.github.sitrep.benchmarks;

/**
 * One size of the size series.
 *
 * @param chars the input's length in characters
 * @param millisPerParse the mean time of one parse, in milliseconds
 * @param cpuMillisPerParse the CPU time of one parse, in milliseconds
 * @param bytesPerParse bytes allocated per parse
 */
public record SizePoint(int chars, double millisPerParse, double cpuMillisPerParse,
    double bytesPerParse) {

  /** @return milliseconds per 1,024 characters */
  public double millisPerKilobyte() {
    return millisPerParse / chars * 1024;
  }

  /** @return CPU milliseconds per 1,024 characters */
  public double cpuMillisPerKilobyte() {
    return cpuMillisPerParse / chars * 1024;
  }

  /** @return bytes allocated per 1,024 characters */
  public double bytesPerKilobyte() {
    return bytesPerParse / chars * 1024;
  }
}
