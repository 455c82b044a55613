package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import java.util.ArrayList;
import java.util.List;

/** The tokens dates may belong to: every trigger and every statement's cue. */
final class Anchors {

  private Anchors() {}

  static List<Integer> of(Discourse d, List<PhraseTable.Match<EventTrigger>> triggers,
      List<Statement> statements) {
    List<Integer> out = new ArrayList<>(triggers.size() + statements.size());
    for (PhraseTable.Match<EventTrigger> m : triggers) {
      out.add(m.from());
    }
    for (Statement s : statements) {
      s.getCue().ifPresent(c -> {
        if (c.getSpan().getEnd() <= d.text().length()) {
          out.add(d.tokenAtOrAfter(c.getSpan().getStart()));
        }
      });
    }
    return out;
  }
}
