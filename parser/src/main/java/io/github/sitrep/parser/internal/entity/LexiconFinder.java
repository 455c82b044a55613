package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Names found in the lexicon: the longest match at each token, typed by its entry. */
final class LexiconFinder implements Finder {

  static final int TIER = 30;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    for (int i = 0; i < scan.size(); i++) {
      TokenTrie.Match<Surface> m = scan.name(i);
      if (m != null && !startsWithStopWord(scan, i, m) && !possessiveOfShorter(scan, m)
          && !attributiveCountry(scan, m) && !NotMentions.any(scan, m)) {
        out.add(candidate(scan, m));
      }
    }
  }

  private static boolean startsWithStopWord(Scan scan, int i, TokenTrie.Match<Surface> m) {
    return m.end() - m.first() == 1 && Words.STOP.contains(scan.tokens.key(i));
  }

  /** "Iraq's War Media Cell" is "Iraq" and "War Media Cell" when the latter is a name too. */
  private static boolean possessiveOfShorter(Scan scan, TokenTrie.Match<Surface> m) {
    Tokens t = scan.tokens;
    for (int k = m.first() + 1; k + 2 < m.end(); k++) {
      if (t.isApostrophe(k) && t.is(k + 1, "s")) {
        TokenTrie.Match<Surface> rest = scan.name(k + 2);
        return rest != null && rest.end() == m.end();
      }
    }
    return false;
  }

  /**
   * A country's short form used as an adjective ("the US operation", "US-led") is not a
   * mention of the place; the force and coalition rules read it.
   */
  private static boolean attributiveCountry(Scan scan, TokenTrie.Match<Surface> m) {
    Surface s = m.values().get(0);
    if (s.entry().placeKind().orElse(null) != PlaceKind.COUNTRY
        || !TextShapes.isAllCaps(s.text(), 0, s.text().length())) {
      return false;
    }
    Tokens t = scan.tokens;
    int next = m.end();
    return t.isLower(next) && !Words.STOP.contains(t.key(next))
        || t.isJoiner(next) && t.isLower(next + 1);
  }

  /** "Russia's Defence Ministry": the token after the country's possessive, or -1. */
  private static int possessiveEnd(Scan scan, TokenTrie.Match<Surface> m) {
    Tokens t = scan.tokens;
    for (int k = m.first() + 1; k + 2 < m.end(); k++) {
      if (t.isApostrophe(k) && t.is(k + 1, "s")) {
        TokenTrie.Match<Surface> owner = scan.nameBetween(m.first(), k);
        return owner != null && owner.values().get(0).entry().placeKind().orElse(null)
            == PlaceKind.COUNTRY ? k + 2 : -1;
      }
    }
    return -1;
  }

  static Candidate candidate(Scan scan, TokenTrie.Match<Surface> m) {
    List<Surface> surfaces = new ArrayList<>(m.values());
    surfaces.sort(PREFERENCE);
    EntryType type = surfaces.get(0).entry().getType();
    surfaces.removeIf(s -> s.entry().getType() != type);
    Candidate c = new Candidate(scan, m.first(), m.end(), typeOf(type), "lexicon");
    c.tier = TIER;
    c.lexicon = List.copyOf(surfaces);
    LexiconTyping.apply(c, surfaces.get(0).entry());
    int possessive = possessiveEnd(scan, m);
    if (possessive > 0) {
      c.qualifiedName = c.name;
      c.name = scan.textOf(possessive, m.end());
    }
    if (type == EntryType.PLACE && scan.tokens.isLower(m.end() - 1)
        && PlaceWords.ADMIN.containsKey(scan.tokens.key(m.end() - 1)) && m.end() - m.first() > 1) {
      c.qualifiedName = c.name;
      c.name = scan.textOf(m.first(), m.end() - 1);
    }
    return c;
  }

  static Candidate.Type typeOf(EntryType type) {
    switch (type) {
      case PLACE:
        return Candidate.Type.PLACE;
      case FORCE:
        return Candidate.Type.FORCE;
      default:
        return Candidate.Type.ORGANISATION;
    }
  }

  /** Forces first, then places (countries, cities, provinces ...), then organisations. */
  static final Comparator<Surface> PREFERENCE = Comparator
      .comparingInt((Surface s) -> typeRank(s.entry().getType()))
      .thenComparingInt(s -> placeRank(s.entry()))
      .thenComparing(Comparator.comparingLong((Surface s) -> population(s.entry())).reversed());

  private static int typeRank(EntryType type) {
    return type == EntryType.FORCE ? 0 : type == EntryType.PLACE ? 1 : 2;
  }

  private static int placeRank(LexiconEntry e) {
    PlaceKind k = e.placeKind().orElse(PlaceKind.OTHER);
    switch (k) {
      case COUNTRY:
        return 0;
      case CITY:
        return 1;
      case PROVINCE:
        return 2;
      case REGION:
        return 3;
      default:
        return 4;
    }
  }

  static long population(LexiconEntry e) {
    try {
      return e.attribute("population").map(Long::parseLong).orElse(0L);
    } catch (NumberFormatException ex) {
      return 0L;
    }
  }
}
