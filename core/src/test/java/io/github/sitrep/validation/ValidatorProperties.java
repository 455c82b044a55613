package io.github.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.testing.ArticleArbitraries;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated consistent articles validate clean; making one inconsistent in one respect makes
 * the standard validators report exactly that issue code.
 */
class ValidatorProperties {

  private static final ValidatorSet STANDARD = ValidatorSet.standard();

  @Property(tries = 200)
  void generatedArticlesValidateClean(@ForAll("articles") Article article) {
    assertThat(STANDARD.validate(article).getIssues()).isEmpty();
  }

  @Property(tries = 40)
  void unresolvedReference(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.REF_UNRESOLVED, Injections::unresolvedReference, a, choice);
  }

  @Property(tries = 30)
  void wrongKindOfReference(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.REF_KIND, Injections::wrongKindOfReference, a, choice);
  }

  @Property(tries = 30)
  void spanOutsideText(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.SPAN_OUTSIDE_TEXT, Injections::spanOutsideText, a, choice);
  }

  @Property(tries = 30)
  void mentionTextMismatch(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.SPAN_TEXT_MISMATCH, Injections::mentionTextMismatch, a, choice);
  }

  @Property(tries = 30)
  void duplicateId(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.ID_DUPLICATE, Injections::duplicateId, a, choice);
  }

  @Property(tries = 30)
  void sharedName(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.NAME_SHARED, Injections::sharedName, a, choice);
  }

  @Property(tries = 30)
  void eventAfterPublication(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.DATE_AFTER_PUBLICATION, Injections::eventAfterPublication, a, choice);
  }

  @Property(tries = 20)
  void statementWithoutSpeaker(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.STATEMENT_NO_SPEAKER, Injections::statementWithoutSpeaker, a, choice);
  }

  @Property(tries = 30)
  void partOfCycle(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.CYCLE_PART_OF, Injections::partOfCycle, a, choice);
  }

  @Property(tries = 30)
  void parentCycle(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.CYCLE_PARENT, Injections::parentCycle, a, choice);
  }

  @Property(tries = 20)
  void datelineNotAPlace(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly(IssueCodes.DATELINE_NOT_PLACE, Injections::datelineNotAPlace, a, choice);
  }

  @Property(tries = 20)
  void blankAlias(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly("constraint.NotBlank", Injections::blankAlias, a, choice);
  }

  @Property(tries = 20)
  void malformedCountry(@ForAll("articles") Article a, @ForAll @IntRange(max = 999) int choice) {
    assertOnly("constraint.Pattern", Injections::malformedCountry, a, choice);
  }

  private static void assertOnly(String code, BiFunction<Article, Integer, Article> inject,
      Article article, int choice) {
    ValidationReport report = STANDARD.validate(inject.apply(article, choice));
    assertThat(report.codes()).as("issues: %s", report.getIssues()).containsExactly(code);
  }

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }
}
