package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Force;
import io.github.sitrep.testing.SmallArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameValidatorTest {

  private final NameValidator validator = new NameValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleNamesAreDistinct() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void aliasSharedWithAnotherEntityIgnoringCaseAndSpacing() {
    Actor dost = Actor.builder().from(small.getActors().get(0)).addAlias(" northern\u00a0 ARMY ").build();
    Article article = Article.builder().from(small)
        .actors(List.of(dost, small.getActors().get(1))).build();
    ValidationReport report = ValidatorSet.empty().with("n", validator).validate(article);
    assertThat(report.getIssues()).singleElement().satisfies(i -> {
      assertThat(i.getCode() + "@" + i.getPath()).isEqualTo("name.shared@forces[0].name");
      assertThat(i.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(i.getMessage()).isEqualTo("'Northern Army' also names actors[0]; "
          + "references by name are ambiguous");
    });
  }

  @Test
  void nameSharedBetweenTwoEntitiesOfTheSameKind() {
    Force twin = Force.builder().from(small.getForces().get(2)).id("twin").name("Alliance")
        .addAlias("Free Hills Brigade").build();
    Article article = Article.builder().from(small).addForce(twin).build();
    assertThat(found(validator, article)).containsExactly("name.shared@forces[3].aliases[0]");
  }

  @Test
  void anEntityMayRepeatItsOwnName() {
    Force fhb = small.getForces().get(1);
    Force repeated = Force.builder().from(fhb).addAlias("free hills brigade").addAlias("FHB").build();
    Article article = Article.builder().from(small)
        .forces(List.of(small.getForces().get(0), repeated, small.getForces().get(2))).build();
    assertThat(found(validator, article)).isEmpty();
  }

  @Test
  void normalizeCollapsesSpaceAndCase() {
    assertThat(NameValidator.normalize("  Deir \t ez-Zor\u2009PROVINCE ")).isEqualTo("deir ez-zor province");
    assertThat(NameValidator.normalize(" \n")).isEmpty();
  }
}
