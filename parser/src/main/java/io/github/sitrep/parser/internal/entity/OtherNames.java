package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the text itself says are other names: "the Zarqa Hill Battalions, also known as ZHB
 * or Kataib Zarqa", and "said the army, using its term for the TTP" (the unknown name used
 * just before is the TTP's).
 */
final class OtherNames {

  private static final int LOOK_BACK = 60;

  private OtherNames() {}

  /**
   * @param scan the text
   * @param chosen the chosen mentions
   * @return the mentions with those the text names as other names replaced or added
   */
  static List<Candidate> apply(Scan scan, List<Candidate> chosen) {
    List<Candidate> found = find(scan, chosen);
    if (found.isEmpty()) {
      return chosen;
    }
    java.util.Set<Integer> replaced = new java.util.HashSet<>();
    for (Candidate c : found) {
      replaced.add(c.first);
    }
    List<Candidate> out = new ArrayList<>(chosen.size() + found.size());
    for (Candidate c : chosen) {
      if (!replaced.contains(c.first) || c.container) {
        out.add(c);
      }
    }
    out.addAll(found);
    return out;
  }

  private static List<Candidate> find(Scan scan, List<Candidate> chosen) {
    Tokens t = scan.tokens;
    boolean[] taken = taken(scan, chosen);
    Candidate[] byEnd = new Candidate[scan.size() + 1];
    Candidate[] byFirst = new Candidate[scan.size() + 1];
    for (Candidate c : chosen) {
      byEnd[c.end] = c;
      byFirst[c.first] = byFirst[c.first] == null ? c : byFirst[c.first];
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 1; i + 2 < scan.size(); i++) {
      if (t.is(i, "known") && t.is(i + 1, "as") || t.is(i, "called") && t.is(i - 1, "also")) {
        Candidate named = before(t, byEnd, i);
        int k = t.is(i, "known") ? i + 2 : i + 1;
        if (named != null && named.type != Candidate.Type.PERSON) {
          aliases(scan, taken, byFirst, named, k, out);
        }
      } else if ((t.is(i, "term") || t.is(i, "name") || t.is(i, "word")) && t.is(i + 1, "for")) {
        int x = t.is(i + 2, "the") ? i + 3 : i + 2;
        Candidate target = x < byFirst.length ? byFirst[x] : null;
        if (target != null) {
          earlierName(scan, taken, i, target, out);
        }
      }
    }
    return out;
  }

  /** The chosen name just before "also known as", skipping a comma and "also". */
  private static Candidate before(Tokens t, Candidate[] byEnd, int i) {
    int k = t.is(i - 1, "also") ? i - 1 : i;
    if (t.isPunct(k - 1, ',') || t.isPunct(k - 1, '(')) {
      k--;
    }
    return k >= 0 ? byEnd[k] : null;
  }

  private static void aliases(Scan scan, boolean[] taken, Candidate[] byFirst, Candidate named,
      int k, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int n = 0; n < 4; n++) {
      int end = scan.runs().endOfRunAt(k);
      if (end <= k && !(AcronymFinder.isAcronym(t, k))) {
        return;
      }
      end = Math.max(end, k + 1);
      Candidate there = k < byFirst.length ? byFirst[k] : null;
      boolean otherKind = there != null && !there.lexicon.isEmpty() && there.type != named.type;
      if (otherKind) {
        return;
      }
      if (free(taken, k, end) || exactly(there, end)) {
        out.add(repeat(scan, k, end, named));
      }
      if (!t.is(end, "or") && !t.is(end, "and") && !t.isPunct(end, ',')) {
        return;
      }
      k = end + 1;
    }
  }

  /** The last capitalised run before the cue that nothing else reads. */
  private static void earlierName(Scan scan, boolean[] taken, int cue, Candidate target,
      List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int k = cue - 1; k >= Math.max(0, cue - LOOK_BACK); k--) {
      if (scan.lineBreakBefore(k + 1) && k + 1 < cue) {
        return;
      }
      int end = scan.runs().endOfRunAt(k);
      if (end > k && !scan.sentenceStart(k) && free(taken, k, end)
          && PersonNames.words(scan, k, end) <= 3 && !Words.STOP.contains(t.key(k))
          && scan.demonym(k) == null) {
        out.add(repeat(scan, k, end, target));
        return;
      }
    }
  }

  private static boolean exactly(Candidate c, int end) {
    return c != null && c.end == end && c.sameAs == null && c.type != Candidate.Type.PERSON;
  }

  private static Candidate repeat(Scan scan, int first, int end, Candidate target) {
    Candidate c = new Candidate(scan, first, end, target.type, "other-name");
    c.sameAs = target;
    return c;
  }

  private static boolean[] taken(Scan scan, List<Candidate> chosen) {
    boolean[] taken = new boolean[scan.size()];
    for (Candidate c : chosen) {
      if (!c.container) {
        for (int i = c.first; i < c.end; i++) {
          taken[i] = true;
        }
      }
    }
    return taken;
  }

  private static boolean free(boolean[] taken, int first, int end) {
    for (int i = first; i < end && i < taken.length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
