package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.testing.SmallArticle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineValidatorTest {

  private final DatelineValidator validator = new DatelineValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleDatelineNamesAPlace() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void datelineNamingAForce() {
    assertThat(found(validator, withDatelinePlace(Optional.of(EntityRef.force("fhb")))))
        .containsExactly("dateline.not-place@dateline.place");
  }

  @Test
  void datelineWithoutPlaceOrWithoutDatelineIsFine() {
    assertThat(found(validator, withDatelinePlace(Optional.empty()))).isEmpty();
    assertThat(found(validator, Article.builder().from(small).dateline(Optional.empty()).build()))
        .isEmpty();
  }

  @Test
  void missingPlaceIsReportedByTheReferenceValidatorOnly() {
    Article article = withDatelinePlace(Optional.of(EntityRef.place("nowhere")));
    assertThat(ValidatorSet.standard().validate(article).codes()).containsExactly("ref.unresolved");
  }

  private Article withDatelinePlace(Optional<EntityRef> place) {
    return Article.builder().from(small)
        .dateline(Dateline.builder().from(small.getDateline().get()).place(place).build()).build();
  }
}
