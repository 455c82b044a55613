package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;
import io.github.sitrep.parser.internal.discourse.Referents;
import io.github.sitrep.parser.internal.discourse.Subjects;
import java.util.List;
import java.util.Optional;

/**
 * Finds the speaker of a cue: the subject before it ("the ministry said"), the phrase after
 * it ("said the coalition"), a pronoun resolved to its entity ("he added"), or a definite
 * noun phrase whose head names an entity met before ("the coalition" for "US-led
 * international coalition"). Otherwise the words alone, with the entity unknown.
 */
final class SpeakerFinder {

  private static final int AFTER_LIMIT = 8;
  /** "X claimed the attack in a statement posted online, saying ...": verbs to look past. */
  private static final int PARTICIPLE_VERBS = 3;

  private SpeakerFinder() {}

  /** The speaker before token p (the cue's first token). */
  static Speaker before(Discourse d, int p) {
    boolean participle = d.norm(p).endsWith("ing") && d.norm(p - 1).equals(",");
    List<Integer> group = Subjects.before(d, p, participle ? PARTICIPLE_VERBS : 0);
    if (!group.isEmpty()) {
      Speaker s = fromFound(d, group.get(0));
      int head = p - 1;
      return group.get(0) >= 0 && head > d.mentionTo(group.get(0)) - 1
          ? unnamedSource(d, s, head, new int[] {d.mentionFrom(group.get(0)), p}) : s;
    }
    return NounPhrases.before(d, Subjects.subjectEnd(d, p)).map(np -> fromPhrase(d, np))
        .orElse(Speaker.NONE);
  }

  /** The speaker after token p (the cue's last token). */
  static Speaker after(Discourse d, int p) {
    int found = Subjects.after(d, p, AFTER_LIMIT);
    if (found != Integer.MIN_VALUE) {
      Speaker s = fromFound(d, found);
      Optional<int[]> np = NounPhrases.after(d, p);
      return found >= 0 && np.isPresent() && np.get()[1] > d.mentionTo(found)
          ? unnamedSource(d, s, np.get()[1] - 1, np.get()) : s;
    }
    return NounPhrases.after(d, p).map(np -> fromPhrase(d, np)).orElse(Speaker.NONE);
  }

  /** The speaker inside tokens from..to: a phrase between a quotation and its cue. */
  static Speaker between(Discourse d, int from, int to) {
    for (int t = from; t < to; t++) {
      int m = d.mentionAt(t);
      if (m >= 0 && d.classOf(m).canAct()) {
        Speaker s = fromFound(d, m);
        return to - 1 >= d.mentionTo(m) ? unnamedSource(d, s, to - 1, new int[] {from, to}) : s;
      }
    }
    for (int t = from; t < to; t++) {
      if (NounPhrases.isPronoun(d.norm(t))) {
        return fromFound(d, -(t + 1));
      }
    }
    return NounPhrases.within(d, from, to).map(np -> fromPhrase(d, np)).orElse(Speaker.NONE);
  }

  private static Speaker fromFound(Discourse d, int found) {
    if (found >= 0) {
      return new Speaker(Optional.of(d.refOf(found)), Optional.of(d.textOf(found)));
    }
    int t = -found - 1;
    int m = Referents.resolve(d, t);
    Optional<EntityRef> ref = m >= 0 ? Optional.of(d.refOf(m)) : Optional.empty();
    return new Speaker(ref, Optional.of(d.span(t, t + 1)));
  }

  private static Speaker fromPhrase(Discourse d, int[] np) {
    Mention words = d.span(np[0], np[1]);
    Optional<EntityRef> ref = NounPhrases.resolveDefinite(d, np[0], np[1]);
    if (ref.isEmpty()) {
      ref = NounPhrases.resolveSurname(d, np[0], np[1]);
    }
    return new Speaker(ref, Optional.of(words));
  }

  /**
   * "Taliban officials said", "said security sources": an entity modifying a generic source
   * does not speak; the source is unnamed.
   */
  static Speaker unnamedSource(Discourse d, Speaker found, int headToken, int[] phrase) {
    if (found.ref().isEmpty() || !NounPhrases.GENERIC_SOURCES.contains(d.norm(headToken))
        || found.ref().map(r -> d.classOf(r) == EntityClass.PERSON).orElse(false)) {
      return found;
    }
    return new Speaker(Optional.empty(), Optional.of(d.span(phrase[0], phrase[1])));
  }
}
