package io.github.sitrep.export;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the exporters need to know of one event, resolved against its article: the actors
 * on each side (forces and actors, never places), the place, its province and country, and
 * the text it was read from.
 */
final class EventFacts {

  private final Article article;
  private final Event event;

  EventFacts(Article article, Event event) {
    this.article = article;
    this.event = event;
  }

  /** @return the event */
  Event event() {
    return event;
  }

  /** @return the agents: forces and actors, in the order given */
  List<Entity> agents() {
    return side(ParticipantRole.AGENT);
  }

  /** @return targets first, then other participants: forces and actors */
  List<Entity> recipients() {
    List<Entity> all = side(ParticipantRole.TARGET);
    all.addAll(side(ParticipantRole.OTHER));
    return all;
  }

  private List<Entity> side(ParticipantRole role) {
    return event.getParticipants().stream()
        .filter(p -> p.getRole() == role && p.getEntity().getKind() != EntityKind.PLACE)
        .map(p -> article.resolve(p.getEntity()))
        .flatMap(Optional::stream)
        .map(Entity.class::cast)
        .collect(Collectors.toList());
  }

  /** @return where the event happened, if the article has that place */
  Optional<Place> place() {
    return event.getPlace().flatMap(ref -> article.findPlace(ref.getId()));
  }

  /** @return the first-level division (province) the place lies in, or is */
  Optional<Place> province() {
    return ancestors().stream().filter(p -> p.getKind() == PlaceKind.PROVINCE).findFirst();
  }

  /** @return the ISO 3166-1 alpha-2 code of the country of the place, if known */
  Optional<String> country() {
    return ancestors().stream().map(Place::getCountry).flatMap(Optional::stream).findFirst();
  }

  /** @return the place and its parents, nearest first, stopping at a cycle */
  List<Place> ancestors() {
    List<Place> chain = new java.util.ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Place> next = place();
    while (next.isPresent() && seen.add(next.get().getId())) {
      chain.add(next.get());
      next = next.get().getParent().flatMap(ref -> article.findPlace(ref.getId()));
    }
    return chain;
  }

  /** @return the sentence of the event, or its trigger, on one line */
  String text() {
    String raw = event.getSentence().filter(s -> s.getEnd() <= article.getText().length())
        .map(article::covered).orElse(event.getTrigger().getText());
    return raw.replaceAll("\\s+", " ").strip();
  }

  /**
   * @param entity an agent or recipient
   * @return the force that stands for it: itself, or a person's or organisation's affiliation
   */
  Optional<Force> forceOf(Entity entity) {
    if (entity instanceof Force) {
      return Optional.of((Force) entity);
    }
    return ((Actor) entity).getAffiliation().filter(ref -> ref.getKind() == EntityKind.FORCE)
        .flatMap(ref -> article.findForce(ref.getId()));
  }

  /** @return the article */
  Article article() {
    return article;
  }
}
