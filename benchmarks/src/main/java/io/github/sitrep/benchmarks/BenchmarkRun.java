package io.github.sitrep.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the benchmarks through JMH's API and collects their figures. */
final class BenchmarkRun {

  private final boolean quick;

  /** @param quick whether to run few short iterations: a smoke test, not a measurement */
  BenchmarkRun(boolean quick) {
    this.quick = quick;
  }

  /**
   * @param cli the command line's start, measured separately
   * @return the figures
   * @throws RunnerException if a benchmark fails
   */
  Figures run(Optional<CliStart> cli) throws RunnerException {
    List<Throughput> throughput = throughput(jmh(ParseBenchmark.class, true));
    Collection<RunResult> build = jmh(ParserBuildBenchmark.class, false);
    List<SizePoint> sizes = sizes(jmh(SizeBenchmark.class, true));
    return new Figures(throughput, score(build, "cold"), score(build, "warm"), sizes, cli);
  }

  private Collection<RunResult> jmh(Class<?> benchmark, boolean gc) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Pattern.quote(benchmark.getName()) + "\\.")
        .shouldFailOnError(true);
    if (gc) {
      options.addProfiler(GCProfiler.class);
    }
    if (quick) {
      options.warmupIterations(1).measurementIterations(1)
          .warmupTime(TimeValue.milliseconds(300)).measurementTime(TimeValue.milliseconds(300));
      if (benchmark == ParserBuildBenchmark.class) {
        options.forks(1);
      }
    }
    return new Runner(options.build()).run();
  }

  private static List<Throughput> throughput(Collection<RunResult> results) {
    List<Throughput> list = new ArrayList<>();
    for (RunResult r : results) {
      Map<String, Result> extra = r.getSecondaryResults();
      double cpuSeconds = extra.get("cpuNanos").getScore() / 1e9;
      list.add(new Throughput(method(r), r.getParams().getThreads(),
          r.getPrimaryResult().getScore(), extra.get("chars").getScore(),
          extra.get("articles").getScore() / cpuSeconds, allocated(extra), gcShare(r)));
    }
    list.sort(Comparator.comparing(Throughput::name));
    return list;
  }

  private static List<SizePoint> sizes(Collection<RunResult> results) {
    List<SizePoint> list = new ArrayList<>();
    for (RunResult r : results) {
      Map<String, Result> extra = r.getSecondaryResults();
      list.add(new SizePoint(Integer.parseInt(r.getParams().getParam("size")),
          r.getPrimaryResult().getScore(),
          extra.get("cpuNanos").getScore() / 1e6 / extra.get("articles").getScore(),
          allocated(extra)));
    }
    list.sort(Comparator.comparingInt(SizePoint::chars));
    return list;
  }

  private static double gcShare(RunResult r) {
    Result gc = r.getSecondaryResults().getOrDefault("gc.time",
        r.getSecondaryResults().get("·gc.time"));
    if (gc == null) {
      return Double.NaN;
    }
    var measurement = r.getParams().getMeasurement();
    double millis = measurement.getCount() * measurement.getTime().convertTo(TimeUnit.MILLISECONDS);
    return gc.getScore() / millis;
  }

  private static double allocated(Map<String, Result> extra) {
    Result r = extra.getOrDefault("gc.alloc.rate.norm", extra.get("·gc.alloc.rate.norm"));
    return r == null ? Double.NaN : r.getScore();
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream().filter(r -> method(r).equals(method)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no result of " + method))
        .getPrimaryResult().getScore();
  }

  private static String method(RunResult r) {
    String name = r.getParams().getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
