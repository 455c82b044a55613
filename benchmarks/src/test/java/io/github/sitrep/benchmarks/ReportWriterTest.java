package io.github.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  private static final Machine MACHINE =
      new Machine(2, 8L << 30, Optional.of("Some CPU"), "Linux 6 amd64", "OpenJDK 17");
  private static final RunInfo RUN =
      new RunInfo("scripts/benchmark.sh", LocalDate.of(2026, 1, 2), 1.5, 2.5, 30, 200);

  private static Figures figures(double seedPerCpuSecond, double lastCpuMillis) {
    List<Throughput> throughput = List.of(
        new Throughput("seed", 1, 2_500, 2_500 * 2_739.0, seedPerCpuSecond, 80 * 1024, 0.001),
        new Throughput("seedAllCores", 2, 4_800, 4_800 * 2_739.0, 2_400, 81 * 1024, 0.002),
        new Throughput("dev", 1, 3_000, 3_000 * 2_000.0, 3_100, 50 * 1024, 0.001),
        new Throughput("devAllCores", 2, 5_800, 5_800 * 2_000.0, 2_950, 51 * 1024, 0.002));
    List<SizePoint> sizes = List.of(new SizePoint(1024, 0.5, 0.5, 30_000),
        new SizePoint(65536, 20, 20, 30_000 * 64.0),
        new SizePoint(8 << 20, 3_000, lastCpuMillis, 30_000 * 8192.0));
    CliStart cli = new CliStart(List.of("./sitrep", "parse", "x.txt"), List.of(700.0, 500.0, 600.0));
    return new Figures(throughput, 120, 15, sizes, Optional.of(cli));
  }

  @Test
  void reportsEachGoalWithItsFigure() {
    String report = new ReportWriter(figures(2_600, 2_560), MACHINE, RUN).write("");
    assertThat(report)
        .contains("| cores (nproc) | 2 |", "| memory | 8.0 GiB |", "| JDK | OpenJDK 17 |")
        .contains("| load average (1 min) before / after | 1.5 / 2.5 |")
        .contains("| seed articles per second, one core | ≥ 2,000 | 2,600 per CPU second "
            + "(2,500 per wall second) | met |")
        .contains("| allocation per KiB of text | < 50 KiB | 29.9 KiB (seed), 25.6 KiB (dev) | met |")
        .contains("| parser build | < 300 ms | 120.0 ms cold, 15.0 ms warm (wall-clock) | met |")
        .contains("| cold command-line start | < 1 s | 600 ms median | met |")
        .contains("0.63 in CPU time (0.73 in wall-clock time) | met |")
        .contains("median 600 ms, fastest 500 ms, slowest 700 ms over 3 runs")
        .contains("| 80.0 KiB | 29.9 KiB | 0.10 % |");
  }

  @Test
  void missedGoalsAreMarked() {
    String report = new ReportWriter(figures(1_500, 40_000), MACHINE, RUN).write("");
    assertThat(report)
        .contains("| seed articles per second, one core | ≥ 2,000 | 1,500 per CPU second "
            + "(2,500 per wall second) | **not met** |")
        .contains("9.77 in CPU time (0.73 in wall-clock time) | **not met** |");
  }

  @Test
  void notesAfterTheMarkerAreKept() {
    String notes = "## Profile\n\nWhat the profile showed.\n";
    String report = new ReportWriter(figures(2_600, 2_560), MACHINE, RUN).write(notes);
    assertThat(report).endsWith(ReportWriter.NOTES_MARKER + "\n" + notes);
  }
}
