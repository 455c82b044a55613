package io.github.sitrep.parser.internal.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Character classes and the folding used to compare words. */
final class TextShapes {

  private TextShapes() {}

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
  }

  static boolean isAllCaps(String s, int from, int to) {
    boolean letter = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * @param s a word or mark
   * @return its look-up form: lower case, accents dropped, apostrophes and hyphens unified
   */
  static String fold(String s) {
    if (s.length() == 1) {
      char c = s.charAt(0);
      if (isApostrophe(c)) {
        return "'";
      }
      if (isHyphen(c)) {
        return "-";
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return isAscii(lower) ? lower : stripMarks(lower);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static String stripMarks(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether a word in the text may stand for a word of a lexicon pattern: the same, or the
   * text in capitals ("ERBIL" for "Erbil"), or a particle capitalised at a name's start
   * ("Al-Qaim" for "al-Qaim"). A capitalised pattern word never matches a lower-case text
   * word, and an acronym only matches itself.
   *
   * @param text the word in the text
   * @param pattern the word of the pattern
   * @return whether they match
   */
  static boolean caseCompatible(String text, String pattern) {
    if (text.equals(pattern) || !hasLetter(pattern)) {
      return true;
    }
    String t = isAscii(text) ? text : stripMarks(text);
    String p = isAscii(pattern) ? pattern : stripMarks(pattern);
    if (isAllCaps(p, 0, p.length()) && p.length() > 1) {
      return t.equals(p);
    }
    if (isAllCaps(t, 0, t.length())) {
      return t.length() > 1 || p.length() == 1;
    }
    return t.equals(p) || (Character.isLowerCase(p.charAt(0))
        && Character.isUpperCase(t.charAt(0)) && t.substring(1).equals(p.substring(1)));
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
