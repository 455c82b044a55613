package io.github.sitrep.parser.internal;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.entity.EntityMention;
import io.github.sitrep.parser.internal.entity.EntityRecognizer;
import io.github.sitrep.parser.internal.entity.LexiconIndex;
import io.github.sitrep.parser.internal.event.EventRecognizer;
import io.github.sitrep.parser.internal.layout.DatelineParts;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import io.github.sitrep.parser.internal.time.TimeMention;
import io.github.sitrep.parser.internal.time.TimeNormalizer;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The parser's stages in order: layout, entities, dates, statements, events. Stateless. */
public final class Pipeline {

  private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
  private final EntityRecognizer entityRecognizer;
  private final TimeNormalizer timeNormalizer = new TimeNormalizer();
  private final StatementRecognizer statementRecognizer = new StatementRecognizer();
  private final EventRecognizer eventRecognizer = new EventRecognizer();

  /** A pipeline with the bundled lexicons. */
  public Pipeline() {
    this(LexiconIndex.of(Lexicon.bundled()));
  }

  /** @param lexicon the compiled lexicon the recognisers look names up in */
  public Pipeline(LexiconIndex lexicon) {
    this.entityRecognizer = new EntityRecognizer(lexicon);
  }

  /**
   * @param text the article text, within the size limit
   * @param metadata what the caller knows
   * @return the result
   */
  public ParseResult run(String text, ArticleMetadata metadata) {
    Layout layout = layoutAnalyzer.analyze(text);
    Entities entities = entityRecognizer.recognize(text, layout);
    Optional<LocalDate> published = metadata.getPublished()
        .or(() -> timeNormalizer.datelineDay(text, layout));
    List<TimeMention> times = timeNormalizer.find(text, layout, published);
    List<Statement> statements = statementRecognizer.recognize(text, layout, entities, times);
    List<Event> events = eventRecognizer.recognize(text, layout, entities, statements, times);

    Article article = Article.builder()
        .id(articleId(text, metadata))
        .text(text)
        .headline(layout.headline().map(s -> Mention.in(text, s.getStart(), s.getEnd())))
        .dateline(layout.dateline().map(d -> dateline(text, d, entities, times)))
        .published(published)
        .source(metadata.getSource())
        .paragraphs(layout.paragraphs())
        .actors(entities.actors())
        .forces(entities.forces())
        .places(entities.places())
        .statements(statements)
        .events(events)
        .build();
    return ParseResult.builder().article(article).build();
  }

  private static Dateline dateline(String text, DatelineParts parts, Entities entities,
      List<TimeMention> times) {
    return Dateline.builder()
        .raw(Mention.in(text, parts.raw().getStart(), parts.raw().getEnd()))
        .place(entities.mentionsIn(parts.place()).stream().findFirst().map(EntityMention::ref))
        .agency(parts.agency().map(s -> text.substring(s.getStart(), s.getEnd())))
        .date(TimeNormalizer.within(times, parts.date()))
        .build();
  }

  /**
   * The article id: the caller's, or {@code a-} and 16 hex digits of the text's SHA-256.
   *
   * @param text the text
   * @param metadata what the caller knows
   * @return the id
   */
  public static String articleId(String text, ArticleMetadata metadata) {
    return metadata.getId().orElseGet(() -> "a-" + sha256Hex(text).substring(0, 16));
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
