package io.github.sitrep.parser.internal.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's main country: the one its places, forces and persons belong to most often,
 * the dateline place counting once more. Generic names ("the army", "government forces") belong
 * to it.
 */
final class ArticleCountry {

  private ArticleCountry() {}

  static void fill(Scan scan, List<Candidate> chosen) {
    String main = main(scan, chosen);
    for (Candidate c : chosen) {
      boolean unknownPlace = c.type == Candidate.Type.PLACE && c.lexicon.isEmpty()
          && c.sameAs == null && c.parentAt < 0 && isLocal(c.placeKind);
      if ((c.needsCountry || unknownPlace) && c.country == null) {
        c.country = main;
      }
    }
  }

  /** Towns and divisions lie in one country; rivers, valleys and crossings may not. */
  private static boolean isLocal(io.github.sitrep.model.PlaceKind kind) {
    return kind == null || kind == io.github.sitrep.model.PlaceKind.CITY
        || kind == io.github.sitrep.model.PlaceKind.VILLAGE
        || kind == io.github.sitrep.model.PlaceKind.DISTRICT
        || kind == io.github.sitrep.model.PlaceKind.PROVINCE;
  }

  static String main(Scan scan, List<Candidate> chosen) {
    Map<String, Integer> counts = new HashMap<>();
    scan.layout.dateline().ifPresent(d -> {
      for (Candidate c : chosen) {
        if (c.type == Candidate.Type.PLACE && d.place().getStart() <= c.start
            && c.stop <= d.place().getEnd() && c.country != null) {
          counts.merge(c.country, 1, Integer::sum);
        }
      }
    });
    String best = null;
    for (Candidate c : chosen) {
      if (c.country != null && !c.needsCountry && c.type != Candidate.Type.ORGANISATION) {
        counts.merge(c.country, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
      }
    }
    return best;
  }
}
