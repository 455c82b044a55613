package io.github.sitrep.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that is not an article is read without an exception and in linear time. */
class EntityRecognizerRobustnessTest {

  private static final EntityRecognizer RECOGNIZER =
      new EntityRecognizer(LexiconIndex.of(Lexicon.bundled()));
  private static final int BIG = 400_000;

  static Stream<String> nastyTexts() {
    return Stream.of(repeat("\"", BIG), "", " ", "\n\n\n", "a", "(", "(SDF)", "al-", "Gen.",
        "Gen. al-", "'s", "President", "Iraqi", "ERBIL —", "the coalition", "X (Y)",
        repeat("Abu Bakr al-Baghdadi ", BIG / 21),
        repeat("Alpha Bravo Charlie ", BIG / 20),
        repeat("al-", BIG / 3),
        repeat("al-Qaim ", BIG / 8),
        repeat("Lt. Gen. ", BIG / 9),
        repeat("Iraqi and ", BIG / 10) + "forces",
        repeat("members of X including ", BIG / 23),
        repeat("the coalition ", BIG / 14),
        repeat("A (B) ", BIG / 6),
        repeat("\"", BIG),
        repeat("People's ", BIG / 9),
        repeat("Deir ez-Zor province ", BIG / 21),
        repeat("Ministry of Defence of ", BIG / 23),
        repeat("DEIR EZ-ZOR ", BIG / 12),
        repeat("Iraqi commander Ali Hassan Saleh of the Iraqi Security Forces said. ", BIG / 70),
        repeat("The US-led coalition and the coalition's Health Ministry; the ministry. ",
            BIG / 70),
        repeat("Kwall, a village in Plateau state, and Anbar province. ", BIG / 55),
        repeat("\uD800", 1000) + "Iraq" + repeat("\uDC00", 1000),
        binary(BIG, 1), binary(BIG, 2));
  }

  @ParameterizedTest
  @MethodSource("nastyTexts")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void readsWithoutThrowing(String text) {
    Entities e = RECOGNIZER.recognize(text, new LayoutAnalyzer().analyze(text));

    for (EntityMention m : e.mentions()) {
      assertThat(m.span().getEnd()).isLessThanOrEqualTo(text.length());
    }
    assertThat(e.mentions().size()).isLessThanOrEqualTo(text.length());
  }

  private static String repeat(String s, int times) {
    return s.repeat(Math.max(1, times));
  }

  private static String binary(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) random.nextInt(0x10000));
    }
    return out.toString();
  }
}
