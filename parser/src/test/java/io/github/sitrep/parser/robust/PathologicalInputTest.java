package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.validation.Severity;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabytes of what each rule of the parser looks at, through the whole parser. A rule that
 * went back over the text, or a pattern that backtracked, would run for minutes or hours
 * here; linear parsing takes seconds. Each result must still be a sound article.
 */
class PathologicalInputTest {

  private static final int MIB = 1 << 20;
  private static final ArticleParser PARSER =
      ArticleParser.builder().maxInputChars(16 * MIB).build();

  static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private static ParseResult parseSound(String text) {
    ParseResult result = PARSER.parse(text);
    ParseChecks.sound(text, result);
    assertThat(result.getProblems()).noneMatch(p -> p.getSeverity() == Severity.ERROR);
    return result;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "“", "”", "'", "‘", "’", "« ", "\"a\" ", "“Abc said ", "\" said Gen. X. "})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void megabytesOfQuoteMarks(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Abc ", "Abc Def Ghi, ", "Islamic State ", "Iraqi Security Forces ",
      "Lt. Gen. Abc Def ", "President Abc said ", "ABC ", "Abc-Def ", "Mosul Baghdad Kirkuk "})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void megabytesOfCapitalisedWords(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"al-", "al-Abc ", "al-al-", "Abu al-Abc bin ", "bin ", "ibn al-",
      "van der ", "de la "})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void megabytesOfNameParticles(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ". ", "...", "U.S. ", "Lt. Gen. ", "a.b.c.", "No. 1. ", "Jan. ",
      "St. ", "e.g. ", "A. "})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void megabytesOfDotsAndAbbreviations(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"killed ", "said ", "on Sunday ", "December 11, 2017 ", "at least 12 ",
      "attacked the ", "according to ", "told ", "\n", "\n\n", " ", "\t", "—", "(", ")"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void megabytesOfCueAndEventWords(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void oneFiveMegabyteLineOfArticleText() {
    String line = repeat("Lt. Gen. Abc Def, commander of the Iraqi Security Forces (ISF), said "
        + "\"we will hold al-Qaim\" on Sunday, December 11, 2017, after 12 people were killed "
        + "in Mosul. ", 5 * MIB);
    Article article = parseSound("Headline\n" + line).getArticle();
    assertThat(article.getParagraphs()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void binaryJunk() {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder(MIB);
    for (int i = 0; i < MIB; i++) {
      sb.append((char) (i % 3 == 0 ? random.nextInt(0x10000) : random.nextInt(0x100)));
    }
    parseSound(sb.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDC00", "\uDC00\uD800", "a\uD800 ", "Abc\uDBFF Def ",
      "\"\uD800\" ", "\u0000", "\uFEFF", "\u202E", "\u0301"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void unpairedSurrogatesAndOddCharacters(String unit) {
    parseSound(repeat(unit, MIB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\n\n\n", "   \t \r\n \u00A0 \u2028 ", "Headline",
      "Headline only, one line with no end", "MOSUL —", "\"", "a", "."})
  void emptyWhitespaceAndOneLine(String text) {
    Article article = parseSound(text).getArticle();
    if (text.isBlank()) {
      assertThat(article.getStatements()).isEmpty();
      assertThat(article.getEvents()).isEmpty();
      assertThat(article.getActors()).isEmpty();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesOverTheLimitAreRefusedWithAClearProblem() {
    ArticleParser parser = ArticleParser.builder().build();
    String text = repeat("Abc def. ", parser.maxInputChars() + 10 * MIB);
    ParseResult result = parser.parse(text);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo("input.too-large");
      assertThat(p.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(p.getMessage()).contains(String.valueOf(text.length()),
          String.valueOf(parser.maxInputChars()), "maxInputChars");
    });
    assertThat(result.getArticle().getText()).isEmpty();
    ParseChecks.validatesClean(result.getArticle());
  }

  @Test
  void textAtTheLimitIsParsedAndOneMoreCharacterIsRefused() {
    ArticleParser parser = ArticleParser.builder().maxInputChars(1000).build();
    String atLimit = repeat("Abc said. ", 1000).substring(0, 1000);
    ParseChecks.sound(atLimit, parser.parse(atLimit));
    assertThat(parser.parse(atLimit + "x").getProblems())
        .extracting(p -> p.getCode()).containsExactly("input.too-large");
  }
}
