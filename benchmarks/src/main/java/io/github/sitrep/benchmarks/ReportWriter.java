package io.github.sitrep.benchmarks;

import static io.github.sitrep.benchmarks.Markdown.fixed;
import static io.github.sitrep.benchmarks.Markdown.kib;
import static io.github.sitrep.benchmarks.Markdown.megabytes;
import static io.github.sitrep.benchmarks.Markdown.row;
import static io.github.sitrep.benchmarks.Markdown.whole;

/** Writes the figures of a run as the Markdown of {@code docs/performance.md}. */
final class ReportWriter {

  /** The line after which the report's hand-written notes begin; a new run keeps them. */
  static final String NOTES_MARKER = "<!-- Notes below this line are kept when the figures are rewritten. -->";

  private final Figures figures;
  private final Machine machine;
  private final RunInfo run;
  private final StringBuilder out = new StringBuilder();

  ReportWriter(Figures figures, Machine machine, RunInfo run) {
    this.figures = figures;
    this.machine = machine;
    this.run = run;
  }

  /**
   * @param notes the hand-written notes to keep after the figures
   * @return the report
   */
  String write(String notes) {
    out.append("# Performance\n\n")
        .append("Figures of one run of `").append(run.command()).append("` on ")
        .append(run.date()).append(" (written by the script; re-run it to refresh them).\n\n");
    machine();
    goals();
    throughput();
    sizes();
    startUp();
    out.append(NOTES_MARKER).append('\n').append(notes);
    return out.toString();
  }

  private void machine() {
    out.append("## Machine and run\n\n").append(row("", "")).append(row("---", "---"))
        .append(row("cores (nproc)", machine.cores()))
        .append(row("memory", machine.memoryBytes() < 0 ? "unknown"
            : fixed(machine.memoryBytes() / (double) (1L << 30), 1) + " GiB"))
        .append(row("CPU", machine.cpu().orElse("unknown")))
        .append(row("OS", machine.os()))
        .append(row("JDK", machine.jdk()))
        .append(row("load average (1 min) before / after", fixed(run.loadBefore(), 1) + " / "
            + fixed(run.loadAfter(), 1)))
        .append(row("command", "`" + run.command() + "`"))
        .append(row("time taken", (run.buildSeconds() < 0 ? "" : "build " + run.buildSeconds()
            + " s, ") + "benchmarks " + run.runSeconds() + " s"))
        .append('\n')
        .append("Wall-clock figures count every second that passed; when the load average is\n")
        .append("above the number of cores, other programs took part of those seconds. Figures\n")
        .append("per CPU second count only the CPU time of the parsing threads (not the JIT\n")
        .append("compiler's warm-up nor the garbage collector, whose time JMH's `gc.time` gives),\n")
        .append("and are the fair measure of one core on a shared machine.\n\n");
  }

  private void goals() {
    Throughput seed = figures.throughput("seed");
    Throughput dev = figures.throughput("dev");
    double alloc = Math.max(seed.bytesPerKilobyte(), dev.bytesPerKilobyte());
    out.append("## Goals\n\n").append(row("goal", "target", "measured", "verdict"))
        .append(row("---", "---", "---", "---"))
        .append(row("seed articles per second, one core", "≥ 2,000",
            whole(seed.articlesPerCpuSecond()) + " per CPU second (" + whole(seed.articlesPerSecond())
                + " per wall second)",
            Goals.verdict(seed.articlesPerCpuSecond() >= Goals.ARTICLES_PER_CORE_SECOND)))
        .append(row("text per second, one core", "about 5 MB/s",
            megabytes(seed.charsPerCpuSecond()) + " (seed), " + megabytes(dev.charsPerCpuSecond())
                + " (dev), per CPU second", ""))
        .append(row("allocation per KiB of text", "< 50 KiB", kib(seed.bytesPerKilobyte())
            + " (seed), " + kib(dev.bytesPerKilobyte()) + " (dev)",
            Goals.verdict(alloc < Goals.BYTES_PER_KILOBYTE)))
        .append(row("parser build", "< 300 ms", fixed(figures.coldBuildMillis(), 1)
            + " ms cold, " + fixed(figures.warmBuildMillis(), 1) + " ms warm (wall-clock)",
            Goals.verdict(figures.coldBuildMillis() < Goals.BUILD_MILLIS)))
        .append(row("cold command-line start", "< 1 s", figures.cli().map(c -> fixed(c.median(), 0)
            + " ms median").orElse("not measured"),
            figures.cli().map(c -> Goals.verdict(c.median() < Goals.CLI_MILLIS)).orElse("")))
        .append(row("linear time: time per KiB at " + Markdown.size(last().chars()) + " / at "
            + Markdown.size(first().chars()), "≤ " + fixed(Goals.LINEARITY_RATIO, 1),
            fixed(cpuRatio(), 2) + " in CPU time (" + fixed(figures.linearityRatio(), 2)
                + " in wall-clock time)",
            Goals.verdict(cpuRatio() <= Goals.LINEARITY_RATIO)))
        .append('\n');
  }

  private double cpuRatio() {
    return figures.cpuLinearityRatio(first().chars());
  }

  private SizePoint first() {
    return figures.sizes().get(0);
  }

  private SizePoint last() {
    return figures.sizes().get(figures.sizes().size() - 1);
  }

  private void throughput() {
    out.append("## Throughput (`ParseBenchmark`)\n\n")
        .append("One operation is one article parsed with `ArticleParser.parse`; the `AllCores`\n")
        .append("runs share one parser between one thread per core. Allocation is JMH's\n")
        .append("`gc.alloc.rate.norm` (`-prof gc`).\n\n")
        .append(row("benchmark", "threads", "articles/s", "text/s", "articles per CPU s",
            "text per CPU s", "allocated per article", "allocated per KiB of text",
            "time in GC"))
        .append(row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"));
    for (Throughput t : figures.throughput()) {
      out.append(row("`" + t.name() + "`", t.threads(), whole(t.articlesPerSecond()),
          megabytes(t.charsPerSecond()), whole(t.articlesPerCpuSecond()),
          megabytes(t.charsPerCpuSecond()), kib(t.bytesPerArticle()), kib(t.bytesPerKilobyte()),
          fixed(t.gcShare() * 100, 2) + " %"));
    }
    out.append('\n').append("The seed article has ")
        .append(whole(figures.throughput("seed").charsPerArticle()))
        .append(" characters; the development articles ")
        .append(whole(figures.throughput("dev").charsPerArticle())).append(" on average.\n\n");
  }

  private void sizes() {
    out.append("## Growth with input size (`SizeBenchmark`)\n\n")
        .append("Article-like text made of the development articles' bodies repeated under one\n")
        .append("headline, parsed by a parser whose `maxInputChars` is raised to take it.\n\n")
        .append(row("size", "ms per parse", "ms per KiB", "text/s", "CPU ms per parse",
            "CPU ms per KiB", "allocated per KiB"))
        .append(row("---:", "---:", "---:", "---:", "---:", "---:", "---:"));
    for (SizePoint s : figures.sizes()) {
      out.append(row(Markdown.size(s.chars()), fixed(s.millisPerParse(), 3),
          fixed(s.millisPerKilobyte(), 4), megabytes(s.chars() / s.millisPerParse() * 1000),
          fixed(s.cpuMillisPerParse(), 3), fixed(s.cpuMillisPerKilobyte(), 4),
          kib(s.bytesPerKilobyte())));
    }
    out.append('\n').append("Time per KiB at the largest size divided by time per KiB at the ")
        .append("smallest: **").append(fixed(cpuRatio(), 2)).append("** in CPU time, ")
        .append(fixed(figures.linearityRatio(), 2)).append(" in wall-clock time. The smallest ")
        .append("sizes carry the fixed cost of a call, so a ratio under 1 is expected; growth ")
        .append("beyond fixed costs shows in the ratio of the largest size to 64 KiB");
    if (figures.sizes().stream().anyMatch(s -> s.chars() == 65536)) {
      out.append(": **").append(fixed(figures.cpuLinearityRatio(65536), 2)).append("** in CPU time");
    }
    out.append(".\n\n");
  }

  private void startUp() {
    out.append("## Start-up\n\n")
        .append("Parser build (`ParserBuildBenchmark`, single shot): the first build in a fresh ")
        .append("JVM took ").append(fixed(figures.coldBuildMillis(), 1))
        .append(" ms (mean of the forks); a build in a warm JVM ")
        .append(fixed(figures.warmBuildMillis(), 1)).append(" ms.\n\n");
    figures.cli().ifPresent(c -> out.append("Command line: `").append(c.commandLine())
        .append("` with the jar built, each run a new JVM (the first run, unmeasured, may ")
        .append("write the class-data archive): median ").append(fixed(c.median(), 0))
        .append(" ms, fastest ").append(fixed(c.min(), 0)).append(" ms, slowest ")
        .append(fixed(c.max(), 0)).append(" ms over ").append(c.millis().size())
        .append(" runs.\n\n"));
  }
}
