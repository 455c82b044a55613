package io.github.sitrep.parser.eval;

import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.Event;
import java.util.Optional;

/** Scores the numbers killed and injured of paired events. */
final class CasualtyScorer {

  private CasualtyScorer() {}

  static void pair(ExpectedEvent e, Event f, Tally tally) {
    count(e, "killed", e.fatalityCount(), f.getFatalities(), tally);
    count(e, "injured", e.injuryCount(), f.getInjuries(), tally);
  }

  static void missed(ExpectedEvent e, Tally tally) {
    count(e, "killed", e.fatalityCount(), Optional.empty(), tally);
    count(e, "injured", e.injuryCount(), Optional.empty(), tally);
  }

  private static void count(ExpectedEvent e, String what, Optional<Integer> want,
      Optional<CasualtyCount> got, Tally tally) {
    Optional<Integer> n = got.map(CasualtyCount::getCount);
    boolean right = want.isPresent() && want.equals(n);
    int fp = n.isPresent() && !right ? 1 : 0;
    int fn = want.isPresent() && !right ? 1 : 0;
    tally.add(ScoreKind.CASUALTIES, right ? 1 : 0, fp, fn);
    String label = e.type() + " '" + e.triggerText().orElse("") + "' " + what + " ";
    if (fn == 1) {
      tally.miss(ScoreKind.CASUALTIES, label + want.get() + n.map(x -> " (found " + x + ")").orElse(""));
    } else if (fp == 1) {
      tally.falseFind(ScoreKind.CASUALTIES, label + n.get());
    }
  }
}
