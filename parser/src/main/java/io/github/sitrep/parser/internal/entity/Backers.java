package io.github.sitrep.parser.internal.entity;

import java.util.List;

/** "Russian-backed", "US-backed": the country before "-backed" backs the force after it. */
final class Backers {

  private Backers() {}

  static void apply(Scan scan, List<Candidate> chosen) {
    Tokens t = scan.tokens;
    for (Candidate c : chosen) {
      int k = c.first - 1;
      if (c.type != Candidate.Type.FORCE || !(t.is(k, "backed") || t.is(k, "supported"))
          || k < 2 || !TextShapes.isHyphen(scan.text.charAt(t.start(k - 1)))) {
        continue;
      }
      String country = countryEndingAt(scan, k - 1);
      if (country != null && !c.backers.contains(country)) {
        c.backers.add(country);
      }
    }
  }

  static String countryEndingAt(Scan scan, int end) {
    Demonym d = Prefixes.demonymEndingAt(scan, end);
    if (d != null) {
      return d.country().orElse(null);
    }
    var e = Prefixes.entryEndingAt(scan, end);
    return e != null && e.placeKind().isPresent() ? e.getCountry().orElse(null) : null;
  }
}
