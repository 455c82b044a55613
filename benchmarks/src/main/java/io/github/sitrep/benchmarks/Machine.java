package io.github.sitrep.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine and JVM a benchmark ran on.
 *
 * @param cores the processors available to the JVM
 * @param memoryBytes the physical memory, or -1 when the JVM cannot tell
 * @param cpu the processor model, when the system says
 * @param os the operating system, version and architecture
 * @param jdk the JVM's name, vendor and version
 */
public record Machine(int cores, long memoryBytes, Optional<String> cpu, String os, String jdk) {

  /** @return this machine and JVM */
  public static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), memory(), cpuModel(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            + " (" + System.getProperty("java.vm.vendor") + ")");
  }

  /** @return the one-minute load average now, or a negative number when unknown */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long memory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return -1;
  }

  private static Optional<String> cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
