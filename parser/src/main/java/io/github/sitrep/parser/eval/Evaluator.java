package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Ids;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores an {@link ArticleParser} against annotated articles.
 *
 * <p>A folder holds articles as {@code NAME.txt} (UTF-8: headline, blank line, paragraphs)
 * with their expected readings as {@code NAME.expected.json} ({@link ExpectedArticle}).
 * Every {@code .txt} with such a sibling is parsed with the id {@code NAME} and the expected
 * file's {@code published} date as metadata, and scored by {@link #score(String, Article,
 * ExpectedArticle)}; other files are ignored.
 *
 * <p>What counts as a match:
 * <ul>
 *   <li>persons, organisations, forces, places: a found entity of the same kind sharing a name
 *       or alias with the expected one, compared in normal form (case, accents, hyphens,
 *       apostrophes, periods and a leading "the" ignored); one found entity matches at most one
 *       expected entity. The typed variants also need the right force kind, place kind, or a
 *       found title or role that occurs in the expected title.</li>
 *   <li>statements: the expected {@code quote_start} occurs in the found content or the
 *       found content in it, and the speaker shares a name or alias with the expected speaker;
 *       speaker attribution is the share of right speakers among the statements whose content
 *       was found.</li>
 *   <li>events: same type, one participant in common, the place when one is expected and a
 *       date that agrees when one is expected; {@code events-type} needs the type only.</li>
 *   <li>dates: of paired events whose expected event has a date, the found date range shares
 *       a day with it and is no longer.</li>
 * </ul>
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(ArticleParser.builder().build());
 * EvaluationReport report = evaluator.evaluate(Path.of("seeds/dev"));
 * }</pre>
 *
 * <p>Thread-safe when the parser is.
 */
public final class Evaluator {

  private static final String TEXT = ".txt";
  private static final String EXPECTED = ".expected.json";

  private final ArticleParser parser;

  private Evaluator(ArticleParser parser) {
    this.parser = parser;
  }

  /**
   * @param parser the parser to score
   * @return an evaluator for it
   */
  public static Evaluator of(ArticleParser parser) {
    return new Evaluator(Objects.requireNonNull(parser, "parser"));
  }

  /**
   * Parses and scores every article of a folder (not its subfolders).
   *
   * @param folder a folder of {@code NAME.txt} and {@code NAME.expected.json} files
   * @return the report, articles in file-name order
   * @throws UncheckedIOException if the folder or a file cannot be read
   */
  public EvaluationReport evaluate(Path folder) {
    return evaluate(List.of(folder));
  }

  /**
   * Parses and scores every article of several folders, as one set.
   *
   * @param folders folders of {@code NAME.txt} and {@code NAME.expected.json} files
   * @return the report, folder by folder, articles in file-name order
   * @throws UncheckedIOException if a folder or a file cannot be read
   */
  public EvaluationReport evaluate(List<Path> folders) {
    List<ArticleEvaluation> all = new ArrayList<>();
    for (Path folder : folders) {
      for (Path text : articles(Objects.requireNonNull(folder, "folder"))) {
        all.add(evaluateFile(text));
      }
    }
    return new EvaluationReport(all);
  }

  /**
   * @param folder a folder
   * @return its {@code .txt} files that have an expected file, sorted by name
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> articles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(TEXT))
          .filter(f -> Files.isRegularFile(expectedFileOf(f)))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private ArticleEvaluation evaluateFile(Path textFile) {
    ExpectedArticle expected = ExpectedArticle.read(expectedFileOf(textFile));
    String id = idOf(textFile);
    String text;
    try {
      text = Files.readString(textFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + textFile, e);
    }
    ArticleMetadata meta = ArticleMetadata.builder().id(id)
        .published(expected.publishedDate()).build();
    return score(id, parser.parse(text, meta).getArticle(), expected);
  }

  private static Path expectedFileOf(Path textFile) {
    String name = textFile.getFileName().toString();
    return textFile.resolveSibling(name.substring(0, name.length() - TEXT.length()) + EXPECTED);
  }

  private static String idOf(Path textFile) {
    String name = textFile.getFileName().toString();
    String base = name.substring(0, name.length() - TEXT.length());
    return Ids.isValid(base) ? base : Ids.slug(base);
  }

  /**
   * Scores one article already parsed; no parser is involved.
   *
   * @param id the id to report it under
   * @param found what a parser found
   * @param expected what was expected
   * @return the article's evaluation
   */
  public static ArticleEvaluation score(String id, Article found, ExpectedArticle expected) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(expected, "expected");
    Tally tally = new Tally();
    EntityScorer.score(found, expected, tally);
    StatementScorer.score(found, expected, tally);
    EventScorer.score(found, expected, tally);
    return tally.toEvaluation(id);
  }

  /**
   * Command-line entry point: {@code Evaluator FOLDER... [--baseline FILE]}. Prints the table
   * for the articles of the folders with the bundled parser; with a baseline, also lists the
   * scores below it and exits with status 1 when there are any.
   *
   * @param args folders, optionally followed by {@code --baseline FILE}
   */
  public static void main(String[] args) {
    int status = EvaluationCommand.run(List.of(args), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }
}
