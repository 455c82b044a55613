package io.github.sitrep.parser.eval;

import io.github.sitrep.parser.ArticleParser;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation as a command: {@code eval FOLDER... [--baseline FILE]}. Kept apart from
 * {@code main} so that a command-line tool can call it and tests can run it without exiting.
 */
public final class EvaluationCommand {

  /** Exit status for a run whose scores are all at or above the baseline. */
  public static final int OK = 0;
  /** Exit status for a run with a score below the baseline. */
  public static final int BELOW_BASELINE = 1;
  /** Exit status for wrong arguments or unreadable files. */
  public static final int USAGE = 2;

  private EvaluationCommand() {}

  /**
   * Evaluates the bundled parser on the articles of the folders and prints the table.
   *
   * @param args folders, optionally followed by {@code --baseline FILE}
   * @param out where the table goes
   * @param err where usage and file errors go
   * @return {@link #OK}, {@link #BELOW_BASELINE} or {@link #USAGE}
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Path> folders = new ArrayList<>();
    Optional<Path> baseline = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      if ("--baseline".equals(args.get(i)) && i + 1 < args.size()) {
        baseline = Optional.of(Path.of(args.get(++i)));
      } else if (args.get(i).startsWith("-")) {
        return usage(err);
      } else {
        folders.add(Path.of(args.get(i)));
      }
    }
    return folders.isEmpty() ? usage(err) : evaluate(folders, baseline, out, err);
  }

  private static int evaluate(List<Path> folders, Optional<Path> baseline, PrintStream out,
      PrintStream err) {
    try {
      EvaluationReport report = Evaluator.of(ArticleParser.builder().build()).evaluate(folders);
      out.print(report.toTable());
      List<String> below = baseline.map(Baseline::read).map(b -> b.regressions(report))
          .orElse(List.of());
      below.forEach(line -> out.println("BELOW BASELINE " + line));
      return below.isEmpty() ? OK : BELOW_BASELINE;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      return USAGE;
    }
  }

  private static int usage(PrintStream err) {
    err.println("usage: eval FOLDER... [--baseline FILE]");
    return USAGE;
  }
}
