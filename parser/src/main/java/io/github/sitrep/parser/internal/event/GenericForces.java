package io.github.sitrep.parser.internal.event;

import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Set;

/**
 * Common nouns for a state's forces ("an army post", "11 soldiers", "government forces",
 * "its forces", "police officers") stand for the state force the article names nearest to them, before
 * or else after, within a few sentences.
 */
final class GenericForces {

  private static final Set<String> WORDS = Set.of("army", "military", "soldiers", "soldier",
      "troops", "police", "policemen", "officers", "government", "servicemen", "garrison");
  private static final Set<String> OWNERS = Set.of("its", "their", "our", "government",
      "security", "state", "regime", "federal", "national", "junta");
  private static final int SENTENCES = 3;
  private static final int MENTIONS = 60;

  private GenericForces() {}

  /**
   * @param d the discourse
   * @param t a token
   * @return the mention of the state force a generic word at t stands for, or -1
   */
  static int at(Discourse d, int t) {
    boolean forces = d.norm(t).equals("forces") && OWNERS.contains(d.norm(t - 1));
    if (!WORDS.contains(d.norm(t)) && !forces || d.mentionAt(t) >= 0) {
      return -1;
    }
    int s = d.sentenceOf(t);
    int m = d.mentionBefore(t);
    for (int k = 0; m >= 0 && k < MENTIONS && s - d.sentenceOf(d.mentionFrom(m)) <= SENTENCES;
        k++, m--) {
      if (d.isStateForce(m)) {
        return m;
      }
    }
    m = d.mentionBefore(t) + 1;
    for (int k = 0; m < d.mentions().size() && k < MENTIONS
        && d.sentenceOf(d.mentionFrom(m)) - s <= SENTENCES; k++, m++) {
      if (d.isStateForce(m)) {
        return m;
      }
    }
    return -1;
  }
}
