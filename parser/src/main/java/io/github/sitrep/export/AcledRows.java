package io.github.sitrep.export;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Coordinates;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.TimeExpression;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns an article's events into ACLED-shaped rows, keyed by {@link AcledCsvWriter#COLUMNS}. */
final class AcledRows {

  private AcledRows() {}

  /**
   * @param article an article
   * @return one row per event ACLED would record, in event order
   */
  static List<Map<String, Object>> of(Article article) {
    return article.getEvents().stream()
        .filter(AcledRows::recorded)
        .map(e -> row(new EventFacts(article, e)))
        .collect(Collectors.toList());
  }

  static boolean recorded(Event event) {
    return event.getType().acledEventType().isPresent()
        && (event.getStatus() == EventStatus.HAPPENED || event.getStatus() == EventStatus.CLAIMED);
  }

  private static Map<String, Object> row(EventFacts facts) {
    Map<String, Object> row = new LinkedHashMap<>();
    AcledCsvWriter.COLUMNS.forEach(c -> row.put(c, ""));
    Event event = facts.event();
    event.getDate().filter(TimeExpression::resolved).ifPresent(d -> {
      row.put("event_date", d.getEarliest().orElseThrow().toString());
      row.put("time_precision", AcledCodes.timePrecision(d));
    });
    row.put("event_type", event.getType().acledEventType().orElse(""));
    row.put("sub_event_type", AcledCodes.subEventType(facts).orElse(""));
    actors(facts, row);
    place(facts, row);
    row.put("source", facts.article().getSource().orElse(""));
    row.put("notes", notes(facts));
    row.put("fatalities", event.getFatalities().map(f -> f.getCount()).orElse(0));
    return row;
  }

  private static void actors(EventFacts facts, Map<String, Object> row) {
    List<Entity> agents = facts.agents();
    List<Entity> recipients = facts.recipients();
    int inter1 = 0;
    int inter2 = 0;
    if (!agents.isEmpty()) {
      row.put("actor1", actorName(facts, agents.get(0)));
      row.put("assoc_actor_1", agents.stream().skip(1).map(a -> actorName(facts, a))
          .distinct().collect(Collectors.joining("; ")));
      inter1 = AcledCodes.inter(facts, agents.get(0));
      row.put("inter1", inter1);
    }
    if (!recipients.isEmpty()) {
      row.put("actor2", actorName(facts, recipients.get(0)));
      inter2 = AcledCodes.inter(facts, recipients.get(0));
      row.put("inter2", inter2);
    }
    if (inter1 != 0) {
      row.put("interaction", AcledCodes.interaction(inter1, inter2));
    }
  }

  /** ACLED names groups, not people: a person stands for the force they belong to. */
  private static String actorName(EventFacts facts, Entity entity) {
    return facts.forceOf(entity).map(Entity::getName).orElse(entity.getName());
  }

  private static void place(EventFacts facts, Map<String, Object> row) {
    facts.country().ifPresent(c -> row.put("country", countryName(c)));
    facts.province().ifPresent(p -> row.put("admin1", p.getName()));
    Optional<Place> place = facts.place();
    if (place.isEmpty()) {
      return;
    }
    row.put("location", place.get().getName());
    place.get().getCoordinates().ifPresent(c -> coordinates(c, row));
    row.put("geo_precision", AcledCodes.geoPrecision(place.get().getKind()));
  }

  private static void coordinates(Coordinates c, Map<String, Object> row) {
    row.put("latitude", BigDecimal.valueOf(c.getLatitude()).toPlainString());
    row.put("longitude", BigDecimal.valueOf(c.getLongitude()).toPlainString());
  }

  /**
   * @param iso an ISO 3166-1 alpha-2 code
   * @return the English name of the country, or the code when the JDK does not know it
   */
  static String countryName(String iso) {
    String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? iso : name;
  }

  private static String notes(EventFacts facts) {
    Event event = facts.event();
    String claimed = event.getStatus() == EventStatus.CLAIMED ? "[claimed] " : "";
    return claimed + facts.text() + " [sitrep " + facts.article().getId() + "/" + event.getId() + "]";
  }
}
