package io.github.sitrep.parser.eval;

import io.github.sitrep.model.TimeExpression;
import java.util.Optional;

/** Scores dates of paired events. */
final class DateScorer {

  private DateScorer() {}

  static Optional<DayRange> range(TimeExpression t) {
    return t.getEarliest().map(e -> new DayRange(e, t.getLatest().orElse(e)));
  }

  static boolean agrees(ExpectedEvent e, Optional<TimeExpression> date) {
    Optional<DayRange> want = e.dateRange();
    if (want.isEmpty()) {
      return true;
    }
    return date.flatMap(DateScorer::range).map(want.get()::agreesWith).orElse(false);
  }

  static void pair(ExpectedEvent e, Optional<TimeExpression> date, Tally tally) {
    Optional<DayRange> got = date.flatMap(DateScorer::range);
    if (e.dateRange().isPresent()) {
      boolean right = agrees(e, date);
      tally.add(ScoreKind.DATES, right ? 1 : 0, !right && got.isPresent() ? 1 : 0, right ? 0 : 1);
      if (!right) {
        tally.miss(ScoreKind.DATES, e.type() + " '" + e.triggerText().orElse("") + "' "
            + e.date() + " (found " + got.map(DayRange::toString).orElse("none") + ")");
      }
    } else if (e.dateText() == null && got.isPresent()) {
      tally.add(ScoreKind.DATES, 0, 1, 0);
      tally.falseFind(ScoreKind.DATES, e.type() + " '" + e.triggerText().orElse("") + "' "
          + got.get());
    }
  }

  static void missed(ExpectedEvent e, Tally tally) {
    if (e.dateRange().isPresent()) {
      tally.add(ScoreKind.DATES, 0, 0, 1);
      tally.miss(ScoreKind.DATES, e.type() + " '" + e.triggerText().orElse("") + "' " + e.date());
    }
  }
}
