package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Coordinates;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds one actor, force or place from a group of mentions. */
final class ModelBuilders {

  private final Scan scan;
  private final EntityFactory factory;

  ModelBuilders(Scan scan, EntityFactory factory) {
    this.scan = scan;
    this.factory = factory;
  }

  Actor actor(Group g) {
    Set<String> titles = new LinkedHashSet<>();
    g.members.forEach(c -> titles.addAll(c.titles));
    return Actor.builder()
        .id(g.id)
        .kind(g.type == Candidate.Type.PERSON ? ActorKind.PERSON : ActorKind.ORGANISATION)
        .name(g.name)
        .aliases(g.aliases)
        .mentions(mentions(g))
        .titles(titles)
        .role(Optional.ofNullable(g.first(c -> c.role)))
        .affiliation(Affiliations.of(g, factory))
        .country(Optional.ofNullable(g.first(c -> c.country)))
        .build();
  }

  Force force(Group g) {
    ForceKind kind = g.first(c -> c.forceKind);
    Set<String> backers = new LinkedHashSet<>();
    g.members.forEach(c -> c.backers.stream().filter(ModelBuilders::isIso).forEach(backers::add));
    return Force.builder()
        .id(g.id)
        .name(g.name)
        .aliases(g.aliases)
        .mentions(mentions(g))
        .acronym(Optional.ofNullable(acronym(g)))
        .kind(kind == null ? ForceKind.NON_STATE : kind)
        .country(Optional.ofNullable(g.first(c -> c.country)).filter(ModelBuilders::isIso))
        .partOf(partOf(g))
        .backers(backers)
        .build();
  }

  Place place(Group g) {
    PlaceKind kind = g.placeKind();
    Optional<LexiconEntry> entry = entry(g);
    return Place.builder()
        .id(g.id)
        .name(g.name)
        .aliases(g.aliases)
        .mentions(mentions(g))
        .kind(kind == null ? PlaceKind.OTHER : kind)
        .parent(parentPlace(g, entry))
        .country(Optional.ofNullable(g.first(c -> c.country)).filter(ModelBuilders::isIso))
        .coordinates(entry.flatMap(ModelBuilders::coordinates))
        .gazetteerId(entry.flatMap(e -> e.attribute("geonames")).map(id -> "geonames:" + id))
        .build();
  }

  private List<Mention> mentions(Group g) {
    List<Mention> out = new ArrayList<>();
    for (Candidate c : g.members) {
      out.add(Mention.in(scan.text, c.start, c.stop));
    }
    out.sort(null);
    return out;
  }

  private static Optional<LexiconEntry> entry(Group g) {
    for (Candidate c : g.members) {
      if (!c.lexicon.isEmpty()) {
        return Optional.of(c.lexicon.get(0).entry());
      }
    }
    return Optional.empty();
  }

  private String acronym(Group g) {
    String a = g.first(c -> c.acronym);
    if (a != null) {
      return a;
    }
    for (Candidate c : g.members) {
      String n = c.name;
      if (n.length() >= 2 && n.length() <= 8 && TextShapes.isAllCaps(n, 0, n.length())
          && !n.equals(g.name) && n.indexOf(' ') < 0) {
        return n;
      }
    }
    return null;
  }

  private Optional<EntityRef> partOf(Group g) {
    String part = g.first(c -> c.partOfEntry);
    Group whole = part == null ? null : factory.groupOfEntry(part);
    if (whole == null) {
      whole = entry(g).flatMap(LexiconEntry::getParent).map(factory::groupOfEntry).orElse(null);
    }
    return whole == null || whole == g || whole.type != Candidate.Type.FORCE
        ? Optional.empty() : Optional.of(EntityFactory.ref(whole));
  }

  private Optional<EntityRef> parentPlace(Group g, Optional<LexiconEntry> entry) {
    Group parent = entry.flatMap(LexiconEntry::getParent).map(factory::groupOfEntry).orElse(null);
    Integer at = g.first(c -> c.parentAt < 0 ? null : c.parentAt);
    if (parent == null && at != null) {
      parent = factory.groupAt(at);
    }
    if (parent == null && g.placeKind() != PlaceKind.COUNTRY) {
      String country = g.first(c -> c.country);
      parent = country == null ? null : factory.countryPlaces().get(country);
    }
    return parent == null || parent == g || parent.type != Candidate.Type.PLACE
        ? Optional.empty() : Optional.of(EntityFactory.ref(parent));
  }

  private static Optional<Coordinates> coordinates(LexiconEntry e) {
    try {
      Optional<String> lat = e.attribute("lat");
      Optional<String> lon = e.attribute("lon");
      if (lat.isEmpty() || lon.isEmpty()) {
        return Optional.empty();
      }
      double la = Double.parseDouble(lat.get());
      double lo = Double.parseDouble(lon.get());
      return Math.abs(la) <= 90 && Math.abs(lo) <= 180
          ? Optional.of(Coordinates.of(la, lo)) : Optional.empty();
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
  }

  static boolean isIso(String code) {
    return code != null && code.length() == 2 && Character.isUpperCase(code.charAt(0))
        && Character.isUpperCase(code.charAt(1)) && code.charAt(0) < 128 && code.charAt(1) < 128;
  }
}
