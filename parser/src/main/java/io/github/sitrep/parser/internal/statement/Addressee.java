package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Optional;
import java.util.Set;

/**
 * Whom words were addressed to, or the channel they went through: the entity or the words
 * right after a cue such as "told" ("told Rudaw English", "told reporters").
 *
 * @param ref the entity, when one is named
 * @param mention the words
 * @param next the first token after the addressee
 */
record Addressee(Optional<EntityRef> ref, Optional<Mention> mention, int next) {

  private static final int MAX_WORDS = 4;
  private static final Set<String> STOP = Set.of("that", ",", ":", ".", ";", "on", "in", "at",
      "during", "after", "before", "the", "a", "an", "about", "of", "by", "to");

  /**
   * @param d the discourse
   * @param cue a cue
   * @return the addressee after it; empty (with {@code next} the token after the cue) when the
   *     verb takes none or none is there
   */
  static Addressee after(Discourse d, Cue cue) {
    int t = cue.to();
    Addressee none = new Addressee(Optional.empty(), Optional.empty(), t);
    if (!cue.verb().addressee() || t >= d.size() || d.sentenceOf(t) != d.sentenceOf(cue.from())) {
      return none;
    }
    int first = d.norm(t).equals("the") ? t + 1 : t;
    int m = d.mentionAt(first);
    if (m >= 0 && d.mentionFrom(m) == first) {
      return new Addressee(Optional.of(d.refOf(m)), Optional.of(d.textOf(m)), d.mentionTo(m));
    }
    int end = first;
    while (end < d.size() && end < first + MAX_WORDS && d.token(end).isWord()
        && !STOP.contains(d.norm(end)) && d.quoteAt(end) < 0) {
      end++;
    }
    return end > first ? new Addressee(Optional.empty(), Optional.of(d.span(t, end)), end) : none;
  }
}
