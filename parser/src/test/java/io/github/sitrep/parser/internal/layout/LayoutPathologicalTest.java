package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabytes of the characters each rule of the layout looks at. A rule that went back over
 * the text, or a regular expression that backtracked, would take minutes or hours here;
 * every input runs in well under a second when analysis is linear.
 */
class LayoutPathologicalTest {

  private static final int SIZE = 5 * 1024 * 1024;

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(SIZE + unit.length());
    while (sb.length() < SIZE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"", "“", "”", "'", "‘", "’", "\" ", "\"a", "a\"", "“a ", "'a ", "\"a\" ", "« ",
      "Gen. ", "Gen.", "U.S.", "a.", ". ", ".", "...", "E. ", "No. ", "Inc. The ",
      "Abc ", "Iraqi Security Forces ", "ERBIL, Kurdistan Region — ", "-", " - ", "—", ":",
      "(", ")", "(Reuters) ", "x", "\n", "\n\n", "\r", " ", "\u00A0", "\uD800", "\uDC00\uD800",
      "al-", "al-Qaim al-Bukamal ", "1. ", "2017 ", "\u0000"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void megabytesOfOneUnitAreLinear(String unit) {
    String text = repeat(unit);
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Headline\n\n", "Headline\nERBIL — ", "ERBIL, Jan. 13, 2017 — "})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneFiveMegabyteLineAfterAnOpening(String opening) {
    String text = opening + repeat("Lt. Gen. \"Abc\" said 'x' on Jan. 3 ");
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
    assertThat(layout.quotes()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"“", "‘x ", "\"x "})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void openingMarksNestOnlySoDeep(String unit) {
    String text = repeat(unit);
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
    assertThat(layout.quotes().size()).isLessThanOrEqualTo(QuoteReader.MAX_DEPTH * 2 + SIZE / 4);
  }

  @ParameterizedTest
  @ValueSource(ints = {100 * 1024, 4 * 1024 * 1024})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void articleLikeTextOfGrowingSize(int size) {
    String paragraph = "MOSUL, Iraq (Reuters) — Lt. Gen. J. Smith said: \"It is over.\" He added "
        + "that the U.S. and Iraq's forces met at 9 a.m. on Jan. 3. [They] won,\" said X.\n";
    StringBuilder sb = new StringBuilder("Headline\n");
    while (sb.length() < size) {
      sb.append(paragraph);
    }
    String text = sb.toString();
    Layout layout = new LayoutAnalyzer().analyze(text);
    LayoutInvariants.check(text, layout);
    assertThat(layout.paragraphs()).hasSize((text.length() - 9) / paragraph.length());
  }
}
