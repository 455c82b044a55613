package io.github.sitrep.examples;

import io.github.sitrep.export.ArticleSummary;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses one article and prints its summary: people, forces, places, who said what, events.
 *
 * <pre>
 * java io.github.sitrep.examples.ParseAndSummarize seeds/000_d761ccc542c0aeb6.txt 2017-12-11
 * </pre>
 */
public final class ParseAndSummarize {

  private ParseAndSummarize() {}

  /**
   * @param args the article file, and optionally its publication date (YYYY-MM-DD)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ParseAndSummarize ARTICLE.txt [YYYY-MM-DD]");
      return;
    }
    Optional<LocalDate> published = args.length > 1 ? Optional.of(LocalDate.parse(args[1])) : Optional.empty();
    run(Path.of(args[0]), published, System.out);
  }

  /**
   * @param file an article: headline on the first line, then the body
   * @param published its publication date, which relative dates are resolved against
   * @param out where the summary goes
   * @return the parse result
   * @throws IOException if the file cannot be read
   */
  public static ParseResult run(Path file, Optional<LocalDate> published, PrintStream out)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ArticleParser parser = ArticleParser.builder().build();
    ParseResult result = parser.parse(text, ArticleMetadata.builder().published(published).build());
    out.print(ArticleSummary.of(result.getArticle()));
    result.getProblems().forEach(p -> out.println("problem: " + p.getSeverity() + " " + p.getMessage()));
    return result;
  }
}
