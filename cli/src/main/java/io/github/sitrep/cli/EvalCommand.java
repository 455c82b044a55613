package io.github.sitrep.cli;

import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.eval.Baseline;
import io.github.sitrep.parser.eval.EvaluationReport;
import io.github.sitrep.parser.eval.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: scores the parser on folders of annotated articles. */
@Command(name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Parses every NAME.txt that has a NAME.expected.json beside it and prints precision,",
      "recall and F1 per kind of thing (persons, forces, places, statements, events...),",
      "then each article's misses (-) and false finds (+). docs/evaluation.md describes",
      "the expected-file format and the scoring."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored (and, with --baseline, no score below it)",
      "1:a score below the baseline, or a file that could not be read",
      "2:usage error"})
final class EvalCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private Debug debug;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of annotated articles.")
  private List<Path> folders;

  @Mixin
  private LexiconOptions lexicons;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Scores to stay at or above; lists each score below it.")
  private Path baseline;

  @Override
  public Integer call() {
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(spec.commandLine(), "not a folder: " + folder);
      }
      if (Evaluator.articles(folder).isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            folder + " holds no NAME.txt with a NAME.expected.json beside it");
      }
    }
    ArticleParser parser = lexicons.addTo(ArticleParser.builder(), spec).build();
    EvaluationReport report = Evaluator.of(parser).evaluate(folders);
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.toTable());
    List<String> below = baseline == null ? List.of() : Baseline.read(baseline).regressions(report);
    below.forEach(line -> out.println("BELOW BASELINE " + line));
    out.flush();
    return below.isEmpty() ? 0 : 1;
  }
}
