package io.github.sitrep.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.ArticleMetadata;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PipelineDatesTest {

  private static final String DATED =
      "Talks resume\n\nWASHINGTON, Jan. 13, 2017 \u2014 Envoys met on Thursday.";

  @Test
  void datelineDateIsThePublicationDateWhenMetadataHasNone() {
    Article article = new Pipeline().run(DATED, ArticleMetadata.none()).getArticle();
    assertThat(article.getPublished()).hasValue(LocalDate.of(2017, 1, 13));
    Dateline dateline = article.getDateline().orElseThrow();
    assertThat(dateline.getRaw().getText()).isEqualTo("WASHINGTON, Jan. 13, 2017 \u2014");
    TimeExpression date = dateline.getDate().orElseThrow();
    assertThat(date.getText()).isEqualTo("Jan. 13, 2017");
    assertThat(date.getPrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(date.getEarliest()).hasValue(LocalDate.of(2017, 1, 13));
  }

  @Test
  void metadataDateWinsOverTheDateline() {
    ArticleMetadata meta = ArticleMetadata.builder().published(LocalDate.of(2017, 1, 14)).build();
    Article article = new Pipeline().run(DATED, meta).getArticle();
    assertThat(article.getPublished()).hasValue(LocalDate.of(2017, 1, 14));
    assertThat(article.getDateline().flatMap(Dateline::getDate).flatMap(TimeExpression::getEarliest))
        .hasValue(LocalDate.of(2017, 1, 13));
  }

  @Test
  void datelineWithoutYearGivesNoPublicationDate() {
    String text = "Council meets\n\nNEW YORK, Dec. 11 (Reuters) - The council met.";
    Article article = new Pipeline().run(text, ArticleMetadata.none()).getArticle();
    assertThat(article.getPublished()).isEmpty();
    Dateline dateline = article.getDateline().orElseThrow();
    assertThat(dateline.getAgency()).hasValue("Reuters");
    assertThat(dateline.getDate().map(TimeExpression::getPrecision))
        .hasValue(DatePrecision.UNRESOLVED);
  }
}
