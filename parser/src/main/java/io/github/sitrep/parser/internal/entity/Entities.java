package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities of one article after recognition and resolution, and every mention of them
 * in text order.
 *
 * @param actors persons and organisations
 * @param forces armed and security organisations
 * @param places places
 * @param mentions every mention of the above, sorted by span
 */
public record Entities(List<Actor> actors, List<Force> forces, List<Place> places,
    List<EntityMention> mentions) {

  /** No entities at all. */
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of());

  /** Copies the lists. */
  public Entities {
    actors = List.copyOf(actors);
    forces = List.copyOf(forces);
    places = List.copyOf(places);
    mentions = List.copyOf(mentions);
  }

  /**
   * @param range a span of the text, such as a sentence
   * @return the mentions that lie wholly inside it, in text order
   */
  public List<EntityMention> mentionsIn(Span range) {
    List<EntityMention> inside = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.span().getStart() >= range.getEnd()) {
        break;
      }
      if (range.encloses(m.span())) {
        inside.add(m);
      }
    }
    return inside;
  }
}
