package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.Locale;
import java.util.Set;

/** Tells whether a short run of words can be a place name in a dateline, and in what case. */
final class PlaceWords {

  /** The case of a run of place words. */
  enum Shape {
    /** Every letter a capital, at least two letters: "ERBIL", "NEW YORK", "AL-QAIM". */
    CAPITALS,
    /** Every word capitalised, or a particle: "Kurdistan Region", "Deir ez-Zor". */
    TITLE,
    /** Anything else. */
    OTHER
  }

  private static final int MAX_WORDS = 5;

  private static final Set<String> PARTICLES = Set.of(
      "al", "el", "ad", "as", "ash", "ar", "az", "ez", "es", "de", "del", "della", "di", "da",
      "do", "dos", "du", "la", "le", "les", "of", "on", "upon", "and", "bin", "ibn", "van",
      "von");

  private PlaceWords() {}

  /**
   * @param text the text
   * @param span the words
   * @return their shape
   */
  static Shape shape(String text, Span span) {
    int words = 0;
    int letters = 0;
    boolean allCaps = true;
    boolean allTitle = true;
    int i = span.getStart();
    while (i < span.getEnd()) {
      int end = wordEnd(text, i, span.getEnd());
      if (end < 0 || ++words > MAX_WORDS) {
        return Shape.OTHER;
      }
      int wordLetters = countLetters(text, i, end);
      if (wordLetters == 0) {
        return Shape.OTHER;
      }
      letters += wordLetters;
      allCaps &= isAllCaps(text, i, end);
      allTitle &= isTitle(text, i, end);
      i = skipSpace(text, end, span.getEnd());
    }
    if (allCaps && letters >= 2) {
      return Shape.CAPITALS;
    }
    return allTitle && words > 0 ? Shape.TITLE : Shape.OTHER;
  }

  /** The end of the word at i, or -1 if it holds a character no place name has. */
  private static int wordEnd(String text, int i, int limit) {
    int j = i;
    while (j < limit && !Chars.isSpace(text.charAt(j))) {
      char c = text.charAt(j);
      if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '\u2019') {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static int countLetters(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += Character.isLetter(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean isAllCaps(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitle(String text, int from, int to) {
    if (Character.isUpperCase(text.charAt(from))) {
      return true;
    }
    int hyphen = text.indexOf('-', from);
    int stem = hyphen >= 0 && hyphen < to ? hyphen : to;
    return PARTICLES.contains(text.substring(from, stem).toLowerCase(Locale.ROOT));
  }

  private static int skipSpace(String text, int i, int limit) {
    int j = i;
    while (j < limit && Chars.isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
