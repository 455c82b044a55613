package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import java.util.List;

/**
 * The place that opens a dateline ("ERBIL, Kurdistan Region —", "BAMAKO (Reuters) –") is a
 * city or town even when no lexicon knows it.
 */
final class DatelineFinder implements Finder {

  static final int TIER = 8;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    scan.layout.dateline().ifPresent(d -> {
      Span place = d.place();
      Tokens t = scan.tokens;
      int first = t.indexAtOrAfter(place.getStart());
      int end = first;
      while (end < scan.size() && t.end(end) <= place.getEnd() && !t.isPunct(end, ',')
          && !t.isPunct(end, '(')) {
        end++;
      }
      if (end > first && t.isWord(first) && !t.isLower(first)) {
        Candidate c = new Candidate(scan, first, end, Candidate.Type.PLACE, "dateline");
        c.tier = TIER;
        c.placeKind = PlaceKind.CITY;
        out.add(c);
      }
    });
  }
}
