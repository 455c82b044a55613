package io.github.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.TimeExpression;
import java.util.List;
import java.util.Optional;

/** Fills one PLOVER-shaped record from an event. */
final class PloverRecord {

  private PloverRecord() {}

  /**
   * @param facts the event
   * @param record an empty object to fill
   * @return the filled record
   */
  static ObjectNode of(EventFacts facts, ObjectNode record) {
    Event event = facts.event();
    record.put("id", facts.article().getId() + "/" + event.getId());
    Optional<TimeExpression> date = event.getDate().filter(TimeExpression::resolved);
    record.put("date", date.map(d -> d.getEarliest().orElseThrow().toString()).orElse(null));
    record.put("date_precision", date.map(d -> Names.lower(d.getPrecision())).orElse(null));
    record.put("event_type", event.getType().plover().orElseThrow());
    record.put("mode", "");
    record.put("context", "");
    actors(record.putArray("actor"), facts.agents());
    actors(record.putArray("recipient"), facts.recipients());
    facts.place().ifPresent(p -> location(record.putObject("location"), p, facts));
    event.getFatalities().ifPresent(f -> record.put("dead", f.getCount()));
    event.getInjuries().ifPresent(f -> record.put("injured", f.getCount()));
    record.put("text", facts.text());
    record.put("source", facts.article().getSource().orElse(null));
    return sitrep(record, facts);
  }

  private static ObjectNode sitrep(ObjectNode record, EventFacts facts) {
    Event event = facts.event();
    record.put("status", Names.lower(event.getStatus()));
    record.put("sitrep_type", event.getType().name());
    record.put("cameo", event.getType().cameo().orElse(null));
    record.put("trigger", event.getTrigger().getText());
    record.put("article_id", facts.article().getId());
    return record;
  }

  private static void actors(ArrayNode list, List<Entity> entities) {
    for (Entity entity : entities) {
      ObjectNode actor = list.addObject();
      actor.put("name", entity.getName());
      actor.put("kind", kind(entity));
      country(entity).ifPresent(c -> actor.put("country", c));
    }
  }

  private static String kind(Entity entity) {
    if (entity instanceof Force) {
      return Names.lower(((Force) entity).getKind()) + " force";
    }
    return Names.lower(((Actor) entity).getKind());
  }

  private static Optional<String> country(Entity entity) {
    return entity instanceof Force ? ((Force) entity).getCountry() : ((Actor) entity).getCountry();
  }

  private static void location(ObjectNode location, Place place, EventFacts facts) {
    location.put("placename", place.getName());
    location.put("kind", Names.lower(place.getKind()));
    facts.province().ifPresent(p -> location.put("admin1", p.getName()));
    facts.country().ifPresent(c -> location.put("country", c));
    place.getCoordinates().ifPresent(c -> {
      location.put("latitude", c.getLatitude());
      location.put("longitude", c.getLongitude());
    });
  }
}
