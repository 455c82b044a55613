package io.github.sitrep.parser.internal.entity;

import java.util.Arrays;

/**
 * The runs of capitalised words in a text, such as "Lt. Gen. Paul E. Funk II",
 * "Deir ez-Zor", "People's Protection Units" or "Ministry of Defence": capitalised words
 * with the particles, initials, hyphens, titles and connectors that can sit inside a name.
 * A run never crosses a sentence start or a line break, and is at most {@link #MAX_TOKENS}
 * tokens long, so finding them is linear.
 */
final class Runs {

  static final int MAX_TOKENS = 16;

  private final int[] runEnd;
  private final int[] runStart;

  private Runs(int[] runEnd) {
    this.runEnd = runEnd;
    this.runStart = new int[runEnd.length];
    Arrays.fill(runStart, -1);
    for (int i = 0; i < runEnd.length; i++) {
      for (int k = i; k < runEnd[i]; k++) {
        runStart[k] = i;
      }
    }
  }

  /**
   * @param i a token
   * @return the first token of the run that holds {@code i}, or -1 when it is in none
   */
  int runOf(int i) {
    return i >= 0 && i < runStart.length ? runStart[i] : -1;
  }

  /**
   * @param i a token
   * @return the token after the run that holds {@code i}, or {@code i} when it is in none
   */
  int endOfRunHolding(int i) {
    int s = runOf(i);
    return s < 0 ? i : runEnd[s];
  }

  /**
   * @param i a token
   * @return the token after the run that starts at {@code i}, or {@code i} if none starts there
   */
  int endOfRunAt(int i) {
    return i >= 0 && i < runEnd.length ? runEnd[i] : i;
  }

  /** @return whether a run starts at the token */
  boolean startsAt(int i) {
    return endOfRunAt(i) > i;
  }

  static Runs find(Scan scan) {
    int n = scan.size();
    int[] ends = new int[n];
    Arrays.setAll(ends, i -> i);
    int i = 0;
    while (i < n) {
      if (canStart(scan, i)) {
        int end = extend(scan, i);
        ends[i] = end;
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return new Runs(ends);
  }

  static boolean canStart(Scan scan, int i) {
    Tokens t = scan.tokens;
    if (!t.isWord(i) || t.isDigits(i) || Words.CALENDAR.contains(t.key(i))) {
      return false;
    }
    if (t.isCapitalised(i)) {
      return !Words.STOP.contains(t.key(i)) || scan.title(i) != null;
    }
    return Words.PARTICLES.contains(t.key(i)) && t.isJoiner(i + 1) && t.isCapitalised(i + 2);
  }

  private static int extend(Scan scan, int first) {
    int end = first + 1;
    int limit = Math.min(scan.size(), first + MAX_TOKENS);
    while (end < limit) {
      int next = RunStep.next(scan, first, end);
      if (next <= end || next > limit) {
        break;
      }
      end = next;
    }
    return trimTail(scan, first, end);
  }

  private static int trimTail(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    while (end - 1 > first && !t.isWord(end - 1) && !t.isPunct(end - 1, '.')) {
      end--;
    }
    while (end - 1 > first && t.isWord(end - 1) && Words.CONNECTORS.contains(t.key(end - 1))
        && t.isLower(end - 1)) {
      end--;
    }
    return end;
  }
}
