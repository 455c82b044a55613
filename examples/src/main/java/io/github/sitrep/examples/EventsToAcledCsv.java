package io.github.sitrep.examples;

import io.github.sitrep.export.AcledCsvWriter;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses articles and writes their events as an ACLED-shaped CSV: one row per event that
 * happened (or is claimed to have), with date, type, actors, place and fatalities.
 *
 * <pre>
 * java io.github.sitrep.examples.EventsToAcledCsv events.csv seeds/000_d761ccc542c0aeb6.txt
 * </pre>
 */
public final class EventsToAcledCsv {

  private EventsToAcledCsv() {}

  /**
   * @param args the CSV file to write, then the article files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EventsToAcledCsv OUT.csv ARTICLE.txt...");
      return;
    }
    Path[] articles = new Path[args.length - 1];
    for (int i = 1; i < args.length; i++) {
      articles[i - 1] = Path.of(args[i]);
    }
    Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.println(run(out, Optional.empty(), "example", articles) + " events written to " + args[0]);
  }

  /**
   * @param out where the CSV goes; closed at the end
   * @param published the publication date of the articles, if known
   * @param source the outlet, written in the source column
   * @param articles the article files
   * @return the number of event rows written
   * @throws IOException if a file cannot be read or the CSV written
   */
  public static int run(Writer out, Optional<LocalDate> published, String source, Path... articles)
      throws IOException {
    ArticleParser parser = ArticleParser.builder().build();
    int rows = 0;
    try (AcledCsvWriter csv = new AcledCsvWriter(out)) {
      for (Path file : articles) {
        ArticleMetadata metadata = ArticleMetadata.builder().published(published).source(source).build();
        rows += csv.write(parser.parse(Files.readString(file, StandardCharsets.UTF_8), metadata).getArticle());
      }
    }
    return rows;
  }
}
