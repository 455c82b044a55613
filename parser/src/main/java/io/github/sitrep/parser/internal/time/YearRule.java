package io.github.sitrep.parser.internal.time;

/**
 * Decides whether a bare four-digit number from 1900 to 2099 is a year. It is, unless a
 * count word comes before it ("about 2000"), a letter or another number is glued to it, or a
 * lower-case word that years do not usually precede follows it ("2000 troops") while no
 * preposition or determiner stands before it ("in 2014 fighters", "the 2014 elections").
 */
final class YearRule {

  private final Tokens t;

  /**
   * @param tokens the tokens to read
   */
  YearRule(Tokens tokens) {
    this.t = tokens;
  }

  /**
   * @param i a token index
   * @return whether the token is a year standing alone
   */
  boolean isYear(int i) {
    int value = t.value(i);
    if (t.digits(i) != 4 || value < 1900 || value > 2099 || gluedBefore(i) || gluedAfter(i)) {
      return false;
    }
    String before = t.word(i - 1);
    if (CalendarWords.QUANTIFIERS.contains(before)) {
      return false;
    }
    return followerAllowed(i + 1) || CalendarWords.YEAR_CUES.contains(before)
        || CalendarWords.DETERMINERS.contains(before);
  }

  /** A word or character glued before the number, other than a dash after another year. */
  private boolean gluedBefore(int i) {
    if (i == 0 || t.spaceBefore(i)) {
      return false;
    }
    boolean dash = t.isChar(i - 1, '-') || t.isChar(i - 1, '\u2013');
    return !(dash && t.digits(i - 2) == 4);
  }

  private boolean gluedAfter(int i) {
    int next = i + 1;
    if (next >= t.size() || t.spaceBefore(next)) {
      return false;
    }
    return t.is(next, Tokens.WORD) || t.isChar(next, '%') || t.isChar(next, '.')
        && t.is(next + 1, Tokens.NUMBER) && !t.spaceBefore(next + 1);
  }

  private boolean followerAllowed(int next) {
    if (next >= t.size() || t.is(next, Tokens.OTHER) || t.isCapitalised(next)) {
      return !t.isChar(next, '%');
    }
    return t.is(next, Tokens.WORD) && CalendarWords.YEAR_FOLLOWERS.contains(t.word(next));
  }
}
