package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * "Syrian Democratic Forces (SDF)": the acronym in brackets after a chosen name is a
 * mention of the same thing, whatever else it might match, and the name's acronym.
 */
final class AcronymLinks {

  private AcronymLinks() {}

  static List<Candidate> apply(Scan scan, List<Candidate> chosen) {
    Tokens t = scan.tokens;
    List<Candidate> out = new ArrayList<>(chosen.size());
    Candidate[] byFirst = new Candidate[scan.size()];
    for (Candidate c : chosen) {
      if (byFirst[c.first] == null) {
        byFirst[c.first] = c;
      }
    }
    for (Candidate c : chosen) {
      int p = c.end;
      if (c.type == Candidate.Type.PERSON || c.sameAs != null || !t.isPunct(p, '(')
          || !AcronymFinder.isAcronym(t, p + 1) || !t.isPunct(p + 2, ')')) {
        continue;
      }
      if (!plausible(scan, c, p + 1)) {
        continue;
      }
      Candidate acr = byFirst[p + 1];
      if (acr == null || acr.end != p + 2) {
        acr = new Candidate(scan, p + 1, p + 2, c.type, "acronym-def");
        out.add(acr);
      }
      acr.sameAs = c;
      acr.lexicon = List.of();
      if (c.type == Candidate.Type.FORCE && c.acronym == null) {
        c.acronym = t.surface(p + 1);
      }
    }
    out.addAll(chosen);
    return out;
  }

  /**
   * Whether the bracketed word can be the name's acronym: a known form of the same entry,
   * letters that follow the name's initials, or any acronym after a force's or body's name
   * ("People's Protection Units (YPG)"); never a dateline's agency ("JOS, Nigeria (AP)").
   */
  private static boolean plausible(Scan scan, Candidate c, int acronym) {
    boolean inDateline = scan.layout.dateline()
        .map(d -> d.raw().getEnd() > scan.tokens.start(acronym)).orElse(false);
    if (inDateline || c.type == Candidate.Type.PLACE && c.lexicon.isEmpty()) {
      return false;
    }
    TokenTrie.Match<Surface> known = scan.name(acronym);
    if (known != null && !c.lexicon.isEmpty()) {
      for (Surface s : known.values()) {
        if (s.entry().getId().equals(c.lexicon.get(0).entry().getId())) {
          return true;
        }
      }
    }
    return c.type != Candidate.Type.PLACE
        || AcronymFinder.initialsFit(scan, c.first, c.end, scan.tokens.surface(acronym));
  }
}
