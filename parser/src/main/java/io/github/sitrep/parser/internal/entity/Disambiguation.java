package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settles what lexicon candidates stand for, using the rest of the text: an ambiguous form
 * ("IS", "Georgia") is kept only when the text supports it, and among several entries with
 * the same name the one in a country the text names wins.
 */
final class Disambiguation {

  private Disambiguation() {}

  /**
   * Drops lexicon candidates whose form is ambiguous and unsupported, before overlapping
   * candidates are weighed, so that another reading of the same words can win.
   */
  static List<Candidate> supportedOnly(Scan scan, List<Candidate> candidates) {
    Set<String> countries = countriesNamed(candidates);
    Set<String> firmEntries = new HashSet<>();
    for (Candidate c : candidates) {
      if (!c.lexicon.isEmpty() && !c.lexicon.get(0).ambiguous()) {
        c.lexicon.forEach(s -> firmEntries.add(s.entry().getId()));
      }
    }
    Candidate[] firmPlaceEnding = new Candidate[scan.size() + 1];
    Candidate[] firmPlaceStarting = new Candidate[scan.size() + 1];
    for (Candidate c : candidates) {
      if (c.type == Candidate.Type.PLACE && !c.lexicon.isEmpty() && !c.lexicon.get(0).ambiguous()) {
        firmPlaceEnding[c.end] = c;
        firmPlaceStarting[c.first] = c;
      }
    }
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.lexicon.isEmpty() || supported(scan, c, firmEntries, countries)
          || besideFirmPlace(scan, c, firmPlaceEnding, firmPlaceStarting)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * "Amman, Jordan": an ambiguous country after a place in it; "Burkina Faso and Niger": an
   * ambiguous place listed with a place of the same kind.
   */
  private static boolean besideFirmPlace(Scan scan, Candidate c, Candidate[] ending,
      Candidate[] starting) {
    if (c.type != Candidate.Type.PLACE) {
      return false;
    }
    Tokens t = scan.tokens;
    LexiconEntry e = c.lexicon.get(0).entry();
    Candidate before = c.first > 0 && isListMark(t, c.first - 1) ? ending[c.first - 1] : null;
    Candidate after = isListMark(t, c.end) ? starting[c.end + 1] : null;
    for (Candidate o : new Candidate[] {before, after}) {
      if (o == null) {
        continue;
      }
      LexiconEntry oe = o.lexicon.get(0).entry();
      boolean sameKind = oe.placeKind().equals(e.placeKind());
      boolean inIt = o == before && t.isPunct(c.first - 1, ',') && e.getCountry().isPresent()
          && e.getCountry().equals(oe.getCountry());
      if (sameKind || inIt) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListMark(Tokens t, int i) {
    return t.isPunct(i, ',') || t.is(i, "and") || t.is(i, "or");
  }

  /** Picks each chosen lexicon candidate's entry in the light of the whole text. */
  static void choose(List<Candidate> chosen) {
    Set<String> countries = countriesNamed(chosen);
    for (Candidate c : chosen) {
      if (!c.lexicon.isEmpty()) {
        choose(c, countries);
      }
    }
  }

  private static Set<String> countriesNamed(List<Candidate> chosen) {
    Set<String> out = new HashSet<>();
    for (Candidate c : chosen) {
      if (!c.lexicon.isEmpty() && !c.lexicon.get(0).ambiguous()) {
        c.lexicon.get(0).entry().getCountry().ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean supported(Scan scan, Candidate c, Set<String> firm,
      Set<String> countries) {
    if (!c.lexicon.get(0).ambiguous()) {
      return true;
    }
    for (Surface s : c.lexicon) {
      LexiconEntry e = s.entry();
      if (firm.contains(e.getId())) {
        return true;
      }
      if (c.type == Candidate.Type.FORCE && followedByForceNoun(scan, c)) {
        return true;
      }
      if (c.type == Candidate.Type.PLACE && e.getCountry().map(countries::contains).orElse(false)) {
        return true;
      }
      if (isCountryItself(e) && (demonymNamed(scan, e) || locative(scan, c))) {
        return true;
      }
    }
    return false;
  }

  /** "Israeli" anywhere supports "Israel". */
  private static boolean demonymNamed(Scan scan, LexiconEntry e) {
    return e.getCountry().map(scan.demonymCountries()::contains).orElse(false);
  }

  /** "in Niger", "northern Israel": a preposition of place or a compass word before it. */
  private static boolean locative(Scan scan, Candidate c) {
    Tokens t = scan.tokens;
    int p = c.first - 1;
    return t.isLower(p) && (Words.DIRECTIONS.contains(t.key(p)) || t.is(p, "in")
        || t.is(p, "into") || t.is(p, "across") || t.is(p, "inside") || t.is(p, "from")
        || t.is(p, "toward") || t.is(p, "towards") || t.is(p, "for") || t.is(p, "against")
        || t.is(p, "with") || t.is(p, "to"));
  }

  private static boolean isCountryItself(LexiconEntry e) {
    return e.placeKind().map(k -> k == io.github.sitrep.model.PlaceKind.COUNTRY).orElse(false);
  }

  private static boolean followedByForceNoun(Scan scan, Candidate c) {
    Tokens t = scan.tokens;
    int next = c.end;
    return t.isLower(next) && (Words.FORCE_NOUNS.contains(t.key(next))
        || t.is(next, "fighters") || t.is(next, "militants") || t.is(next, "jihadists")
        || t.is(next, "group"));
  }

  /** Picks the entry: the kind a pattern asked for, then one in a country the text names. */
  private static void choose(Candidate c, Set<String> countries) {
    Surface best = c.lexicon.get(0);
    for (Surface s : c.lexicon) {
      if (score(s, c, countries) > score(best, c, countries)) {
        best = s;
      }
    }
    if (best != c.lexicon.get(0)) {
      List<Surface> reordered = new ArrayList<>(c.lexicon);
      reordered.remove(best);
      reordered.add(0, best);
      c.lexicon = List.copyOf(reordered);
    }
    if (c.placeKind == null || best.entry().placeKind().map(k -> k == c.placeKind).orElse(false)) {
      LexiconTyping.apply(c, best.entry());
    } else {
      c.country = best.entry().getCountry().orElse(c.country);
      c.lexicon = List.of();
    }
  }

  private static int score(Surface s, Candidate c, Set<String> countries) {
    int score = 0;
    if (c.placeKind != null && s.entry().placeKind().map(k -> k == c.placeKind).orElse(false)) {
      score += 4;
    }
    if (s.entry().getCountry().map(countries::contains).orElse(false)) {
      score += 2;
    }
    return score;
  }
}
