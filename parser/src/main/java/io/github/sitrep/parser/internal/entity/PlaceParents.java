package io.github.sitrep.parser.internal.entity;

import java.util.List;

/**
 * A place no lexicon knows takes the place named right after it as its parent and country:
 * "the town of Bulo Marer in Lower Shabelle region", "Kwall village, Plateau state".
 */
final class PlaceParents {

  private PlaceParents() {}

  static void apply(Scan scan, List<Candidate> chosen) {
    Tokens t = scan.tokens;
    Candidate[] byFirst = new Candidate[scan.size() + 1];
    for (Candidate c : chosen) {
      if (c.type == Candidate.Type.PLACE && byFirst[c.first] == null) {
        byFirst[c.first] = c;
      }
    }
    for (Candidate c : chosen) {
      if (c.type != Candidate.Type.PLACE || !c.lexicon.isEmpty() || c.sameAs != null) {
        continue;
      }
      int k = c.end;
      if (t.isLower(k) && PlaceWords.kindOf(t.key(k)) != null) {
        k++;
      }
      if (!t.isPunct(k, ',') && !t.is(k, "in")) {
        continue;
      }
      int p = t.is(k + 1, "the") ? k + 2 : k + 1;
      Candidate parent = p < byFirst.length ? byFirst[p] : null;
      if (parent != null && parent != c && !parent.lexicon.isEmpty()) {
        c.parentAt = parent.start;
        c.country = c.country != null ? c.country : parent.country;
      }
    }
  }
}
