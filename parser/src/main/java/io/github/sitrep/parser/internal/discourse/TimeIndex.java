package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The date expressions of one article, located by token. */
public final class TimeIndex {

  /**
   * A date expression and its tokens.
   *
   * @param from first token
   * @param to token past the last
   * @param time the date expression
   */
  public record Located(int from, int to, TimeMention time) {}

  private final List<Located> located;

  /**
   * @param d the discourse
   * @param times the date expressions, in any order; bad spans are dropped
   */
  public TimeIndex(Discourse d, List<TimeMention> times) {
    List<Located> out = new ArrayList<>();
    for (TimeMention tm : times) {
      Span s = tm == null ? null : tm.span();
      if (s != null && tm.value() != null && s.getEnd() <= d.text().length()
          && s.getStart() < s.getEnd()) {
        int from = d.tokenAtOrAfter(s.getStart());
        int to = d.tokenAtOrAfter(s.getEnd());
        if (from < to) {
          out.add(new Located(from, to, tm));
        }
      }
    }
    out.sort(Comparator.comparingInt(Located::from));
    this.located = List.copyOf(out);
  }

  /**
   * @param from first token
   * @param to token past the last
   * @return the expressions lying wholly inside the tokens, in order
   */
  public List<Located> within(int from, int to) {
    List<Located> in = new ArrayList<>();
    for (int i = firstAtOrAfter(from); i < located.size() && located.get(i).from() < to; i++) {
      if (located.get(i).to() <= to) {
        in.add(located.get(i));
      }
    }
    return in;
  }

  /**
   * @param t a token
   * @return whether a date expression covers it
   */
  public boolean covers(int t) {
    int i = firstAtOrAfter(t + 1) - 1;
    return i >= 0 && located.get(i).from() <= t && t < located.get(i).to();
  }

  /**
   * Cuts a date expression (and the comma before it) off the end of a token range: "announced
   * the defeat of ISIS on December 3" keeps "the defeat of ISIS".
   *
   * @param d the discourse
   * @param from first token
   * @param to token past the last
   * @return the new end
   */
  public int trimTrailing(Discourse d, int from, int to) {
    int i = firstAtOrAfter(to) - 1;
    if (i >= 0 && located.get(i).to() == to && located.get(i).from() > from) {
      int end = located.get(i).from();
      return d.norm(end - 1).equals(",") && end - 1 > from ? end - 1 : end;
    }
    return to;
  }

  private int firstAtOrAfter(int t) {
    int lo = 0;
    int hi = located.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (located.get(mid).from() < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
