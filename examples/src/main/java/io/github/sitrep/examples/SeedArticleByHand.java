package io.github.sitrep.examples;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Span;
import io.github.sitrep.validation.ValidationReport;
import io.github.sitrep.validation.ValidatorSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the model of the seed article (a Rudaw English report of 11 December 2017) by hand
 * with the builders, validates it and prints its JSON: every person, organisation, force,
 * place, statement and event of the article, each pointing at the real characters of the
 * text it was read from.
 *
 * <pre>{@code
 * Article seed = SeedArticleByHand.build();
 * ValidationReport report = ValidatorSet.standard().validate(seed);   // no issues
 * String json = SitrepJson.write(seed);
 * }</pre>
 *
 * <p>Run it from the repository root or any folder below it, or give the path of the seed
 * text as the first argument.
 */
public final class SeedArticleByHand {

  /** The seed text, relative to the repository root. */
  public static final String SEED = "seeds/000_d761ccc542c0aeb6.txt";

  private SeedArticleByHand() {}

  /**
   * Builds the seed article, validates it and prints its JSON, or its issues if it has any.
   *
   * @param args optionally the path of the seed text
   */
  public static void main(String[] args) {
    Article article = build(read(args.length > 0 ? Path.of(args[0]) : locate()));
    ValidationReport report = ValidatorSet.standard().validate(article);
    report.getIssues().forEach(i -> System.err.println(i.getCode() + " " + i.getPath() + ": " + i.getMessage()));
    System.out.println(SitrepJson.write(article));
  }

  /**
   * @return the seed article, its text read from {@link #SEED}
   * @throws UncheckedIOException if the seed text cannot be found or read
   */
  public static Article build() {
    return build(read(locate()));
  }

  /**
   * @param text the seed text, exactly as in {@link #SEED}
   * @return the seed article
   * @throws IllegalArgumentException if a word the model points at is not in the text
   */
  public static Article build(String text) {
    TextFinder f = new TextFinder(text);
    SeedEntities entities = new SeedEntities(f);
    SeedReports reports = new SeedReports(f);
    return Article.builder()
        .id("000_d761ccc542c0aeb6")
        .text(text)
        .headline(f.mention("Iraqi, Syrian defense forces agree to coordinate border security"))
        .dateline(Dateline.builder().raw(f.mention("ERBIL", "Region \u2014"))
            .place(EntityRef.place("erbil")).build())
        .published(LocalDate.of(2017, 12, 11))
        .source("Rudaw English")
        .paragraphs(paragraphs(text))
        .actors(entities.actors())
        .forces(entities.forces())
        .places(entities.places())
        .statements(reports.statements())
        .events(reports.events())
        .build();
  }

  /** The blocks of text after the headline, separated by blank lines. */
  static List<Span> paragraphs(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int start = text.indexOf("\n\n");
    while (start >= 0) {
      start += 2;
      int end = text.indexOf("\n\n", start);
      paragraphs.add(Span.of(start, end < 0 ? text.length() : end));
      start = end;
    }
    return paragraphs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed text " + file, e);
    }
  }

  /** Looks for {@link #SEED} in the working folder and the folders above it. */
  static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SEED);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new UncheckedIOException(new IOException(SEED + " not found in "
        + Path.of("").toAbsolutePath() + " or the folders above it"));
  }
}
