package io.github.sitrep.cli;

import io.github.sitrep.json.ArticleJsonException;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.ValidationReport;
import io.github.sitrep.validation.ValidatorSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep validate}: checks article JSON with the standard validators. */
@Command(name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads article JSON (one article per .json file, one per line in .jsonl) and runs the",
      "standard validators: references, spans, ids, names, event dates, speakers, cycles,",
      "the dateline and the field constraints. Prints each issue; a folder is read for its",
      ".json and .jsonl files."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error-level issue",
      "1:an error-level issue, or a file that is not article JSON",
      "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private Debug debug;

  @Parameters(arity = "1..*", paramLabel = "FILE.json|DIR|-", description = "Article JSON to check.")
  private List<String> inputs;

  private PrintWriter out;
  private int articles;
  private int failed;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    List<Input> files = Inputs.expand(inputs, Inputs.JSON, this::fail);
    ValidatorSet validators = ValidatorSet.standard();
    for (Input input : files) {
      checkFile(input, validators);
    }
    out.flush();
    if (files.size() > 1 || articles > 1 || failed > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("sitrep: " + articles + (articles == 1 ? " article" : " articles") + " checked, "
          + failed + " with errors or unreadable");
      err.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private void checkFile(Input input, ValidatorSet validators) {
    try {
      String text = read(input);
      if (input.name().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            check(input.name() + ":" + (i + 1), lines.get(i), validators);
          }
        }
      } else {
        check(input.name(), text, validators);
      }
    } catch (IOException | RuntimeException e) {
      fail(input.name(), Messages.of(e));
      if (debug.debug) {
        e.printStackTrace(spec.commandLine().getErr());
      }
    }
  }

  private static String read(Input input) throws IOException {
    if (input.path().isPresent()) {
      return java.nio.file.Files.readString(input.path().get(), StandardCharsets.UTF_8);
    }
    return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private void check(String name, String json, ValidatorSet validators) {
    Article article;
    try {
      article = SitrepJson.read(json);
    } catch (ArticleJsonException e) {
      fail(name, "not article JSON: " + e.getMessage());
      return;
    }
    articles++;
    ValidationReport report = validators.validate(article);
    report.getIssues().forEach(issue -> out.println(name + ": " + describe(issue)));
    if (report.clean()) {
      out.println(name + ": ok");
    }
    if (report.hasErrors()) {
      failed++;
    }
  }

  /**
   * @param issue an issue
   * @return "ERROR ref.unresolved at events[0].place: message [12..20]"
   */
  static String describe(Issue issue) {
    StringBuilder s = new StringBuilder().append(issue.getSeverity()).append(' ').append(issue.getCode());
    if (!issue.getPath().isEmpty()) {
      s.append(" at ").append(issue.getPath());
    }
    s.append(": ").append(issue.getMessage());
    issue.getSpan().ifPresent(sp -> s.append(" [").append(sp.getStart()).append("..").append(sp.getEnd()).append(']'));
    return s.toString();
  }

  private void fail(String name, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sitrep: " + name + ": " + message);
    err.flush();
    failed++;
  }
}
