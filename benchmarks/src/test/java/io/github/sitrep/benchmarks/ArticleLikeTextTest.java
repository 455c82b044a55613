package io.github.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleLikeTextTest {

  private static final List<String> ARTICLES = List.of(
      "Headline one\nBAMAKO — Gunmen attacked an army post on Sunday, the army said.\n",
      "Headline two\n\nKYIV — \"We held the line,\" a spokesman told reporters.\n");

  @ParameterizedTest
  @ValueSource(ints = {1024, 8192, 65536, 1 << 20})
  void isCutAtAWordBoundaryJustUnderTheSize(int size) {
    String text = ArticleLikeText.of(ARTICLES, size);
    assertThat(text.length()).isLessThanOrEqualTo(size).isGreaterThan(size - 16);
    assertThat(text).startsWith("Forces clash along the border as talks stall\n\n");
    assertThat(text.charAt(text.length() - 1)).isNotEqualTo(' ');
  }

  @Test
  void repeatsTheBodiesWithoutTheirHeadlines() {
    String text = ArticleLikeText.of(ARTICLES, 4096);
    assertThat(text).doesNotContain("Headline").contains("BAMAKO — Gunmen", "KYIV — \"We held");
  }

  @Test
  void developmentCorpusIsFoundFromTheModuleFolder() {
    assertThat(Corpus.dev()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(Corpus.seed()).startsWith("Iraqi");
  }
}
