package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Fixture;
import io.github.sitrep.parser.internal.discourse.SeedFixture;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed read by the statement and event recognisers over hand-built entities and dates,
 * and by the whole parser.
 */
public final class HandBuiltSeed {

  private HandBuiltSeed() {}

  /** @return the seed as the whole parser reads it, published on 2017-12-11 */
  public static Article parsed() {
    return io.github.sitrep.parser.ArticleParser.builder().build().parse(SeedFixture.read(),
        io.github.sitrep.parser.ArticleMetadata.builder()
            .published(LocalDate.of(2017, 12, 11)).build()).getArticle();
  }

  /** @return the seed as an article with statements and events */
  public static Article article() {
    Fixture f = SeedFixture.seed();
    Entities entities = f.entities();
    List<Statement> statements = new StatementRecognizer()
        .recognize(f.text(), f.layout(), entities, f.times());
    List<Event> events = new EventRecognizer()
        .recognize(f.text(), f.layout(), entities, statements, f.times());
    return Article.builder().id("seed").text(f.text()).published(LocalDate.of(2017, 12, 11))
        .actors(entities.actors()).forces(entities.forces()).places(entities.places())
        .statements(statements).events(events).build();
  }
}
