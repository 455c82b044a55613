package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;

/**
 * Lexicon matches that are not mentions of the entry: an attributive compound
 * ("Iran-backed", "Syria-based"), a compass word that is also a province ("Western
 * diplomats"), a direction before a place ("northern Israel" is Israel), and a short name
 * inside a longer unknown one ("Ain" and "Zara" in "Ain Zara").
 */
final class NotMentions {

  private NotMentions() {}

  static boolean any(Scan scan, TokenTrie.Match<Surface> m) {
    return attributive(scan, m) || compassWord(scan, m)
        || directionBeforePlace(scan, m) || insideUnknownRun(scan, m);
  }

  private static LexiconEntry entry(TokenTrie.Match<Surface> m) {
    return m.values().get(0).entry();
  }

  /** "Iran-backed", "Syria-based": a place in a hyphenated adjective. */
  static boolean attributive(Scan scan, TokenTrie.Match<Surface> m) {
    Tokens t = scan.tokens;
    return entry(m).getType() == EntryType.PLACE && t.isJoiner(m.end()) && t.isLower(m.end() + 1)
        && !Words.PARTICLES.contains(t.key(m.end() + 1));
  }

  /** "Western officials": a province named by a compass word needs its kind word. */
  private static boolean compassWord(Scan scan, TokenTrie.Match<Surface> m) {
    return m.end() - m.first() == 1 && Words.DIRECTIONS.contains(scan.tokens.key(m.first()))
        && entry(m).getType() == EntryType.PLACE;
  }

  /** "northern Israel", "eastern Congo": the place itself, when the lexicon has it. */
  private static boolean directionBeforePlace(Scan scan, TokenTrie.Match<Surface> m) {
    Tokens t = scan.tokens;
    int f = m.first();
    return t.isLower(f) && Words.DIRECTIONS.contains(t.key(f)) && scan.name(f + 1) != null
        && scan.name(f + 1).end() == m.end();
  }

  /**
   * "Ain" and "Zara" in "Ain Zara", "Hamza" in "Abu Hamza al-Fulani": a one-word town inside
   * a longer capitalised run whose other words have no reading of their own.
   */
  private static boolean insideUnknownRun(Scan scan, TokenTrie.Match<Surface> m) {
    PlaceKind kind = entry(m).placeKind().orElse(null);
    if (m.end() - m.first() != 1 || kind == null || kind == PlaceKind.COUNTRY
        || kind == PlaceKind.PROVINCE || kind == PlaceKind.REGION) {
      return false;
    }
    int r = scan.runs().runOf(m.first());
    int end = scan.runs().endOfRunHolding(m.first());
    if (r < 0 || end - r < 2) {
      return false;
    }
    Tokens t = scan.tokens;
    for (int k = r; k < end; k++) {
      if (k != m.first() && t.isWord(k) && !t.isLower(k) && (scan.title(k) != null
          || scan.demonym(k) != null || Words.FORCE_HEADS.contains(t.key(k))
          || Words.ORG_HEADS.contains(t.key(k)) || PlaceWords.kindOf(t.key(k)) != null
          || Words.STOP.contains(t.key(k)) || Words.DIRECTIONS.contains(t.key(k)))) {
        return false;
      }
    }
    return true;
  }
}
