package io.github.sitrep.parser.internal.event;

import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;

/**
 * A national adjective before a weapon or a unit ("a Russian missile", "Turkish artillery",
 * "an Israeli drone") stands for the force the article names with the same adjective
 * ("Russian forces", "Turkish troops", "Israeli military").
 */
final class NationalForces {

  private static final int MENTIONS = 400;

  private NationalForces() {}

  /**
   * @param d the discourse
   * @param t a token
   * @return the mention of the force the adjective at t stands for, or -1
   */
  static int at(Discourse d, int t) {
    String w = d.norm(t);
    int own = d.mentionAt(t);
    boolean adjective = Character.isUpperCase(d.text().charAt(d.token(t).start()))
        && (own < 0 || d.classOf(own) == EntityClass.PLACE) && w.length() > 3
        && (w.endsWith("an") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ese"));
    if (!adjective) {
      return -1;
    }
    int n = d.mentions().size();
    for (int m = 0; m < n && m < MENTIONS; m++) {
      if (d.classOf(m) == EntityClass.FORCE && d.norm(d.mentionFrom(m)).equals(w)
          && d.mentionTo(m) - d.mentionFrom(m) > 1) {
        return m;
      }
    }
    return -1;
  }
}
