package io.github.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.testing.SmallArticle;
import org.junit.jupiter.api.Test;

class ValidatorSetTest {

  private final Article small = SmallArticle.build();

  @Test
  void smallArticleValidatesClean() {
    ValidationReport report = ValidatorSet.standard().validate(small);
    assertThat(report.getIssues()).isEmpty();
    assertThat(report.clean()).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void standardSetNamesItsValidators() {
    assertThat(ValidatorSet.standard().names()).containsExactly("references", "spans", "ids",
        "names", "event-dates", "speakers", "cycles", "dateline", "constraints");
    assertThat(ValidatorSet.consistency().names()).doesNotContain("constraints").hasSize(8);
    assertThat(ValidatorSet.empty().names()).isEmpty();
  }

  @Test
  void usersAddTheirOwnValidators() {
    ArticleValidator needsEvents = (article, reporter) -> {
      if (article.getEvents().size() < 3) {
        reporter.warning("events.few", "fewer than three events", "events");
      }
    };
    ValidationReport report = ValidatorSet.standard().with("few-events", needsEvents).validate(small);
    assertThat(report.codes()).containsExactly("events.few");
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.errors()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.clean()).isFalse();
  }

  @Test
  void withAndWithoutReturnNewSets() {
    ValidatorSet standard = ValidatorSet.standard();
    ValidatorSet fewer = standard.without(ValidatorSet.NAMES).without(ValidatorSet.CONSTRAINTS);
    assertThat(fewer.names()).hasSize(7).doesNotContain("names", "constraints");
    assertThat(standard.names()).hasSize(9);
  }

  @Test
  void validatorsWithAClassOfTheirOwnAreNamedAfterIt() {
    ValidatorSet set = ValidatorSet.empty().with(new IdValidator());
    assertThat(set.names()).containsExactly("io.github.sitrep.validation.IdValidator");
    assertThat(set.without(IdValidator.class.getName()).names()).isEmpty();
    assertThatThrownBy(() -> set.with(new IdValidator())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAreCheckedUpFront() {
    ArticleValidator nothing = (article, reporter) -> { };
    assertThatThrownBy(() -> ValidatorSet.standard().with("ids", nothing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ids'");
    assertThatThrownBy(() -> ValidatorSet.standard().without("id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no validator named 'id'");
  }

  @Test
  void aThrowingValidatorIsReportedAndTheOthersStillRun() {
    ArticleValidator broken = (article, reporter) -> {
      reporter.warning("half.done", "reported before failing", "");
      throw new IllegalStateException("boom");
    };
    ArticleValidator after = (article, reporter) -> reporter.warning("after", "still ran", "");
    ValidationReport report = ValidatorSet.empty().with("broken", broken).with("after", after)
        .validate(small);
    assertThat(report.codes()).containsExactly("half.done", "validator.failed", "after");
    assertThat(report.errors()).singleElement().satisfies(i -> assertThat(i.getMessage())
        .isEqualTo("validator 'broken' failed: java.lang.IllegalStateException: boom"));
  }

  @Test
  void reportsRoundTripThroughJson() throws Exception {
    Article bad = Article.builder().from(small).source(" ").build();
    ValidationReport report = ValidatorSet.standard().validate(bad);
    String json = SitrepJson.newMapper().writeValueAsString(report);
    assertThat(SitrepJson.newMapper().readValue(json, ValidationReport.class)).isEqualTo(report);
    assertThat(json).contains("\"code\":\"constraint.Pattern\"").doesNotContain("clean");
  }
}
