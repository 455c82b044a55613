package io.github.sitrep.parser.internal.event;

import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds event triggers in the sentences, outside entity names, longest first. */
final class TriggerFinder {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its",
      "their", "his", "her", "'s", "these", "those", "our", "any", "no", "another");

  private final EventTriggers triggers;

  TriggerFinder(EventTriggers triggers) {
    this.triggers = triggers;
  }

  List<PhraseTable.Match<EventTrigger>> find(Discourse d) {
    List<PhraseTable.Match<EventTrigger>> out = new ArrayList<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      int t = d.sentenceFrom(s);
      while (t < d.sentenceTo(s)) {
        PhraseTable.Match<EventTrigger> m = d.mentionAt(t) >= 0 ? null : triggers.at(d, t);
        if (m != null && m.to() <= d.sentenceTo(s) && d.mentionAt(m.to() - 1) < 0) {
          out.add(m);
          t = m.to();
        } else {
          t++;
        }
      }
    }
    return out;
  }

  /**
   * @param d the discourse
   * @param m a trigger
   * @return whether it is used as a noun: so listed, or after a determiner
   */
  static boolean isNoun(Discourse d, PhraseTable.Match<EventTrigger> m) {
    return m.value().pos().equals("noun") || DETERMINERS.contains(d.norm(m.from() - 1));
  }
}
