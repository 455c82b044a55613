package io.github.sitrep.benchmarks;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Counts the articles parsed and the CPU time the benchmark's JVM used meanwhile, so that
 * throughput per CPU second ({@code articles / cpuNanos}) can be worked out on a machine
 * that other programs share: wall-clock throughput falls when the cores are busy with other
 * work, CPU-time throughput does not. The CPU time is the whole process's (garbage
 * collection and compilation included), taken by the first benchmark thread only. JMH adds
 * both counters up the same way over threads and iterations, so their ratio is exact
 * whatever JMH reports for each.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounter {

  /** Articles parsed in the iteration by this thread. */
  public long articles;

  /** CPU time the process used in the iteration, in nanoseconds (first thread only). */
  public long cpuNanos;

  private boolean clock;
  private long start;

  /**
   * Starts the iteration's count and clock.
   *
   * @param thread which benchmark thread this is
   */
  @Setup(Level.Iteration)
  public void start(ThreadParams thread) {
    clock = thread.getThreadIndex() == 0;
    articles = 0;
    cpuNanos = 0;
    start = clock ? processCpuNanos() : 0;
  }

  /** Stops the iteration's clock. */
  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = clock ? processCpuNanos() - start : 0;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report its CPU time");
  }
}
