package io.github.sitrep.parser.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Normalises names and quoted text so that spelling details do not decide a match. */
final class Names {

  private Names() {}

  /**
   * Normalises running text: accents dropped, lower case, hyphens and dashes as spaces,
   * quote marks, apostrophes, periods and commas removed, runs of space collapsed.
   *
   * @param text any text
   * @return its normal form
   */
  static String text(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(plain.length());
    boolean space = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isDropped(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isDropped(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '.' || c == ','
        || c == '"' || c == '\u201c' || c == '\u201d';
  }

  /**
   * Normalises a name as {@link #text(String)} does and drops a leading "the".
   *
   * @param name a name
   * @return its normal form
   */
  static String name(String name) {
    String t = text(name);
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  /**
   * @param names names
   * @return their normal forms, without blanks
   */
  static Set<String> normalised(Collection<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String k = name(n);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * @param a normal forms
   * @param b normal forms
   * @return whether the two share one
   */
  static boolean intersect(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param value a possibly null or blank string
   * @return it, trimmed, when it has content
   */
  static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * @param first a first element
   * @param rest more elements
   * @return all of them in one new list
   */
  static List<String> concat(String first, Collection<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /**
   * Whether {@code part} occurs in {@code whole} as whole words; both in normal form.
   *
   * @param whole normalised text
   * @param part normalised text, not empty
   * @return whether it occurs
   */
  static boolean containsWords(String whole, String part) {
    return !part.isEmpty() && (" " + whole + " ").contains(" " + part + " ");
  }

  /**
   * @param text a text
   * @param max the largest length
   * @return the text cut to at most {@code max} characters, with an ellipsis when cut
   */
  static String shorten(String text, int max) {
    String oneLine = text.replace('\n', ' ').strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
  }
}
