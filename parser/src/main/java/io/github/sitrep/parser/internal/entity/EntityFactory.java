package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Ids;
import io.github.sitrep.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns groups of mentions into the model's actors, forces and places, with their mentions. */
final class EntityFactory {

  private final Scan scan;
  private final List<Group> groups;
  private final Map<Candidate, Group> groupOf = new IdentityHashMap<>();
  private final Map<String, Group> byEntry = new HashMap<>();
  private final List<Candidate> chosen = new ArrayList<>();
  private Map<String, Group> stateForces;
  private Map<String, Group> countryPlaces;

  private EntityFactory(Scan scan, List<Group> groups) {
    this.scan = scan;
    this.groups = groups;
    for (Group g : groups) {
      for (Candidate c : g.members) {
        groupOf.put(c, g);
        chosen.add(c);
      }
      String entry = g.entryId();
      if (entry != null) {
        byEntry.putIfAbsent(entry, g);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
  }

  static Entities build(Scan scan, List<List<Candidate>> grouped) {
    List<Group> groups = new ArrayList<>(grouped.size());
    for (List<Candidate> members : grouped) {
      groups.add(new Group(members, scan));
    }
    GroupNaming.settle(groups);
    return new EntityFactory(scan, groups).build();
  }

  private Entities build() {
    assignIds();
    settleAliases();
    List<Actor> actors = new ArrayList<>();
    List<Force> forces = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    ModelBuilders make = new ModelBuilders(scan, this);
    for (Group g : groups) {
      switch (g.type) {
        case PERSON:
        case ORGANISATION:
          actors.add(make.actor(g));
          break;
        case FORCE:
          forces.add(make.force(g));
          break;
        default:
          places.add(make.place(g));
      }
      for (Candidate c : g.members) {
        mentions.add(new EntityMention(scan.span(c.first, c.end), ref(g)));
      }
    }
    mentions.sort(Comparator.comparing(EntityMention::span));
    return new Entities(actors, forces, places, mentions);
  }

  /** Drops aliases that name another entity too, so that every name points at one thing. */
  private void settleAliases() {
    Map<String, Group> owner = new HashMap<>();
    for (Group g : groups) {
      owner.putIfAbsent(NameKeys.normalized(g.name), g);
    }
    for (Group g : groups) {
      List<String> kept = new ArrayList<>();
      for (String alias : g.aliases(scan)) {
        Group o = owner.putIfAbsent(NameKeys.normalized(alias), g);
        if (o == null || o == g || g.qualified()) {
          kept.add(alias);
        }
      }
      g.aliases = kept;
    }
  }

  private void assignIds() {
    Set<String> used = new HashSet<>();
    for (Group g : groups) {
      String base = Ids.slug(g.name);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      g.id = id;
    }
  }

  static EntityRef ref(Group g) {
    switch (g.type) {
      case FORCE:
        return EntityRef.of(EntityKind.FORCE, g.id);
      case PLACE:
        return EntityRef.of(EntityKind.PLACE, g.id);
      default:
        return EntityRef.of(EntityKind.ACTOR, g.id);
    }
  }

  /** @return the group of the chosen mention that covers the offset, or null */
  Group groupAt(int offset) {
    if (offset < 0) {
      return null;
    }
    int lo = 0;
    int hi = chosen.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (chosen.get(mid).start <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Group found = null;
    for (int i = lo - 1; i >= 0 && i >= lo - NESTING; i--) {
      Candidate c = chosen.get(i);
      if (c.covers(offset) && (found == null || !c.container)) {
        found = groupOf.get(c);
        if (!c.container) {
          return found;
        }
      }
    }
    return found;
  }

  /** How many mentions before an offset may still cover it: nested ones and their container. */
  private static final int NESTING = 8;

  /** @return the one state force of each country the text names, or null where there are several */
  Map<String, Group> stateForces() {
    if (stateForces == null) {
      stateForces = new HashMap<>();
      for (Group o : groups) {
        String country = o.first(c -> c.country);
        if (o.type == Candidate.Type.FORCE && o.first(c -> c.forceKind)
            == io.github.sitrep.model.ForceKind.STATE && country != null) {
          stateForces.put(country, stateForces.containsKey(country) ? null : o);
        }
      }
    }
    return stateForces;
  }

  /** @return the country place of each ISO code the text names */
  Map<String, Group> countryPlaces() {
    if (countryPlaces == null) {
      countryPlaces = new HashMap<>();
      for (Group o : groups) {
        String country = o.first(c -> c.country);
        if (o.type == Candidate.Type.PLACE
            && o.placeKind() == io.github.sitrep.model.PlaceKind.COUNTRY && country != null) {
          countryPlaces.putIfAbsent(country, o);
        }
      }
    }
    return countryPlaces;
  }

  /** @return the group standing for a lexicon entry, or null */
  Group groupOfEntry(String entryId) {
    return byEntry.get(entryId);
  }

  List<Group> groups() {
    return groups;
  }
}
