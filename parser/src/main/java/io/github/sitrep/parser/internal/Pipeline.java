package io.github.sitrep.parser.internal;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
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
import io.github.sitrep.model.Ids;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import io.github.sitrep.validation.ValidatorSet;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parser's stages in order: input check, layout, entities, dates, statements, events,
 * then the consistency validators over the result. Statements and events read one
 * {@link Discourse} of the text, built once per parse. Stateless.
 *
 * <p>A stage that fails with a runtime exception is a bug; the pipeline still returns what
 * the stages before it read, with a {@code parser.stage-failed} error naming the stage, so
 * that one bad article never stops a batch.
 */
public final class Pipeline {

  private static final ValidatorSet VALIDATORS = ValidatorSet.consistency();

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
    List<Issue> problems = new ArrayList<>(InputCheck.check(text));
    Layout layout = stage("layout", problems, () -> layoutAnalyzer.analyze(text), Layout.EMPTY);
    Entities entities = stage("entities", problems,
        () -> entityRecognizer.recognize(text, layout), Entities.NONE);
    Optional<LocalDate> published = metadata.getPublished()
        .or(() -> stage("dates", problems, () -> timeNormalizer.datelineDay(text, layout),
            Optional.<LocalDate>empty()));
    List<TimeMention> times = stage("dates", problems,
        () -> timeNormalizer.find(text, layout, published), List.of());
    Discourse discourse = stage("discourse", problems,
        () -> new Discourse(text, layout, entities), null);
    TimeIndex timeIndex = discourse == null ? null
        : stage("discourse", problems, () -> new TimeIndex(discourse, times), null);
    List<Statement> statements = timeIndex == null ? List.of() : stage("statements", problems,
        () -> statementRecognizer.recognize(discourse, timeIndex), List.of());
    List<Event> events = timeIndex == null ? List.of() : stage("events", problems,
        () -> eventRecognizer.recognize(discourse, statements, timeIndex), List.of());

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
    problems.addAll(VALIDATORS.validate(article).getIssues());
    return ParseResult.builder().article(article).problems(problems).build();
  }

  private static <T> T stage(String name, List<Issue> problems, Supplier<T> work, T fallback) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(Issue.of("parser.stage-failed", Severity.ERROR, "the " + name
          + " stage failed (" + e.getClass().getSimpleName() + "); its results are missing", ""));
      return fallback;
    }
  }

  private static Dateline dateline(String text, DatelineParts parts, Entities entities,
      List<TimeMention> times) {
    return Dateline.builder()
        .raw(Mention.in(text, parts.raw().getStart(), parts.raw().getEnd()))
        .place(entities.mentionsIn(parts.place()).stream().map(EntityMention::ref)
            .filter(r -> r.getKind() == EntityKind.PLACE).findFirst())
        .agency(parts.agency().map(s -> text.substring(s.getStart(), s.getEnd())))
        .date(TimeNormalizer.within(times, parts.date()))
        .build();
  }

  /**
   * The article id: the caller's (made into a well-formed id with {@link Ids#slug} when it
   * is not one), or {@code a-} and 16 hex digits of the text's SHA-256.
   *
   * @param text the text
   * @param metadata what the caller knows
   * @return the id
   */
  public static String articleId(String text, ArticleMetadata metadata) {
    return metadata.getId()
        .map(id -> Ids.isValid(id) ? id : Ids.slug(id))
        .orElseGet(() -> "a-" + sha256Hex(text).substring(0, 16));
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
