package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import java.util.List;

/**
 * One row of the event-trigger lexicon.
 *
 * @param lemma the base form
 * @param pos verb, noun or phrase
 * @param type the event type
 * @param status the status when the sentence says nothing else
 * @param conditions what must hold around the trigger
 */
record EventTrigger(String lemma, String pos, EventType type, EventStatus status,
    List<Condition> conditions) {

  EventTrigger {
    conditions = List.copyOf(conditions);
  }
}
