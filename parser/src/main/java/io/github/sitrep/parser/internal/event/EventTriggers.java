package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import io.github.sitrep.parser.internal.discourse.TsvRows;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event-trigger lexicon, read from {@code event-triggers.tsv}. Immutable; safe to share
 * between threads.
 */
public final class EventTriggers {

  /** The bundled lexicon's resource name. */
  public static final String RESOURCE = "/io/github/sitrep/parser/lexicon/event-triggers.tsv";

  private final PhraseTable<EventTrigger> table;

  private EventTriggers(PhraseTable<EventTrigger> table) {
    this.table = table;
  }

  /**
   * @return the bundled lexicon
   * @throws IllegalStateException if the bundled file is missing or malformed
   */
  public static EventTriggers bundled() {
    List<Map<String, String>> rows = TsvRows.read(EventTriggers.class, RESOURCE,
        List.of("lemma", "forms", "pos", "type", "status", "context"));
    PhraseTable.Builder<EventTrigger> b = PhraseTable.builder();
    for (Map<String, String> row : rows) {
      EventTrigger trigger = trigger(row);
      for (String form : row.get("forms").split("\\|")) {
        if (!form.isBlank()) {
          b.add(form.trim(), trigger);
        }
      }
    }
    return new EventTriggers(b.build());
  }

  private static EventTrigger trigger(Map<String, String> row) {
    try {
      return new EventTrigger(row.get("lemma"), row.get("pos"),
          EventType.valueOf(row.get("type").toUpperCase(Locale.ROOT)),
          EventStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT)),
          Condition.parse(row.get("context")));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("event-triggers.tsv line " + row.get("#line") + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * @param d the discourse
   * @param t a token index
   * @return the trigger starting at t whose conditions hold, or {@code null}
   */
  PhraseTable.Match<EventTrigger> at(Discourse d, int t) {
    return table.at(d, t, m -> holds(d, m));
  }

  private static boolean holds(Discourse d, PhraseTable.Match<EventTrigger> m) {
    for (Condition c : m.value().conditions()) {
      if (!c.holds(d, m.from(), m.to())) {
        return false;
      }
    }
    return true;
  }
}
