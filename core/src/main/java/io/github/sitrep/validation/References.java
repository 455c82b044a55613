package io.github.sitrep.validation;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every entity reference of an article, with its path and the kinds allowed there. */
final class References {

  static final Set<EntityKind> ANY = EnumSet.allOf(EntityKind.class);
  static final Set<EntityKind> SPEAKING = EnumSet.of(EntityKind.ACTOR, EntityKind.FORCE);
  static final Set<EntityKind> FORCE = EnumSet.of(EntityKind.FORCE);
  static final Set<EntityKind> PLACE = EnumSet.of(EntityKind.PLACE);

  /** A reference, where it stands, and the kinds of entity it may point at. */
  record Site(String path, EntityRef ref, Set<EntityKind> allowed) {}

  private final List<Site> sites = new ArrayList<>();

  private References() {}

  static List<Site> of(Article article) {
    References refs = new References();
    refs.entities(article);
    refs.statements(article.getStatements());
    refs.events(article.getEvents());
    article.getDateline().ifPresent(d -> refs.add("dateline.place", d.getPlace(), ANY));
    return refs.sites;
  }

  private void entities(Article article) {
    for (Walk.Located<Actor> a : Walk.located("actors", article.getActors())) {
      add(a.path() + ".affiliation", a.value().getAffiliation(), SPEAKING);
    }
    for (Walk.Located<Force> f : Walk.located("forces", article.getForces())) {
      add(f.path() + ".partOf", f.value().getPartOf(), FORCE);
    }
    for (Walk.Located<Place> p : Walk.located("places", article.getPlaces())) {
      add(p.path() + ".parent", p.value().getParent(), PLACE);
    }
  }

  private void statements(List<Statement> statements) {
    for (Walk.Located<Statement> s : Walk.located("statements", statements)) {
      add(s.path() + ".speaker", s.value().getSpeaker(), SPEAKING);
      add(s.path() + ".addressee", s.value().getAddressee(), SPEAKING);
    }
  }

  private void events(List<Event> events) {
    for (Walk.Located<Event> e : Walk.located("events", events)) {
      for (int j = 0; j < e.value().getParticipants().size(); j++) {
        String path = e.path() + "." + Walk.item("participants", j) + ".entity";
        sites.add(new Site(path, e.value().getParticipants().get(j).getEntity(), ANY));
      }
      add(e.path() + ".place", e.value().getPlace(), PLACE);
    }
  }

  private void add(String path, Optional<EntityRef> ref, Set<EntityKind> allowed) {
    ref.ifPresent(r -> sites.add(new Site(path, r, allowed)));
  }
}
