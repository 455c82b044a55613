package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.util.List;

/** Finds events: triggers, participants, place, date and status. */
public final class EventRecognizer {

  /**
   * @param text the article text
   * @param layout its layout
   * @param entities its entities
   * @param statements its statements
   * @param times its date expressions
   * @return the events in text order
   */
  public List<Event> recognize(String text, Layout layout, Entities entities,
      List<Statement> statements, List<TimeMention> times) {
    return List.of();
  }
}
