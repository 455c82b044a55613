package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Completes the chosen mentions: acronyms defined in brackets, roles relative to the person
 * named before, "-backed" countries, and later mentions of entities already found
 * (surnames, acronyms, short names, "the coalition"), each linked to the one it repeats.
 */
final class Coreference {

  private Coreference() {}

  static List<Candidate> extend(Scan scan, List<Candidate> chosen) {
    List<Candidate> all = AcronymLinks.apply(scan, chosen);
    all.sort(BY_START);
    RelativeRoles.apply(all);
    Backers.apply(scan, all);
    PlaceParents.apply(scan, all);
    ArticleCountry.fill(scan, all);
    all = new java.util.ArrayList<>(OtherNames.apply(scan, all));
    all.sort(BY_START);
    all.addAll(LaterMentions.find(scan, all));
    all.sort(BY_START);
    return all;
  }

  static final Comparator<Candidate> BY_START =
      Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.stop);
}
