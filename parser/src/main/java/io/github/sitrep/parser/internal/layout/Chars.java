package io.github.sitrep.parser.internal.layout;

/** Character classes shared by the layout readers. All methods are total: any char is fine. */
final class Chars {

  private Chars() {}

  /**
   * @param c a character
   * @return whether it ends a line: LF, CR, NEL, line or paragraph separator
   */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * @param c a character
   * @return whether it is white space, including no-break and other Unicode spaces
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * @param c a character
   * @return whether it is a dash that may close a dateline or separate clauses
   */
  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012';
  }

  /**
   * @param c a character
   * @return whether it can end a sentence: full stop, question or exclamation mark, ellipsis
   */
  static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  /**
   * @param c a character
   * @return whether it may follow a sentence's last word and still belong to the sentence
   */
  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB'
        || c == ')' || c == ']' || c == '}';
  }

  /**
   * @param c a character
   * @return whether it is any quotation mark the quote reader knows
   */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018'
        || c == '\u2019' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
  }

  /**
   * @param c a character
   * @return whether it opens a bracket
   */
  static boolean isOpenBracket(char c) {
    return c == '(' || c == '[' || c == '{';
  }

  /**
   * @param c a character
   * @return whether it is punctuation that may follow a closing quotation mark
   */
  static boolean isTrailingPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']' || c == '}' || c == '\u2026';
  }
}
