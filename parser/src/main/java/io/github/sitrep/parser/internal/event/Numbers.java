package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Map;

/**
 * Reads a count at a token: digits ("11", "1,200"), number words ("five", "twenty-two",
 * "a dozen"), vague amounts ("dozens" as 24, "scores" as 40, "hundreds" as 200, "thousands"
 * as 2,000, all approximate) and the qualifier before it ("at least", "more than", "up to",
 * "about", "nearly").
 */
final class Numbers {

  /**
   * A count read.
   *
   * @param value the number
   * @param qualifier how it relates to the true number
   * @param qualifierFrom the first token of the qualifier, or of the number without one
   * @param to the token past the number
   */
  record Read(int value, CountQualifier qualifier, int qualifierFrom, int to) {}

  private static final int MAX = 10_000_000;
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12));
  private static final Map<String, Integer> VAGUE = Map.of("dozens", 24, "scores", 40,
      "hundreds", 200, "thousands", 2000);
  private static final Map<String, CountQualifier> ONE_WORD = Map.of("over",
      CountQualifier.AT_LEAST, "nearly", CountQualifier.AT_MOST, "almost", CountQualifier.AT_MOST,
      "about", CountQualifier.APPROXIMATE, "around", CountQualifier.APPROXIMATE, "some",
      CountQualifier.APPROXIMATE, "roughly", CountQualifier.APPROXIMATE, "approximately",
      CountQualifier.APPROXIMATE, "estimated", CountQualifier.APPROXIMATE);
  private static final Map<String, CountQualifier> TWO_WORDS = Map.of("at least",
      CountQualifier.AT_LEAST, "more than", CountQualifier.AT_LEAST, "up to",
      CountQualifier.AT_MOST, "at most", CountQualifier.AT_MOST, "fewer than",
      CountQualifier.AT_MOST, "less than", CountQualifier.AT_MOST, "upwards of",
      CountQualifier.AT_LEAST, "an estimated", CountQualifier.APPROXIMATE, "as many",
      CountQualifier.AT_MOST);

  private Numbers() {}

  /**
   * @param d the discourse
   * @param t a token
   * @return the count whose number starts at t, or {@code null}
   */
  static Read at(Discourse d, int t) {
    String w = d.norm(t);
    int from = w.equals("a") || w.equals("an") ? t + 1 : t;
    int value = value(d.norm(from));
    if (value < 0 || (from > t && value != 12 && !d.norm(from).equals("hundred"))) {
      return null;
    }
    int to = from + 1;
    if (d.norm(to).equals("hundred") && value < 100) {
      value *= 100;
      to++;
    }
    CountQualifier q = VAGUE.containsKey(d.norm(from)) ? CountQualifier.APPROXIMATE
        : CountQualifier.EXACT;
    return qualified(d, t, value, q, to);
  }

  private static Read qualified(Discourse d, int t, int value, CountQualifier q, int to) {
    String one = d.norm(t - 1);
    String two = d.norm(t - 2) + " " + one;
    if (one.equals("as") && d.norm(t - 2).equals("many") && d.norm(t - 3).equals("as")) {
      return new Read(value, CountQualifier.AT_MOST, t - 3, to);
    }
    if (TWO_WORDS.containsKey(two)) {
      return new Read(value, TWO_WORDS.get(two), t - 2, to);
    }
    if (ONE_WORD.containsKey(one)) {
      return new Read(value, ONE_WORD.get(one), t - 1, to);
    }
    return new Read(value, q, t, to);
  }

  private static int value(String w) {
    if (w.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(w.charAt(0))) {
      return digits(w);
    }
    if (VAGUE.containsKey(w)) {
      return VAGUE.get(w);
    }
    if (w.equals("hundred")) {
      return 100;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && WORDS.containsKey(w.substring(0, dash))
        && WORDS.containsKey(w.substring(dash + 1))) {
      return WORDS.get(w.substring(0, dash)) + WORDS.get(w.substring(dash + 1));
    }
    return WORDS.getOrDefault(w, -1);
  }

  private static int digits(String w) {
    long v = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == ',') {
        continue;
      }
      if (c < '0' || c > '9' || (v = v * 10 + (c - '0')) > MAX) {
        return -1;
      }
    }
    return (int) v;
  }
}
