package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads casualty counts in a sentence: a number next to a word of killing or wounding, before
 * it ("11 soldiers were killed", "five wounded") or after it ("killing 11 soldiers", "wounded
 * more than 100 others"), with its qualifier ({@link Numbers}).
 */
final class Casualties {

  /**
   * A count found.
   *
   * @param fatal whether it counts the dead (else the injured)
   * @param count the count
   * @param at the token of the number
   */
  record Found(boolean fatal, CasualtyCount count, int at) {}

  private static final Set<String> FATAL = Set.of("killed", "killing", "dead", "died", "die",
      "dies", "deaths", "death", "lives", "slain", "fatalities", "bodies", "massacred",
      "executed", "killings", "perished", "dying", "toll");
  private static final Set<String> INJURED = Set.of("wounded", "wounding", "injured", "injuring",
      "injuries", "hurt", "wounds", "casualties");
  private static final Set<String> STOPS = Set.of("and", ",", ".", ";", "while", "but", "as");
  private static final int FORWARD = 5;
  private static final int BACKWARD = 3;

  private Casualties() {}

  static List<Found> in(Discourse d, int s) {
    List<Found> out = new ArrayList<>();
    for (int t = d.sentenceFrom(s); t < d.sentenceTo(s); t++) {
      Numbers.Read n = Numbers.at(d, t);
      if (n == null) {
        continue;
      }
      Boolean fatal = cueBefore(d, n.qualifierFrom(), d.sentenceFrom(s));
      if (fatal == null) {
        fatal = cueAfter(d, n.to(), d.sentenceTo(s));
      }
      if (fatal != null) {
        CasualtyCount c = CasualtyCount.builder().count(n.value()).qualifier(n.qualifier())
            .mention(d.span(n.qualifierFrom(), n.to())).build();
        out.add(new Found(fatal, c, t));
      }
      t = n.to() - 1;
    }
    return out;
  }

  private static Boolean cueBefore(Discourse d, int t, int lower) {
    for (int k = t - 1; k >= lower && k >= t - BACKWARD; k--) {
      Boolean kind = kind(d.norm(k));
      if (kind != null) {
        return kind;
      }
      if (STOPS.contains(d.norm(k)) || Numbers.at(d, k) != null) {
        return null;
      }
    }
    return null;
  }

  private static Boolean cueAfter(Discourse d, int t, int upper) {
    for (int k = t; k < upper && k < t + FORWARD; k++) {
      Boolean kind = kind(d.norm(k));
      if (kind != null) {
        return kind;
      }
      if (STOPS.contains(d.norm(k)) || Numbers.at(d, k) != null) {
        return null;
      }
    }
    return null;
  }

  private static Boolean kind(String w) {
    return FATAL.contains(w) ? Boolean.TRUE : INJURED.contains(w) ? Boolean.FALSE : null;
  }

  /**
   * @param found counts of one sentence
   * @param fatal which kind
   * @return the first count of that kind, or {@code null}
   */
  static CasualtyCount first(List<Found> found, boolean fatal) {
    for (Found f : found) {
      if (f.fatal() == fatal) {
        return f.count();
      }
    }
    return null;
  }
}
