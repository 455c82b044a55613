package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Statement;
import io.github.sitrep.testing.SmallArticle;
import org.junit.jupiter.api.Test;

class IdValidatorTest {

  private final IdValidator validator = new IdValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleIdsAreUnique() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void entityIdsAreUniqueAcrossKinds() {
    Place clash = Place.builder().from(small.getPlaces().get(2)).id("fhb").build();
    Article article = Article.builder().from(small).addPlace(clash).build();
    assertThat(found(validator, article)).containsExactly("id.duplicate@places[3].id");
    assertThat(ValidatorSet.empty().with("i", validator).validate(article).getIssues().get(0)
        .getMessage()).isEqualTo("id 'fhb' is already used by forces[1]");
  }

  @Test
  void statementAndEventIdsAreUnique() {
    Statement s = Statement.builder().from(small.getStatements().get(2)).id("s1").build();
    Event e = Event.builder().from(small.getEvents().get(0)).build();
    Article article = Article.builder().from(small).addStatement(s).addEvent(e).addEvent(e).build();
    assertThat(found(validator, article)).containsExactly("id.duplicate@statements[3].id",
        "id.duplicate@events[2].id", "id.duplicate@events[3].id");
  }

  @Test
  void statementsAndEventsMayShareIdsWithEntities() {
    Statement s = Statement.builder().from(small.getStatements().get(0)).id("karvan").build();
    Article article = Article.builder().from(small).addStatement(s).build();
    assertThat(found(validator, article)).isEmpty();
  }
}
