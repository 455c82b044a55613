package io.github.sitrep.cli;

import io.github.sitrep.model.Article;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of {@code sitrep parse} over its inputs: reads and parses each, writes each article
 * as soon as it is parsed, reports a failed input in one line and goes on, and ends with a
 * count. An input fails when it cannot be read or its parse reports an error-level problem;
 * a failed input writes nothing.
 */
final class ParseRun {

  private final PrintWriter err;
  private final boolean debug;
  private Progress progress;
  private int failed;
  private int written;

  ParseRun(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
    this.progress = new Progress(err, 0, false);
  }

  /**
   * Reports an input that failed.
   *
   * @param name the input as given
   * @param message what went wrong
   */
  void fail(String name, String message) {
    progress.message("sitrep: " + name + ": " + message);
    failed++;
  }

  /** @return the number of inputs that failed so far */
  int failed() {
    return failed;
  }

  /**
   * Parses every input and writes the articles.
   *
   * @param files the inputs
   * @param parser the parser
   * @param metadata the metadata of each input
   * @param destination where articles go
   * @param reader reads the text of each input
   * @param bar whether to draw a progress bar
   * @return the exit code: 0 when no input failed, 1 otherwise
   * @throws IOException if writing fails; reading and parsing failures are reported instead
   */
  int parseAll(List<Input> files, ArticleParser parser, Function<Input, ArticleMetadata> metadata,
      Destination destination, ArticleReader reader, boolean bar) throws IOException {
    progress = new Progress(err, files.size(), bar);
    for (int i = 0; i < files.size(); i++) {
      Input input = files.get(i);
      progress.step(i, input.name());
      Optional<Article> article = parseOne(input, parser, metadata, reader);
      if (article.isPresent()) {
        destination.write(input, article.get());
        written++;
      }
    }
    progress.step(files.size(), "");
    progress.clear();
    if (files.size() > 1 || failed > 0) {
      err.println("sitrep: " + written + (written == 1 ? " article" : " articles") + " written, "
          + failed + " failed");
      err.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private Optional<Article> parseOne(Input input, ArticleParser parser,
      Function<Input, ArticleMetadata> metadata, ArticleReader reader) {
    try {
      ParseResult result = parser.parse(reader.read(input), metadata.apply(input));
      List<Issue> errors = result.getProblems().stream()
          .filter(p -> p.getSeverity() == Severity.ERROR).toList();
      if (errors.isEmpty()) {
        return Optional.of(result.getArticle());
      }
      errors.forEach(e -> progress.message("sitrep: " + input.name() + ": " + e.getCode() + ": " + e.getMessage()));
      failed++;
    } catch (IOException | RuntimeException e) {
      fail(input.name(), Messages.of(e));
      if (debug) {
        e.printStackTrace(err);
      }
    }
    return Optional.empty();
  }
}
