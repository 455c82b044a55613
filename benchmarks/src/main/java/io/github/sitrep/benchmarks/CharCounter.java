package io.github.sitrep.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Characters parsed, which JMH reports per second beside the articles per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CharCounter {

  /** Characters parsed in this iteration by this thread. */
  public long chars;

  /** Starts each iteration's count from zero. */
  @Setup(Level.Iteration)
  public void clear() {
    chars = 0;
  }
}
