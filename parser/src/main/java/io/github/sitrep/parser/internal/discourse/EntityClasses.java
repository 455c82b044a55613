package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.parser.internal.entity.Entities;
import java.util.HashMap;
import java.util.Map;

/** The {@link EntityClass} of every entity of one article, and its names. */
final class EntityClasses {

  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Force> forces = new HashMap<>();
  private final java.util.Set<String> countries = new java.util.HashSet<>();
  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, io.github.sitrep.model.PlaceKind> placeKinds = new HashMap<>();

  EntityClasses(Entities entities) {
    for (Actor a : entities.actors()) {
      actors.putIfAbsent(a.getId(), a);
    }
    for (Force f : entities.forces()) {
      forces.putIfAbsent(f.getId(), f);
    }
    for (io.github.sitrep.model.Place p : entities.places()) {
      if (p.getKind() == io.github.sitrep.model.PlaceKind.COUNTRY) {
        countries.add(p.getId());
      }
      p.getParent().ifPresent(r -> parents.putIfAbsent(p.getId(), r.getId()));
      placeKinds.putIfAbsent(p.getId(), p.getKind());
    }
  }

  /** @return whether the reference names a state's armed or security force */
  boolean isStateForce(EntityRef ref) {
    Force f = ref.getKind() == EntityKind.FORCE ? forces.get(ref.getId()) : null;
    return f != null && f.getKind() == io.github.sitrep.model.ForceKind.STATE;
  }

  /**
   * @return whether place {@code inner} lies in place {@code outer}, following parents (at
   *     most ten steps)
   */
  boolean within(EntityRef inner, EntityRef outer) {
    String id = inner.getId();
    for (int i = 0; i < 10 && id != null; i++) {
      id = parents.get(id);
      if (outer.getId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether the reference names a non-state armed group, militia or designated group */
  boolean isArmedGroup(EntityRef ref) {
    Force f = ref.getKind() == EntityKind.FORCE ? forces.get(ref.getId()) : null;
    return f != null && f.getKind() != io.github.sitrep.model.ForceKind.STATE
        && f.getKind() != io.github.sitrep.model.ForceKind.COALITION;
  }

  /**
   * @return how fine a place is: 0 for a country, 1 for a region, river or valley, 2 for a
   *     province, 3 for a district, 4 for anything finer or unknown
   */
  int placeLevel(EntityRef ref) {
    io.github.sitrep.model.PlaceKind k = placeKinds.get(ref.getId());
    if (k == null) {
      return 4;
    }
    return switch (k) {
      case COUNTRY -> 0;
      case REGION, RIVER, VALLEY -> 1;
      case PROVINCE -> 2;
      case DISTRICT -> 3;
      default -> 4;
    };
  }

  /** @return whether the reference names a country */
  boolean isCountry(EntityRef ref) {
    return ref.getKind() == EntityKind.PLACE && countries.contains(ref.getId());
  }

  EntityClass classOf(EntityRef ref) {
    if (ref.getKind() == EntityKind.PLACE) {
      return EntityClass.PLACE;
    }
    if (ref.getKind() == EntityKind.FORCE) {
      return EntityClass.FORCE;
    }
    Actor a = actors.get(ref.getId());
    return a != null && a.getKind() == ActorKind.ORGANISATION
        ? EntityClass.ORGANISATION : EntityClass.PERSON;
  }

  /** @return the force or organisation a person belongs to, if known */
  java.util.Optional<EntityRef> affiliationOf(EntityRef ref) {
    Actor a = ref.getKind() == EntityKind.ACTOR ? actors.get(ref.getId()) : null;
    return a == null ? java.util.Optional.empty() : a.getAffiliation();
  }

  /** @return the entity's name, titles and role, as one text; empty when not listed */
  String descriptionOf(EntityRef ref) {
    Actor a = ref.getKind() == EntityKind.ACTOR ? actors.get(ref.getId()) : null;
    if (a == null) {
      return nameOf(ref);
    }
    return a.getName() + " " + String.join(" ", a.getTitles()) + " " + a.getRole().orElse("");
  }

  /** @return the entity's name, or empty when the entity is not listed */
  String nameOf(EntityRef ref) {
    if (ref.getKind() == EntityKind.ACTOR && actors.containsKey(ref.getId())) {
      return actors.get(ref.getId()).getName();
    }
    if (ref.getKind() == EntityKind.FORCE && forces.containsKey(ref.getId())) {
      return forces.get(ref.getId()).getName();
    }
    return "";
  }
}
