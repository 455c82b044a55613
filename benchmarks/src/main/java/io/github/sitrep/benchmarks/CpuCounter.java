package io.github.sitrep.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Counts the articles a benchmark thread parsed and the CPU time that thread used, so that
 * throughput per CPU second ({@code articles / cpuNanos}) can be worked out on a machine
 * that other programs share: wall-clock throughput falls when the cores are busy with other
 * work, CPU-time throughput does not. Only the parsing threads count: the JIT compiler's
 * threads, busy for the first minute or so with this much code, are warm-up, and garbage
 * collection shows in JMH's {@code gc.time}. JMH adds both counters up the same way over
 * threads and iterations, so their ratio is exact whatever JMH reports for each.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Articles parsed in the iteration by this thread. */
  public long articles;

  /** CPU time this thread used in the iteration, in nanoseconds. */
  public long cpuNanos;

  private long start;

  /** Starts the iteration's count and clock. */
  @Setup(Level.Iteration)
  public void start() {
    articles = 0;
    cpuNanos = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops the iteration's clock. */
  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
  }
}
