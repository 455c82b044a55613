package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Statement;
import io.github.sitrep.testing.SmallArticle;
import org.junit.jupiter.api.Test;

class SpeakerValidatorTest {

  private final SpeakerValidator validator = new SpeakerValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleStatementsHaveSpeakersOrSayUnknown() {
    assertThat(small.getStatements()).anyMatch(Statement::isSpeakerUnknown)
        .anyMatch(s -> s.getSpeaker().isPresent());
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void statementWithNeitherSpeakerNorUnknownMark() {
    Statement silent = Statement.builder().from(small.getStatements().get(0)).id("s4")
        .speakerUnknown(false).build();
    Article article = Article.builder().from(small).addStatement(silent).build();
    ValidationReport report = ValidatorSet.empty().with("s", validator).validate(article);
    assertThat(report.getIssues()).singleElement().satisfies(i -> {
      assertThat(i.getCode() + "@" + i.getPath()).isEqualTo("statement.no-speaker@statements[3].speaker");
      assertThat(i.getSpan()).contains(silent.getContent().getSpan());
    });
  }
}
