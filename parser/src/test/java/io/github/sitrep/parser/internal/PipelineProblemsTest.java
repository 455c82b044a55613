package io.github.sitrep.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.validation.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PipelineProblemsTest {

  private static final ArticleParser PARSER = ArticleParser.builder().build();

  @Test
  void seedParsesWithoutErrorLevelProblems() throws IOException {
    String text = Files.readString(Path.of("../seeds/000_d761ccc542c0aeb6.txt"));
    ParseResult result = PARSER.parse(text,
        ArticleMetadata.builder().published(LocalDate.of(2017, 12, 11)).build());

    assertThat(result.hasErrors()).as("problems: %s", result.getProblems()).isFalse();
    assertThat(result.getArticle().getForces()).isNotEmpty();
  }

  @Test
  void emptyInputGivesAnEmptyArticleAndSaysSo() {
    ParseResult result = PARSER.parse("");

    assertThat(result.getProblems()).extracting(Issue::getCode).containsExactly("input.empty");
    assertThat(result.getArticle().getText()).isEmpty();
    assertThat(result.getArticle().entities()).isEmpty();
  }

  @Test
  void aCallerIdThatIsNotAWellFormedIdIsMadeIntoOne() {
    ParseResult result = PARSER.parse("Headline\n\nBody text.",
        ArticleMetadata.builder().id("Reuters Story 12.txt").build());

    assertThat(result.getArticle().getId()).isEqualTo("reuters-story-12-txt");
  }
}
