package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import java.util.List;

/**
 * Names defined with an acronym that no other rule recognised: "Full Name (FN)". The name
 * is typed by the acronym's lexicon entry when the acronym is known, and otherwise taken as
 * an organisation when the acronym's letters follow the name's initials.
 */
final class AcronymFinder implements Finder {

  static final int TIER = 10;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int p = 1; p + 2 < scan.size(); p++) {
      if (t.isPunct(p, '(') && isAcronym(t, p + 1) && t.isPunct(p + 2, ')')) {
        int r = scan.runs().runOf(p - 1);
        if (r >= 0 && scan.runs().endOfRunAt(r) == p && PersonNames.words(scan, r, p) >= 2) {
          Candidate c = candidate(scan, r, p, p + 1);
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
  }

  static boolean isAcronym(Tokens t, int i) {
    int len = t.end(i) - t.start(i);
    return t.isAllCaps(i) && len >= 2 && len <= 10;
  }

  private static Candidate candidate(Scan scan, int first, int end, int acronym) {
    TokenTrie.Match<Surface> known = scan.name(acronym);
    if (known != null && known.end() == acronym + 1) {
      Surface s = known.values().get(0);
      if (s.entry().getType() == EntryType.PLACE
          && s.entry().placeKind().orElse(null) == PlaceKind.COUNTRY) {
        return null;
      }
      Candidate c = new Candidate(scan, first, end,
          LexiconFinder.typeOf(s.entry().getType()), "acronym");
      c.tier = TIER;
      c.lexicon = List.copyOf(known.values());
      LexiconTyping.apply(c, s.entry());
      return c;
    }
    if (!initialsFit(scan, first, end, scan.tokens.surface(acronym))) {
      return null;
    }
    Candidate c = new Candidate(scan, first, end, Candidate.Type.ORGANISATION, "acronym");
    c.tier = TIER;
    return c;
  }

  /** Whether the acronym's letters appear in order among the initials of the name's words. */
  static boolean initialsFit(Scan scan, int first, int end, String acronym) {
    Tokens t = scan.tokens;
    int a = 0;
    for (int k = first; k < end && a < acronym.length(); k++) {
      if (t.isWord(k) && Character.toUpperCase(t.surface(k).charAt(0)) == acronym.charAt(a)) {
        a++;
      }
    }
    return a == acronym.length()
        && Character.toUpperCase(t.surface(first).charAt(0)) == acronym.charAt(0);
  }
}
