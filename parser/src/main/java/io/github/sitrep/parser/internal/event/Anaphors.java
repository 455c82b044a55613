package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The two sides", "both parties", "the two countries": phrases that stand for the agents of
 * the last event that had two or more of them, within a few sentences.
 */
final class Anaphors {

  private static final Set<String> HEADS = Set.of("sides", "parties", "countries", "forces",
      "groups", "leaders", "armies", "governments", "nations", "militaries", "delegations",
      "factions", "camps", "rivals", "allies", "neighbours", "neighbors", "states");
  private static final Set<String> NUMBERS = Set.of("two", "both", "three", "all");
  private static final int SENTENCES_BACK = 5;
  private static final int EVENTS_BACK = 8;

  private final Discourse d;
  private final List<EventDraft> history = new ArrayList<>();

  Anaphors(Discourse d) {
    this.d = d;
  }

  /** Records an event whose agents later phrases may stand for. */
  void remember(EventDraft e) {
    if (e.agents().size() >= 2) {
      history.add(e);
    }
  }

  /**
   * @param d the discourse
   * @param from first token to look at
   * @param to token past the last
   * @return the token of an anaphoric head inside the range, or -1
   */
  static int find(Discourse d, int from, int to) {
    for (int t = Math.max(from, 1); t < to; t++) {
      if (HEADS.contains(d.norm(t)) && (NUMBERS.contains(d.norm(t - 1))
          || NUMBERS.contains(d.norm(t - 2)) && d.norm(t - 1).equals("the"))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * @param sentence the sentence of the phrase
   * @param head the token of the phrase's head
   * @return the agents it stands for, possibly none: persons for "the two leaders", else
   *     organisations, forces and countries
   */
  List<EntityRef> resolve(int sentence, int head) {
    boolean persons = d.norm(head).equals("leaders");
    int stop = Math.max(0, history.size() - EVENTS_BACK);
    for (int i = history.size() - 1; i >= stop && sentence - history.get(i).sentence <= SENTENCES_BACK;
        i--) {
      List<EntityRef> fitting = new ArrayList<>();
      for (EntityRef r : history.get(i).agents()) {
        if ((d.classOf(r) == EntityClass.PERSON) == persons) {
          fitting.add(r);
        }
      }
      if (fitting.size() >= 2) {
        return fitting;
      }
    }
    return List.of();
  }
}
