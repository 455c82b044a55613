package io.github.sitrep.parser.internal.layout;

/** What a quotation mark does where it stands, judged from its neighbours. */
enum MarkRole {
  /** Opens a quotation: text follows, a space or the paragraph start precedes. */
  OPEN,
  /** Closes a quotation: text precedes, a space, punctuation or the paragraph end follows. */
  CLOSE,
  /** Could do either ({@code word"word}, {@code —"—}): the open quotations decide. */
  EITHER,
  /** Does neither: a mark between spaces, or an apostrophe inside a word. */
  NONE;

  /**
   * Judges a mark by the characters around it.
   *
   * @param text the text
   * @param i the mark's offset
   * @param from the first offset of its paragraph
   * @param to the offset past its paragraph
   * @return the mark's role
   */
  static MarkRole of(String text, int i, int from, int to) {
    boolean hasPrev = i > from;
    boolean hasNext = i + 1 < to;
    char prev = hasPrev ? text.charAt(i - 1) : ' ';
    char next = hasNext ? text.charAt(i + 1) : ' ';
    boolean spaceBefore = Chars.isSpace(prev);
    boolean spaceAfter = Chars.isSpace(next);
    boolean canOpen = !spaceAfter && (spaceBefore || opensAfter(prev));
    boolean canClose = !spaceBefore && (spaceAfter || closesBefore(next));
    if (canOpen != canClose) {
      return canOpen ? OPEN : CLOSE;
    }
    return canOpen || (!spaceBefore && !spaceAfter) ? EITHER : NONE;
  }

  private static boolean opensAfter(char c) {
    return Chars.isOpenBracket(c) || Chars.isDash(c) || Chars.isQuoteMark(c) || c == '/';
  }

  private static boolean closesBefore(char c) {
    return Chars.isTrailingPunct(c) || Chars.isDash(c) || Chars.isQuoteMark(c) || c == '/';
  }

  /**
   * @param text the text
   * @param i a single quotation mark's offset
   * @param from the first offset of its paragraph
   * @param to the offset past its paragraph
   * @return whether it stands between two letters or digits, as in "People's", "don't"
   */
  static boolean isApostrophe(String text, int i, int from, int to) {
    return i > from && i + 1 < to && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }
}
