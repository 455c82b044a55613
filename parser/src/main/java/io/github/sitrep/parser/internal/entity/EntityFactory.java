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
    Group found = null;
    for (Candidate c : chosen) {
      if (c.start > offset) {
        break;
      }
      if (c.covers(offset) && (found == null || !c.container)) {
        found = groupOf.get(c);
      }
    }
    return found;
  }

  /** @return the group standing for a lexicon entry, or null */
  Group groupOfEntry(String entryId) {
    return byEntry.get(entryId);
  }

  List<Group> groups() {
    return groups;
  }
}
