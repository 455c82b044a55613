package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Places named with a kind word after the name: "Deir ez-Zor province", "Anbar
 * governorate", "the Euphrates River", "Euphrates Valley", "the al-Bukamal and al-Qaim
 * crossing", "Ain al-Asad air base". The name before the word is a lexicon place or a
 * capitalised run. A crossing also keeps the towns it is named after as places of their own.
 */
final class PlaceSuffixFinder implements Finder {

  static final int TIER = 28;
  static final int TOWN_TIER = 12;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int s = 1; s < scan.size(); s++) {
      PlaceKind kind = t.isWord(s) ? PlaceWords.kindOf(t.key(s)) : null;
      if (kind != null && suffixCase(t, s)) {
        int q = suffixStart(t, s);
        Named x = named(scan, q);
        if (x != null) {
          add(scan, x, q, s + 1, kind, out);
        }
      } else if (t.isLower(s) && PlaceWords.PLURALS.containsKey(t.key(s))) {
        listed(scan, s, PlaceWords.PLURALS.get(t.key(s)), out);
      }
    }
  }

  /** "state" only in lower case ("Borno state"): "Islamic State" is no place. */
  private static boolean suffixCase(Tokens t, int s) {
    return t.isLower(s) || (t.isCapitalised(s) && !t.is(s, "state"));
  }

  /** "air base", "border crossing", "military base": the two words together. */
  private static int suffixStart(Tokens t, int s) {
    boolean base = t.is(s, "base") && (t.is(s - 1, "air") || t.is(s - 1, "military")
        || t.is(s - 1, "naval") || t.is(s - 1, "army"));
    boolean crossing = t.is(s, "crossing") && t.is(s - 1, "border");
    return base || crossing ? s - 1 : s;
  }

  /** A name before a kind word: its tokens, and the lexicon entry it matches, if any. */
  record Named(int first, int end, TokenTrie.Match<Surface> lexicon) {}

  static Named named(Scan scan, int end) {
    Named lexicon = lexiconNamed(scan, end);
    Named run = runNamed(scan, end);
    if (lexicon == null || run != null && run.first() < lexicon.first()) {
      return run;
    }
    return lexicon.lexicon() == null ? null : lexicon;
  }

  /** The longest lexicon place ending at {@code end}; a country gives a Named without entry. */
  private static Named lexiconNamed(Scan scan, int end) {
    for (int k = Math.max(0, end - 6); k < end; k++) {
      TokenTrie.Match<Surface> m = scan.nameBetween(k, end);
      if (m != null) {
        LexiconEntry e = m.values().get(0).entry();
        boolean place = e.getType() == io.github.sitrep.parser.lexicon.EntryType.PLACE
            && e.placeKind().orElse(null) != PlaceKind.COUNTRY;
        return new Named(k, end, place ? m : null);
      }
    }
    return null;
  }

  private static Named runNamed(Scan scan, int end) {
    int r = scan.runs().runOf(end - 1);
    if (r < 0 || scan.demonym(r) != null && scan.demonym(r).end() >= end) {
      return null;
    }
    int w = PersonNames.words(scan, r, end);
    return w >= 1 && w <= 4 && scan.tokens.isWord(end - 1) && !hasHeads(scan, r, end)
        ? new Named(r, end, null) : null;
  }

  private static boolean hasHeads(Scan scan, int first, int end) {
    return HeadNounFinder.has(scan, first, end, Words.FORCE_HEADS)
        || HeadNounFinder.has(scan, first, end, Words.ORG_HEADS)
        || HeadNounFinder.has(scan, first, end, Words.STOP);
  }

  private static void add(Scan scan, Named x, int q, int end, PlaceKind kind, List<Candidate> out) {
    List<Named> towns = new ArrayList<>(List.of(x));
    int first = x.first();
    if (kind == PlaceKind.CROSSING && scan.tokens.is(first - 1, "and")) {
      Named other = named(scan, first - 1);
      if (other != null) {
        towns.add(0, other);
        first = other.first();
      }
    }
    Candidate c = new Candidate(scan, first, end, Candidate.Type.PLACE, "place-word");
    c.tier = TIER;
    c.placeKind = kind == PlaceKind.REGION && scan.tokens.isLower(end - 1) ? regionKind(x) : kind;
    boolean admin = PlaceWords.ADMIN.containsKey(scan.tokens.key(end - 1));
    if (admin && scan.tokens.isLower(end - 1)) {
      c.name = scan.textOf(first, q);
      c.qualifiedName = scan.textOf(first, end);
    }
    if (admin && x.lexicon() != null) {
      c.lexicon = List.copyOf(x.lexicon().values());
    }
    c.country = countryOf(towns);
    if (kind == PlaceKind.CROSSING) {
      c.container = true;
      towns.forEach(n -> out.add(town(scan, n)));
    }
    out.add(c);
  }

  /** "the Souq al-Juma and Ain Zara districts": every name of the list is of that kind. */
  private static void listed(Scan scan, int plural, PlaceKind kind, List<Candidate> out) {
    Tokens t = scan.tokens;
    int end = plural;
    for (int n = 0; n < 8; n++) {
      Named x = named(scan, end);
      if (x == null) {
        return;
      }
      Candidate c = new Candidate(scan, x.first(), x.end(), Candidate.Type.PLACE, "place-list");
      c.tier = LexiconFinder.TIER + 1;
      c.placeKind = kind;
      if (x.lexicon() != null) {
        c.lexicon = List.copyOf(x.lexicon().values());
        c.country = x.lexicon().values().get(0).entry().getCountry().orElse(null);
      }
      if (kind == PlaceKind.REGION) {
        c.placeKind = regionKind(x);
      }
      out.add(c);
      int k = x.first() - 1;
      if (t.is(k, "and") || t.is(k, "or")) {
        k = t.isPunct(k - 1, ',') ? k - 1 : k;
      } else if (!t.isPunct(k, ',')) {
        return;
      }
      end = k;
    }
  }

  /**
   * "Odesa region", "the Mopti region": a first-level division, unless the name is a region
   * of its own ("the Sahel region").
   */
  static PlaceKind regionKind(Named x) {
    return x.lexicon() != null && hasKind(x.lexicon(), PlaceKind.REGION)
        && !hasKind(x.lexicon(), PlaceKind.PROVINCE) ? PlaceKind.REGION : PlaceKind.PROVINCE;
  }

  private static boolean hasKind(TokenTrie.Match<Surface> m, PlaceKind kind) {
    for (Surface s : m.values()) {
      if (s.entry().placeKind().orElse(null) == kind) {
        return true;
      }
    }
    return false;
  }

  private static String countryOf(List<Named> towns) {
    String country = null;
    for (Named n : towns) {
      String c = n.lexicon() == null ? null
          : n.lexicon().values().get(0).entry().getCountry().orElse(null);
      if (c == null || (country != null && !country.equals(c))) {
        return null;
      }
      country = c;
    }
    return country;
  }

  private static Candidate town(Scan scan, Named n) {
    if (n.lexicon() != null) {
      return LexiconFinder.candidate(scan, n.lexicon());
    }
    Candidate c = new Candidate(scan, n.first(), n.end(), Candidate.Type.PLACE, "crossing-town");
    c.tier = TOWN_TIER;
    c.placeKind = PlaceKind.CITY;
    return c;
  }
}
