package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import java.util.List;
import java.util.Set;

/**
 * Coalitions named by their leader or their aim: "the US-led international coalition to
 * defeat ISIS", "the Saudi-led coalition", "the coalition against the Houthis". A bare "the
 * coalition" is a later mention, left to {@link Coreference}.
 */
final class CoalitionFinder implements Finder {

  static final int TIER = 32;
  private static final Set<String> ADJECTIVES = Words.set("international", "military", "global",
      "multinational", "western", "arab", "broad", "regional", "anti", "naval", "allied");
  private static final Set<String> AIMS = Words.set("defeat", "against", "fighting", "battling",
      "combat", "countering", "counter", "confront", "confronting");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int c = 0; c < scan.size(); c++) {
      if (t.isLower(c) && t.is(c, "coalition")) {
        int start = leaderStart(scan, adjectivesStart(t, c));
        int end = aimEnd(scan, c + 1);
        if (start < c || end > c + 1) {
          out.add(coalition(scan, start < c ? start : firstAdjective(t, c), end));
        }
      }
    }
  }

  private static int adjectivesStart(Tokens t, int c) {
    int k = c;
    while (k > 0 && t.isWord(k - 1) && ADJECTIVES.contains(t.key(k - 1)) && c - k < 3) {
      k--;
    }
    return k;
  }

  private static int firstAdjective(Tokens t, int c) {
    int k = adjectivesStart(t, c);
    return k < c && t.isCapitalised(k) ? k : c;
  }

  /** "US-led", "Saudi-led", "U.S.-led": the leader's first token, or {@code k} if none. */
  private static int leaderStart(Scan scan, int k) {
    Tokens t = scan.tokens;
    if (!t.is(k - 1, "led") && !t.is(k - 1, "backed")) {
      return k;
    }
    int hyphen = k - 2;
    if (hyphen < 1 || !TextShapes.isHyphen(scan.text.charAt(t.start(hyphen)))) {
      return k;
    }
    Demonym d = Prefixes.demonymEndingAt(scan, hyphen);
    if (d != null) {
      int s = hyphen - 1;
      while (s > 0 && scan.demonym(s) == null) {
        s--;
      }
      return s;
    }
    for (int s = Math.max(0, hyphen - 6); s < hyphen; s++) {
      TokenTrie.Match<Surface> m = scan.name(s);
      if (m != null && (m.end() == hyphen || m.end() == hyphen + 1)) {
        return s;
      }
    }
    return k;
  }

  /** "to defeat ISIS", "against the Houthis": the token after the aim, or {@code k}. */
  private static int aimEnd(Scan scan, int k) {
    Tokens t = scan.tokens;
    int w = k;
    if (t.is(w, "to")) {
      w++;
    }
    if (!t.isLower(w) || !AIMS.contains(t.key(w))) {
      return k;
    }
    w++;
    if (t.is(w, "the")) {
      w++;
    }
    TokenTrie.Match<Surface> m = scan.name(w);
    if (m != null && m.values().get(0).entry().getType() == EntryType.FORCE) {
      return m.end();
    }
    int end = scan.runs().endOfRunAt(w);
    return end > w ? end : k;
  }

  private static Candidate coalition(Scan scan, int first, int end) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.FORCE, "coalition");
    c.tier = TIER;
    c.forceKind = ForceKind.COALITION;
    TokenTrie.Match<Surface> m = scan.name(first);
    if (m != null && m.values().get(0).entry().forceKind().orElse(null) == ForceKind.COALITION) {
      c.lexicon = List.copyOf(m.values());
    }
    return c;
  }
}
