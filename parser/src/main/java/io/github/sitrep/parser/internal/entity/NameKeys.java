package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;

/** Folded forms of names, for deciding that two mentions name the same thing. */
final class NameKeys {

  private NameKeys() {}

  /**
   * @param name a name as written
   * @return its words folded, without hyphens, punctuation or a leading "the"
   */
  static String key(String name) {
    return String.join(" ", words(name));
  }

  /** @return the folded words of a name, without hyphens, punctuation or a leading "the" */
  static List<String> words(String name) {
    Tokens t = Tokens.of(name);
    List<String> out = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      if (t.isWord(i) && !(out.isEmpty() && t.key(i).equals("the"))) {
        out.add(t.key(i));
      }
    }
    return out;
  }

  /**
   * @param name a name
   * @return the name in lower case with white space trimmed and collapsed, as the name
   *     validator compares names
   */
  static String normalized(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      }
    }
    return out.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The word a person is called by on later mentions: the last word that is neither a
   * particle nor a suffix ("Assad" for "Bashar al-Assad", "Funk" for "Paul E. Funk II").
   *
   * @param name a person's name
   * @return that word folded, or "" when there is none
   */
  static String surname(String name) {
    List<String> words = words(name);
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i);
      if (!Words.SUFFIXES.contains(w) && !Words.PARTICLES.contains(w) && w.length() > 1) {
        return w;
      }
    }
    return "";
  }
}
