package io.github.sitrep.parser.internal.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and punctuation in one pass. Words keep inner hyphens
 * ("al-Bukamal"), inner apostrophes ("didn't") and digit groups ("1,200"); a possessive
 * {@code 's} is a token of its own.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * @param text any text
   * @return its tokens in order
   */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        out.add(token(text, i, end));
        i = end;
      } else if (isApostrophe(c) && possessiveAt(text, i)) {
        out.add(token(text, i, i + 2));
        i += 2;
      } else {
        out.add(token(text, i, i + 1));
        i++;
      }
    }
    return out;
  }

  private static Token token(String text, int start, int end) {
    String norm = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return new Token(start, end, norm);
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if (joins(text, j, c)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean joins(String text, int j, char c) {
    int n = text.length();
    if (j + 1 >= n || !Character.isLetterOrDigit(text.charAt(j + 1))) {
      return false;
    }
    if (c == '-' || c == '\u2011') {
      return true;
    }
    if (c == '.' || c == ',') {
      return Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
    }
    return isApostrophe(c) && !possessiveAt(text, j);
  }

  private static boolean possessiveAt(String text, int i) {
    int n = text.length();
    return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)));
  }

  /**
   * @param c a character
   * @return whether it is a straight or curly apostrophe
   */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * @param c a character
   * @return whether it is a double quotation mark of any shape
   */
  public static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab'
        || c == '\u00bb';
  }
}
