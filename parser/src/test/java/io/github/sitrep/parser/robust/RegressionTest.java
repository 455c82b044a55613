package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once gave an article the validators found errors in, each named after what it
 * broke. Found by {@link ArticleParserProperties}.
 */
class RegressionTest {

  private static final ArticleParser PARSER = ArticleParser.builder().build();

  @Test
  void datelineThatNamesAForceGivesNoDatelinePlace() {
    String text = "ISIS : ";
    ParseResult result = PARSER.parse(text);
    ParseChecks.sound(text, result);
    result.getArticle().getDateline()
        .flatMap(d -> d.getPlace())
        .ifPresent(p -> assertThat(p.getKind()).isEqualTo(EntityKind.PLACE));
  }

  @Test
  void datelineThatNamesAPlaceStillGetsIt() {
    String text = "Talks resume\n\nMOSUL — Officials met on Sunday.";
    Article article = PARSER.parse(text).getArticle();
    assertThat(article.getDateline()).isPresent();
    assertThat(article.getDateline().get().getPlace().map(EntityRef::getKind))
        .contains(EntityKind.PLACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Abc, ", "Abc Def Ghi, ", "Lt. Gen. Abc Def, ", "Abc Def, aged",
      "Abc Def, aged 24", "Abc Def, a", "Abc Def, the", "Said Abc Def,"})
  void nameAndCommaAtTheEndOfTheTextLeaveNoStageFailed(String text) {
    ParseResult result = PARSER.parse(text);
    assertThat(result.getProblems()).extracting(p -> p.getCode()).doesNotContain("parser.stage-failed");
    ParseChecks.sound(text, result);
  }

  /**
   * Rules read a token or two past the last; with exactly 64 or 128 tokens (the capacity of
   * the token arrays) that read fell off the array, and the entities stage failed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Lt. Gen.", "said Dr.", "Abc D‘", "Abc D'", "Abc Def, ", "Abc Def,",
      "ASP", "Abc O'", "al-", "Abc (", "Abc Def —"})
  void textEndingJustAfterTheLastTokenLeavesNoStageFailed(String ending) {
    for (int n = 56; n < 136; n++) {
      String text = "a ".repeat(n) + ending;
      ParseResult result = PARSER.parse(text);
      assertThat(result.getProblems()).as("%d words then '%s'", n, ending)
          .extracting(p -> p.getCode()).doesNotContain("parser.stage-failed");
    }
  }

  @Test
  void countryAsTheSubjectOfSaidIsNoPlaceSpeaker() {
    String text = "Iraq said Abu Bakr al-Baghdadi ";
    ParseResult result = PARSER.parse(text);
    ParseChecks.sound(text, result);
    for (Statement s : result.getArticle().getStatements()) {
      assertThat(s.getSpeaker().map(EntityRef::getKind).orElse(null)).isNotEqualTo(EntityKind.PLACE);
      assertThat(s.isSpeakerUnknown()).isEqualTo(s.getSpeaker().isEmpty());
    }
  }

  @Test
  void countryAsTheSubjectOfAStatementKeepsItsWords() {
    String text = "Border talks\n\nIraq said on Sunday that its forces would hold the line.";
    ParseResult result = PARSER.parse(text);
    ParseChecks.sound(text, result);
    assertThat(result.getArticle().getStatements()).allSatisfy(s ->
        assertThat(s.getSpeaker().map(EntityRef::getKind).orElse(null)).isNotEqualTo(EntityKind.PLACE));
  }
}
