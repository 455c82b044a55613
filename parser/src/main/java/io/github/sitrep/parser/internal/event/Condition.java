package io.github.sitrep.parser.internal.event;

import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A condition of the {@code context} column of {@code event-triggers.tsv}: which words must
 * or must not stand near a trigger.
 *
 * @param kind follows, near, notfollows, notnext, notprev or prev
 * @param words the words, in lower case
 */
record Condition(String kind, Set<String> words) {

  private static final int FOLLOWS_WINDOW = 12;
  private static final int NOTFOLLOWS_WINDOW = 3;
  private static final int NEAR_WINDOW = 4;
  private static final Set<String> KINDS = Set.of("follows", "near", "notfollows", "notnext",
      "notprev", "prev");

  /**
   * @param field the column: {@code -} or conditions separated by {@code ;}
   * @return the conditions
   * @throws IllegalArgumentException for an unknown condition
   */
  static List<Condition> parse(String field) {
    List<Condition> out = new ArrayList<>();
    if (field.isBlank() || field.trim().equals("-")) {
      return out;
    }
    for (String part : field.split(";")) {
      int eq = part.indexOf('=');
      String kind = eq < 0 ? "" : part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown context condition '" + part.trim() + "'");
      }
      out.add(new Condition(kind, Set.of(part.substring(eq + 1).trim()
          .toLowerCase(Locale.ROOT).split("\\|"))));
    }
    return out;
  }

  /**
   * @param d the discourse
   * @param from the trigger's first token
   * @param to the token past the trigger
   * @return whether the condition holds there
   */
  boolean holds(Discourse d, int from, int to) {
    return switch (kind) {
      case "follows" -> any(d, to, Math.min(d.clauseEnd(from), to + FOLLOWS_WINDOW));
      case "near" -> any(d, to, Math.min(d.size(), to + NEAR_WINDOW));
      case "notfollows" -> !any(d, to, Math.min(d.size(), to + NOTFOLLOWS_WINDOW));
      case "notnext" -> !words.contains(d.norm(to));
      case "prev" -> words.contains(d.norm(from - 1));
      default -> !words.contains(d.norm(from - 1));
    };
  }

  private boolean any(Discourse d, int from, int to) {
    for (int t = from; t < to; t++) {
      if (words.contains(d.norm(t))) {
        return true;
      }
    }
    return false;
  }
}
