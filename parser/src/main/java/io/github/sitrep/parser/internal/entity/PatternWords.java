package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lexicon name into the words and marks {@link Tokens} would find in a text,
 * leaving out hyphens written inside words, without building a {@link Tokens} for it.
 */
final class PatternWords {

  private PatternWords() {}

  static String[] split(String surface) {
    List<String> out = new ArrayList<>(4);
    int n = surface.length();
    int i = 0;
    int lastEnd = -1;
    boolean lastWord = false;
    while (i < n) {
      int cp = surface.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Tokens.isWordChar(cp)) {
        while (next < n && Tokens.isWordChar(surface.codePointAt(next))) {
          next += Character.charCount(surface.codePointAt(next));
        }
        out.add(surface.substring(i, next));
        lastWord = true;
        lastEnd = next;
      } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        boolean joiner = lastWord && lastEnd == i && TextShapes.isHyphen(surface.charAt(i))
            && next < n && Tokens.isWordChar(surface.codePointAt(next));
        if (!joiner) {
          out.add(surface.substring(i, next));
          lastWord = false;
        }
        lastEnd = next;
      } else {
        lastWord = false;
      }
      i = next;
    }
    return out.toArray(new String[0]);
  }
}
