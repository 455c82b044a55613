package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;

/**
 * What stands just before a title phrase: a demonym or a country's possessive gives a
 * country ("Iraqi", "Russia's"); a force or organisation gives an affiliation ("SDF",
 * "the Pentagon's"); "his assistant" asks for the person named before.
 */
final class Prefixes {

  private Prefixes() {}

  static void apply(Scan scan, int chainStart, Candidate c) {
    Tokens t = scan.tokens;
    int p = chainStart - 1;
    if (t.is(p, "s") && t.isApostrophe(p - 1)) {
      possessor(scan, p - 2, c);
      return;
    }
    LexiconEntry force = entryEndingAt(scan, chainStart);
    if (force != null && force.getType() != EntryType.PLACE) {
      c.affiliationAt = t.start(startOfEntryEndingAt(scan, chainStart));
      c.country = force.getCountry().orElse(c.country);
      return;
    }
    Demonym d = demonymEndingAt(scan, chainStart);
    if (d != null) {
      c.country = d.country().orElse(c.country);
      return;
    }
    if (t.isWord(p) && (t.isCapitalised(p) || t.isAllCaps(p))) {
      possessor(scan, p, c);
    } else if (t.isLower(p) && (t.is(p - 1, "his") || t.is(p - 1, "her"))
        && Words.ROLE_NOUNS.contains(t.key(p))) {
      c.role = t.surface(p);
      c.roleOfPrevious = true;
    }
  }

  /** The word before "'s" or before the titles: a country, a force or an organisation. */
  private static void possessor(Scan scan, int w, Candidate c) {
    LexiconEntry e = entryEndingAt(scan, w + 1);
    if (e != null && e.getType() == EntryType.PLACE) {
      if (e.placeKind().orElse(null) == PlaceKind.COUNTRY) {
        c.country = e.getCountry().orElse(c.country);
      }
      return;
    }
    c.affiliationAt = scan.tokens.start(w);
  }

  static Demonym demonymEndingAt(Scan scan, int end) {
    for (int k = Math.max(0, end - 3); k < end; k++) {
      TokenTrie.Match<Demonym> m = scan.demonym(k);
      if (m != null && m.end() == end) {
        return m.values().get(0);
      }
    }
    return null;
  }

  /** @return the first token of the longest lexicon name ending at {@code end}, or {@code end} */
  static int startOfEntryEndingAt(Scan scan, int end) {
    for (int k = Math.max(0, end - 6); k < end; k++) {
      if (scan.nameBetween(k, end) != null) {
        return k;
      }
    }
    return end;
  }

  static LexiconEntry entryEndingAt(Scan scan, int end) {
    for (int k = Math.max(0, end - 6); k < end; k++) {
      TokenTrie.Match<Surface> m = scan.nameBetween(k, end);
      if (m != null) {
        return m.values().get(0).entry();
      }
    }
    return null;
  }
}
