package io.github.sitrep.benchmarks;

/**
 * One throughput benchmark's figures.
 *
 * @param name the benchmark's name, such as {@code seed} or {@code devAllCores}
 * @param threads the threads that shared one parser
 * @param articlesPerSecond articles parsed per second of wall-clock time, all threads together
 * @param charsPerSecond characters parsed per second of wall-clock time
 * @param articlesPerCpuSecond articles parsed per second of CPU time used by the parsing
 *     threads: the throughput of one busy core, whatever else the machine was doing
 * @param bytesPerArticle bytes allocated per article (JMH's {@code gc.alloc.rate.norm})
 * @param gcShare the part of the measured time spent in garbage collection (JMH's
 *     {@code gc.time} over the measurement time), from 0 to 1
 */
public record Throughput(String name, int threads, double articlesPerSecond,
    double charsPerSecond, double articlesPerCpuSecond, double bytesPerArticle,
    double gcShare) {

  /** @return the mean article length in characters */
  public double charsPerArticle() {
    return charsPerSecond / articlesPerSecond;
  }

  /** @return characters parsed per second of CPU time */
  public double charsPerCpuSecond() {
    return articlesPerCpuSecond * charsPerArticle();
  }

  /** @return bytes allocated per 1,024 characters of text */
  public double bytesPerKilobyte() {
    return bytesPerArticle / charsPerArticle() * 1024;
  }
}
