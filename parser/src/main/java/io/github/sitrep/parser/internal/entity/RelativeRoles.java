package io.github.sitrep.parser.internal.entity;

import java.util.List;

/**
 * "commander X and his assistant Gen. Y": a role relative to the person named before gives
 * Y the role "assistant to X", and X's affiliation and country.
 */
final class RelativeRoles {

  private RelativeRoles() {}

  static void apply(List<Candidate> chosen) {
    Candidate previous = null;
    for (Candidate c : chosen) {
      if (c.type != Candidate.Type.PERSON) {
        continue;
      }
      if (c.roleOfPrevious && previous != null) {
        c.role = c.role + " to " + previous.name;
        c.affiliationAt = c.affiliationAt >= 0 ? c.affiliationAt : previous.affiliationAt;
        c.country = c.country != null ? c.country : previous.country;
        c.military |= previous.military;
      }
      previous = c;
    }
  }
}
