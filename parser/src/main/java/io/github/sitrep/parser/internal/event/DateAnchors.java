package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties each date expression to the verb or trigger it belongs to: the nearest anchor before it
 * in its sentence, or the nearest after it when none comes before ("On Sunday, militants
 * attacked"). Anchors are event triggers, reporting cues and verbs of publishing ("posted
 * photos on Saturday of forces raising a flag": Saturday is the posting's, not the flag's).
 */
final class DateAnchors {

  private static final Set<String> PUBLISHING = Set.of("posted", "published", "released",
      "shared", "tweeted", "aired", "broadcast", "showed", "issued", "circulated", "uploaded");

  private final Map<Integer, TimeExpression> byAnchor = new HashMap<>();

  /**
   * @param d the discourse
   * @param times its dates
   * @param anchors token indices of triggers and cues, in any order
   */
  DateAnchors(Discourse d, TimeIndex times, List<Integer> anchors) {
    int[] sorted = withPublishing(d, anchors);
    for (int s = 0; s < d.sentenceCount(); s++) {
      for (TimeIndex.Located t : times.within(d.sentenceFrom(s), d.sentenceTo(s))) {
        int anchor = anchorOf(d, sorted, t, s);
        if (anchor >= 0) {
          byAnchor.putIfAbsent(anchor, t.time().value());
          participle(d, sorted, t, s).ifPresent(p -> byAnchor.putIfAbsent(p, t.time().value()));
        }
      }
    }
  }

  private static int[] withPublishing(Discourse d, List<Integer> anchors) {
    int[] out = new int[anchors.size() + d.size() / 8 + 1];
    int n = 0;
    for (int a : anchors) {
      out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
      out[n++] = a;
    }
    for (int t = 0; t < d.size(); t++) {
      if (PUBLISHING.contains(d.norm(t)) && d.mentionAt(t) < 0) {
        out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
        out[n++] = t;
      }
    }
    int[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * "conducted a raid on Oct. 28, detaining X": a participle right after the date shares it.
   */
  private static java.util.OptionalInt participle(Discourse d, int[] sorted, TimeIndex.Located t,
      int s) {
    int i = Arrays.binarySearch(sorted, t.to());
    i = i >= 0 ? i : -i - 1;
    if (i < sorted.length && sorted[i] < d.sentenceTo(s) && sorted[i] - t.to() <= 2
        && d.norm(sorted[i] - 1).equals(",") && d.norm(sorted[i]).endsWith("ing")) {
      return java.util.OptionalInt.of(sorted[i]);
    }
    return java.util.OptionalInt.empty();
  }

  private static int anchorOf(Discourse d, int[] sorted, TimeIndex.Located t, int s) {
    int i = Arrays.binarySearch(sorted, t.from());
    int before = (i >= 0 ? i : -i - 1) - 1;
    if (before >= 0 && sorted[before] >= d.sentenceFrom(s)) {
      return sorted[before];
    }
    int after = Arrays.binarySearch(sorted, t.to());
    after = after >= 0 ? after : -after - 1;
    return after < sorted.length && sorted[after] < d.sentenceTo(s) ? sorted[after] : -1;
  }

  /**
   * @param anchor the first token of a trigger
   * @return the date tied to it, or {@code null}
   */
  TimeExpression dateOf(int anchor) {
    return byAnchor.get(anchor);
  }
}
