package io.github.sitrep.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.validation.Issue;
import org.junit.jupiter.api.Test;

class InputCheckTest {

  private static String codes(String text) {
    return String.join(",", InputCheck.check(text).stream().map(Issue::getCode).toList());
  }

  @Test
  void plainArticleTextHasNoProblem() {
    assertThat(codes("Headline\n\nGunmen attacked a post on Sunday, the army said.\n")).isEmpty();
  }

  @Test
  void emptyAndBlankTextAreReported() {
    assertThat(codes("")).isEqualTo("input.empty");
    assertThat(codes(" \n\t \n")).isEqualTo("input.empty");
  }

  @Test
  void controlCharactersMarkBinaryInput() {
    assertThat(codes("PK\u0003\u0004\u0000\u0000\u0008\u0000abc")).isEqualTo("input.binary");
  }

  @Test
  void aFewControlCharactersInLongTextAreTolerated() {
    assertThat(codes("x".repeat(1000) + "\u0007")).isEmpty();
  }

  @Test
  void unpairedSurrogatesAndReplacementCharactersAreReported() {
    assertThat(codes("cut \uD83D here")).isEqualTo("input.unpaired-surrogate");
    assertThat(codes("tail \uDE00")).isEqualTo("input.unpaired-surrogate");
    assertThat(codes("a pair \uD83D\uDE00 is fine")).isEmpty();
    assertThat(codes("Caf\uFFFD")).isEqualTo("input.replacement-character");
  }
}
