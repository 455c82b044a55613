package io.github.sitrep.parser.internal.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who does or says something: the nearest group of acting entities before a word in
 * its clause ("Leaders from the ISF and the SDF agreed"), skipping brackets and appositives
 * ("the YPG, a component of the SDF, announced"), or a pronoun standing in for one.
 */
public final class Subjects {

  /** How far back or forward a subject is looked for, in tokens. */
  public static final int WINDOW = 40;

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "of", "near",
      "across", "into", "inside", "outside", "over", "against", "on", "with", "by", "for",
      "toward", "towards", "through", "throughout", "within", "around", "between");
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "since",
      "because", "if", "until", "although", "though", "whereas", "while");
  private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "has", "have",
      "had", "said", "says", "did", "does", "will", "would", "took", "began", "came", "went",
      "left", "fled", "told", "made", "hit", "met", "fought", "won", "lost");
  private static final Set<String> ADJECTIVES = Set.of("armed", "suspected", "alleged",
      "unnamed", "united", "based", "backed", "led", "linked", "affiliated", "allied", "aligned",
      "occupied", "embattled", "besieged", "displaced",
      "trained", "elected", "installed", "unidentified", "masked", "armoured", "armored",
      "coordinated", "combined", "mixed", "retired", "designated", "self-styled", "so-called");
  private static final Set<String> MODIFIER_BEFORE = Set.of("the", "a", "an", "'s", "its", "his",
      "her", "their", "our", "heavily", "lightly", "well", "newly", "recently", "fully");
  private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "has", "have",
      "had", "will", "would", "could", "can", "may", "might", "should", "must", "was", "were",
      "is", "are", "been", "be", "being", "not", "n't", "never", "also", "still", "already",
      "then", "later", "reportedly", "allegedly", "immediately", "repeatedly", "again");
  private static final Set<String> RELATIVES = Set.of("which", "who", "that");
  private static final Set<String> JOINERS = Set.of(",", "and", "or", "&", "(", ")", "as", "the",
      "well", "both");
  private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "who", "which",
      "whose", "one", "itself", "also", "in", "on", "after", "along", "together", "its", "his",
      "her", "their", "citing", "according", "speaking", "including", "then", "now", "known");

  private Subjects() {}

  /**
   * The subject before token {@code p}.
   *
   * @param d the discourse
   * @param p a token inside a sentence
   * @return the mention indices of the nearest acting group before {@code p} in its clause,
   *     nearest first; or one negative value {@code -(t + 1)} for a pronoun at token t; or
   *     an empty list
   */
  public static List<Integer> before(Discourse d, int p) {
    return before(d, p, 0);
  }

  /**
   * The subject before token {@code p}, looking past a number of verbs: a noun's agent is the
   * subject of the verb that governs it ("Ethiopia and Eritrea signed an agreement").
   *
   * @param d the discourse
   * @param p a token inside a sentence
   * @param verbs how many finite verbs the search may pass
   * @return as {@link #before(Discourse, int)}
   */
  public static List<Integer> before(Discourse d, int p, int verbs) {
    String prev = d.norm(p - 1);
    int passes = verbs + (prev.equals("and") || prev.equals("but") || prev.equals("then") ? 1 : 0);
    int lower = Math.max(d.clauseStart(p), p - WINDOW);
    int verbGroup = p;
    while (verbGroup - 1 >= lower && (AUXILIARIES.contains(d.norm(verbGroup - 1))
        || d.norm(verbGroup - 1).endsWith("n't"))
        || verbGroup - 1 >= lower && d.norm(verbGroup - 1).endsWith("ly")
        && d.mentionAt(verbGroup - 1) < 0 && verbGroup > p - 4) {
      verbGroup--;
    }
    int t = skipAppositive(d, p - 1, lower);
    for (int k = t + 2; k < p - 1; k++) {
      int m = d.mentionAt(k);
      if (m >= 0 && d.classOf(m) == EntityClass.PERSON && d.voiceAt(k) == d.voiceAt(p)) {
        return List.of(m);
      }
    }
    int country = -1;
    while (t >= lower) {
      String w = d.norm(t);
      int m = d.mentionAt(t);
      if (m >= 0 && d.classOf(m).canAct() && d.voiceAt(t) == d.voiceAt(p)) {
        return group(d, m, lower);
      }
      if (m >= 0 && country < 0 && countrySubject(d, m)) {
        country = m;
      }
      if (PRONOUNS.contains(w) && d.voiceAt(t) == d.voiceAt(p)) {
        return List.of(-(t + 1));
      }
      if (w.equals("that") && d.voiceAt(t) == d.voiceAt(p)) {
        return List.of();
      }
      if (m < 0 && t < verbGroup - 1 && endsSubjectSearch(d, t) && passes-- <= 0) {
        break;
      }
      t = w.equals(")") ? skipBrackets(d, t, lower) : t - 1;
    }
    if (country >= 0) {
      return group(d, country, lower);
    }
    int skipped = skipAppositive(d, p - 1, lower);
    for (int k = skipped + 2; k < p - 1; k++) {
      int m = d.mentionAt(k);
      if (m >= 0 && d.classOf(m).canAct() && d.voiceAt(k) == d.voiceAt(p)) {
        return List.of(m);
      }
    }
    return antecedent(d, p, lower);
  }

  /** A finite verb or a subordinating word between a subject and p ends the search. */
  private static boolean endsSubjectSearch(Discourse d, int t) {
    String w = d.norm(t);
    if (SUBORDINATORS.contains(w)) {
      return true;
    }
    boolean adjective = ADJECTIVES.contains(w) || MODIFIER_BEFORE.contains(d.norm(t - 1));
    boolean verb = FINITE.contains(w) || (w.length() > 4 && w.endsWith("ed") && !adjective);
    return verb && !d.norm(t + 1).equals("to");
  }

  /** The subject of a relative clause is the entity before it: "the ISGS, which has claimed". */
  private static List<Integer> antecedent(Discourse d, int p, int lower) {
    int start = d.clauseStart(p);
    if (start < lower || !RELATIVES.contains(d.norm(start))) {
      return List.of();
    }
    for (int t = start - 1; t >= start - 4 && t >= 0; t--) {
      int m = d.mentionAt(t);
      if (m >= 0 && d.classOf(m).canAct()) {
        return List.of(m);
      }
      if (!d.norm(t).equals(",") && !d.norm(t).equals(")") && !d.norm(t).equals("(")) {
        break;
      }
    }
    return List.of();
  }

  /** A country not governed by a preposition nor owning something: "Iran said". */
  private static boolean countrySubject(Discourse d, int m) {
    int before = d.mentionFrom(m) - 1;
    int after = d.mentionTo(m);
    boolean wholeToken = d.token(after - 1).end() <= d.mentions().get(m).span().getEnd();
    return d.isCountry(m) && wholeToken && !PREPOSITIONS.contains(d.norm(before))
        && !d.norm(after).equals("'s") && !d.norm(after).equals("-");
  }

  private static List<Integer> group(Discourse d, int nearest, int lower) {
    List<Integer> group = new ArrayList<>();
    group.add(nearest);
    int t = d.mentionFrom(nearest) - 1;
    while (t >= lower) {
      int m = d.mentionAt(t);
      if (m >= 0 && (d.classOf(m).canAct() || d.isCountry(m))) {
        if (!group.contains(m)) {
          group.add(m);
        }
        t = d.mentionFrom(m) - 1;
      } else if (m < 0 && JOINERS.contains(d.norm(t))) {
        t--;
      } else {
        break;
      }
    }
    return group;
  }

  /**
   * @param d the discourse
   * @param p a token inside a sentence
   * @return the token past the subject's end before p: p itself, or the comma that opens an
   *     appositive ending just before p ("the YPG, a component of the SDF, announced")
   */
  public static int subjectEnd(Discourse d, int p) {
    return skipAppositive(d, p - 1, Math.max(d.clauseStart(p), p - WINDOW)) + 1;
  }

  private static int skipAppositive(Discourse d, int t, int lower) {
    if (t < lower || !d.norm(t).equals(",")) {
      return t;
    }
    for (int k = t - 1; k >= lower && k >= t - 25; k--) {
      if (d.norm(k).equals(",")) {
        String opener = d.norm(k + 1);
        boolean appositive = APPOSITIVE_OPENERS.contains(opener)
            || opener.length() > 4 && opener.endsWith("ed") && d.mentionAt(k + 1) < 0
            || namedBefore(d, k) && !hasVerb(d, k + 1, t);
        return appositive ? k - 1 : t - 1;
      }
    }
    return t - 1;
  }

  /** A name (possibly with a bracketed acronym) ends just before the comma at k. */
  private static boolean namedBefore(Discourse d, int k) {
    int t = k - 1;
    if (d.norm(t).equals(")")) {
      t = skipBrackets(d, t, Math.max(0, t - 12));
    }
    int m = d.mentionAt(t);
    return m >= 0 && d.classOf(m).canAct();
  }

  private static boolean hasVerb(Discourse d, int from, int to) {
    for (int t = from; t < to; t++) {
      if (d.mentionAt(t) < 0 && endsSubjectSearch(d, t) && !SUBORDINATORS.contains(d.norm(t))) {
        return true;
      }
    }
    return false;
  }

  private static int skipBrackets(Discourse d, int t, int lower) {
    for (int k = t - 1; k >= lower && k >= t - 12; k--) {
      if (d.norm(k).equals("(")) {
        return k - 1;
      }
    }
    return t - 1;
  }

  /**
   * The first person named after token {@code p} in its sentence before a comma, a quotation
   * mark or "that", else the first acting entity there: the speaker of {@code "...," said the
   * ministry} or of {@code said Houthi spokesman Mohammed Abdulsalam}.
   *
   * @param d the discourse
   * @param p a token inside a sentence
   * @param limit how many tokens to look at
   * @return the mention index, or a negative {@code -(t + 1)} for a pronoun at t, or
   *     {@link Integer#MIN_VALUE} for none
   */
  public static int after(Discourse d, int p, int limit) {
    int s = d.sentenceOf(p);
    int end = Math.min(d.sentenceTo(s), p + 1 + limit);
    int first = Integer.MIN_VALUE;
    for (int t = p + 1; t < end; t++) {
      int m = d.mentionAt(t);
      if (m >= 0 && d.classOf(m) == EntityClass.PERSON) {
        return m;
      }
      if (m >= 0 && first == Integer.MIN_VALUE && (d.classOf(m).canAct() || d.isCountry(m))) {
        first = m;
      }
      String w = d.norm(t);
      if (PRONOUNS.contains(w) && first == Integer.MIN_VALUE) {
        return -(t + 1);
      }
      boolean participle = m < 0 && w.length() > 5 && w.endsWith("ing");
      if (w.equals(",") || w.equals("that") || w.equals(";") || participle
          || d.token(t).isQuoteMark()) {
        break;
      }
    }
    return first;
  }
}
