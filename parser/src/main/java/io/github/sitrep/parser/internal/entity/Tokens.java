package io.github.sitrep.parser.internal.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and punctuation marks of a text, in order. A word is a run of letters, digits
 * and combining marks; every other non-space character is a token of its own. Built in one
 * pass; every query is constant time.
 */
final class Tokens {

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private String[] surfaces;
  private String[] keys;
  private boolean[] capitalsLoose;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.max(1, Math.min(64, text.length()));
    this.starts = new int[capacity];
    this.ends = new int[capacity];
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    t.keys = new String[t.size];
    t.surfaces = new String[t.size];
    return t;
  }

  private void scan() {
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        while (next < n && isWordChar(text.codePointAt(next))) {
          next += Character.charCount(text.codePointAt(next));
        }
        add(i, next);
      } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        add(i, next);
      }
      i = next;
    }
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  /**
   * Says which words written in capitals may match names written in mixed case: those of
   * datelines and of lines written in capitals. Until this is set, all may.
   */
  void capitalsLoose(boolean[] loose) {
    this.capitalsLoose = loose;
  }

  /** @return whether the word, if in capitals, may match a mixed-case name ("ERBIL") */
  boolean capitalsLoose(int i) {
    return capitalsLoose == null || capitalsLoose[i];
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  /**
   * @return the token's first character; rules look a token or two past either end, so the
   *     text's start stands for any index before the first token and its end for any after
   *     the last
   */
  int start(int i) {
    return i < 0 ? 0 : i >= size ? text.length() : starts[i];
  }

  /** @return the character after the token; see {@link #start(int)} for other indices */
  int end(int i) {
    return i < 0 ? 0 : i >= size ? text.length() : ends[i];
  }

  /** @return the token as written, made once; empty for an index outside the tokens */
  String surface(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    String s = surfaces[i];
    if (s == null) {
      s = text.substring(starts[i], ends[i]);
      surfaces[i] = s;
    }
    return s;
  }

  /** @return the first token whose start is at or after {@code offset} */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && isWordChar(text.codePointAt(starts[i]));
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
  }

  /** @return whether whitespace (or either end of the text) stands before the token */
  boolean spaceBefore(int i) {
    return i <= 0 || i >= size || starts[i] > ends[i - 1];
  }

  /** @return whether the token is a hyphen or dash written inside a word, as in "al-Qaim" */
  boolean isJoiner(int i) {
    return i > 0 && i + 1 < size && !spaceBefore(i) && !spaceBefore(i + 1)
        && isWord(i - 1) && isWord(i + 1) && TextShapes.isHyphen(text.charAt(starts[i]));
  }

  boolean isApostrophe(int i) {
    return i >= 0 && i < size && ends[i] - starts[i] == 1
        && TextShapes.isApostrophe(text.charAt(starts[i]));
  }

  /** @return whether the word starts with an upper-case letter */
  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.codePointAt(starts[i]));
  }

  /** @return whether the word has at least one letter and no lower-case letter */
  boolean isAllCaps(int i) {
    return isWord(i) && TextShapes.isAllCaps(text, starts[i], ends[i]);
  }

  /** @return whether the word starts with a lower-case letter */
  boolean isLower(int i) {
    return isWord(i) && Character.isLowerCase(text.codePointAt(starts[i]));
  }

  boolean isDigits(int i) {
    return isWord(i) && Character.isDigit(text.codePointAt(starts[i]));
  }

  /**
   * @return the folded form used for look-ups: lower case, accents dropped, quotes unified;
   *     the empty string for an index outside the tokens, as rules look one or two past a word
   */
  String key(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    String k = keys[i];
    if (k == null) {
      k = TextShapes.fold(surface(i));
      keys[i] = k;
    }
    return k;
  }

  /**
   * @param i a token
   * @param lowerWord a lower-case word
   * @return whether the token is that word in any case
   */
  boolean is(int i, String lowerWord) {
    return i >= 0 && i < size && ends[i] - starts[i] == lowerWord.length()
        && text.regionMatches(true, starts[i], lowerWord, 0, lowerWord.length())
        && key(i).equals(lowerWord);
  }

  /** @return the token in lower case (Locale.ROOT), without folding accents */
  String lower(int i) {
    return surface(i).toLowerCase(Locale.ROOT);
  }
}
