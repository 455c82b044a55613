package io.github.sitrep.parser.internal.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into words (runs of letters), numbers (runs of ASCII digits) and single other
 * characters, in one pass. Words keep only their lower-case {@link CalendarWords vocabulary}
 * form, or nothing when they are not date words; numbers of up to four digits keep their
 * value. Not thread-safe; made per call.
 */
final class Tokens {

  /** A run of letters. */
  static final byte WORD = 0;
  /** A run of ASCII digits. */
  static final byte NUMBER = 1;
  /** Any other single character that is not white space. */
  static final byte OTHER = 2;

  private static final byte SPACE_BEFORE = 1;
  private static final byte BREAK_BEFORE = 2;
  private static final byte CAPITALISED = 4;

  private final String text;
  private int size;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private byte[] kinds = new byte[64];
  private byte[] flags = new byte[64];
  private String[] words = new String[64];

  private Tokens(String text) {
    this.text = text;
  }

  /**
   * @param text any text
   * @return its tokens
   */
  static Tokens of(String text) {
    Tokens tokens = new Tokens(text);
    tokens.cut();
    return tokens;
  }

  private void cut() {
    int i = 0;
    byte pending = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pending |= SPACE_BEFORE;
        pending |= isBreak(c) ? BREAK_BEFORE : 0;
        i++;
        continue;
      }
      int end = i + 1;
      byte kind = OTHER;
      if (Character.isLetter(c)) {
        kind = WORD;
        while (end < length && Character.isLetter(text.charAt(end))) {
          end++;
        }
      } else if (isDigit(c)) {
        kind = NUMBER;
        while (end < length && isDigit(text.charAt(end))) {
          end++;
        }
      }
      add(i, end, kind, pending);
      pending = 0;
      i = end;
    }
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(int start, int end, byte kind, byte pending) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      flags = Arrays.copyOf(flags, capacity);
      words = Arrays.copyOf(words, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    byte f = pending;
    if (kind == WORD && Character.isUpperCase(text.charAt(start))) {
      f |= CAPITALISED;
    }
    flags[size] = f;
    words[size] = kind == WORD && end - start <= CalendarWords.LONGEST
        ? CalendarWords.canonical(text.substring(start, end).toLowerCase(Locale.ROOT)) : null;
    size++;
  }

  /** @return the number of tokens */
  int size() {
    return size;
  }

  /**
   * @param i a token index
   * @return the offset of its first character
   */
  int start(int i) {
    return starts[i];
  }

  /**
   * @param i a token index
   * @return the offset past its last character
   */
  int end(int i) {
    return ends[i];
  }

  /**
   * @param i any index
   * @return whether it is a token of that kind
   */
  boolean is(int i, byte kind) {
    return i >= 0 && i < size && kinds[i] == kind;
  }

  /**
   * @param i any index
   * @return the date word the token is, lower case, or the empty string
   */
  String word(int i) {
    String w = i >= 0 && i < size ? words[i] : null;
    return w == null ? "" : w;
  }

  /**
   * @param i any index
   * @param word a vocabulary word
   * @return whether the token is that word
   */
  boolean isWord(int i, String word) {
    return word.equals(word(i));
  }

  /**
   * @param i any index
   * @return whether the token is a word starting with a capital
   */
  boolean isCapitalised(int i) {
    return i >= 0 && i < size && (flags[i] & CAPITALISED) != 0;
  }

  /**
   * @param i any index
   * @return whether the token is the character {@code c}
   */
  boolean isChar(int i, char c) {
    return is(i, OTHER) && text.charAt(starts[i]) == c;
  }

  /**
   * @param i a token index
   * @return whether white space stands between it and the token before
   */
  boolean spaceBefore(int i) {
    return (flags[i] & SPACE_BEFORE) != 0;
  }

  /**
   * @param i a token index
   * @return whether a line break stands between it and the token before
   */
  boolean breakBefore(int i) {
    return (flags[i] & BREAK_BEFORE) != 0;
  }

  /**
   * @param i any index
   * @return the number's digit count, or 0 if the token is no number
   */
  int digits(int i) {
    return is(i, NUMBER) ? ends[i] - starts[i] : 0;
  }

  /**
   * @param i any index
   * @return the number's value if it has one to four digits, else -1
   */
  int value(int i) {
    int digits = digits(i);
    if (digits == 0 || digits > 4) {
      return -1;
    }
    int v = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      v = v * 10 + (text.charAt(k) - '0');
    }
    return v;
  }
}
