package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.LexiconEntry;

/** Copies what a lexicon entry says (kind, country, acronym, backers) onto a candidate. */
final class LexiconTyping {

  private LexiconTyping() {}

  static void apply(Candidate c, LexiconEntry e) {
    c.country = e.getCountry().orElse(c.country);
    e.placeKind().ifPresent(k -> c.placeKind = k);
    e.forceKind().ifPresent(k -> c.forceKind = k);
    e.organisationKind().ifPresent(k -> c.orgKind = k);
    e.attribute("acronym").ifPresent(a -> c.acronym = a);
    c.backers.clear();
    c.backers.addAll(e.attributeValues("backers"));
  }
}
