package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;

/**
 * The parser's promises over any text: it never throws, its article validates without an
 * error, every span lies inside the text, and the same input gives an equal result every
 * time, from a parser that has parsed other text before or from a new one.
 */
class ArticleParserProperties {

  private static final ArticleParser PARSER = ArticleParser.builder().build();

  @Property(tries = 300)
  void anyStringGivesASoundResult(@ForAll @StringLength(max = 300) String text) {
    ParseChecks.sound(text, PARSER.parse(text));
  }

  @Property(tries = 400)
  void articleLikeTextGivesASoundResult(@ForAll("articleLike") String text) {
    ParseChecks.sound(text, PARSER.parse(text));
  }

  @Property(tries = 500)
  void shortArticleLikeTextGivesASoundResult(@ForAll("shortText") String text) {
    ParseChecks.sound(text, PARSER.parse(text));
  }

  @Property(tries = 200)
  void articleLikeTextWithAPublicationDateGivesASoundResult(@ForAll("articleLike") String text,
      @ForAll("days") LocalDate published) {
    ParseResult result = PARSER.parse(text, ArticleMetadata.builder().published(published).build());
    ParseChecks.sound(text, result);
    assertThat(result.getArticle().getPublished()).contains(published);
  }

  @Property(tries = 200)
  void theSameInputGivesAnEqualResultAfterOtherInput(@ForAll("articleLike") String text,
      @ForAll("articleLike") String other) {
    ParseResult first = PARSER.parse(text);
    PARSER.parse(other);
    assertThat(PARSER.parse(text)).isEqualTo(first);
  }

  @Property(tries = 25)
  void aNewParserGivesTheResultOfAUsedOne(@ForAll("articleLike") String text) {
    assertThat(ArticleParser.builder().build().parse(text)).isEqualTo(PARSER.parse(text));
  }

  @Provide
  Arbitrary<String> articleLike() {
    return ArticlePieces.text(120);
  }

  @Provide
  Arbitrary<String> shortText() {
    return ArticlePieces.text(6);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31)),
        Arbitraries.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2017, 12, 11)));
  }
}
