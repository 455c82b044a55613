package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency in a dateline ("BAMAKO (Reuters) –") is kept by the article as the dateline's
 * agency, not as a mention of an organisation.
 */
final class DatelineAgency {

  private DatelineAgency() {}

  static List<Candidate> without(Scan scan, List<Candidate> candidates) {
    Span agency = scan.layout.dateline().flatMap(d -> d.agency()).orElse(null);
    if (agency == null) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.stop <= agency.getStart() || c.start >= agency.getEnd()) {
        out.add(c);
      }
    }
    return out;
  }
}
