package io.github.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.testing.ArticleArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModelProperties {

  @Property(tries = 100)
  void builderFromGivesAnEqualArticle(@ForAll("articles") Article article) {
    Article copy = Article.builder().from(article).build();
    assertThat(copy).isEqualTo(article).hasSameHashCodeAs(article);
  }

  @Property(tries = 100)
  void builderFromGivesEqualParts(@ForAll("articles") Article article) {
    article.getActors().forEach(a -> assertThat(Actor.builder().from(a).build()).isEqualTo(a));
    article.getForces().forEach(f -> assertThat(Force.builder().from(f).build()).isEqualTo(f));
    article.getPlaces().forEach(p -> assertThat(Place.builder().from(p).build()).isEqualTo(p));
    article.getStatements().forEach(s -> assertThat(Statement.builder().from(s).build()).isEqualTo(s));
    article.getEvents().forEach(e -> assertThat(Event.builder().from(e).build()).isEqualTo(e));
  }

  @Property(tries = 100)
  void everyMentionCoversItsText(@ForAll("articles") Article article) {
    for (Entity e : article.entities()) {
      assertThat(e.getMentions()).isNotEmpty()
          .allSatisfy(m -> assertThat(article.covered(m.getSpan())).isEqualTo(m.getText()));
    }
  }

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }
}
