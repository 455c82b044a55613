package io.github.sitrep.parser.internal.discourse;

import java.util.Set;

/**
 * Resolves pronouns to the entity they most likely stand for: "he" and "she" to the last
 * person named before them; "they", "it" and "we" to an organisation or force, first the one
 * that leads the same sentence, then the one that leads the sentence before, then the last
 * one named. Mentions inside quotations are not used unless the pronoun is in the same one.
 */
public final class Referents {

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her");
  private static final int SENTENCES_BACK = 4;

  private Referents() {}

  /**
   * @param d the discourse
   * @param t the token of a pronoun
   * @return the index of the mention it stands for, or -1
   */
  public static int resolve(Discourse d, int t) {
    if (PERSONAL.contains(d.norm(t))) {
      return lastBefore(d, t, true);
    }
    int s = d.sentenceOf(t);
    if (s < 0) {
      return -1;
    }
    int lead = leading(d, d.sentenceFrom(s), t, d.voiceAt(t));
    if (lead < 0 && s > 0) {
      lead = leading(d, d.sentenceFrom(s - 1), d.sentenceTo(s - 1), d.voiceAt(t));
    }
    return lead >= 0 ? lead : lastBefore(d, t, false);
  }

  private static int leading(Discourse d, int from, int to, int quote) {
    for (int k = from; k < to && k < from + 3 * Subjects.WINDOW; k++) {
      int m = d.mentionAt(k);
      if (m >= 0 && d.voiceAt(k) == quote && actsAsGroup(d.classOf(m))) {
        return m;
      }
    }
    return -1;
  }

  private static int lastBefore(Discourse d, int t, boolean person) {
    int s = d.sentenceOf(t);
    int lower = s < 0 ? 0 : d.sentenceFrom(Math.max(0, s - SENTENCES_BACK));
    for (int k = t - 1; k >= lower && k >= t - 12 * Subjects.WINDOW; k--) {
      int m = d.mentionAt(k);
      if (m >= 0 && (d.voiceAt(k) < 0 || d.voiceAt(k) == d.voiceAt(t))) {
        EntityClass c = d.classOf(m);
        if (person ? c == EntityClass.PERSON : actsAsGroup(c)) {
          return m;
        }
      }
    }
    return -1;
  }

  private static boolean actsAsGroup(EntityClass c) {
    return c == EntityClass.ORGANISATION || c == EntityClass.FORCE;
  }
}
