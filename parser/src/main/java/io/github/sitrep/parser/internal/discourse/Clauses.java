package io.github.sitrep.parser.internal.discourse;

import java.util.List;
import java.util.Set;

/**
 * Cuts sentences into rough clauses in one pass: at semicolons, colons and dashes, before
 * relative and subordinating words ("where", "while", ", which"), before "as" that opens a
 * clause, before "what" after a preposition, and before "and"/"but" followed by a pronoun.
 */
final class Clauses {

  private static final Set<String> ALWAYS = Set.of("where", "while", "whereas", "although",
      "because", "though");
  private static final Set<String> AFTER_COMMA = Set.of("which", "who", "whom", "whose", "but",
      "when", "after", "before", "since", "until");
  private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "i");
  private static final Set<String> NOT_BEFORE_AS = Set.of("such", "known", "well", "same", "so",
      "as", "just", "seen", "regarded", "described", "serve", "served", "serves", "acting");
  private static final Set<String> NOT_AFTER_AS = Set.of("well", "part", "a", "an", "of", "long",
      "soon", "much", "many", "far", "to", "for", "if", "though", "usual");

  private Clauses() {}

  /**
   * Fills {@code start[t]} with the first token of t's clause for tokens {@code from..to}.
   */
  static void mark(List<Token> tokens, int from, int to, int[] start, int[] end) {
    int clause = from;
    for (int t = from; t < to; t++) {
      if (t > from && opens(tokens, t, to)) {
        clause = t;
      }
      start[t] = clause;
    }
    int stop = to;
    for (int t = to - 1; t >= from; t--) {
      end[t] = stop;
      if (start[t] == t) {
        stop = t;
      }
    }
  }

  private static boolean opens(List<Token> tokens, int t, int to) {
    String w = tokens.get(t).norm();
    String prev = tokens.get(t - 1).norm();
    String next = t + 1 < to ? tokens.get(t + 1).norm() : "";
    if (prev.equals(";") || prev.equals(":") || prev.equals("\u2014") || prev.equals("\u2013")) {
      return true;
    }
    if (ALWAYS.contains(w) || (AFTER_COMMA.contains(w) && prev.equals(","))) {
      return true;
    }
    if (w.equals("what")) {
      return prev.equals("in") || prev.equals("of") || prev.equals(",");
    }
    if (w.equals("and") || w.equals("but")) {
      return PRONOUNS.contains(next);
    }
    return w.equals("as") && !NOT_BEFORE_AS.contains(prev) && !NOT_AFTER_AS.contains(next)
        && (prev.equals(",") || next.equals("the") || PRONOUNS.contains(next));
  }
}
