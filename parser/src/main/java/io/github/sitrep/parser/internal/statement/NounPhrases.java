package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.Tokenizer;
import io.github.sitrep.parser.internal.discourse.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Short noun phrases that name a speaker without an entity mention: "a military source",
 * "officials", "the ministry". A definite one is tied to the last entity named before it
 * whose name holds its head word.
 */
final class NounPhrases {

  private static final int MAX_WORDS = 6;
  private static final int MENTIONS_BACK = 80;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
  private static final Set<String> STOP = Set.of(",", ".", ";", ":", "that", "and", "but", "(",
      ")", "\u2014", "\u2013", "-", "on", "to", "with", "said", "told", "who", "which", "when",
      "after", "before", "while", "as", "because", "if");
  private static final Set<String> INNER = Set.of("in", "at", "for", "of", "from");
  private static final Set<String> NEGATIVE = Set.of("no", "none", "nobody", "neither", "nor");
  private static final Set<String> STATE_HEADS = Set.of("army", "military", "troops", "soldiers",
      "forces", "armed");
  private static final Set<String> GROUP_HEADS = Set.of("group", "militia", "movement",
      "organisation", "organization", "rebels", "insurgents", "militants", "jihadists");
  /** Heads that make a speaker an unnamed source even when an entity modifies them. */
  static final Set<String> GENERIC_SOURCES = Set.of("officials", "official", "sources", "source",
      "residents", "resident", "witnesses", "witness", "analysts", "analyst", "diplomats",
      "medics", "doctors", "activists", "villagers", "elders", "people", "observers", "experts");
  private static final Set<String> VAGUE_HEADS = Set.of("sides", "side", "two", "both", "parties",
      "officials", "sources", "source", "people", "residents", "witnesses");

  private NounPhrases() {}

  static boolean isPronoun(String w) {
    return PRONOUNS.contains(w);
  }

  /** @return whether the speaker's words deny there was one: "No group claimed ..." */
  static boolean isNegative(Discourse d, Speaker s) {
    return s.mention().map(m -> {
      String first = Tokenizer.tokenize(m.getText().toLowerCase(Locale.ROOT)).get(0).norm();
      return NEGATIVE.contains(first);
    }).orElse(false);
  }

  /** @return {from, to} of the words right before p in its clause */
  static Optional<int[]> before(Discourse d, int p) {
    int lower = Math.max(d.clauseStart(p), p - MAX_WORDS);
    int from = p;
    while (from - 1 >= lower && (isPhraseWord(d, from - 1) || isInner(d, from - 1, p))) {
      from--;
    }
    while (from < p && INNER.contains(d.norm(from))) {
      from++;
    }
    return from < p ? Optional.of(new int[] {from, p}) : Optional.empty();
  }

  /** @return {from, to} of the words right after p */
  static Optional<int[]> after(Discourse d, int p) {
    int s = d.sentenceOf(p);
    int upper = Math.min(d.sentenceTo(s), p + 1 + MAX_WORDS);
    int to = p + 1;
    while (to < upper && (isPhraseWord(d, to) || isInner(d, to, p + 1) && to + 1 < upper
        && isPhraseWord(d, to + 1))) {
      to++;
    }
    return to > p + 1 ? Optional.of(new int[] {p + 1, to}) : Optional.empty();
  }

  /** @return {from, to} of the words inside from..to, trimmed of punctuation */
  static Optional<int[]> within(Discourse d, int from, int to) {
    int a = from;
    while (a < to && !isPhraseWord(d, a)) {
      a++;
    }
    int b = a;
    while (b < to && b < a + MAX_WORDS && isPhraseWord(d, b)) {
      b++;
    }
    return b > a ? Optional.of(new int[] {a, b}) : Optional.empty();
  }

  private static boolean isInner(Discourse d, int t, int edge) {
    return t != edge && INNER.contains(d.norm(t)) && d.quoteAt(t) < 0;
  }

  private static boolean isPhraseWord(Discourse d, int t) {
    Token tok = d.token(t);
    return (tok.isWord() || tok.is("'s")) && !STOP.contains(tok.norm()) && d.quoteAt(t) < 0;
  }

  /**
   * @return the entity a definite phrase ("the coalition") stands for: the last acting
   *     entity before it whose name holds the phrase's last word
   */
  static Optional<EntityRef> resolveDefinite(Discourse d, int from, int to) {
    String head = d.norm(to - 1);
    List<String> words = new ArrayList<>();
    for (int t = from + 1; t < to; t++) {
      if (d.token(t).isWord()) {
        words.add(d.norm(t));
      }
    }
    if (!d.norm(from).equals("the") || to - from < 2 || VAGUE_HEADS.contains(head)
        || d.mentionAt(to - 1) >= 0) {
      return Optional.empty();
    }
    int before = d.mentionBefore(from);
    for (int k = 0, m = before; m >= 0 && k < MENTIONS_BACK; k++, m--) {
      if (fits(d, m, head, words)) {
        return Optional.of(d.refOf(m));
      }
    }
    for (int k = 0, m = before + 1; m < d.mentions().size() && k < MENTIONS_BACK; k++, m++) {
      if (fits(d, m, head, words)) {
        return Optional.of(d.refOf(m));
      }
    }
    return Optional.empty();
  }

  private static boolean fits(Discourse d, int m, String head, List<String> words) {
    if (!d.classOf(m).canAct()) {
      return false;
    }
    if (STATE_HEADS.contains(head) && d.isStateForce(m)
        || GROUP_HEADS.contains(head) && d.isArmedGroup(m)) {
      return true;
    }
    return nameHoldsAll(d, m, words);
  }

  /**
   * A bare surname or given name ("Tirab", "Nuur") names the last person before it whose
   * name ends (or starts) with it.
   *
   * @return the person, when the phrase is one or two capitalised words that fit
   */
  static Optional<EntityRef> resolveSurname(Discourse d, int from, int to) {
    if (to - from > 2 || !Character.isUpperCase(d.text().charAt(d.token(from).start()))) {
      return Optional.empty();
    }
    String words = d.span(from, to).getText();
    int m = d.mentionBefore(from);
    for (int k = 0; m >= 0 && k < MENTIONS_BACK; k++, m--) {
      if (d.classOf(m) == io.github.sitrep.parser.internal.discourse.EntityClass.PERSON) {
        String name = d.nameOf(d.refOf(m));
        if (name.endsWith(" " + words) || name.startsWith(words + " ")) {
          return Optional.of(d.refOf(m));
        }
      }
    }
    return Optional.empty();
  }

  /** Every word of the phrase (after its article) is a word of the entity's name or title. */
  private static boolean nameHoldsAll(Discourse d, int m, List<String> words) {
    Set<String> known = new HashSet<>();
    for (Token t : Tokenizer.tokenize((d.descriptionOf(d.refOf(m)) + " "
        + d.textOf(m).getText()).toLowerCase(Locale.ROOT))) {
      known.add(t.norm());
    }
    return !words.isEmpty() && known.containsAll(words);
  }
}
