package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.List;

/**
 * A country's forces named by a demonym or the country: "Iraqi forces", "Russian troops",
 * "the Malian army", "US special forces", "Syria's army", and both countries in "Iraqi and
 * Syrian security forces". Each is a state force of that country (a militia for
 * "militias"), marked generic so that it can join the one named state force of the
 * country the text has.
 */
final class DemonymForceFinder implements Finder {

  static final int TIER = 22;
  private static final int MAX_MODIFIERS = 3;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    for (int i = 0; i < scan.size(); i++) {
      rebels(scan, i, out);
      Origin o = origin(scan, i);
      if (o != null) {
        int noun = forceNoun(scan, o.end);
        if (noun > 0 && !(o.possessive && scan.tokens.is(noun, "militias"))
            && !(scan.tokens.isLower(noun + 1) && NOT_AFTER.contains(scan.tokens.key(noun + 1)))) {
          int first = o.possessive ? o.end : i;
          out.add(force(scan, first, noun + 1, o.country, scan.textOf(first, noun + 1)));
          coordinated(scan, i, scan.textOf(o.end, noun + 1), out);
        }
      }
    }
  }

  /** Words after a force noun that make it a modifier: "military government", "army chief". */
  private static final java.util.Set<String> NOT_AFTER = Words.set("government", "junta",
      "regime", "rulers", "leaders", "leader", "authorities", "officials", "official",
      "spokesman", "spokeswoman", "spokesperson", "chief", "chiefs", "commander",
      "commanders", "officer", "officers", "sources", "source", "court", "courts",
      "administration", "council", "base", "bases", "statement");

  /** Where a country word starts: its country and the token after it. */
  private record Origin(String country, int end, boolean possessive) {}

  private static Origin origin(Scan scan, int i) {
    Tokens t = scan.tokens;
    TokenTrie.Match<Demonym> d = scan.demonym(i);
    if (d != null && isRebelNoun(t, d.end())) {
      return null;
    }
    if (d != null && d.values().get(0).country().isPresent() && !t.isJoiner(d.end())) {
      return new Origin(d.values().get(0).country().get(), d.end(), false);
    }
    TokenTrie.Match<Surface> m = scan.name(i);
    if (m == null) {
      return null;
    }
    LexiconEntry e = m.values().get(0).entry();
    if (e.placeKind().orElse(null) != PlaceKind.COUNTRY || e.getCountry().isEmpty()) {
      return null;
    }
    int end = m.end();
    if (t.isApostrophe(end) && t.is(end + 1, "s")) {
      return new Origin(e.getCountry().get(), end + 2, true);
    }
    String s = m.values().get(0).text();
    boolean shortForm = TextShapes.isAllCaps(s, 0, s.length());
    return shortForm && !t.isJoiner(end) ? new Origin(e.getCountry().get(), end, false) : null;
  }

  /** "Syrian rebels", "Tuareg separatists": read by {@link #rebels}. */
  private static boolean isRebelNoun(Tokens t, int k) {
    return t.isLower(k) && REBEL_NOUNS.contains(t.key(k));
  }

  static final java.util.Set<String> REBEL_NOUNS = Words.set("rebels", "separatists",
      "insurgents");

  /**
   * "Syrian rebels", "Tuareg separatists", "pro-Russian separatists": a non-state force of
   * that country or group.
   */
  private static void rebels(Scan scan, int i, List<Candidate> out) {
    Tokens t = scan.tokens;
    TokenTrie.Match<Demonym> d = scan.demonym(i);
    if (d == null || !isRebelNoun(t, d.end())) {
      return;
    }
    int end = d.end() + 1;
    Demonym dem = d.values().get(0);
    int first = t.is(i - 1, "pro") || t.isJoiner(i - 1) && t.is(i - 2, "pro") ? i - 2 : i;
    first = Math.max(0, first);
    Candidate c = new Candidate(scan, first, end, Candidate.Type.FORCE, "rebels");
    c.tier = TIER;
    c.forceKind = ForceKind.NON_STATE;
    c.country = dem.country().orElse(null);
    c.generic = c.country != null && first == i;
    out.add(c);
  }

  /** @return the force noun after up to three modifiers from {@code k}, or -1 */
  private static int forceNoun(Scan scan, int k) {
    Tokens t = scan.tokens;
    for (int n = 0; n <= MAX_MODIFIERS && k < scan.size(); n++) {
      if (t.isJoiner(k)) {
        k++;
        continue;
      }
      if (!t.isLower(k)) {
        return -1;
      }
      if (Words.FORCE_NOUNS.contains(t.key(k)) && !modifierBeforeNoun(t, k)) {
        return k;
      }
      if (!Words.FORCE_MODIFIERS.contains(t.key(k))) {
        return -1;
      }
      k++;
    }
    return -1;
  }

  /** "army" in "army officers" or "police" in "police stations" is not the head. */
  private static boolean modifierBeforeNoun(Tokens t, int k) {
    return t.isLower(k + 1) && Words.FORCE_NOUNS.contains(t.key(k + 1))
        && Words.FORCE_MODIFIERS.contains(t.key(k));
  }

  private static Candidate force(Scan scan, int first, int end, String country, String name) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.FORCE, "demonym");
    c.tier = TIER;
    c.generic = true;
    c.country = country;
    c.name = name;
    String noun = scan.tokens.key(end - 1);
    c.forceKind = noun.startsWith("militia") || noun.equals("paramilitaries")
        ? ForceKind.MILITIA : noun.equals("mercenaries") || noun.equals("contractors")
        ? ForceKind.OTHER : ForceKind.STATE;
    c.branch = Branches.of(scan.tokens, first, end);
    return c;
  }

  /** "Iraqi and Syrian security forces", "Iraqi, Syrian defense forces": the first ones too. */
  private static void coordinated(Scan scan, int last, String tail, List<Candidate> out) {
    Tokens t = scan.tokens;
    int k = last - 1;
    for (int n = 0; n < 4; n++) {
      if (!(t.is(k, "and") || t.isPunct(k, ','))) {
        return;
      }
      int d = k - 1;
      if (t.isPunct(d, ',')) {
        d--;
      }
      Demonym dem = Prefixes.demonymEndingAt(scan, d + 1);
      if (dem == null || dem.country().isEmpty()) {
        return;
      }
      int start = d;
      while (start > 0 && scan.demonym(start) == null) {
        start--;
      }
      out.add(force(scan, start, d + 1, dem.country().get(),
          scan.textOf(start, d + 1) + " " + tail.strip()));
      k = start - 1;
    }
  }
}
