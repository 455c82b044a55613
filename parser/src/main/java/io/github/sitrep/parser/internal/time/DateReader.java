package io.github.sitrep.parser.internal.time;

/**
 * Finds the date expression starting at a token, if any, with a leading "on" or "in"
 * ("on Sunday", "in 2016") made part of it, and a leading "since" making it the start of a
 * period that runs to the reference day ("since 2019"). Reads a bounded number of tokens, so walking a
 * whole text is linear.
 */
final class DateReader {

  private final Tokens t;
  private final RelativePatterns relative;
  private final CalendarPatterns calendar;

  /**
   * @param tokens the tokens to read
   */
  DateReader(Tokens tokens) {
    this.t = tokens;
    this.relative = new RelativePatterns(tokens);
    this.calendar = new CalendarPatterns(tokens);
  }

  /**
   * @param i a token index
   * @return the expression starting at that token, or null
   */
  DateMatch at(int i) {
    if (t.isWord(i, RelativeWords.SINCE)) {
      DateMatch m = bare(i + 1);
      if (m != null && !(m.meaning() instanceof RelativeDate)) {
        return new DateMatch(i, m.last(), new SinceDate(m.meaning()));
      }
    }
    if (t.isWord(i, RelativeWords.ON) || t.isWord(i, RelativeWords.IN)) {
      DateMatch m = bare(i + 1);
      if (m != null) {
        return new DateMatch(i, m.last(), m.meaning());
      }
    }
    return bare(i);
  }

  private DateMatch bare(int i) {
    DateMatch m = relative.at(i);
    if (m == null && t.is(i, Tokens.NUMBER) && t.digits(i) <= 2 && t.value(i) > 0) {
      m = relative.countedFrom(i, t.value(i));
    }
    return m == null ? calendar.at(i) : m;
  }

  /**
   * Whether the sentence puts the expression in the future: a word such as "will" or "next"
   * among the few tokens before it in the same sentence ("forces will withdraw on Sunday"),
   * but not after it ("said on Sunday that forces will withdraw"), and not a participle after
   * a past auxiliary ("the truce was due to take effect on Friday").
   *
   * @param first the index of the expression's first token
   * @return whether a future cue stands just before it
   */
  boolean futureBefore(int first) {
    for (int k = first - 1; k >= 0 && k >= first - FUTURE_WINDOW; k--) {
      if (t.breakBefore(k + 1) || endsSentence(k)) {
        return false;
      }
      String w = t.word(k);
      if (CalendarWords.FUTURE_CUES.contains(w)) {
        return !CalendarWords.PARTICIPLE_CUES.contains(w)
            || !CalendarWords.PAST_AUXILIARIES.contains(t.word(k - 1));
      }
    }
    return false;
  }

  /** How many tokens before an expression are searched for a future cue. */
  static final int FUTURE_WINDOW = 6;

  private boolean endsSentence(int k) {
    return t.isChar(k, '.') || t.isChar(k, '!') || t.isChar(k, '?') || t.isChar(k, ';');
  }
}
