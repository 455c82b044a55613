package io.github.sitrep.parser.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.internal.layout.Layout;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabytes of date words. The normaliser reads a bounded window at each token, so each of
 * these runs in about a second; anything that went back over the text would run for hours.
 */
class TimeNormalizerPathologicalTest {

  private static final int SIZE = 5 * 1024 * 1024;
  private static final Layout NO_LAYOUT =
      new Layout(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(SIZE + unit.length());
    while (sb.length() < SIZE) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sunday ", "on on on ", "in ", "December ", "December 3, ", "2017 ", "2017-", "1",
      "late-", "late late ", "a year ", "the past ", "last ", "will ", "Abc Def ", ". ", "x",
      "Jan.", "3rd of ", "-", "\uD800", " ", "Sunday, December 3, 2017 "})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void megabytesOfDateWordsAreLinear(String unit) {
    String text = repeat(unit);
    List<TimeMention> found = new TimeNormalizer().find(text, NO_LAYOUT,
        Optional.of(LocalDate.of(2017, 12, 11)));
    TimeNormalizerProperties.checkMentions(text, found);
    assertThat(found.size()).isLessThanOrEqualTo(text.length());
  }
}
