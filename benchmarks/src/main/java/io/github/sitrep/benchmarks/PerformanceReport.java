package io.github.sitrep.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the benchmarks and the command-line timing, and writes {@code docs/performance.md}.
 * Started by {@code scripts/benchmark.sh}, from the checkout's root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.sitrep.benchmarks.PerformanceReport \
 *     [--quick] [--no-cli] [--build-seconds N] [--command TEXT] [--out FILE]
 * </pre>
 *
 * <p>The hand-written notes after {@link ReportWriter#NOTES_MARKER} in an existing report
 * are kept.
 */
public final class PerformanceReport {

  private static final List<String> CLI =
      List.of("./sitrep", "parse", Corpus.SEED);
  private static final int CLI_RUNS = 10;

  private PerformanceReport() {}

  /**
   * @param args the options above
   * @throws IOException if the report cannot be written or the command line fails
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws IOException, RunnerException {
    Options options = Options.parse(args);
    Path root = Corpus.root();
    double loadBefore = Machine.loadAverage();
    long start = System.nanoTime();
    Optional<CliStart> cli = options.cli
        ? Optional.of(CliTimer.time(root, CLI, options.quick ? 2 : CLI_RUNS)) : Optional.empty();
    Figures figures = new BenchmarkRun(options.quick).run(cli);
    RunInfo run = new RunInfo(options.command, LocalDate.now(), loadBefore, Machine.loadAverage(),
        options.buildSeconds, (System.nanoTime() - start) / 1_000_000_000L);
    Path out = root.resolve(options.out);
    String report = new ReportWriter(figures, Machine.current(), run).write(notes(out));
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  private static String notes(Path report) throws IOException {
    if (!Files.isRegularFile(report)) {
      return "";
    }
    String old = Files.readString(report, StandardCharsets.UTF_8);
    int at = old.indexOf(ReportWriter.NOTES_MARKER);
    return at < 0 ? "" : old.substring(at + ReportWriter.NOTES_MARKER.length()).stripLeading();
  }

  /** The command line's options. */
  private static final class Options {
    boolean quick;
    boolean cli = true;
    long buildSeconds = -1;
    String command = "scripts/benchmark.sh";
    String out = "docs/performance.md";

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick" -> o.quick = true;
          case "--no-cli" -> o.cli = false;
          case "--build-seconds" -> o.buildSeconds = Long.parseLong(args[++i]);
          case "--command" -> o.command = args[++i];
          case "--out" -> o.out = args[++i];
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return o;
    }
  }
}
