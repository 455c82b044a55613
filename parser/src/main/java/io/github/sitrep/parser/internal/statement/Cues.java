package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/** The cues of one article, indexed by token and sentence, and which ones are used. */
final class Cues {

  private final Discourse d;
  private final List<Cue> all;
  private final Map<Integer, Cue> byStart = new HashMap<>();
  private final Set<Cue> used = Collections.newSetFromMap(new IdentityHashMap<>());

  Cues(Discourse d, List<Cue> all) {
    this.d = d;
    this.all = List.copyOf(all);
    for (Cue c : all) {
      byStart.put(c.from(), c);
    }
  }

  List<Cue> all() {
    return all;
  }

  Cue startingAt(int t) {
    return byStart.get(t);
  }

  void use(Cue c) {
    used.add(c);
  }

  boolean isUsed(Cue c) {
    return used.contains(c);
  }

  /** @return the last cue ending at or before token t inside sentence s, or null */
  Cue lastEndingBefore(int t, int s) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).to() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Cue c = lo > 0 ? all.get(lo - 1) : null;
    return c != null && s >= 0 && d.sentenceOf(c.from()) == s ? c : null;
  }

  /** How far from a quotation its sentence's other cues are looked for, in tokens. */
  static final int NEAR = 60;

  /** @return an unused "according to" cue of sentence s near token t, or null */
  Cue accordingToNear(int s, int t) {
    for (Cue c : near(s, t)) {
      if (c.verb().kind() == CueKind.ACCORDING_TO && !isUsed(c)) {
        return c;
      }
    }
    return null;
  }

  /** @return whether sentence s has a cue not yet used near token t */
  boolean anyUnusedNear(int s, int t) {
    for (Cue c : near(s, t)) {
      if (!isUsed(c)) {
        return true;
      }
    }
    return false;
  }

  private List<Cue> near(int s, int t) {
    if (s < 0) {
      return List.of();
    }
    int from = firstAtOrAfter(Math.max(d.sentenceFrom(s), t - NEAR));
    int to = firstAtOrAfter(Math.min(d.sentenceTo(s), t + NEAR));
    return all.subList(from, Math.max(from, to));
  }

  private int firstAtOrAfter(int t) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).from() < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
