package io.github.sitrep.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.entity.EntityRecognizer;
import io.github.sitrep.parser.internal.entity.LexiconIndex;
import io.github.sitrep.parser.internal.event.EventRecognizer;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import io.github.sitrep.parser.internal.time.TimeMention;
import io.github.sitrep.parser.internal.time.TimeNormalizer;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline builds one discourse of the text for both the statement and the event
 * recogniser; each recogniser building its own must give the same statements and events.
 */
class PipelineSharedDiscourseTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2017, 12, 11);
  private static final Pipeline PIPELINE = new Pipeline();

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> dev = Files.list(Path.of("..", "seeds", "dev"))) {
      return Stream.concat(Stream.of(Path.of("..", "seeds", "000_d761ccc542c0aeb6.txt")),
          dev.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream());
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void sharedDiscourseGivesTheStatementsAndEventsOfSeparateOnes(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Article article = PIPELINE.run(text,
        ArticleMetadata.builder().published(PUBLISHED).build()).getArticle();

    Layout layout = new LayoutAnalyzer().analyze(text);
    Entities entities = new EntityRecognizer(LexiconIndex.of(Lexicon.bundled()))
        .recognize(text, layout);
    List<TimeMention> times = new TimeNormalizer().find(text, layout, Optional.of(PUBLISHED));
    List<Statement> statements = new StatementRecognizer()
        .recognize(text, layout, entities, times);
    List<Event> events = new EventRecognizer()
        .recognize(text, layout, entities, statements, times);

    assertThat(article.getStatements()).isEqualTo(statements);
    assertThat(article.getEvents()).isEqualTo(events);
  }
}
