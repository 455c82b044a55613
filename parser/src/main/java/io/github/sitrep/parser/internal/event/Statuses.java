package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventStatus;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Set;

/**
 * The status of an event from the words before its trigger: negated ("did not attack", "no
 * withdrawal"), intended ("will meet", "agreed to coordinate", "decided to form", "a planned
 * attack"), or, after a modal of mere possibility ("can meet", "may have"), no event at all.
 */
final class Statuses {

  private static final int WINDOW = 4;
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might", "should",
      "must", "cannot", "ought");
  private static final Set<String> NEGATORS = Set.of("not", "never", "no", "without", "denied",
      "denies", "deny", "denying", "failed", "refused", "nor");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "going");
  private static final Set<String> INTENT = Set.of("agree", "agreed", "agrees", "agreeing",
      "decide", "decided", "decides", "plan", "plans", "planned", "planning", "intend", "intends",
      "intended", "aim", "aims", "aimed", "want", "wants", "wanted", "seek", "seeks", "sought",
      "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised", "promises",
      "threaten", "threatened", "threatens", "prepare", "prepared", "preparing", "expected", "set",
      "ready", "hope", "hopes", "hoped", "propose", "proposed", "proposes", "is", "are", "was",
      "were", "due", "scheduled", "likely", "order", "ordered", "orders", "call", "called", "calls",
      "urged", "urge", "demanded", "demand", "asked");
  private static final Set<String> INTENT_BEFORE_NOUN = Set.of("planned", "upcoming", "proposed",
      "future", "possible", "potential", "expected", "imminent", "impending", "scheduled");

  private static final Set<String> SUPERLATIVES = Set.of("deadliest", "worst", "largest",
      "biggest", "bloodiest", "heaviest", "latest", "most", "first", "last", "previous",
      "earlier");

  private Statuses() {}

  /**
   * @param d the discourse
   * @param from a noun trigger's first token
   * @return whether the noun only compares ("in the deadliest assault this year")
   */
  static boolean comparison(Discourse d, int from) {
    return SUPERLATIVES.contains(d.norm(from - 1)) && d.norm(from - 2).equals("the")
        && d.norm(from - 3).equals("in")
        || d.norm(from - 2).equals("most") && d.norm(from - 3).equals("the")
        && d.norm(from - 4).equals("in");
  }

  /**
   * @param d the discourse
   * @param from the trigger's first token
   * @param fallback the lexicon's status
   * @return the status, or {@code null} when the event is only possible
   */
  static EventStatus of(Discourse d, int from, EventStatus fallback) {
    int lower = Math.max(d.clauseStart(from), from - WINDOW);
    for (int k = from - 1; k >= lower; k--) {
      String w = d.norm(k);
      if (MODALS.contains(w)) {
        return null;
      }
      if (NEGATORS.contains(w) || w.endsWith("n't")) {
        return EventStatus.NEGATED;
      }
      if (FUTURE.contains(w) || (k == from - 1 && INTENT_BEFORE_NOUN.contains(w))) {
        return EventStatus.INTENDED;
      }
      if (w.equals("to") && (INTENT.contains(d.norm(k - 1)) || INTENT.contains(d.norm(k - 2)))) {
        return EventStatus.INTENDED;
      }
      if (w.equals(",") || w.equals("and")) {
        break;
      }
    }
    return fallback;
  }
}
