package io.github.sitrep.parser.internal.entity;

import java.util.Set;

/**
 * Reads a person's name from the tokens after a title or a cue: capitalised words with the
 * particles, initials and suffixes of names ("Paul E. Funk II", "Haider al-Abadi"), within
 * one capitalised run. Refuses words that belong to names of other kinds of thing
 * ("Command", "Forces", "Monday", "Iraqi").
 */
final class PersonNames {

  static final int MAX_WORDS = 6;

  /** Capitalised words that end names of places and bodies, never of persons. */
  static final Set<String> PLACE_HEADS = Words.set("base", "river", "valley", "province",
      "governorate", "airport", "mountains", "mountain", "street", "square", "bridge", "dam",
      "camp", "crossing", "region", "district", "city", "desert", "sea", "lake", "airbase",
      "hospital", "mosque", "school", "prison", "palace", "stadium", "hotel", "market",
      "road", "highway", "oblast", "county", "state", "island", "islands", "gulf", "strait",
      "field", "airfield", "port", "harbour", "harbor", "refinery", "plant", "operation");

  private PersonNames() {}

  /**
   * @param scan the text
   * @param first the token where the name should start
   * @return the token after the name, or {@code first} when no acceptable name starts there
   */
  static int read(Scan scan, int first) {
    Tokens t = scan.tokens;
    if (!Runs.canStart(scan, first) || scan.title(first) != null) {
      return first;
    }
    int end = scan.runs().endOfRunHolding(first);
    if (end <= first) {
      return first;
    }
    int words = 0;
    for (int k = first; k < end; k++) {
      if (t.isWord(k)) {
        if (!acceptable(scan, k)) {
          return first;
        }
        words++;
      }
    }
    return words == 0 || words > MAX_WORDS || isOtherEntity(scan, first, end) ? first : end;
  }

  private static boolean acceptable(Scan scan, int k) {
    Tokens t = scan.tokens;
    String key = t.key(k);
    if (t.isLower(k)) {
      return Words.PARTICLES.contains(key);
    }
    return !Words.FORCE_HEADS.contains(key) && !Words.ORG_HEADS.contains(key)
        && !PLACE_HEADS.contains(key) && !Words.CALENDAR.contains(key)
        && !Words.DIRECTIONS.contains(key)
        && !(Words.STOP.contains(key) && !Words.PARTICLES.contains(key))
        && (scan.demonym(k) == null || afterParticle(t, k)) && !Words.MEDIA_WORDS.contains(key);
  }

  /** "al-Fulani", "al-Masri": a demonym after a particle is part of a name. */
  private static boolean afterParticle(Tokens t, int k) {
    return t.isJoiner(k - 1) && Words.PARTICLES.contains(t.key(k - 2));
  }

  /** A name that is wholly a lexicon place, force or organisation is not a person's. */
  private static boolean isOtherEntity(Scan scan, int first, int end) {
    TokenTrie.Match<Surface> m = scan.name(first);
    return m != null && m.end() >= end;
  }

  /**
   * A rank or post written as a short capitalised abbreviation before a name ("ASP Yakubu
   * Garba"): the token after it, when a name of two words or more follows; else
   * {@code first}.
   */
  static int afterRankAbbreviation(Scan scan, int first) {
    Tokens t = scan.tokens;
    int len = t.end(first) - t.start(first);
    if (!t.isAllCaps(first) || len < 2 || len > 4 || scan.name(first) != null) {
      return first;
    }
    int end = read(scan, first + 1);
    return end > first + 1 && words(scan, first + 1, end) >= 2 ? first + 1 : first;
  }

  /** @return the number of words in tokens {@code [first, end)} */
  static int words(Scan scan, int first, int end) {
    int n = 0;
    for (int k = first; k < end; k++) {
      if (scan.tokens.isWord(k) && !scan.tokens.isLower(k)) {
        n++;
      }
    }
    return n;
  }
}
