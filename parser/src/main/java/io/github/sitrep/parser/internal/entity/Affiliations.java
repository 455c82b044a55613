package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.EntityRef;
import java.util.Optional;

/**
 * The force or organisation a person belongs to: the one named in the person's title phrase
 * ("SDF spokesman"), or for a person given only a country and a military title ("Iraqi
 * commander"), the one state force of that country the text names.
 */
final class Affiliations {

  private Affiliations() {}

  static Optional<EntityRef> of(Group g, EntityFactory factory) {
    for (Candidate c : g.members) {
      Group a = factory.groupAt(c.affiliationAt);
      if (a != null && a != g && a.type != Candidate.Type.PLACE
          && a.type != Candidate.Type.PERSON) {
        return Optional.of(EntityFactory.ref(a));
      }
    }
    String country = g.first(c -> c.country);
    if (g.type != Candidate.Type.PERSON || country == null || !military(g)) {
      return Optional.empty();
    }
    return Optional.ofNullable(factory.stateForces().get(country)).map(EntityFactory::ref);
  }

  private static boolean military(Group g) {
    for (Candidate c : g.members) {
      if (c.military) {
        return true;
      }
    }
    return false;
  }
}
